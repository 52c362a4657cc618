import type { OrderSnapshot, OrderStatus } from '../model/order';
import { linesOf, textOf } from './dom';
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
import { type LabelRole, isNotDeliveredText, roleOfLabel } from './vocab';

/**
 * dujiaoka (独角数卡), themes hyper / luna / unicorn (../shared/domain/platforms.md §1). Order info is rendered
 * server-side on fixed routes; every theme prints one card per order: an order-number anchor, label rows
 * (`div.mb-1 > label + span`, luna `ul.info-ui > li > strong`) and a key box (textarea or `.kami-info`).
 */
const ROUTE = /\/(?:detail-order-sn\/[A-Za-z0-9]+|search-order-by-(?:sn|email|browser))\/?$/;
/** Theme fingerprints: hyper, luna, unicorn. */
const THEME =
  '.orderinfo-info, .orderinfo-kami, .kami-btn, .textarea-kami, .kami-info, ul.info-ui, textarea.order-info, .clipboard-but, #copy-card';
const ROW = 'div.mb-1, ul.info-ui > li';
const PARTS = `span.badge, small.text-muted, ${ROW}, textarea, .kami-info`;
const SN = /(?:订单号|订单编号)\s*[:：]\s*([A-Z0-9]{16})\b|^#\s*([A-Z0-9]{16})$/;
/** Where a theme's word means something else than the shared vocabulary: hyper says 已处理 for 处理中 (code 3). */
const LOCAL_STATUS = new Map<string, OrderStatus>([['已处理', 'awaiting_delivery']]);

interface Block {
  orderNo: string;
  fields: Map<LabelRole, string>;
  keys?: Element;
}

/** A label row → [label, value text]; the value is everything in the row except its label element. */
function rowParts(row: Element): [string, string] | undefined {
  const label = row.querySelector(':scope > label, :scope > strong');
  if (!label) return undefined;
  const rest = [...row.childNodes].filter((n) => n !== label && (n.nodeType === 1 || n.nodeType === 3));
  return [textOf(label), clean(rest.map((n) => n.textContent).join(' '))];
}

/** Walk the order parts in document order; each order-number anchor starts a new order. */
function blocks(doc: Document): Block[] {
  const out: Block[] = [];
  for (const el of doc.querySelectorAll(PARTS)) {
    const cur = out.at(-1);
    if (el.matches(ROW)) {
      const [label, value] = rowParts(el) ?? ['', ''];
      const role = roleOfLabel(label);
      if (role === 'orderNo' && /^[A-Z0-9]{16}$/.test(value)) out.push({ orderNo: value, fields: new Map() });
      else if (role) cur?.fields.set(role, value);
    } else if (el.matches('textarea, .kami-info')) {
      if (cur && !cur.keys) cur.keys = el;
    } else if (!el.parentElement?.closest(ROW)) {
      const m = SN.exec(textOf(el));
      const orderNo = m?.[1] ?? m?.[2];
      if (orderNo) out.push({ orderNo, fields: new Map() });
    }
  }
  return out;
}

const isBuyerInput = (line: string) => {
  const label = /^([^:：]{1,12})[:：]/.exec(line)?.[1];
  return !!label && roleOfLabel(label) === 'buyerInput';
};

function toSnapshot({ orderNo, fields, keys }: Block): OrderSnapshot {
  const get = (role: LabelRole) => orNull(fields.get(role));
  const statusText = get('status');
  const deliveryMode = normalizeDeliveryMode(get('deliveryMode'));
  const lines = linesOf(keys);
  const notices = lines.filter(isNotDeliveredText);
  let status = LOCAL_STATUS.get(statusText ?? '') ?? normalizeStatus(statusText);
  // hyper never prints 状态异常 (unreachable template branch): the stock-shortage info is then the only sign.
  if (status === 'unknown' && notices.length) status = 'failed';
  // A manual (代充) order waiting for the admin carries the buyer's own input fields in the key box, not keys.
  const buyerInputBox = deliveryMode === 'manual' && status === 'awaiting_delivery';
  return {
    orderNo,
    product: get('product'),
    quantity: parseCount(get('quantity')),
    amount: parseMoney(get('amount')),
    payMethod: get('payMethod'),
    createdAt: parseChinaTime(get('createdAt')),
    paidAt: null,
    status,
    statusText,
    deliveryMode,
    cardKeys: buyerInputBox ? [] : lines.filter((l) => !isNotDeliveredText(l) && !isBuyerInput(l)),
    undeliveredNotice: orNull(notices.join(' ')),
    promise: null,
  };
}

export const dujiaoka: PlatformAdapter = {
  id: 'dujiaoka',
  name: '独角数卡 (dujiaoka)',
  detect(doc, url) {
    if (!ROUTE.test(url.pathname) || !doc.querySelector(THEME)) return undefined;
    return blocks(doc).length ? { kinds: ['order'], confidence: 0.95 } : undefined;
  },
  extractOrders(doc) {
    return blocks(doc).map(toSnapshot);
  },
};

/*
 * Test URLs / fixtures (test/fixtures/dujiaoka/, test/fixtures/negative/dujiaoka-*):
 * - hyper-completed.html      /detail-order-sn/{SN}  已完成, 2 keys in textarea.textarea-kami
 * - hyper-manual-pending.html /detail-order-sn/{SN}  人工发货 + 待处理: textarea holds buyer inputs → no keys
 * - hyper-abnormal.html       /detail-order-sn/{SN}  状态异常 + 库存可使用卡密不足… → failed, undeliveredNotice
 * - luna-email-search.html    /search-order-by-email two orders in ul.info-ui (已完成 + 已过期)
 * - unicorn-completed.html    /detail-order-sn/{SN}  one order, badges, #copy-card
 * - negative/dujiaoka-empty.html  hyper "没有找到订单信息"
 */
