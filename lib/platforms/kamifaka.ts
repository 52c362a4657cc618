import type { OrderSnapshot } from '../model/order';
import { textOf } from './dom';
import { clean, normalizeStatus, orNull, parseChinaTime, parseCount, parseMoney } from './normalize';
import type { PlatformAdapter } from './types';
import { type LabelRole, isNotDeliveredText, roleOfLabel } from './vocab';

/**
 * kamiFaka (佰阅发卡, Flask + Vue 3 SPA, ../shared/domain/platforms.md §5). The search route (`search` /
 * `contact`, history or hash mode) renders one card per order: "标签:" captions (订单号:, 订单日期:, 交易时间：…)
 * next to their values, and a 卡密信息 box (textarea / pre) with copy and 导出卡密 buttons. Order ids start with
 * "Order" (the shop's own hint: "订单编号，Order开头"). Paid = delivered here: keys are issued on payment.
 */
const ROUTE = /(?:^|\/)(?:search|contact)\/?$/;
const ORDER_ID = /^Order[\w-]{6,}$/;
const CAPTION = 'span, strong, b, label, dt, th';
const KEY_HEADING = /^卡密信息/;
/** kamiFaka's own failure text on top of the shared vocabulary (正在生成卡密中, 卡密查询超时…). */
const isNotice = (t: string) => isNotDeliveredText(t) || /卡密加载失败/.test(t);

const isVueRendered = (el: Element | null): boolean =>
  !!el && ([...el.attributes].some((a) => a.name.startsWith('data-v-')) || isVueRendered(el.parentElement));

/** A caption ending in a colon → [role, value]: the value is the rest of the caption's parent. */
function captionPair(caption: Element): [LabelRole, string] | undefined {
  const label = textOf(caption);
  const role = /[:：]$/.test(label) ? roleOfLabel(label) : undefined;
  const parent = caption.parentElement;
  if (!role || !parent) return undefined;
  const rest = [...parent.childNodes].filter((n) => n !== caption && (n.nodeType === 1 || n.nodeType === 3));
  return [role, clean(rest.map((n) => n.textContent).join(' '))];
}

const keyHeading = (block: Element) =>
  [...block.querySelectorAll('h1, h2, h3, h4, h5, h6, legend')].find((h) => KEY_HEADING.test(textOf(h)));

/**
 * Each order: its 订单号 caption, climbed to the smallest ancestor that also holds a 卡密信息 box, else to the
 * largest ancestor holding no other order.
 */
function blocks(doc: Document): { orderNo: string; block: Element }[] {
  const anchors = [...doc.querySelectorAll(CAPTION)].filter((c) => {
    const pair = captionPair(c);
    return pair?.[0] === 'orderNo' && ORDER_ID.test(pair[1]);
  });
  return anchors.map((anchor) => {
    const onlyThis = (el: Element) => anchors.every((a) => a === anchor || !el.contains(a));
    let block = anchor;
    while (block.parentElement && onlyThis(block.parentElement) && !keyHeading(block))
      block = block.parentElement;
    return { orderNo: captionPair(anchor)?.[1] ?? '', block };
  });
}

function keyLines(block: Element): string[] {
  const box = keyHeading(block)?.parentElement?.querySelector('textarea, pre');
  return (box?.textContent ?? '').split(/\r?\n/).map(clean).filter(Boolean);
}

function toSnapshot({ orderNo, block }: { orderNo: string; block: Element }): OrderSnapshot {
  const fields = new Map<LabelRole, string>();
  for (const caption of block.querySelectorAll(CAPTION)) {
    const [role, value] = captionPair(caption) ?? [];
    if (role && value && !fields.has(role)) fields.set(role, value);
  }
  const get = (role: LabelRole) => orNull(fields.get(role));
  const lines = keyLines(block);
  const cardKeys = lines.filter((l) => !isNotice(l));
  const statusText = get('status');
  const status = normalizeStatus(statusText);
  return {
    orderNo,
    product: get('product'),
    quantity: parseCount(get('quantity')),
    amount: parseMoney(get('amount')),
    payMethod: get('payMethod'),
    createdAt: parseChinaTime(get('createdAt')),
    paidAt: parseChinaTime(get('paidAt')),
    status: status === 'awaiting_delivery' && cardKeys.length ? 'delivered' : status,
    statusText,
    deliveryMode: 'auto', // kamiFaka sells card stock only, issued on payment: there is no manual mode
    cardKeys,
    undeliveredNotice: orNull(lines.filter(isNotice).join(' ')),
    promise: null,
  };
}

export const kamifaka: PlatformAdapter = {
  id: 'kamifaka',
  name: '佰阅发卡 (kamiFaka)',
  detect(doc, url) {
    if (!ROUTE.test(url.pathname) && !ROUTE.test(url.hash.replace(/^#/, ''))) return undefined;
    const found = blocks(doc).filter((b) => isVueRendered(b.block));
    return found.some((b) => keyHeading(b.block)) && doc.querySelector('#app')
      ? { kinds: ['order'], confidence: 0.95 }
      : undefined;
  },
  extractOrders(doc) {
    return blocks(doc).map(toSnapshot);
  },
};

/*
 * Test URLs / fixtures (test/fixtures/kamifaka/, test/fixtures/negative/kamifaka-*):
 * - search-order.html    /#/search   one paid order, 卡密信息 textarea with 2 keys, 导出卡密
 * - contact-search.html  /#/contact  two orders by contact: one delivered, one "卡密查询超时…" notice
 * - negative/kamifaka-empty.html  search page before / without a result
 */
