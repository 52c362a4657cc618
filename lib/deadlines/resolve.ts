import type { OrderRow } from '../model/order';
import type { Settings } from '../settings';

export type PromiseSource = 'override' | 'page' | 'product-page' | 'mode-default' | 'platform-default';

export interface ResolvedPromise {
  minutes: number;
  source: PromiseSource;
  /** The shop's words when the promise comes from a page. */
  text: string | null;
}

/**
 * The delivery promise an order is held to, in priority: the buyer's own override; the order page's stated
 * promise; the product page's, seen before buying; the delivery mode's default (自动发货 → 10 min); the platform
 * rule default for manual delivery (24 h). "立即发货" (0 minutes) gets a short grace period.
 */
export function resolvePromise(
  order: Pick<OrderRow, 'promise' | 'deliveryMode'> & {
    promiseOverrideMinutes?: number | null;
    productPromise?: OrderRow['promise'];
  },
  settings: Settings,
): ResolvedPromise {
  if (order.promiseOverrideMinutes)
    return { minutes: order.promiseOverrideMinutes, source: 'override', text: null };
  const fromPage = (p: OrderRow['promise'], source: PromiseSource): ResolvedPromise | undefined =>
    p && p.minutes !== null
      ? { minutes: p.minutes || settings.immediateGraceMinutes, source, text: p.text }
      : undefined;
  const stated = fromPage(order.promise, 'page') ?? fromPage(order.productPromise ?? null, 'product-page');
  if (stated) return stated;
  if (order.deliveryMode === 'auto')
    return { minutes: settings.autoDeliveryMinutes, source: 'mode-default', text: null };
  return { minutes: settings.manualDeliveryMinutes, source: 'platform-default', text: null };
}
