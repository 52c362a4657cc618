/** What the rules look at, derived once from the parsed input. Pure. */
import type { OrderStatus } from '../model/order';
import { effectiveStatus } from './delivery-status';
import type { Facts, OrderInput, ParsedInput, Windows } from './input';
import { MINUTE, HOUR, daysFromNextDay, toMs } from './time';

const INVALID = new Set(['used', 'not_found', 'expired', 'wrong_region']);

export interface Situation {
  order: OrderInput;
  facts: Facts;
  now: number;
  windows: Windows;
  paid: boolean;
  /** Something was delivered (key, recharge, card); null = cannot tell. */
  delivered: boolean | null;
  partial: boolean;
  directCharge: boolean;
  totalKeys: number;
  /** Keys that failed at the official redeem page for a reason other than the buyer's own use. */
  invalidKeys: number;
  keyInvalid: boolean;
  usedOrConfirmed: boolean;
  /** Promised delivery moment (paidAt + promise or the mode's default; "立即" gets a grace). */
  dueAt: number | null;
  /** Not delivered and past dueAt: minutes overdue. */
  breachMinutes: number | null;
  /** Delivered after dueAt: minutes late; null = unknown. */
  lateMinutes: number | null;
  late: boolean | null;
  /** Start of the buyer's after-sales clock: delivery time, else payment time. */
  claimStart: number | null;
  /** R7 window end (exclusive); counted from signing, else from payment (never over-promises). */
  returnWindowEnd: number | null;
  settled: boolean;
  /** A "概不退换" notice exists (fact, or read from the page). */
  noRefundNotice: boolean;
}

function isDelivered(o: OrderInput, status: OrderStatus, f: Facts): boolean | null {
  if (o.cardKeys.length || status === 'delivered' || status === 'partially_delivered') return true;
  if (o.itemType === 'physical' && (o.signedAt || f.physicalOpened !== null)) return true;
  if (status === 'awaiting_delivery' || status === 'failed') return false;
  if (status === 'unpaid' && o.paidAt) return false; // paid but the page still says 未付款: nothing delivered.
  return null;
}

/** Promised delivery moment; without a stated promise the delivery mode's default (as lib/deadlines/resolve.ts). */
function dueAt(o: OrderInput, w: Windows): number | null {
  const paid = toMs(o.paidAt);
  if (paid === null) return null;
  const minutes =
    o.promiseMinutes ?? (o.deliveryMode === 'auto' ? w.autoDeliveryMinutes : w.manualDeliveryMinutes);
  return paid + (minutes === 0 ? w.immediateGraceMinutes : minutes) * MINUTE;
}

export function situation(input: ParsedInput): Situation {
  const { order: o, facts: f, windows: w } = input;
  const now = Date.parse(input.now);
  const status = effectiveStatus(o); // 退款中 → the delivery status seen before it
  const delivered = isDelivered(o, status, f);
  // A redeem result or invalid count means the buyer holds a key, so it is no 直充 even if none was read.
  const keyless = o.cardKeys.length === 0 && f.keyRedeemResult === null && f.invalidKeys === null;
  const directCharge = o.directCharge ?? (o.itemType === 'virtual' && delivered === true && keyless);
  const totalKeys = Math.max(o.cardKeys.length, o.quantity ?? 0, f.invalidKeys ?? 0, 1);
  // "已被使用" is no defect when the buyer used the key themselves.
  const redeemFailed =
    f.keyRedeemResult !== null &&
    INVALID.has(f.keyRedeemResult) &&
    !(f.keyRedeemResult === 'used' && f.keyUsedByBuyer === true) &&
    !(f.keyRedeemResult === 'wrong_region' && f.buyerMistake === true); // wrong region chosen by the buyer → R5.
  const invalidKeys = f.invalidKeys ?? (redeemFailed ? totalKeys : 0);
  const due = dueAt(o, w);
  const deliveredAt = toMs(o.deliveredAt);
  const breach = delivered === false && due !== null && now > due ? Math.floor((now - due) / MINUTE) : null;
  const lateMinutes =
    deliveredAt !== null && due !== null ? Math.max(0, Math.floor((deliveredAt - due) / MINUTE)) : null;
  const signed = toMs(o.signedAt) ?? toMs(o.paidAt);
  return {
    order: o,
    facts: f,
    now,
    windows: w,
    paid: status !== 'unpaid' || o.paidAt !== null,
    delivered,
    partial: status === 'partially_delivered',
    directCharge: delivered !== false && directCharge,
    totalKeys,
    invalidKeys,
    keyInvalid: invalidKeys > 0,
    usedOrConfirmed: f.keyUsedByBuyer === true || f.receiptConfirmed === true,
    dueAt: due,
    breachMinutes: breach,
    lateMinutes,
    late: lateMinutes === null ? null : lateMinutes > 0,
    claimStart: deliveredAt ?? toMs(o.signedAt) ?? toMs(o.paidAt),
    returnWindowEnd: signed === null ? null : daysFromNextDay(signed, w.noReasonReturnDays),
    settled: f.refundAccepted ?? o.status === 'refunded',
    noRefundNotice: f.noRefundNotice === true || input.noRefundNotices.length > 0,
  };
}

/** Deadline of the after-sales window (P6 default 48 h from delivery). */
export const afterSalesEnd = (s: Situation): number | null =>
  s.claimStart === null ? null : s.claimStart + s.windows.afterSalesHours * HOUR;
