import type { OrderSnapshot } from '../model/order';
import { textOf } from './dom';
import {
  clean,
  normalizeDeliveryMode,
  normalizeStatus,
  orNull,
  parseChinaTime,
  parseCount,
  parseMoney,
} from './normalize';
import type { PlatformAdapter } from './types';
import { isNotDeliveredText } from './vocab';

/**
 * dujiao-next (Go + Vue 3 successor of dujiaoka, ../shared/domain/platforms.md §2): a Tailwind SPA. The order
 * detail (`/orders/:order_no`, guest `/guest/orders/:order_no`) is a stack of `.theme-panel` cards; labels are
 * either a small label div stacked over its value, or one leaf "标签:值". Deliveries sit under 交付信息 (and
 * 子订单交付 for split orders): "类型:…", "状态:…" and the payload as one pre-wrap div or one div per line.
 */
const ROUTE = /^\/(?:guest\/)?orders\/[A-Za-z0-9_-]+\/?$/;
/** "No delivery yet" texts of this system (childFulfillmentEmpty) on top of the shared vocabulary. */
const EMPTY_DELIVERY = /暂无交付(信息|内容)/;
const isNotice = (t: string) => isNotDeliveredText(t) || EMPTY_DELIVERY.test(t);

const leaves = (root: ParentNode) =>
  [...root.querySelectorAll('div, span, p')].filter((el) => !el.firstElementChild);

/** Label → value pairs under `root`: "标签:值" leaves and label leaves stacked over a value leaf. First wins. */
function pairs(root: ParentNode): Map<string, string> {
  const out = new Map<string, string>();
  const add = (k: string, v: string) => k && v && !out.has(k) && out.set(k, v);
  for (const leaf of leaves(root)) {
    const text = textOf(leaf);
    const inline = /^([^:：]{1,10})[:：]\s*(.+)$/.exec(text);
    const next = leaf.nextElementSibling;
    if (inline) add(inline[1]!.trim(), inline[2]!);
    else if (text.length <= 10 && next && !next.firstElementChild) add(text, textOf(next));
  }
  return out;
}

/** Values of "标签:值" leaves with this label under `root`, in document order. */
const valuesOf = (root: ParentNode, label: string) =>
  leaves(root).flatMap((l) => new RegExp(`^${label}[:：]\\s*(.+)$`).exec(textOf(l))?.[1] ?? []);

/** Payload lines: one pre-wrap div (split on newlines) or one div per line. */
function payloadLines(area: Element): string[] {
  const boxes = area.querySelectorAll('div.whitespace-pre-wrap, div.space-y-1.break-all > div');
  return [...boxes]
    .flatMap((b) => (b.textContent ?? '').split(/\r?\n/))
    .map(clean)
    .filter(Boolean);
}

function extract(doc: Document): OrderSnapshot | undefined {
  const panels = [...doc.querySelectorAll('.theme-panel')];
  const all = new Map<string, string>();
  for (const [k, v] of panels.flatMap((p) => [...pairs(p)])) if (!all.has(k)) all.set(k, v);
  const head = panels.find((p) => pairs(p).has('订单号'));
  const orderNo = all.get('订单号');
  if (!head || !orderNo) return undefined;
  const titled = (...titles: string[]) =>
    panels.filter((p) => titles.includes(textOf(p.querySelector('h2'))));
  const items = titled('订单明细');
  // A delivery area is the parent of a "类型:" leaf (order-level 交付信息 and each child order's 子订单交付).
  const areas = leaves(doc).flatMap((l) => (/^类型[:：]/.test(textOf(l)) && l.parentElement) || []);
  const modes = new Set(
    [...items.flatMap((p) => valuesOf(p, '交付方式')), ...areas.flatMap((a) => valuesOf(a, '类型'))].map(
      normalizeDeliveryMode,
    ),
  );
  const counts = items.flatMap((p) => valuesOf(p, '数量'));
  const lines = areas.flatMap(payloadLines);
  const notices = titled('交付信息', '子订单').flatMap((p) => leaves(p).map(textOf));
  const statusText = orNull(textOf(head.querySelector('.theme-badge')));
  return {
    orderNo,
    product: orNull(items.flatMap((p) => [...p.querySelectorAll('.font-medium')].map(textOf)).join('、')),
    quantity: counts.length ? counts.reduce((n, c) => n + (parseCount(c) ?? 0), 0) : null,
    amount: parseMoney(all.get('实付金额')),
    payMethod: null,
    createdAt: parseChinaTime(all.get('下单时间')),
    paidAt: parseChinaTime(all.get('支付时间')),
    status: normalizeStatus(statusText),
    statusText,
    deliveryMode: modes.size === 1 ? (modes.values().next().value ?? null) : null,
    cardKeys: lines.filter((l) => !isNotice(l)),
    undeliveredNotice: orNull([...new Set([...lines, ...notices].filter(isNotice))].join(' ')),
    promise: null,
  };
}

export const dujiaoNext: PlatformAdapter = {
  id: 'dujiao-next',
  name: 'Dujiao-Next',
  detect(doc, url) {
    if (!ROUTE.test(url.pathname) || !doc.querySelector('.theme-panel .theme-badge')) return undefined;
    return extract(doc) ? { kinds: ['order'], confidence: 0.95 } : undefined;
  },
  extractOrders(doc) {
    const order = extract(doc);
    return order ? [order] : [];
  },
};

/*
 * Test URLs / fixtures (test/fixtures/dujiao-next/, test/fixtures/negative/dujiao-next-*):
 * - guest-delivered.html  /guest/orders/{order_no}  已完成, 交付信息 类型/状态 + one div per key line
 * - guest-partial.html    /guest/orders/{order_no}  部分交付: two child orders, keys in a whitespace-pre-wrap
 *                         div, the other child "暂无交付信息" → undeliveredNotice
 * - negative/dujiao-next-empty.html  "订单不存在"
 */
