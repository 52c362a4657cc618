/**
 * normalizeStatus plus words seen on unknown shops that the shared table lacks (彩虹 "已退单", "正在处理").
 * TODO [2026-12-15]: move these into normalize.ts STATUS_WORDS (owned by the platform lead) and drop this file.
 */
import type { OrderStatus } from '../../model/order';
import { clean, normalizeStatus } from '../normalize';

const EXTRA: [RegExp, OrderStatus][] = [
  [/已退单|退单成功/, 'refunded'],
  [/退单中/, 'refunding'],
  [/已作废|已失效/, 'closed'],
  [/正在处理|充值中|正在发货|发货中|支付成功|付款成功/, 'awaiting_delivery'],
];

export function statusOf(text: string | null | undefined): OrderStatus {
  const s = normalizeStatus(text);
  if (s !== 'unknown') return s;
  const t = clean(text);
  for (const [re, status] of EXTRA) if (re.test(t)) return status;
  return 'unknown';
}
