import {
  blankSnapshot,
  type ChatMessage,
  type FormField,
  type OrderSnapshot,
  type OrderStatus,
} from '../model/order';
import { attrValue, linesOf, textOf } from './dom';
import { describeFields } from './form-fields';
import { clean, normalizeStatus, orNull, parseChinaTime, parseCount, parseMoney } from './normalize';
import type { PlatformAdapter } from './types';
import { isNotDeliveredText } from './vocab';

/**
 * 彩虹自助下单系统 (代刷/卡盟-style reseller). Query list `?mod=query&data=…` (faka template: 订单ID, 名称, 数量,
 * 金额, 状态, 日期, 操作) or the classic AJAX list `#list tr[orderid]`; both link `showOrder(id,'<md5 skey>')`,
 * which opens the layer popup "订单详细信息" with `table#orderItem` (`td.orderTitle` + value td; section rows
 * 以下是你的卡密信息 / 处理结果 / 商品简介). 工单: `user/workorder.php?my=add` (form), `?my=view` (`div.gdan_zhugan`).
 */
const SHOW_ORDER = /showOrder\(\s*(\d+)\s*,\s*['"][0-9a-f]{32}['"]\s*\)/;
const WORKORDER = /\/workorder\.php$/;
/** This system's own words: the faka template prints 正在处理 (= 处理中) and 已退单 (= 已退款). */
const LOCAL: [RegExp, OrderStatus][] = [
  [/正在处理/, 'awaiting_delivery'],
  [/已退单/, 'refunded'],
];
const status = (t: string | null) => LOCAL.find(([re]) => re.test(t ?? ''))?.[1] ?? normalizeStatus(t);
const COLUMNS = new Map(
  Object.entries({
    orderNo: '订单ID 订单号 订单编号',
    product: '名称 商品名称',
    quantity: '数量',
    amount: '金额 订单金额',
    status: '状态 订单状态',
    createdAt: '日期 购买时间 下单时间',
  }).flatMap(([role, words]) => words.split(' ').map((w) => [w, role] as const)),
);
/** A delivery window clause of the item text: "付款后24小时内到账". */
const WINDOW = /\d+\s*(分钟|小时|天|个工作日).*(发货|到账|处理|完成)/;

const statusWord = (cell: Element | undefined) => orNull(textOf(cell?.querySelector('font, .label') ?? cell));
const LINKS = '[href*="showOrder("], [onclick*="showOrder("]';

function listOrders(doc: Document): OrderSnapshot[] {
  const rows = new Set([...doc.querySelectorAll(LINKS)].map((a) => a.closest('tr')));
  return [...rows].flatMap((tr): OrderSnapshot[] => {
    if (!tr) return [];
    const calls = [...tr.querySelectorAll(LINKS)].map(
      (a) => `${a.getAttribute('href')} ${a.getAttribute('onclick')}`,
    );
    const id = calls.map((c) => SHOW_ORDER.exec(c)?.[1]).find(Boolean);
    const heads = [...(tr.closest('table')?.querySelectorAll('th') ?? [])].map((th) =>
      COLUMNS.get(textOf(th)),
    );
    if (!id || !heads.includes('product')) return []; // the 工单 list links orders too, but 状态 is the ticket's
    const cells = [...tr.children].filter((c) => c.tagName === 'TD');
    const at = (role: string) => textOf(cells[heads.indexOf(role)]);
    const statusText = statusWord(cells[heads.indexOf('status')]);
    const orderNo = orNull(at('orderNo')) ?? tr.getAttribute('orderid') ?? id;
    return [
      {
        ...blankSnapshot(orderNo),
        product: orNull(at('product')),
        quantity: parseCount(at('quantity')),
        amount: parseMoney(at('amount')),
        createdAt: parseChinaTime(at('createdAt')),
        status: status(statusText),
        statusText,
      },
    ];
  });
}

/** The popup's table: label rows (`td.orderTitle` + value td) and section rows (a lone `<b>` title, then content). */
function modalOrder(table: Element): OrderSnapshot | undefined {
  const values = new Map<string, Element>();
  const sections = new Map<string, Element>();
  let section = '';
  for (const tr of table.querySelectorAll('tr')) {
    const tds = [...tr.querySelectorAll('td')];
    const title = tds.length === 1 ? tds[0]!.querySelector(':scope > b') : null;
    if (title && textOf(title) === textOf(tds[0])) section = textOf(title);
    else if (tds.length === 1) sections.set(section, tds[0]!);
    for (let i = 0; i + 1 < tds.length; i += 2)
      if (!values.has(textOf(tds[i]))) values.set(textOf(tds[i]), tds[i + 1]!);
  }
  const value = (label: string) => textOf(values.get(label));
  const orderNo = orNull(value('订单编号'));
  if (!orderNo) return undefined;
  const keyLines = linesOf(sections.get('以下是你的卡密信息'));
  const cardKeys = keyLines.filter((l) => !isNotDeliveredText(l) && /[A-Za-z0-9]{3}/.test(l)); // not "点此查看卡密"
  const statusText = statusWord(values.get('订单状态'));
  const state = status(statusText);
  const result = orNull(
    textOf(sections.get('处理结果') ?? sections.get('补充信息') ?? values.get('异常信息')),
  );
  const promise = textOf(sections.get('商品简介'))
    .split(/[，,。！!；;]/)
    .map(clean)
    .find((c) => WINDOW.test(c));
  return {
    ...blankSnapshot(orderNo),
    product: orNull(value('商品名称')),
    amount: parseMoney(value('订单金额')),
    createdAt: parseChinaTime(value('购买时间')),
    statusText,
    cardKeys,
    status: cardKeys.length && state === 'awaiting_delivery' ? 'delivered' : state,
    // 下单信息 is the buyer's own input (account, phone): never a key. A failure's 处理结果 says why nothing came.
    undeliveredNotice:
      keyLines.filter(isNotDeliveredText).join(' ').slice(0, 500) ||
      (state === 'failed' || state === 'awaiting_delivery' ? result : null),
    promise: promise ? { text: promise.slice(0, 300), minutes: null } : null,
  };
}

/** List rows, with the order open in the popup replaced by its full detail (the list keeps 数量). */
function extractOrders(doc: Document): OrderSnapshot[] {
  const orders = listOrders(doc);
  const table = doc.querySelector('table#orderItem')?.querySelector('td.orderTitle')?.closest('table');
  const detail = table ? modalOrder(table) : undefined;
  if (!detail) return orders;
  const known = Object.entries(detail).filter(([, v]) => v !== null && !(Array.isArray(v) && !v.length));
  const i = orders.findIndex((o) => o.orderNo === detail.orderNo);
  return i < 0
    ? [...orders, detail]
    : orders.map((o, j) => (j === i ? { ...o, ...Object.fromEntries(known) } : o));
}

/** Labels are `.input-group-addon` boxes; the readonly `picurl` box only mirrors the file picker next to it. */
function workorderForm(form: Element): FormField[] {
  const file = form.querySelector('input[type=file]');
  return describeFields(form).flatMap((field) => {
    const el = field.name ? form.querySelector(`[name=${attrValue(field.name)}]`) : file;
    if (file && field.role === 'evidence' && el?.hasAttribute('readonly')) return [];
    const addon = orNull(textOf(el?.closest('.input-group')?.querySelector('.input-group-addon')));
    return [{ ...field, label: addon ?? field.label }];
  });
}

/**
 * On 彩虹 the 工单 is answered by the site owner — the party that sold the order — under the fixed name
 * "官方客服" (with the custom-service avatar): that is the merchant, not an independent platform. Everything
 * else (the "问题描述" opening block, the user's login name) is the buyer.
 */
function workorderChat(doc: Document): ChatMessage[] {
  return [...doc.querySelectorAll('.gdan_gout .gdan_zhugan')].map((block) => {
    const head = block.querySelector('.gdan_xiaozhi');
    const time = textOf(head?.querySelector('span'));
    const name = textOf(head).replace(time, '').trim();
    const staff =
      name === '官方客服' || /custom-service/.test(block.querySelector('img')?.getAttribute('src') ?? '');
    const body = [...(block.querySelector('.gdan_kjia1')?.childNodes ?? [])].filter((n) => n !== head);
    const text = body
      .map((n) => (n.nodeType === 1 ? linesOf(n as Element).join(' ') : n.textContent))
      .join(' ');
    const author: ChatMessage['author'] = staff ? 'merchant' : 'buyer';
    return {
      author,
      name: name && name !== '问题描述' ? name : null,
      at: parseChinaTime(time),
      text: clean(text).slice(0, 5000),
    };
  });
}

const workorderFormEl = (doc: Document, url: URL) =>
  WORKORDER.test(url.pathname) ? doc.querySelector('form[action*="my=add_submit"]') : null;

export const caihong: PlatformAdapter = {
  id: 'caihong',
  name: '彩虹自助下单系统',
  detect(doc, url) {
    const thread = WORKORDER.test(url.pathname) && doc.querySelector('.gdan_gout .gdan_zhugan .gdan_xiaozhi');
    const kinds = [
      ...(extractOrders(doc).length ? (['order'] as const) : []),
      ...(workorderFormEl(doc, url)?.querySelector('select[name=type]') ? (['refund-form'] as const) : []),
      ...(thread ? (['chat'] as const) : []),
    ];
    return kinds.length ? { kinds, confidence: 0.95 } : undefined;
  },
  extractOrders,
  refundForm(doc, url) {
    const form = workorderFormEl(doc, url);
    return form ? { fields: workorderForm(form) } : undefined;
  },
  extractChat: workorderChat,
};

/*
 * Test URLs / fixtures (test/fixtures/caihong/):
 *   query-list           ?mod=query&data=…  faka template, 5 rows (待处理/正在处理/已完成/异常/已退单)
 *   query-list-classic   ?chadan=1          classic AJAX list #list tr[orderid] (待处理/处理中/已完成/异常/已退款)
 *   order-modal-keys     query page + 订单详细信息 popup: 已完成, 以下是你的卡密信息, 投诉订单
 *   order-modal-refund   query page + popup: 话费直充 异常, 处理结果, 投诉订单/申请退款, "24小时内到账" → promise
 *   workorder-add        user/workorder.php?my=add (orderid, type, content, image, code) → refund-form
 *   workorder-view       user/workorder.php?my=view&id=… 沟通记录 (问题描述, 官方客服, buyer) → chat
 *   negative/caihong-query-empty  "无记录!"
 */
