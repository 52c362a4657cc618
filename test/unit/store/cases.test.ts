import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { CardShieldDB, db } from '../../../lib/db';
import { openCase } from '../../../lib/eligibility';
import { OrderRow } from '../../../lib/model/order';
import { CaseCorruptError, getCase, newCase, putCase } from '../../../lib/store/cases';
import { listEvents } from '../../../lib/store/events';
import { listEvidence } from '../../../lib/store/evidence';

const KEY = 'km.example.cn|KM1';
const AT = '2026-11-26T06:04:00.000Z';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('cases store', () => {
  it('round-trips a case with answers and an open state', async () => {
    const state = openCase({ at: AT, orderAmount: 15.8, claimDeadline: null });
    await putCase({ ...newCase(KEY, AT), answers: { keyRedeemResult: 'used' }, state });
    expect(await getCase(KEY)).toEqual({
      orderKey: KEY,
      createdAt: AT,
      updatedAt: AT,
      answers: { keyRedeemResult: 'used' },
      state,
      synced: [],
    });
    expect(await getCase('nope')).toBeUndefined();
  });

  it('validates rows on read: missing optional parts default, broken ones throw', async () => {
    await db.cases.put({ orderKey: KEY, createdAt: AT, updatedAt: AT } as never);
    expect(await getCase(KEY)).toMatchObject({ answers: {}, state: null, synced: [] });

    await db.cases.put({ orderKey: KEY, createdAt: AT, updatedAt: AT, state: { step: 'teleport' } } as never);
    await expect(getCase(KEY)).rejects.toBeInstanceOf(CaseCorruptError);

    await db.cases.put({ orderKey: KEY, createdAt: AT, updatedAt: AT, answers: { keyRedeemResult: 'maybe' } } as never); // prettier-ignore
    await expect(getCase(KEY)).rejects.toThrow('维权记录已损坏');
  });

  it('refuses to write an invalid row', async () => {
    await expect(putCase({ ...newCase(KEY, AT), answers: { bogus: true } as never })).rejects.toThrow();
    expect(await db.cases.count()).toBe(0);
  });
});

/** A v2 database (orders, evidence, blobs, events) as the previous release wrote it, opened by v3. */
describe('schema upgrade v2 → v3', () => {
  it('keeps orders, evidence, blobs and the timeline, and adds an empty cases table', async () => {
    const name = `upgrade-v3-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores({
      orders: 'key, site, status, lastSeenAt',
      evidence: '++id, orderKey, &[orderKey+seq], capturedAt, kind',
      blobs: 'sha256',
    });
    v2.version(2).stores({ events: '++id, orderKey, [orderKey+at], type' });
    await v2.table('orders').put({
      key: KEY,
      site: 'km.example.cn',
      platform: 'demo-kameng',
      url: 'https://km.example.cn/user/order/KM1',
      title: '订单详情',
      orderNo: 'KM1',
      product: '月卡',
      quantity: 1,
      amount: 15.8,
      payMethod: '微信支付',
      createdAt: null,
      paidAt: '2026-11-26T14:03:41+08:00',
      status: 'delivered',
      statusText: '已发货',
      deliveryMode: 'auto',
      cardKeys: ['ABCD-EFGH'],
      undeliveredNotice: null,
      promise: null,
      firstSeenAt: AT,
      lastSeenAt: AT,
      evidenceCount: 1,
      lastChainHash: 'b'.repeat(64),
      deliveredAt: AT,
      breachedAt: null,
    });
    await v2.table('blobs').put({ sha256: 'a'.repeat(64), bytes: new Uint8Array([1, 2, 3]) });
    await v2.table('evidence').add({
      orderKey: KEY,
      seq: 1,
      kind: 'order-page',
      capturedAt: AT,
      url: 'https://km.example.cn/user/order/KM1',
      title: '订单详情',
      mime: 'image/png',
      size: 3,
      sha256: 'a'.repeat(64),
      prevChainHash: '0'.repeat(64),
      chainHash: 'b'.repeat(64),
      meta: { reason: 'first-seen' },
    });
    await v2.table('events').add({ orderKey: KEY, at: AT, type: 'first-seen', data: { keys: 1 } });
    v2.close();

    const upgraded = new CardShieldDB(name);
    expect(OrderRow.parse(await upgraded.orders.get(KEY))).toMatchObject({ orderNo: 'KM1', cardKeys: ['ABCD-EFGH'] }); // prettier-ignore
    expect((await listEvidence(KEY, upgraded)).map((e) => e.seq)).toEqual([1]);
    expect(await upgraded.blobs.get('a'.repeat(64))).toMatchObject({ bytes: new Uint8Array([1, 2, 3]) });
    expect((await listEvents(KEY, upgraded)).map((e) => e.type)).toEqual(['first-seen']);
    expect(await upgraded.cases.count()).toBe(0);
    await putCase(newCase(KEY, AT), upgraded);
    expect(await getCase(KEY, upgraded)).toMatchObject({ orderKey: KEY, state: null });
    expect(upgraded.verno).toBe(3);
    upgraded.close();
  });
});
