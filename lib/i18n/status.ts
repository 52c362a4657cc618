import type { OrderStatus } from '../model/order';
import { pick } from './t';

export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/** Labels for normalised statuses, zh-CN and English (pick() in the UI; zh in the zh-CN report). */
export const STATUS_LABEL: Record<OrderStatus, { zh: string; en: string; tone: Tone }> = {
  unpaid: { zh: '待付款', en: 'Unpaid', tone: 'neutral' },
  awaiting_delivery: { zh: '待发货', en: 'Awaiting delivery', tone: 'warning' },
  delivered: { zh: '已发货', en: 'Delivered', tone: 'success' },
  partially_delivered: { zh: '部分发货', en: 'Partly delivered', tone: 'warning' },
  failed: { zh: '发货异常', en: 'Failed', tone: 'danger' },
  closed: { zh: '已关闭', en: 'Closed', tone: 'neutral' },
  refunding: { zh: '退款中', en: 'Refunding', tone: 'info' },
  refunded: { zh: '已退款', en: 'Refunded', tone: 'success' },
  unknown: { zh: '状态未知', en: 'Unknown', tone: 'neutral' },
};

/** The status label in the UI's language. */
export const statusLabel = (status: OrderStatus): string => pick(STATUS_LABEL[status]);

export function formatMoney(amount: number | null): string {
  return amount === null ? '—' : `¥${amount.toFixed(2)}`;
}

/** "2026-11-26 14:03" in Beijing time, the buyer's frame of reference on these platforms. */
export function formatBeijing(iso: string | null): string {
  if (!iso) return '—';
  const d = new Date(new Date(iso).getTime() + 8 * 3600_000);
  return d.toISOString().slice(0, 16).replace('T', ' ');
}
