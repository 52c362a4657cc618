// Clean-up of closed cases is recorded in the chain (issue #9): the records it names verify as "removed by
// clean-up at T"; any other missing byte, or a tampered clean-up record, still fails verification.
import { beforeEach, describe, expect, it } from 'vitest';
import { CardShieldDB } from '../../../lib/db';
import { verifyChain } from '../../../lib/evidence/chain';
import { parseNote } from '../../../lib/evidence/cleanup';
import { cleanupOrder } from '../../../lib/service/cleanup';
import { listEvents } from '../../../lib/store/events';
import { appendEvidence, getBlob, listEvidence } from '../../../lib/store/evidence';
import { upsertOrder } from '../../../lib/store/orders';
import { blankSnapshot } from '../../../lib/model/order';

const where = (site: string) => ({ site, platform: 'demo-kameng', url: `https://${site}/o/KM1`, title: 't' });
const KEY = 'shop.example.cn|KM1';
const AT = new Date('2026-12-30T00:00:00.000Z');
let db: CardShieldDB;

async function add(key: string, n: number, mime = 'image/png', bytes = new Uint8Array([n, 1, 2, 3])) {
  return appendEvidence(
    key,
    {
      kind: mime === 'application/json' ? 'chat' : 'order-page',
      capturedAt: `2026-11-26T06:0${n}:00.000Z`,
      url: 'https://shop.example.cn/o/KM1',
      title: 't',
      mime,
      bytes,
    },
    db,
  );
}
const verify = async (key = KEY) => verifyChain(await listEvidence(key, db), (h) => getBlob(h, db));

beforeEach(async () => {
  db = new CardShieldDB(`cleanup-${Math.random()}`);
  await upsertOrder(blankSnapshot('KM1'), where('shop.example.cn'), new Date('2026-11-26T06:00:00Z'), db);
  await add(KEY, 1);
  await add(KEY, 2, 'application/json', new TextEncoder().encode('{"messages":[]}'));
  await add(KEY, 3);
});

describe('clean-up recorded in the chain', () => {
  it('removes the screenshots, keeps text, appends a chained record and a timeline event', async () => {
    const r = await cleanupOrder(KEY, { now: AT, database: db });
    expect(r).toMatchObject({ removed: 2, noteSeq: 4 });
    const rows = await listEvidence(KEY, db);
    expect(rows).toHaveLength(4);
    expect(await getBlob(rows[0]!.sha256, db)).toBeUndefined();
    expect(await getBlob(rows[1]!.sha256, db)).toBeDefined();
    expect(await getBlob(rows[2]!.sha256, db)).toBeUndefined();
    const note = parseNote((await getBlob(rows[3]!.sha256, db))!)!;
    expect(note.removed.map((x) => [x.seq, x.sha256])).toEqual([
      [1, rows[0]!.sha256],
      [3, rows[2]!.sha256],
    ]);
    expect(rows[3]).toMatchObject({ kind: 'note', meta: { cleanup: true, removed: 2, removedSeqs: '1,3' } });
    expect((await listEvents(KEY, db)).at(-1)).toMatchObject({
      type: 'note',
      data: { cleanup: true, removed: 2 },
    });
  });

  it('verification passes and lists the removed records with the time of the clean-up', async () => {
    const r = await cleanupOrder(KEY, { now: AT, database: db });
    const expected = {
      ok: true,
      count: 4,
      removed: [
        { seq: 1, at: AT.toISOString(), bySeq: 4 },
        { seq: 3, at: AT.toISOString(), bySeq: 4 },
      ],
    };
    expect(r?.verdict).toEqual(expected);
    expect(await verify()).toEqual(expected);
  });

  it('deleting bytes without a clean-up record still fails', async () => {
    const rows = await listEvidence(KEY, db);
    await db.blobs.delete(rows[0]!.sha256);
    expect(await verify()).toMatchObject({ ok: false, first: { seq: 1, problem: 'bytes-missing' } });
  });

  it('bytes deleted that the clean-up record does not name still fail', async () => {
    await cleanupOrder(KEY, { now: AT, database: db });
    const rows = await listEvidence(KEY, db);
    await db.blobs.delete(rows[1]!.sha256); // the transcript: never cleaned up
    expect(await verify()).toMatchObject({ ok: false, first: { seq: 2, problem: 'bytes-missing' } });
  });

  it('a tampered clean-up record fails: its bytes, its fields, or its marker', async () => {
    await cleanupOrder(KEY, { now: AT, database: db });
    const note = (await listEvidence(KEY, db))[3]!;
    const original = (await getBlob(note.sha256, db))!;

    const forged = JSON.parse(new TextDecoder().decode(original)) as { removed: { seq: number }[] };
    forged.removed.push({ ...forged.removed[0]!, seq: 2 });
    await db.blobs.update(note.sha256, { bytes: new TextEncoder().encode(JSON.stringify(forged)) });
    // The note no longer matches its hash, so its claims do not count: the first removed record is missing.
    expect(await verify()).toMatchObject({ ok: false, first: { seq: 1, problem: 'bytes-missing' } });

    await db.blobs.update(note.sha256, { bytes: original });
    await db.evidence.update(note.id!, { capturedAt: '2027-01-01T00:00:00.000Z' });
    expect(await verify()).toMatchObject({ ok: false, first: { seq: 4, problem: 'chain-broken' } });

    await db.evidence.update(note.id!, { capturedAt: note.capturedAt, meta: { reason: 'selected' } });
    expect(await verify()).toMatchObject({ ok: false, first: { seq: 1, problem: 'bytes-missing' } });

    await db.evidence.update(note.id!, { meta: note.meta });
    expect(await verify()).toMatchObject({ ok: true, count: 4 });
  });

  it('a record whose SHA-256 field was changed is not covered by the clean-up', async () => {
    await cleanupOrder(KEY, { now: AT, database: db });
    const first = (await listEvidence(KEY, db))[0]!;
    await db.evidence.update(first.id!, { sha256: 'e'.repeat(64) });
    expect(await verify()).toMatchObject({ ok: false, first: { seq: 1, problem: 'bytes-missing' } });
  });

  it('runs once: nothing left, no second record; new screenshots can be cleaned up later', async () => {
    await cleanupOrder(KEY, { now: AT, database: db });
    expect(await cleanupOrder(KEY, { now: AT, database: db })).toMatchObject({ removed: 0, noteSeq: null });
    expect(await listEvidence(KEY, db)).toHaveLength(4);
    await add(KEY, 5);
    expect(await cleanupOrder(KEY, { now: AT, database: db })).toMatchObject({ removed: 1, noteSeq: 6 });
    expect(await verify()).toMatchObject({
      ok: true,
      count: 6,
      removed: [{ seq: 1 }, { seq: 3 }, { seq: 5 }],
    });
  });

  it('finishes an interrupted clean-up (record written, bytes still there)', async () => {
    const rows = await listEvidence(KEY, db);
    const kept = (await getBlob(rows[0]!.sha256, db))!;
    await cleanupOrder(KEY, { now: AT, database: db });
    await db.blobs.add({ sha256: rows[0]!.sha256, bytes: kept }); // as if the worker stopped before deleting
    expect(await verify()).toMatchObject({ ok: true, removed: [{ seq: 3 }] });
    await cleanupOrder(KEY, { now: AT, database: db });
    expect(await getBlob(rows[0]!.sha256, db)).toBeUndefined();
    expect(await listEvidence(KEY, db)).toHaveLength(4);
  });

  it('keeps bytes another order still needs (identical files are stored once)', async () => {
    const other = 'other.example.cn|KM1';
    await upsertOrder(blankSnapshot('KM1'), where('other.example.cn'), new Date('2026-11-26T06:00:00Z'), db);
    const shared = await add(other, 1); // same bytes as KEY's #1
    await cleanupOrder(KEY, { now: AT, database: db });
    expect(await getBlob(shared.sha256, db)).toBeDefined();
    expect(await verify(other)).toEqual({ ok: true, count: 1 });
    expect(await verify()).toMatchObject({ ok: true, removed: [{ seq: 3 }] });
    // Once the other order is cleaned up too, nobody needs them.
    await cleanupOrder(other, { now: AT, database: db });
    expect(await getBlob(shared.sha256, db)).toBeUndefined();
    expect(await verify()).toMatchObject({ ok: true, removed: [{ seq: 1 }, { seq: 3 }] });
  });
});
