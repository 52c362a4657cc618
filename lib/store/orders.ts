import { z } from 'zod';
import { db, type CardShieldDB } from '../db';
import { OrderRow, blankSnapshot, orderKey, type OrderSnapshot } from '../model/order';

export interface Where {
  site: string;
  platform: string | null;
  url: string;
  title: string;
}

/** A placeholder row for an order known only by number (a chat or ticket about it): never overwrites a real one. */
export async function ensureOrder(
  orderNo: string,
  where: Where,
  now: Date,
  database: CardShieldDB = db,
): Promise<string> {
  const key = orderKey(where.site, orderNo);
  await database.transaction('rw', database.orders, async () => {
    if (await database.orders.get(key)) return;
    const at = now.toISOString();
    await database.orders.add(
      OrderRow.parse({
        ...blankSnapshot(orderNo),
        ...{ key, ...where, firstSeenAt: at, lastSeenAt: at, evidenceCount: 0, lastChainHash: null },
      }),
    );
  });
  return key;
}

export type OrderChange = 'new' | 'status' | 'keys' | 'updated' | 'none' | 'chat';

/** Merge a fresh snapshot into the stored order; says what changed so the caller can capture evidence. */
export async function upsertOrder(
  snap: OrderSnapshot,
  where: Where,
  now: Date,
  database: CardShieldDB = db,
): Promise<{ row: OrderRow; change: OrderChange; statusChanged: boolean }> {
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
      deliveredAt: prev?.deliveredAt ?? (isDelivered(snap) ? at : null),
    });
    await database.orders.put(row);
    return { row, change: classifyChange(prev, row), statusChanged: !!prev && prev.status !== row.status };
  });
}

/** Goods (some or all) have arrived: the status says so, or keys are shown. */
function isDelivered(snap: OrderSnapshot): boolean {
  return snap.status === 'delivered' || snap.status === 'partially_delivered' || snap.cardKeys.length > 0;
}

function classifyChange(prev: OrderRow | undefined, next: OrderRow): OrderChange {
  if (!prev) return 'new';
  // Keys usually arrive with a status change (待发货 → 已发货): the keys are the evidence that matters.
  if (next.cardKeys.length > prev.cardKeys.length) return 'keys';
  if (prev.status !== next.status) return 'status';
  const fields = ['product', 'amount', 'paidAt', 'undeliveredNotice', 'statusText'] as const;
  return fields.some((f) => prev[f] !== next[f]) ? 'updated' : 'none';
}

const OrderRows = z.array(OrderRow);

export async function listOrders(limit = 50, database: CardShieldDB = db): Promise<OrderRow[]> {
  return OrderRows.parse(await database.orders.orderBy('lastSeenAt').reverse().limit(limit).toArray());
}

export async function getOrders(keys: string[], database: CardShieldDB = db): Promise<OrderRow[]> {
  const rows = await database.orders.bulkGet(keys);
  return OrderRows.parse(rows.filter((r) => r !== undefined));
}

export async function getOrder(key: string, database: CardShieldDB = db): Promise<OrderRow | undefined> {
  const row = await database.orders.get(key);
  return row ? OrderRow.parse(row) : undefined;
}

/** Orders still waiting for delivery: the ones with a running deadline. */
export async function listAwaitingOrders(database: CardShieldDB = db): Promise<OrderRow[]> {
  return OrderRows.parse(
    await database.orders.where('status').anyOf('awaiting_delivery', 'partially_delivered').toArray(),
  );
}

type Patch = Partial<
  Pick<OrderRow, 'breachedAt' | 'promiseOverrideMinutes' | 'productPromise' | 'noRefundNotices'>
>;

export async function patchOrder(key: string, patch: Patch, database: CardShieldDB = db): Promise<void> {
  await database.orders.update(key, patch);
}
