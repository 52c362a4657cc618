import type { DeliveryMode, OrderStatus } from '../model/order';

/** Collapse whitespace (incl. full-width spaces) and trim; page text arrives messy. */
export function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u3000]+/g, ' ').trim();
}

export function orNull(text: string | null | undefined): string | null {
  const t = clean(text);
  return t && !/^[-—–/]+$/.test(t) ? t : null;
}

/** "¥12.50", "12.5元", "RMB 1,299.00" → 12.5; null when no number. */
export function parseMoney(text: string | null | undefined): number | null {
  const m = /(-?\d{1,3}(?:,\d{3})+|-?\d+)(\.\d+)?/.exec(clean(text));
  if (!m) return null;
  const value = Number(`${m[1]!.replace(/,/g, '')}${m[2] ?? ''}`);
  return Number.isFinite(value) && value >= 0 ? Math.round(value * 100) / 100 : null;
}

export function parseCount(text: string | null | undefined): number | null {
  const m = /\d+/.exec(clean(text));
  return m ? Number(m[0]) : null;
}

const pad = (n: string | undefined) => (n ?? '0').padStart(2, '0');

/**
 * Chinese platforms print Beijing time without a zone: "2026-11-26 14:03:09", "2026/11/26 14:03",
 * "2026年11月26日 14:03". Returns ISO 8601 with +08:00 (or the zone the text states), null otherwise.
 */
export function parseChinaTime(text: string | null | undefined): string | null {
  const t = clean(text);
  const m =
    /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]*(\d{1,2})[:：时](\d{1,2})(?:[:：分](\d{1,2}))?秒?)?\s*(Z|[+-]\d{2}:?\d{2})?/.exec(
      t,
    );
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31 || Number(h ?? 0) > 23 || Number(mi ?? 0) > 59)
    return null;
  const offset = zone ? (zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '+08:00';
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${offset}`;
}

/** Status words seen on real platforms (../shared/domain/platforms.md §13D), most specific first. */
const STATUS_WORDS: [RegExp, OrderStatus][] = [
  [/已退款|退款成功|订单已退款|已退单/, 'refunded'],
  [/退款中|退款处理中|平台介入|申请退款|部分退款/, 'refunding'],
  [/部分(交付|发货)/, 'partially_delivered'],
  [/异常|失败/, 'failed'],
  [/已过期|已取消|已关闭|已冻结|订单作废|已作废/, 'closed'],
  [/待支付|待付款|未支付|未付款|部分付款/, 'unpaid'],
  [/已完成|已发货|已交付|订单完成|已处理|充值成功/, 'delivered'],
  [
    /待处理|处理中|未发货|等待发货|待发货|待交付|已支付|已付款|完成付款|充值中|发货中|正在处理/,
    'awaiting_delivery',
  ],
];

export function normalizeStatus(text: string | null | undefined): OrderStatus {
  const t = clean(text);
  if (!t) return 'unknown';
  for (const [re, status] of STATUS_WORDS) if (re.test(t)) return status;
  return 'unknown';
}

export function normalizeDeliveryMode(text: string | null | undefined): DeliveryMode | null {
  const t = clean(text);
  if (/自动/.test(t)) return 'auto';
  if (/手动|人工|代充|直充/.test(t)) return 'manual';
  return null;
}
