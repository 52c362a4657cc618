import { parsePromise } from '../deadlines/promise';
import { PageReport, type OrderSnapshot } from '../model/order';
import { titleOf } from './dom';
import { demoKameng } from './demo-kameng';
import { caihong } from './caihong';
import { cardSystem } from './card-system';
import { fakanet } from './fakanet';
import { qsFaka } from './qs-faka';
import { acgFaka } from './acg-faka';
import { dujiaoNext } from './dujiao-next';
import { dujiaoka } from './dujiaoka';
import { kamifaka } from './kamifaka';
import { zfaka } from './zfaka';
import { generic } from './generic';
import { boundedText, extractContacts, findNoRefundNotices, findOrderNo } from './page-signals';
import type { PlatformAdapter } from './types';

/** Specific adapters first; the generic heuristic goes last (a specific adapter always wins where one exists). */
export const adapters: readonly PlatformAdapter[] = [
  demoKameng,
  cardSystem,
  qsFaka,
  fakanet,
  caihong,
  dujiaoka,
  dujiaoNext,
  acgFaka,
  zfaka,
  kamifaka,
  generic,
];

export function pickAdapter(doc: Document, url: URL, list = adapters) {
  let best: { adapter: PlatformAdapter; kinds: PageReport['kinds']; confidence: number } | undefined;
  for (const adapter of list) {
    const hit = adapter.detect(doc, url);
    if (hit && hit.kinds.length && (!best || hit.confidence > best.confidence)) best = { adapter, ...hit };
  }
  return best;
}

/** Adapters report the promise in the shop's words; the minutes come from one parser for every platform. */
function withPromiseMinutes(order: OrderSnapshot): OrderSnapshot {
  if (!order.promise) return order;
  return {
    ...order,
    promise: { text: order.promise.text, minutes: parsePromise(order.promise.text)?.minutes ?? null },
  };
}

const EMPTY = {
  platform: null,
  kinds: [],
  orders: [],
  chat: [],
  chatOrderNo: null,
  refundForm: null,
  product: null,
  contacts: [],
  noRefundNotices: [],
};

/** Detect and extract one page; the result is validated, so a malformed page yields a warning, not a crash. */
export function analyzePage(doc: Document, url: URL, list = adapters): PageReport {
  const base = { ...EMPTY, url: url.href, title: titleOf(doc) };
  const best = pickAdapter(doc, url, list);
  if (!best) return { ...base, warnings: [] };
  const { adapter, kinds } = best;
  const text = boundedText(doc);
  const orders = kinds.includes('order') ? adapter.extractOrders(doc, url).map(withPromiseMinutes) : [];
  const chat = kinds.includes('chat') ? (adapter.extractChat?.(doc, url) ?? []) : [];
  const chatOrderNo = chat.length
    ? (adapter.chatOrderNo?.(doc, url) ?? (orders.length === 1 ? orders[0]!.orderNo : findOrderNo(text)))
    : null;
  const report = PageReport.safeParse({
    ...base,
    platform: adapter.id,
    kinds,
    orders,
    chat,
    chatOrderNo,
    refundForm: kinds.includes('refund-form') ? (adapter.refundForm?.(doc, url) ?? null) : null,
    product: kinds.includes('product') ? (adapter.product?.(doc, url) ?? null) : null,
    contacts: extractContacts(doc, text),
    noRefundNotices: findNoRefundNotices(text),
    warnings: [],
  });
  if (report.success) return report.data;
  const where = report.error.issues[0]?.path.join('.') ?? '';
  return { ...base, platform: adapter.id, kinds, warnings: [`页面数据无法识别 (${where})`] };
}
