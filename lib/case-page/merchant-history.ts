/**
 * A shop's record across the buyer's orders (issue #9): how many were late or never delivered, and how refunds
 * ended. Shown on the case page for the selected order's shop and, as a warning, in the popup before the next
 * purchase there. A shop is its site host (`OrderRow.site`): the one identity every platform gives us. Pure.
 */
import type { OrderRow } from '../model/order';
import type { CaseRow } from '../store/cases';

export type Outcome =
  | 'refunded'
  | 'refund_rejected'
  | 'refund_pending'
  | 'delivery_failed'
  | 'not_delivered'
  | 'delivered_late'
  | 'delivered'
  | 'awaiting'
  | 'other';

export interface MerchantOrder {
  key: string;
  orderNo: string;
  product: string | null;
  /** Paid (or first seen) time: the order's place in the history. */
  at: string;
  breached: boolean;
  outcome: Outcome;
}

export interface MerchantHistory {
  site: string;
  total: number;
  /** Orders whose delivery deadline passed undelivered (late or never). */
  breached: number;
  deliveredLate: number;
  notDelivered: number;
  deliveryFailed: number;
  refunded: number;
  /** Refunds refused by the merchant or the platform, or given up. */
  refundRejected: number;
  refundPending: number;
  /** Newest first. */
  orders: MerchantOrder[];
}

/** Page words of a refused refund (the normalised status has no such value). */
const REFUSED = /驳回|拒绝退款|退款失败|不予退款|refund (was )?(rejected|refused|declined)/i;

export function outcomeOf(order: OrderRow, row?: CaseRow): Outcome {
  const s = row?.state;
  if (order.status === 'refunded' || s?.doneReason === 'refunded' || s?.arrival) return 'refunded';
  const refused = s?.platformRejectedAt || (s?.merchantRefusedAt && !s.refund && !s.interventionRequestedAt);
  if (refused || s?.doneReason === 'abandoned' || REFUSED.test(order.statusText ?? ''))
    return 'refund_rejected';
  if (order.status === 'refunding' || s?.refund || s?.refundRequestedAt || s?.interventionRequestedAt)
    return 'refund_pending';
  if (order.status === 'failed') return 'delivery_failed';
  const delivered = !!order.deliveredAt || order.status === 'delivered' || order.cardKeys.length > 0;
  if (order.breachedAt) return delivered ? 'delivered_late' : 'not_delivered';
  if (delivered) return 'delivered';
  if (order.status === 'awaiting_delivery' || order.status === 'partially_delivered') return 'awaiting';
  return 'other';
}

/**
 * The history of `site` from `orders` (any orders: those of other sites are ignored); `exclude` leaves out orders
 * the buyer is looking at right now (the popup warns about the *other* orders of the shop).
 */
export function merchantHistory(
  site: string,
  orders: readonly OrderRow[],
  cases: ReadonlyMap<string, CaseRow> = new Map(),
  exclude: readonly string[] = [],
): MerchantHistory {
  const skip = new Set(exclude);
  const list = orders
    .filter((o) => o.site === site && !skip.has(o.key))
    .map((o): MerchantOrder => ({
      key: o.key,
      orderNo: o.orderNo,
      product: o.product,
      at: o.paidAt ?? o.createdAt ?? o.firstSeenAt,
      breached: !!o.breachedAt,
      outcome: outcomeOf(o, cases.get(o.key)),
    }))
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const n = (outcome: Outcome) => list.filter((o) => o.outcome === outcome).length;
  return {
    site,
    total: list.length,
    breached: list.filter((o) => o.breached).length,
    deliveredLate: n('delivered_late'),
    notDelivered: n('not_delivered'),
    deliveryFailed: n('delivery_failed'),
    refunded: n('refunded'),
    refundRejected: n('refund_rejected'),
    refundPending: n('refund_pending'),
    orders: list,
  };
}

/** Worth a warning before buying again: the shop missed a delivery deadline or a refund failed. */
export function needsWarning(h: MerchantHistory): boolean {
  return h.breached > 0 || h.refundRejected > 0;
}

export { siteOf } from '../model/site';
