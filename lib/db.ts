import { Dexie, type EntityTable } from 'dexie';
import type { EventRow } from './model/event';
import type { BlobRow, EvidenceRow } from './model/evidence';
import type { OrderRow } from './model/order';
import type { CaseRow } from './store/cases';

/**
 * The only Dexie module: the schema and its versions. Imported (with lib/store/*) by the background and
 * extension pages only — never by a content script, where IndexedDB would be the shop's database.
 */
export class CardShieldDB extends Dexie {
  orders!: EntityTable<OrderRow, 'key'>;
  evidence!: EntityTable<EvidenceRow, 'id'>;
  blobs!: EntityTable<BlobRow, 'sha256'>;
  events!: EntityTable<EventRow, 'id'>;
  cases!: EntityTable<CaseRow, 'orderKey'>;

  constructor(name = 'cardshield') {
    super(name);
    this.version(1).stores({
      orders: 'key, site, status, lastSeenAt',
      evidence: '++id, orderKey, &[orderKey+seq], capturedAt, kind',
      blobs: 'sha256',
    });
    // v2: the order timeline. New order fields (deliveredAt, breachedAt, …) default on read, no rewrite needed.
    this.version(2).stores({ events: '++id, orderKey, [orderKey+at], type' });
    // v3: the buyer's refund case per order (issue #6): answers to the plain questions and the five-step state.
    this.version(3).stores({ cases: 'orderKey' });
  }
}

export const db = new CardShieldDB();

/** The disk or the browser's quota is full: the new record was not written; everything stored before is intact. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor() {
    super(
      '存储空间已满：这份新证据没有保存（已保存的证据不受影响）。请导出并清理已结束的订单，或释放磁盘空间。',
    );
  }
}

export function isQuotaError(err: unknown): boolean {
  const e = err as { name?: string; inner?: { name?: string } } | undefined;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError';
}
