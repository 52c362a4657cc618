/**
 * One order block → OrderSnapshot fields: the block's own pairs first, then the pairs of its region; the
 * paid amount before any other amount; status words combined (a delivery word refines a payment word) and, when
 * the page has no status word, read from what was delivered.
 */
import type { DeliveryPromise, OrderSnapshot, OrderStatus } from '../../model/order';
import { clean, normalizeDeliveryMode, parseChinaTime, parseCount, parseMoney } from '../normalize';
import { AMOUNT_PRIORITY, type LabelRole } from '../vocab';
import { usable } from './blocks';
import { statusOf } from './status';
import type { Pair } from './pairs';

const labelled = (p: Pair) => p.source !== 'hint' && p.source !== 'hash';

/** Candidates for a role, labelled before hinted: the block's own if it has any, else its region's. */
function ranked(own: Pair[], region: Pair[], role: LabelRole): Pair[] {
  const of = (ps: Pair[]) => ps.filter((p) => p.role === role && usable(p));
  const found = of(own).length ? of(own) : of(region);
  return [...found.filter(labelled), ...found.filter((p) => !labelled(p))];
}

function amountRank(label: string): number {
  const k = AMOUNT_PRIORITY.findIndex((w) => label.includes(w));
  return k < 0 ? AMOUNT_PRIORITY.length : k;
}

/** 实付 before 订单金额 before 总价, own pair first within a rank; a 0 paid on an unpaid order yields to the price. */
function pickAmount(cands: Pair[]): number | null {
  const sorted = [...cands]
    .sort((a, b) => amountRank(a.label) - amountRank(b.label))
    .map((p) => parseMoney(p.value));
  return sorted.find((v) => v !== null && v > 0) ?? sorted[0] ?? null;
}

const DELIVERY_WORD = /发货|交付|发卡|到账|充值成功/;
const PAYMENT_ONLY = /^(订单)?(已支付|已付款|支付成功|付款成功|完成付款)$/;

interface Evidence {
  keys: number;
  notice: string | null;
}

/** Status and its display text from the status words found, refined by what was delivered. */
export function pickStatus(cands: Pair[], ev: Evidence): { status: OrderStatus; statusText: string | null } {
  const texts: string[] = [];
  for (const p of cands) {
    const t = clean(p.value).slice(0, 60);
    if (texts.some((x) => x.includes(t))) continue;
    const within = texts.findIndex((x) => t.includes(x));
    if (within >= 0) texts[within] = t;
    else texts.push(t);
  }
  const primary = texts[0];
  let status = statusOf(primary);
  let statusText = primary ?? null;
  const refine =
    primary && !DELIVERY_WORD.test(primary) ? texts.slice(1).find((t) => DELIVERY_WORD.test(t)) : undefined;
  if (refine && status === 'awaiting_delivery' && /delivered|awaiting/.test(statusOf(refine))) {
    status = statusOf(refine);
    statusText = `${primary} / ${refine}`.slice(0, 60);
  }
  // What was delivered speaks when the words only say "paid" (or nothing), or claim a delivery the page denies.
  const partial = !!ev.notice && /还有\s*\d+\s*件未发|部分|库存不足/.test(ev.notice);
  if ((!primary || PAYMENT_ONLY.test(primary)) && (status === 'awaiting_delivery' || status === 'unknown')) {
    if (ev.keys && partial) status = 'partially_delivered';
    else if (ev.keys && !ev.notice) status = 'delivered';
    else if (ev.notice) status = 'awaiting_delivery';
  } else if (status === 'delivered' && ev.notice && !ev.keys) status = 'awaiting_delivery';
  return { status, statusText };
}

const WINDOW_PROMISE =
  /(\d+\s*(?:分钟|小时|个?工作日|天)|立即|立刻|即时|马上|当天|当日|次日)[^。！!；;，,]{0,12}?(发货|到账|交付|发卡|充值成功)/;
const NOT_PROMISE = /未(付款|支付|完成支付)|作废|查询|数据|过期|有效期|请在.{0,8}(支付|付款)|客服在线/;

/** The clause that states a delivery window ("付款后10分钟内自动发货"), not a payment or query limit. */
export function promiseSentence(lines: string[]): string | null {
  for (const line of lines) {
    if (line.length > 300) continue;
    for (const s of line.split(/[。！!；;，,]/)) {
      const t = clean(s);
      if (t.length <= 100 && WINDOW_PROMISE.test(t) && !NOT_PROMISE.test(t)) return t;
    }
  }
  return null;
}

/** The shop says it delivers by itself ("付款后即可自动发货", a "自动发卡平台" title): the default mode is auto. */
const AUTO_CLAIM = /(付款|支付)(成功)?后.{0,6}自动(发货|发卡|交付)/;

export interface OrderFacts extends Evidence {
  /** Title or meta description claims automatic delivery. */
  siteAuto: boolean;
  orderNo: string;
  own: Pair[];
  region: Pair[];
  cardKeys: string[];
  regionLines: () => string[];
}

export function toSnapshot(f: OrderFacts): OrderSnapshot {
  const first = (role: LabelRole) => ranked(f.own, f.region, role)[0]?.value ?? null;
  const { status, statusText } = pickStatus(ranked(f.own, f.region, 'status'), f);
  const quantity = parseCount(first('quantity'));
  const promiseText = first('promise') ?? promiseSentence(f.regionLines());
  const promise: DeliveryPromise | null = promiseText
    ? { text: promiseText.slice(0, 300), minutes: null }
    : null;
  const mode = ranked(f.own, f.region, 'deliveryMode')[0];
  const claimed = f.siteAuto || f.regionLines().some((l) => AUTO_CLAIM.test(l));
  return {
    orderNo: f.orderNo,
    product: first('product')?.slice(0, 300) ?? null,
    quantity: quantity !== null && quantity <= 1_000_000 ? quantity : null,
    amount: pickAmount(ranked(f.own, f.region, 'amount')),
    payMethod: first('payMethod')?.slice(0, 60) ?? null,
    createdAt: parseChinaTime(first('createdAt')),
    paidAt: parseChinaTime(first('paidAt')),
    status,
    statusText,
    deliveryMode: mode ? normalizeDeliveryMode(mode.value) : claimed ? 'auto' : null,
    cardKeys: f.cardKeys,
    undeliveredNotice: f.notice,
    promise,
  };
}
