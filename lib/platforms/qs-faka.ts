import type { ChatMessage, FieldRole, FormField, OrderSnapshot } from '../model/order';
import { labelledCells, linesOf, textOf } from './dom';
import { clean, normalizeStatus, orNull, parseChinaTime, parseCount, parseMoney } from './normalize';
import type { PlatformAdapter } from './types';
import { authorOfName, isNotDeliveredText } from './vocab';

/**
 * qs-faka (骑士/企业发卡, Vue 3 + TDesign SPA). Everything the buyer sees lives on the `/order` route:
 * the query result (`.order-list`: a "订单号：…" button, `dl > dt/dd` rows, keys in `div#copyText` joined by
 * `<br>`), the 投诉 dialog opened by `?ts=1` (`.plaint-form`: bare inputs without `name`, reason tiles
 * `.select_box`) and the complaint drawer of 投诉查询 `?tscx=1` (`.t-drawer` with `t-descriptions` and the
 * "聊天内容" card of `t-comment` items, newest first). Goods are stocked 卡密 issued automatically
 * ("即刻享受卡密自动交易"), so deliveryMode is 'auto' although no row says so.
 */
const ORDER_PATH = /\/order\/?$/;
const ORDER_NO = /订单号\s*[:：]\s*([A-Za-z0-9_-]{6,64})/;

function extractOrder(list: Element): OrderSnapshot | undefined {
  const head = [...list.querySelectorAll('.t-button, button')].map(textOf).find((t) => ORDER_NO.test(t));
  const orderNo = ORDER_NO.exec(head ?? textOf(list))?.[1];
  if (!orderNo) return undefined;
  const cells = labelledCells(list, 'dl', 'dt', 'dd');
  const value = (label: string) => orNull(textOf(cells.get(label)));
  const keyLines = linesOf(list.querySelector('#copyText'));
  const notice = keyLines.filter(isNotDeliveredText).join(' ').slice(0, 500) || null;
  const cardKeys = keyLines.filter((l) => !isNotDeliveredText(l));
  // The stock page prints no status word (it shows paid orders only; unpaid → "订单未支付"): keys tell.
  const statusText = value('订单状态');
  const said = normalizeStatus(statusText);
  const inferred = cardKeys.length ? 'delivered' : notice ? 'awaiting_delivery' : said;
  return {
    orderNo,
    product: value('商品名称'),
    quantity: parseCount(value('已发卡密') ?? value('购买数量')),
    amount: parseMoney(value('支付金额') ?? value('实付金额')),
    payMethod: value('付款方式') ?? value('支付方式'),
    createdAt: parseChinaTime(value('下单时间')),
    paidAt: parseChinaTime(value('交易时间') ?? value('支付时间')),
    status: said === 'unknown' || said === 'awaiting_delivery' ? inferred : said,
    statusText,
    deliveryMode: 'auto',
    cardKeys,
    undeliveredNotice: notice,
    promise: null,
  };
}

const PLACEHOLDER_ROLES: [RegExp, FieldRole][] = [
  [/订单/, 'orderNo'],
  [/QQ/i, 'qq'],
  [/手机/, 'mobile'],
  [/邮箱/, 'email'],
];
const MIN_CHARS = /(\d+)\s*字以上|不(?:能)?少于\s*(\d+)\s*字/;
const hidden = (el: Element) => /display\s*:\s*none/.test(el.getAttribute('style') ?? '');

/** The dialog's controls carry no `name` (v-model only); the submit handler requires all five fields. */
function complaintForm(form: Element): FormField[] {
  const fields: FormField[] = [];
  for (const box of form.querySelectorAll('.item, .input_select_box')) {
    if (hidden(box)) continue;
    const tiles = [...box.querySelectorAll('.select_box')];
    const control = box.querySelector('input, textarea');
    const base = { name: null, options: [] as string[], required: true, minLength: null as number | null };
    if (tiles.length) {
      // A tile reads "涉嫌色情 全额退款": the reason is the tile's own text, the `<i>` is a refund tag.
      const options = tiles.map((t) => clean(textOf(t).replace(textOf(t.querySelector('i')), '')));
      fields.push({
        ...base,
        role: 'reason',
        label: orNull(textOf(box.querySelector('.title span'))),
        options,
        control: 'tiles',
      });
    } else if (control && !hidden(control)) {
      const hint = control.getAttribute('placeholder') ?? '';
      const textarea = control.tagName === 'TEXTAREA';
      const min =
        Number(control.getAttribute('minlength')) || Number(MIN_CHARS.exec(hint)?.slice(1).find(Boolean));
      fields.push({
        ...base,
        role: textarea ? 'description' : (PLACEHOLDER_ROLES.find(([re]) => re.test(hint))?.[1] ?? 'other'),
        name: control.getAttribute('name'),
        label: orNull(hint.slice(0, 100)),
        control: textarea ? 'textarea' : `input:${control.getAttribute('type') ?? 'text'}`,
        minLength: min > 0 ? min : null,
      });
    }
  }
  return fields;
}

/** Author labels of ComplaintDeatil.vue: 管理员 (admin), 商户, 买家, 上级卖家 (the merchant's upstream seller). */
function author(name: string): ChatMessage['author'] {
  if (/上级卖家|商户/.test(name)) return 'merchant';
  return authorOfName(name) ?? 'system';
}

function complaintChat(doc: Document): ChatMessage[] {
  const items = [...doc.querySelectorAll('.t-drawer .message-list .t-comment')].map((c) => {
    const name = orNull(textOf(c.querySelector('.t-comment__name')));
    const detail = c.querySelector('.t-comment__detail');
    const images = [...(detail?.querySelectorAll('img') ?? [])].map(
      (img) => `[图片] ${img.getAttribute('src') ?? ''}`,
    );
    return {
      author: author(name ?? ''),
      name,
      at: parseChinaTime(textOf(c.querySelector('.t-comment__time'))),
      text: clean([textOf(detail), ...images].join(' ')).slice(0, 5000),
    };
  });
  // The list is newest-first (new messages are unshifted); keep the thread chronological.
  const [first, last] = [items[0]?.at, items[items.length - 1]?.at];
  return first && last && first > last ? items.reverse() : items;
}

const orderList = (doc: Document) => doc.querySelector('.order-list');

export const qsFaka: PlatformAdapter = {
  id: 'qs-faka',
  name: 'qs-faka 企业发卡',
  detect(doc, url) {
    if (!ORDER_PATH.test(url.pathname) || !doc.querySelector('.order-search-box, .order-wrapper'))
      return undefined;
    const list = orderList(doc);
    const kinds = [
      ...(list && list.querySelector('#copyText') && extractOrder(list) ? (['order'] as const) : []),
      ...(doc.querySelectorAll('.plaint-form .select_box').length >= 2 ? (['refund-form'] as const) : []),
      ...(doc.querySelector('.t-drawer .message-list .t-comment') ? (['chat'] as const) : []),
    ];
    return kinds.length ? { kinds, confidence: 0.95 } : undefined;
  },
  extractOrders(doc) {
    const list = orderList(doc);
    const order = list ? extractOrder(list) : undefined;
    return order ? [order] : [];
  },
  refundForm(doc) {
    const form = doc.querySelector('.plaint-form');
    return form ? { fields: complaintForm(form) } : undefined;
  },
  extractChat: complaintChat,
};

/*
 * Test URLs / fixtures (test/fixtures/qs-faka/):
 *   order-delivered     /order?orderId=…  dl/dt/dd rows + two keys in #copyText          → delivered
 *   order-awaiting      /order?orderId=…  #copyText "付款成功，等待充值…联系取卡"          → awaiting_delivery
 *   complaint-dialog    /order?ts=1       提交投诉订单 dialog (9 reason tiles, ≥20 chars) → refund-form
 *   complaint-detail    /order?tscx=1     投诉详情 drawer, 剩余时间, 聊天内容 (4 authors)   → chat
 *   negative/qs-faka-no-order, negative/qs-faka-unpaid ("没有查询到订单信息" / "订单未支付")
 */
