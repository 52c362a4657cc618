/** What the extension stores → the engine's inputs, resolved the same way as the breach alarm. Pure. */
import { resolvePromise } from '../deadlines/resolve';
import type { DeadlineRule } from '../deadlines/rules';
import type { EventRow } from '../model/event';
import type { OrderRow, OrderSnapshot } from '../model/order';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { deliveryStatus } from './delivery-status';
import type { OrderInput, Windows } from './input';

export interface OrderExtras {
  itemType?: 'virtual' | 'physical';
  signedAt?: string | null;
  directCharge?: boolean | null;
  /** The order's timeline: where the delivery status seen last comes from when the page says 退款中. */
  timeline?: readonly Pick<EventRow, 'type' | 'data'>[];
}

type StoredOrder = OrderSnapshot &
  Partial<Pick<OrderRow, 'deliveredAt' | 'promiseOverrideMinutes' | 'productPromise' | 'breachedAt'>>;

/** The promise follows lib/deadlines/resolve.ts: buyer's override → order page → product page → mode default. */
export function orderInputFromRow(
  row: StoredOrder,
  extra: OrderExtras = {},
  settings: Settings = DEFAULT_SETTINGS,
): OrderInput {
  const promise = resolvePromise(row, settings);
  const seen = deliveryStatus(row, extra.timeline ?? []);
  return {
    status: row.status,
    amount: row.amount,
    paidAt: row.paidAt,
    deliveryMode: row.deliveryMode,
    cardKeys: row.cardKeys,
    itemType: extra.itemType ?? 'virtual',
    promiseMinutes: promise.minutes,
    orderNo: row.orderNo,
    product: row.product,
    quantity: row.quantity,
    promiseText: promise.text,
    // 电商法 Art. 51 ¶2: delivery is when the key became retrievable, i.e. first seen delivered.
    deliveredAt: row.deliveredAt ?? null,
    signedAt: extra.signedAt ?? null,
    directCharge: extra.directCharge ?? null,
    deliveryStatus: seen === row.status ? null : seen,
  };
}

/** User settings and the platform family's case rules (lib/deadlines/rules.ts rulesFor) → engine windows. */
export function windowsFor(settings: Settings, rules: readonly DeadlineRule[]): Partial<Windows> {
  const hours = (id: string) => rules.find((r) => r.id === id)?.hours;
  const reply = hours('merchant-reply');
  const intervention = hours('intervention');
  const complaint = hours('complaint-window');
  return {
    immediateGraceMinutes: settings.immediateGraceMinutes,
    autoDeliveryMinutes: settings.autoDeliveryMinutes,
    manualDeliveryMinutes: settings.manualDeliveryMinutes,
    ...(reply ? { merchantReplyHours: reply } : {}),
    ...(intervention ? { interventionAfterHours: intervention } : {}),
    // The after-sales clock: the family's complaint window (anchored at delivery or payment; ≈ the same for 自动发货).
    ...(complaint ? { afterSalesHours: complaint } : {}),
  };
}
