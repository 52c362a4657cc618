import { beforeEach, describe, expect, it } from 'vitest';
import { lightRecords, listAllOrders, siteRecords, timelineRecords } from '../../../lib/case-page/queries';
import { lightVerdict, verdictSignature } from '../../../lib/case-page/verdict';
import { db } from '../../../lib/db';
import type { EvidenceKind } from '../../../lib/model/evidence';
import { loadCaseData } from '../../../lib/service/case-data';
import { caseView } from '../../../lib/service/case-view';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { addEvent } from '../../../lib/store/events';
import { appendEvidence } from '../../../lib/store/evidence';
import { caseRow, NOW, row } from './helpers';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const shot = (key: string, kind: EvidenceKind, at = '2026-03-01T02:05:00.000Z') =>
  appendEvidence(key, { kind, capturedAt: at, url: 'https://km.example.cn/x', title: 't', mime: 'image/png', bytes: new Uint8Array([kind.length]) }); // prettier-ignore

describe('lists', () => {
  it('all orders, most recently seen first; rows that no longer validate are left out', async () => {
    const old = row({ lastSeenAt: '2026-03-01T02:00:00.000Z' });
    const recent = row({ lastSeenAt: '2026-03-02T02:00:00.000Z' });
    await db.orders.bulkAdd([old, recent]);
    await db.orders.add({ ...row(), status: 'bogus' } as never);
    expect((await listAllOrders()).map((o) => o.key)).toEqual([recent.key, old.key]);
  });

  it("one shop's orders with their case records", async () => {
    const a = row();
    const b = row({ site: 'other.example.com' });
    await db.orders.bulkAdd([a, b]);
    await db.cases.put(caseRow(a, { merchantRefusedAt: '2026-03-01T03:00:00.000Z' }));
    const r = await siteRecords('km.example.cn');
    expect(r.orders.map((o) => o.key)).toEqual([a.key]);
    expect(r.cases.get(a.key)?.state?.merchantRefusedAt).toBe('2026-03-01T03:00:00.000Z');
  });
});

describe('light records and the list verdict', () => {
  it('reads evidence kinds per order from the indexes, case rows, policies and 退款中 events', async () => {
    const a = row();
    const b = row({ status: 'refunding' });
    const c = row();
    await db.orders.bulkAdd([a, b, c]);
    await shot(a.key, 'order-page');
    await shot(a.key, 'failure-prompt');
    await shot(a.key, 'order-page', '2026-03-01T02:06:00.000Z');
    await shot(b.key, 'card-key');
    const policy = { type: 'product-page', policy: '卡密无效包换' };
    await appendEvidence(c.key, { kind: 'product-page', capturedAt: '2026-03-01T01:59:00.000Z', url: 'https://km.example.cn/goods/1', title: 'g', mime: 'application/json', bytes: new TextEncoder().encode(JSON.stringify(policy)) }); // prettier-ignore
    await addEvent({
      orderKey: b.key,
      at: '2026-03-01T02:01:00.000Z',
      type: 'status',
      data: { status: 'delivered' },
    });
    await addEvent({ orderKey: a.key, at: '2026-03-01T02:01:00.000Z', type: 'first-seen', data: {} });
    await db.cases.put(caseRow(a));

    const r = await lightRecords([a, b, c]);
    expect([...r.get(a.key)!.kinds].sort()).toEqual(['failure-prompt', 'order-page']);
    expect(r.get(a.key)!.row?.orderKey).toBe(a.key);
    expect(r.get(a.key)!.events).toEqual([]); // only 退款中 orders need their timeline
    expect(r.get(b.key)!.kinds).toEqual(['card-key']);
    expect(r.get(b.key)!.events.map((e) => e.data.status)).toEqual(['delivered']);
    expect(r.get(c.key)!.policies).toEqual(['卡密无效包换']);
  });

  it.each([
    ['never delivered, past the promise', { breachedAt: '2026-03-01T02:10:00.000Z' }],
    ['delivered with a key', { status: 'delivered' as const, cardKeys: ['K'], deliveredAt: '2026-03-01T02:01:00.000Z' }], // prettier-ignore
    ['refunding after delivery', { status: 'refunding' as const, cardKeys: ['K'] }],
    ['unpaid', { status: 'unpaid' as const, paidAt: null }],
  ])('agrees with the popup’s full case view: %s', async (_, over) => {
    const o = row(over);
    await db.orders.add(o);
    await shot(o.key, 'order-page');
    await db.cases.put(caseRow(o, { merchantRefusedAt: '2026-03-01T03:00:00.000Z' }));
    const light = (await lightRecords([o])).get(o.key)!;
    const full = caseView(o, await loadCaseData(o.key), DEFAULT_SETTINGS, NOW).assessment.verdict;
    expect(lightVerdict(o, light, DEFAULT_SETTINGS, NOW)).toBe(full);
  });

  it('the signature changes with what the verdict reads', () => {
    const o = row();
    const r = { kinds: [], policies: [], events: [] };
    expect(verdictSignature(o, r)).toBe(verdictSignature({ ...o }, { ...r }));
    expect(verdictSignature({ ...o, breachedAt: '2026-03-01T02:10:00.000Z' }, r)).not.toBe(
      verdictSignature(o, r),
    );
    expect(verdictSignature(o, { ...r, row: caseRow(o) })).not.toBe(verdictSignature(o, r));
  });

  it('many orders: 120 × 5 records keep their own kinds (bulk rows, no capture flow)', async () => {
    const orders = Array.from({ length: 120 }, (_, i) => row({ lastSeenAt: new Date(Date.parse('2026-03-01T00:00:00Z') + i * 1000).toISOString() })); // prettier-ignore
    await db.orders.bulkAdd(orders);
    const kinds: EvidenceKind[] = ['order-page', 'chat', 'card-key', 'failure-prompt', 'full-page'];
    await db.evidence.bulkAdd(
      orders.flatMap((o, i) =>
        Array.from({ length: 5 }, (_, s) => ({
          orderKey: o.key,
          seq: s + 1,
          kind: s === 4 ? kinds[i % kinds.length]! : 'order-page',
          capturedAt: '2026-03-01T02:05:00.000Z',
          url: 'https://km.example.cn/x',
          title: 't',
          mime: 'image/png',
          size: 1,
          sha256: 'a'.repeat(64),
          prevChainHash: 'b'.repeat(64),
          chainHash: 'c'.repeat(64),
          meta: {},
        })),
      ),
    );
    const all = await listAllOrders();
    expect(all).toHaveLength(120);
    expect(all[0]!.key).toBe(orders.at(-1)!.key);
    const r = await lightRecords(all);
    orders.forEach((o, i) => {
      const expected = [...new Set(['order-page', kinds[i % kinds.length]!])].sort();
      expect([...r.get(o.key)!.kinds].sort()).toEqual(expected);
    });
  });
});

describe('timeline records', () => {
  it('a corrupt case record does not hide the events and evidence', async () => {
    const o = row();
    await db.orders.add(o);
    await shot(o.key, 'order-page');
    await addEvent({ orderKey: o.key, at: '2026-03-01T02:01:00.000Z', type: 'first-seen', data: {} });
    await db.cases.put({ orderKey: o.key, createdAt: 'yesterday' } as never);
    const r = await timelineRecords(o.key);
    expect(r.error).toContain('维权记录已损坏');
    expect(r.data.evidence).toHaveLength(1);
    expect(r.data.events.map((e) => e.type)).toEqual(['first-seen']);
    expect(r.data.row).toBeUndefined();
  });
});
