import type { Lang } from '../i18n/t';
import type { OrderRow, OrderStatus } from '../model/order';
import type { ResolvedPromise } from './resolve';

/** Orders still waiting for (all of) their goods: the only ones a delivery deadline applies to. */
const OPEN: ReadonlySet<OrderStatus> = new Set(['awaiting_delivery', 'partially_delivered']);

export function isAwaitingDelivery(order: Pick<OrderRow, 'status'>): boolean {
  return OPEN.has(order.status);
}

export interface DeliveryDeadline {
  dueAt: string;
  /** Counted from the page's paid time, or — when the page shows none — from when CardShield first saw it. */
  from: 'paidAt' | 'firstSeen';
  estimate: boolean;
  promise: ResolvedPromise;
}

/** When delivery is due; undefined for orders no deadline applies to (unpaid, expired, delivered, refunded…). */
export function deliveryDeadline(
  order: Pick<OrderRow, 'status' | 'paidAt' | 'firstSeenAt'>,
  promise: ResolvedPromise,
): DeliveryDeadline | undefined {
  if (!isAwaitingDelivery(order)) return undefined;
  const from = order.paidAt ? 'paidAt' : 'firstSeen';
  const start = Date.parse(order.paidAt ?? order.firstSeenAt);
  if (!Number.isFinite(start)) return undefined;
  return {
    dueAt: new Date(start + promise.minutes * 60_000).toISOString(),
    from,
    estimate: from === 'firstSeen',
    promise,
  };
}

export type BreachState =
  { state: 'none' } | { state: 'pending'; msLeft: number } | { state: 'breached'; msOver: number };

export function breachState(deadline: DeliveryDeadline | undefined, now: Date): BreachState {
  if (!deadline) return { state: 'none' };
  const left = Date.parse(deadline.dueAt) - now.getTime();
  return left > 0 ? { state: 'pending', msLeft: left } : { state: 'breached', msOver: -left };
}

/** "3 小时 5 分钟" / "45 秒" (en: "3 h 5 min" / "45 s") — for countdowns and breach durations. */
export function formatDuration(ms: number, lang: Lang = 'zh'): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const u = UNITS[lang];
  if (d) return `${d}${u.d(d)}${h ? ` ${h}${u.h}` : ''}`;
  if (h) return `${h}${u.h}${m ? ` ${m}${u.m}` : ''}`;
  if (m) return `${m}${u.m}`;
  return `${s}${u.s}`;
}

const UNITS: Record<Lang, { d: (n: number) => string; h: string; m: string; s: string }> = {
  zh: { d: () => ' 天', h: ' 小时', m: ' 分钟', s: ' 秒' },
  en: { d: (n) => (n === 1 ? ' day' : ' days'), h: ' h', m: ' min', s: ' s' },
};
