/**
 * Delivery promises in a shop's own words → minutes from payment. "付款后10分钟内自动发货" → 10,
 * "人工直充，2小时内到账" → 120, "付款后立即发货" → 0 (immediately; breach logic adds a grace period),
 * "自动发货" alone is a delivery mode, not a promise (the mode's default applies elsewhere).
 * "如果24小时以后还未到账请再提交工单" → 1440. Traps that name a duration but promise no delivery
 * ("24小时客服在线", "5分钟内未付款订单作废", "订单查询仅能查询最近30天的数据") → null.
 */

const CN_DIGITS: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** "30" "三十" "二十四" "半" → number (半 = 0.5). */
export function parseCount(token: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(token)) return Number(token);
  if (token === '半') return 0.5;
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(token);
  if (!m || (!m[1] && !m[2] && !m[3])) return undefined;
  if (!m[2]) return CN_DIGITS[m[1] ?? m[3]!];
  return (m[1] ? CN_DIGITS[m[1]]! : 1) * 10 + (m[3] ? CN_DIGITS[m[3]]! : 0);
}

const UNIT_MINUTES: Record<string, number> = {
  秒: 1 / 60,
  秒钟: 1 / 60,
  分: 1,
  分钟: 1,
  min: 1,
  mins: 1,
  h: 60,
  小时: 60,
  个小时: 60,
  钟头: 60,
  个钟头: 60,
  天: 1440,
  日: 1440,
  个工作日: 1440,
  工作日: 1440,
};

const NUM = '(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十半]{1,3})';
const UNIT = '(秒钟|秒|分钟|分|mins?|个小时|小时|个钟头|钟头|h|个工作日|工作日|天|日)';
/** A duration, optionally a range ("1-2小时", "1~2个工作日"): the promise is the upper bound. */
const DURATION = new RegExp(`${NUM}(?:\\s*${UNIT})?\\s*(?:[-~～至到]\\s*${NUM})?\\s*${UNIT}`, 'gi');
const DELIVERY = /发货|到账|处理|发卡|出卡|交付|充值|下发|送达|完成|发出|上号|到货/;
/** Words between the duration and the verb that turn it into something else (payment timeout, service hours…). */
const NOT_DELIVERY =
  /未付款|未支付|付款|支付|客服|在线|查询|有效|作废|取消|售后|退款|退换|关闭|回复|响应|数据|保修|质保|激活后|使用/;
const IMMEDIATE = /(立即|立刻|马上|即时|实时)(自动)?(发货|发卡|到账|交付|充值)|秒发|秒到/;
const TRAP_IMMEDIATE = /未付款|请立即(付款|支付)/;

export interface ParsedPromise {
  text: string;
  minutes: number;
}

export function parsePromise(text: string): ParsedPromise | null {
  const t = text.replace(/\s+/g, ' ').trim();
  for (const m of t.matchAll(DURATION)) {
    const [whole, a, unitA, b, unitB] = m;
    const after = t.slice(m.index + whole.length, m.index + whole.length + 14);
    const verbAt = after.search(DELIVERY);
    if (verbAt < 0 || NOT_DELIVERY.test(after.slice(0, verbAt + 4))) continue;
    if (/(客服|在线|营业)/.test(t.slice(Math.max(0, m.index - 4), m.index))) continue;
    const count = parseCount(b ?? a!);
    const unit = UNIT_MINUTES[(unitB ?? unitA)!.toLowerCase()];
    if (count === undefined || unit === undefined) continue;
    return { text: t.slice(0, 300), minutes: Math.round(count * unit) };
  }
  if (IMMEDIATE.test(t) && !TRAP_IMMEDIATE.test(t)) return { text: t.slice(0, 300), minutes: 0 };
  return null;
}
