import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CardShieldDB, StorageFullError } from '../../../lib/db';
import { upsertOrder } from '../../../lib/store/orders';
import { appendEvidence, getBlob, listEvidence } from '../../../lib/store/evidence';
import { verifyChain } from '../../../lib/evidence/chain';
import { dataUrlToBytes, sha256Hex } from '../../../lib/evidence/hash';
import type { OrderSnapshot } from '../../../lib/model/order';

const snap: OrderSnapshot = {
  orderNo: 'KM1',
  product: '月卡',
  quantity: 1,
  amount: 15.8,
  payMethod: '微信支付',
  createdAt: '2026-11-26T14:03:09+08:00',
  paidAt: '2026-11-26T14:03:41+08:00',
  status: 'awaiting_delivery',
  statusText: '待发货',
  deliveryMode: 'auto',
  cardKeys: [],
  undeliveredNotice: null,
  promise: null,
};
const where = {
  site: 'shop.example.cn',
  platform: 'demo-kameng',
  url: 'https://shop.example.cn/o/KM1',
  title: 't',
};
const key = 'shop.example.cn|KM1';
let db: CardShieldDB;

async function addShot(n: number) {
  return appendEvidence(
    key,
    {
      kind: 'order-page',
      capturedAt: `2026-11-26T06:0${n}:00.000Z`,
      url: where.url,
      title: 't',
      mime: 'image/png',
      bytes: new Uint8Array([n, 1, 2, 3]),
    },
    db,
  );
}

const verify = async () => verifyChain(await listEvidence(key, db), (h) => getBlob(h, db));

beforeEach(async () => {
  db = new CardShieldDB(`test-${Math.random()}`);
  await upsertOrder(snap, where, new Date('2026-11-26T06:00:00Z'), db);
});

describe('hashing', () => {
  it('matches the known SHA-256 of "abc"', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it('decodes base64 data URLs', () => {
    expect(dataUrlToBytes('data:image/png;base64,AQID')).toEqual({
      mime: 'image/png',
      bytes: new Uint8Array([1, 2, 3]),
    });
  });
});

describe('per-order hash chain', () => {
  it('links records and verifies from bytes', async () => {
    const a = await addShot(1);
    const b = await addShot(2);
    expect(a.seq).toBe(1);
    expect(b.prevChainHash).toBe(a.chainHash);
    expect(await verify()).toEqual({ ok: true, count: 2 });
    expect((await db.orders.get(key))?.evidenceCount).toBe(2);
  });

  it('names the record whose bytes were flipped', async () => {
    await addShot(1);
    const b = await addShot(2);
    await db.blobs.update(b.sha256, { bytes: new Uint8Array([9, 9, 9, 9]) });
    expect(await verify()).toMatchObject({ ok: false, first: { seq: 2, problem: 'bytes-altered' } });
  });

  it('detects a deleted record', async () => {
    const a = await addShot(1);
    await addShot(2);
    await db.evidence.delete(a.id!);
    expect(await verify()).toMatchObject({ ok: false, first: { seq: 2, problem: 'out-of-order' } });
  });

  it('detects an edited record', async () => {
    await addShot(1);
    const b = await addShot(2);
    await db.evidence.update(b.id!, { capturedAt: '2026-11-27T00:00:00.000Z' });
    expect(await verify()).toMatchObject({ ok: false, first: { seq: 2, problem: 'chain-broken' } });
  });

  it('names the first record of a reordered pair', async () => {
    await addShot(1);
    const b = await addShot(2);
    const c = await addShot(3);
    // Swap the positions of #2 and #3 (through a free seq: [orderKey+seq] is unique).
    await db.evidence.update(b.id!, { seq: 99 });
    await db.evidence.update(c.id!, { seq: 2 });
    await db.evidence.update(b.id!, { seq: 3 });
    expect(await verify()).toMatchObject({ ok: false, first: { seq: 2, id: c.id, problem: 'chain-broken' } });
  });

  it('serialises concurrent appends into one chain', async () => {
    await Promise.all([addShot(1), addShot(2), addShot(3)]);
    const rows = await listEvidence(key, db);
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(await verify()).toEqual({ ok: true, count: 3 });
  });
});

describe('upsertOrder', () => {
  it('reports status and key changes, and keeps keys already seen', async () => {
    const later = new Date('2026-11-26T06:10:00Z');
    const delivered = { ...snap, status: 'delivered' as const, cardKeys: ['AAAA-BBBB'] };
    // Keys arriving with the status change: the keys decide the evidence, the status change is still reported.
    expect(await upsertOrder(delivered, where, later, db)).toMatchObject({
      change: 'keys',
      statusChanged: true,
    });
    const same = await upsertOrder({ ...delivered, cardKeys: [] }, where, later, db);
    expect(same.change).toBe('none');
    expect(same.row.cardKeys).toEqual(['AAAA-BBBB']);
    expect(same.row.firstSeenAt).toBe('2026-11-26T06:00:00.000Z');
  });
});

describe('storage full', () => {
  it('reports a quota error clearly and keeps what was stored', async () => {
    await addShot(1);
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const spy = vi.spyOn(db.evidence, 'add').mockRejectedValueOnce(quota);
    await expect(addShot(2)).rejects.toBeInstanceOf(StorageFullError);
    spy.mockRestore();
    expect(await verify()).toEqual({ ok: true, count: 1 });
    expect(await db.blobs.count()).toBe(1);
  });
});
