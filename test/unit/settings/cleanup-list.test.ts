import { describe, expect, it } from 'vitest';
import { closedAt, cleanupEntries, isClosedLongAgo } from '../../../lib/settings/cleanup-list';
import { OrderRow } from '../../../lib/model/order';
import { blankSnapshot } from '../../../lib/model/order';
import type { EvidenceRow } from '../../../lib/model/evidence';

const order = (no: string, status: OrderRow['status'], lastSeenAt: string) =>
  OrderRow.parse({
    ...blankSnapshot(no),
    status,
    key: `s.cn|${no}`,
    site: 's.cn',
    platform: null,
    url: 'https://s.cn/o',
    title: 't',
    firstSeenAt: lastSeenAt,
    lastSeenAt,
    evidenceCount: 0,
    lastChainHash: null,
  });
const ev = (
  no: string,
  seq: number,
  mime: string,
  size: number,
  meta: EvidenceRow['meta'] = {},
): EvidenceRow => ({
  orderKey: `s.cn|${no}`,
  seq,
  kind: mime === 'application/json' ? 'note' : 'order-page',
  capturedAt: '2026-11-26T06:00:00.000Z',
  url: '',
  title: '',
  mime,
  size,
  sha256: 'a'.repeat(64),
  prevChainHash: '',
  chainHash: 'b'.repeat(64),
  meta,
});
const NOW = new Date('2026-12-31T00:00:00.000Z');

describe('closed cases', () => {
  it('closed: refunded / closed by the shop, or the buyer’s case done', () => {
    expect(closedAt(order('1', 'refunded', '2026-11-01T00:00:00.000Z'), undefined)).toBe(
      '2026-11-01T00:00:00.000Z',
    );
    expect(closedAt(order('2', 'awaiting_delivery', '2026-11-01T00:00:00.000Z'), undefined)).toBeNull();
    expect(
      closedAt(order('3', 'delivered', '2026-11-01T00:00:00.000Z'), { doneAt: '2026-11-05T00:00:00.000Z' }),
    ).toBe('2026-11-05T00:00:00.000Z');
  });
  it('older than N days', () => {
    expect(isClosedLongAgo({ closedAt: '2026-11-01T00:00:00.000Z' }, NOW, 30)).toBe(true);
    expect(isClosedLongAgo({ closedAt: '2026-12-15T00:00:00.000Z' }, NOW, 30)).toBe(false);
    expect(isClosedLongAgo({ closedAt: null }, NOW, 0)).toBe(false);
  });
});

describe('cleanupEntries', () => {
  it('lists orders with screenshots left, closed ones first (oldest first), sizes without JSON', () => {
    const orders = [
      order('open', 'awaiting_delivery', '2026-12-30T00:00:00.000Z'),
      order('new-closed', 'closed', '2026-12-20T00:00:00.000Z'),
      order('old-closed', 'refunded', '2026-10-01T00:00:00.000Z'),
      order('text-only', 'refunded', '2026-10-01T00:00:00.000Z'),
      order('done', 'refunded', '2026-10-01T00:00:00.000Z'),
    ];
    const evidence = [
      ev('open', 1, 'image/png', 100),
      ev('new-closed', 1, 'image/png', 200),
      ev('old-closed', 1, 'image/webp', 300),
      ev('old-closed', 2, 'application/json', 50),
      ev('old-closed', 3, 'multipart/related', 400),
      ev('text-only', 1, 'application/json', 10),
      ev('done', 1, 'image/png', 70),
      ev('done', 2, 'application/json', 5, { cleanup: true, removedSeqs: '1' }),
    ];
    const entries = cleanupEntries(orders, evidence, new Map());
    expect(entries.map((e) => [e.order.orderNo, e.files, e.bytes, e.closed])).toEqual([
      ['old-closed', 2, 700, true],
      ['new-closed', 1, 200, true],
      ['open', 1, 100, false],
    ]);
  });
});
