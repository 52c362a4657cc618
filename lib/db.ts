import { Dexie, type EntityTable } from 'dexie';
import { z } from 'zod';
import { BlobRow, EvidenceRow, type EvidenceKind } from './model/evidence';
import { OrderRow, orderKey, type OrderSnapshot } from './model/order';
import { CHAIN_GENESIS, chainHash } from './evidence/chain';
import { sha256Hex } from './evidence/hash';

/**
 * The only Dexie module. Imported by the background and extension pages only — never by a content
 * script, where IndexedDB would be the shop's database.
 */
export class CardShieldDB extends Dexie {
  orders!: EntityTable<OrderRow, 'key'>;
  evidence!: EntityTable<EvidenceRow, 'id'>;
  blobs!: EntityTable<BlobRow, 'sha256'>;

  constructor(name = 'cardshield') {
    super(name);
    this.version(1).stores({
      orders: 'key, site, status, lastSeenAt',
      evidence: '++id, orderKey, &[orderKey+seq], capturedAt, kind',
      blobs: 'sha256',
    });
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

function isQuotaError(err: unknown): boolean {
  const e = err as { name?: string; inner?: { name?: string } } | undefined;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError';
}

/** A placeholder row for an order known only by number (a chat or ticket about it): never overwrites a real one. */
export async function ensureOrder(
  orderNo: string,
  where: { site: string; platform: string | null; url: string; title: string },
  now: Date,
  database: CardShieldDB = db,
): Promise<string> {
  const key = orderKey(where.site, orderNo);
  await database.transaction('rw', database.orders, async () => {
    if (await database.orders.get(key)) return;
    const at = now.toISOString();
    await database.orders.add(
      OrderRow.parse({
        ...{
          orderNo,
          product: null,
          quantity: null,
          amount: null,
          payMethod: null,
          createdAt: null,
          paidAt: null,
        },
        ...{
          status: 'unknown',
          statusText: null,
          deliveryMode: null,
          cardKeys: [],
          undeliveredNotice: null,
          promise: null,
        },
        ...{ key, ...where, firstSeenAt: at, lastSeenAt: at, evidenceCount: 0, lastChainHash: null },
      }),
    );
  });
  return key;
}

/** The order's newest record matching `test` (chat transcripts are compared with the last one). */
export async function lastEvidenceWhere(
  key: string,
  test: (row: EvidenceRow) => boolean,
  database: CardShieldDB = db,
) {
  const rows = await database.evidence.where('orderKey').equals(key).filter(test).sortBy('seq');
  const row = rows.at(-1);
  return row ? EvidenceRow.parse(row) : undefined;
}

export type OrderChange = 'new' | 'status' | 'keys' | 'updated' | 'none' | 'chat';

/** Merge a fresh snapshot into the stored order; says what changed so the caller can capture evidence. */
export async function upsertOrder(
  snap: OrderSnapshot,
  where: { site: string; platform: string | null; url: string; title: string },
  now: Date,
  database: CardShieldDB = db,
): Promise<{ row: OrderRow; change: OrderChange }> {
  const key = orderKey(where.site, snap.orderNo);
  return database.transaction('rw', database.orders, async () => {
    const raw = await database.orders.get(key);
    const prev = raw ? OrderRow.parse(raw) : undefined;
    const at = now.toISOString();
    const row: OrderRow = OrderRow.parse({
      ...prev,
      ...snap,
      // A page that shows fewer keys later (collapsed, paginated) must not erase keys already seen.
      cardKeys: [...new Set([...(prev?.cardKeys ?? []), ...snap.cardKeys])],
      key,
      ...where,
      firstSeenAt: prev?.firstSeenAt ?? at,
      lastSeenAt: at,
      evidenceCount: prev?.evidenceCount ?? 0,
      lastChainHash: prev?.lastChainHash ?? null,
    });
    await database.orders.put(row);
    return { row, change: classifyChange(prev, row) };
  });
}

function classifyChange(prev: OrderRow | undefined, next: OrderRow): OrderChange {
  if (!prev) return 'new';
  if (prev.status !== next.status) return 'status';
  if (next.cardKeys.length > prev.cardKeys.length) return 'keys';
  const fields = ['product', 'amount', 'paidAt', 'undeliveredNotice', 'statusText'] as const;
  return fields.some((f) => prev[f] !== next[f]) ? 'updated' : 'none';
}

export interface NewEvidence {
  kind: EvidenceKind;
  capturedAt: string;
  url: string;
  title: string;
  mime: string;
  bytes: Uint8Array;
  meta?: EvidenceRow['meta'];
}

/**
 * Append one record to the order's hash chain. Hashing happens outside the transaction (WebCrypto is not
 * IndexedDB work); the transaction re-checks the chain head and retries if another append won the race.
 */
export async function appendEvidence(
  key: string,
  ev: NewEvidence,
  database: CardShieldDB = db,
): Promise<EvidenceRow> {
  const sha256 = await sha256Hex(ev.bytes);
  for (let attempt = 0; attempt < 5; attempt++) {
    const order = await database.orders.get(key);
    if (!order) throw new Error(`Unknown order ${key}`);
    const prevChainHash = order.lastChainHash ?? CHAIN_GENESIS;
    const base = {
      orderKey: key,
      seq: order.evidenceCount + 1,
      sha256,
      prevChainHash,
      size: ev.bytes.byteLength,
    };
    const row = EvidenceRow.parse({
      ...base,
      kind: ev.kind,
      capturedAt: ev.capturedAt,
      url: ev.url,
      title: ev.title,
      mime: ev.mime,
      meta: ev.meta ?? {},
      chainHash: await chainHash({ ...base, kind: ev.kind, capturedAt: ev.capturedAt, url: ev.url }),
    });
    const stored = await database
      .transaction('rw', database.orders, database.evidence, database.blobs, async () => {
        const head = await database.orders.get(key);
        if (!head || (head.lastChainHash ?? CHAIN_GENESIS) !== prevChainHash) return undefined;
        if (!(await database.blobs.get(sha256))) await database.blobs.add({ sha256, bytes: ev.bytes });
        const id = await database.evidence.add(row);
        await database.orders.update(key, { evidenceCount: row.seq, lastChainHash: row.chainHash });
        return { ...row, id };
      })
      .catch((err: unknown) => {
        throw isQuotaError(err) ? new StorageFullError() : err;
      });
    if (stored) return stored;
  }
  throw new Error(`Evidence chain for ${key} kept changing; not stored`);
}

const OrderRows = z.array(OrderRow);
const EvidenceRows = z.array(EvidenceRow);

export async function listOrders(limit = 50, database: CardShieldDB = db): Promise<OrderRow[]> {
  return OrderRows.parse(await database.orders.orderBy('lastSeenAt').reverse().limit(limit).toArray());
}

export async function getOrders(keys: string[], database: CardShieldDB = db): Promise<OrderRow[]> {
  const rows = await database.orders.bulkGet(keys);
  return OrderRows.parse(rows.filter((r) => r !== undefined));
}

export async function listEvidence(key: string, database: CardShieldDB = db): Promise<EvidenceRow[]> {
  return EvidenceRows.parse(await database.evidence.where('orderKey').equals(key).sortBy('seq'));
}

export async function lastEvidence(
  key: string,
  database: CardShieldDB = db,
): Promise<EvidenceRow | undefined> {
  const order = await database.orders.get(key);
  if (!order?.evidenceCount) return undefined;
  const row = await database.evidence.where('[orderKey+seq]').equals([key, order.evidenceCount]).first();
  return row ? EvidenceRow.parse(row) : undefined;
}

/** Bytes read back are re-hashed by callers that verify (lib/evidence/chain.ts). */
export async function getBlob(sha256: string, database: CardShieldDB = db): Promise<Uint8Array | undefined> {
  const row = await database.blobs.get(sha256);
  return row ? BlobRow.parse(row).bytes : undefined;
}
