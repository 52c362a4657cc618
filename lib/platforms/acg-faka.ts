import type { ChatMessage, FieldRole, FormField, OrderSnapshot, PageKind } from '../model/order';
import { linesOf, textOf } from './dom';
import { tileField } from './form-fields';
import { normalizeStatus, orNull, parseChinaTime, parseCount, parseMoney } from './normalize';
import type { PlatformAdapter } from './types';
import { isNotDeliveredText } from './vocab';

/**
 * acg-faka (异次元发卡, ../shared/domain/platforms.md §3). Three page kinds on fixed routes:
 * - 订单查询 `/user/index/query[?tradeNo=]`: jQuery-rendered `.order-list > .order-item` cards;
 * - 创建工单 `/user/ticket/create`: the after-sales (售后支持) form = this system's refund channel;
 * - 工单详情 `/user/ticket/detail?id=`: `.uc-ticket-messages` thread (buyer ↔ the shop's 客服).
 */
const ITEM = '.order-list .order-item';
const MESSAGE = '.uc-ticket-messages article.uc-ticket-message, .uc-ticket-messages article.uc-ticket-event';
/** route, structural fingerprint, page kind */
const PAGES: [RegExp, string, PageKind][] = [
  [/^\/user\/index\/query\/?$/i, `${ITEM} .order-no-text`, 'order'],
  [/^\/user\/ticket\/create\/?$/i, 'form.uc-ticket-form [data-ticket-type]', 'refund-form'],
  [/^\/user\/ticket\/detail\/?$/i, MESSAGE, 'chat'],
];

function extractItem(item: Element): OrderSnapshot | undefined {
  const orderNo = textOf(item.querySelector('.order-no-text'));
  if (!orderNo) return undefined;
  const text = (sel: string) => orNull(textOf(item.querySelector(sel)));
  const payment = text('.order-status .status-badge');
  const shipment = text('.shipment-badge');
  const secret = linesOf(item.querySelector('.card-display'));
  const notices = secret.filter(isNotDeliveredText);
  const qty = [...item.querySelectorAll('.goods-meta .goods-sku')].map(textOf).find((t) => /^数量/.test(t));
  return {
    orderNo,
    product: text('.goods-name'),
    quantity: parseCount(qty),
    amount: parseMoney(text('.amount-number') ?? text('.amount-value')),
    payMethod: text('.payment-name'),
    createdAt: parseChinaTime(text('.order-time-text')),
    paidAt: parseChinaTime(text('.payment-time-text')),
    // The delivery word (等待发货 / 已发货) refines the payment word (待付款 / 已付款).
    status: normalizeStatus(shipment ?? payment),
    statusText: orNull([payment, shipment].filter(Boolean).join(' / ')),
    deliveryMode: null,
    cardKeys: secret.filter((l) => !isNotDeliveredText(l)),
    undeliveredNotice: orNull(notices.join(' ')),
    promise: null,
  };
}

/** Visible label text of an element, without required stars, hints and counters. */
function labelText(el: Element | null | undefined): string | null {
  const copy = el?.cloneNode(true) as Element | undefined;
  if (!copy) return null;
  copy.querySelectorAll('b, em, small, i').forEach((n) => n.remove());
  return orNull(copy.textContent);
}

/** One control of the ticket form, its label found where the Cartoon theme puts it. */
function fieldOf(form: Element, sel: string, role: FieldRole, minLength: number | null = null): FormField[] {
  const el = form.querySelector(sel);
  if (!el) return [];
  const id = el.getAttribute('id');
  const label =
    (id ? form.querySelector(`label[for="${CSS.escape(id)}"]`) : null) ||
    el.closest('label')?.querySelector('span') ||
    el
      .closest('.uc-ticket-proof, .uc-ticket-editor-field, .uc-ticket-order-panel')
      ?.querySelector('.uc-ticket-field-label');
  const tag = el.tagName.toLowerCase();
  const control = tag === 'input' ? `input:${el.getAttribute('type') ?? 'text'}` : tag;
  const required = !!label?.querySelector('b') || el.hasAttribute('required');
  const name = el.getAttribute('name');
  return [{ role, name, label: labelText(label), options: [], control, required, minLength }];
}

/** A button radiogroup (`[data-ticket-type]`, `[data-priority]`): options are the tiles' headline words. */
function tiles(form: Element, attr: string, name: string): FormField[] {
  const group = [...form.querySelectorAll(`[${attr}]`)];
  if (!group.length) return [];
  const heads = group.map((t) => t.querySelector('strong') ?? t);
  const label = orNull(group[0]!.closest('[role=radiogroup]')?.getAttribute('aria-label'));
  return [tileField('other', name, heads, label)];
}

export const acgFaka: PlatformAdapter = {
  id: 'acg-faka',
  name: '异次元发卡 (acg-faka)',
  detect(doc, url) {
    const hit = PAGES.find(([route, print]) => route.test(url.pathname) && doc.querySelector(print));
    return hit ? { kinds: [hit[2]], confidence: 0.95 } : undefined;
  },
  extractOrders(doc) {
    return [...doc.querySelectorAll(ITEM)].map(extractItem).filter((o) => o !== undefined);
  },
  /**
   * The 工单 form as a refund form. Service type and priority are `other` tiles (售后支持 is chosen by the
   * filler); the order is either picked from the member's paid orders (`order_id`) or typed (`trade_no`, guest
   * orders), both `orderNo`; the purchase proof upload is `evidence`. The 售前 product picker is left out.
   * Title minimum: 4 characters (the page's own validation, "工单标题至少需要 4 个字").
   */
  refundForm(doc) {
    const form = doc.querySelector('form.uc-ticket-form');
    if (!form) return undefined;
    return {
      fields: [
        ...tiles(form, 'data-ticket-type', 'type'),
        ...fieldOf(form, 'select[name=order_id]', 'orderNo'),
        ...fieldOf(form, 'input[name=trade_no]', 'orderNo'),
        ...fieldOf(form, 'input[type=file]', 'evidence'),
        ...tiles(form, 'data-priority', 'priority'),
        ...fieldOf(form, 'input[name=title]', 'title', 4),
        ...fieldOf(form, 'textarea[name=content]', 'description'),
      ],
    };
  },
  /** is-user → buyer; is-admin → merchant (the shop's own 客服 in a single-shop system); system events → system. */
  extractChat(doc) {
    return [...doc.querySelectorAll(MESSAGE)].map((msg): ChatMessage => {
      const cls = msg.classList;
      const time = msg.querySelector('time');
      return {
        author: cls.contains('is-user') ? 'buyer' : cls.contains('is-admin') ? 'merchant' : 'system',
        name: orNull(textOf(msg.querySelector('.uc-ticket-message__meta > strong, div > strong'))),
        at: parseChinaTime(time?.getAttribute('datetime') ?? textOf(time)),
        text: linesOf(msg.querySelector('.uc-ticket-markdown')).join('\n'),
      };
    });
  },
};

/*
 * Test URLs / fixtures (test/fixtures/acg-faka/, test/fixtures/negative/acg-faka-*):
 * - query-shipped.html  /user/index/query?tradeNo=…  已付款 + 已发货, keys `<br>`-separated in div.card-display
 * - query-waiting.html  /user/index/query?tradeNo=…  已付款 + 等待发货, "正在发货中…" → undeliveredNotice
 * - query-list.html     /user/index/query            two orders: password-gated 已发货 + 待付款
 * - ticket-create.html  /user/ticket/create          售后支持 form → refundForm
 * - ticket-detail.html  /user/ticket/detail?id=…     is-user / is-admin / system event thread → chat
 * - negative/acg-faka-empty.html  "未找到相关订单"
 */
