import type { FormField, OrderSnapshot, OrderStatus } from '../model/order';
import { attrValue, linesOf, textOf } from './dom';
import { describeFields } from './form-fields';
import { clean, normalizeStatus, orNull, parseChinaTime, parseCount, parseMoney } from './normalize';
import type { PlatformAdapter } from './types';
import { isNotDeliveredText } from './vocab';

/**
 * fakanet (legacy multi-merchant 寄售/自动发卡 platform, PHP, tpl/* themes). Query page
 * `orderquery.htm?st={orderid|contact|cardnum}&kw=…`: `div.search_result > div.search_list > table` with a
 * header row (订单时间, 订单号, 卡密 or 支付方式, 订单金额, 支付金额, 订单状态). In orderid mode the 卡密 cell
 * holds `div#cardinfo`, filled by checkgoods.htm with "卡号：…<br />卡密：…" pairs; a second table
 * "订单支付详情" lists payments. The 举报投诉 link opens lin/report.php in a nyroModal (`form[name=report]`).
 * A pure 自动发卡 consignment platform (stocked cards only): deliveryMode is 'auto'.
 */
const QUERY_PATH = /\/orderquery(\.htm|\.php)?$/i;
/** Result-table headers → field (支付金额 after 订单金额: what was paid wins unless it is 0). */
const COLUMNS: Record<string, string> = Object.fromEntries(
  '订单时间:createdAt 订单号:orderNo 卡密:keys 支付方式:payMethod 订单金额:amount 支付金额:amount 订单状态:status 商品名称:product'
    .split(' ')
    .map((pair) => pair.split(':')),
);

/** checkgoods prints each card as "卡号：…" plus, when it has one, a "卡密：…" line: one key per card. */
function cardKeys(box: Element | null): { keys: string[]; notice: string | null } {
  const keys: string[] = [];
  const notices: string[] = [];
  for (const line of linesOf(box)) {
    if (/^卡号[:：]/.test(line)) keys.push(line);
    else if (/^(卡密|密码)[:：]/.test(line) && keys.length) keys.push(`${keys.pop()} ${line}`);
    else if (isNotDeliveredText(line)) notices.push(line);
  }
  return { keys, notice: notices.join(' ').slice(0, 500) || null };
}

/**
 * "完成付款 订单完成" is the payment state; only keys in #cardinfo show a delivery (it may still read
 * "请稍候，正在查询…" or a stock notice), so a completed payment without keys is still awaiting delivery.
 */
const refine = (status: OrderStatus, keys: number, notice: string | null): OrderStatus =>
  status !== 'delivered' ? status : !keys ? 'awaiting_delivery' : notice ? 'partially_delivered' : status;

const headed = (doc: Document, head: string) =>
  [...doc.querySelectorAll('.search_result .search_list table')].filter((t) =>
    [...t.querySelectorAll('th')].some((th) => clean(th.firstChild?.textContent) === head),
  );

/** The first successful row of 订单支付详情 (支付时间, 支付类型, 卡号, 面额, 卡价值, 支付状态). */
function payment(doc: Document): { paidAt: string | null; payMethod: string | null } {
  for (const table of headed(doc, '支付时间')) {
    const heads = [...table.querySelectorAll('th')].map(textOf);
    for (const tr of table.querySelectorAll('tr')) {
      const cells = [...tr.querySelectorAll('td')].map(textOf);
      if (cells.length === heads.length && /成功/.test(cells[heads.indexOf('支付状态')] ?? ''))
        return {
          paidAt: parseChinaTime(cells[heads.indexOf('支付时间')]),
          payMethod: orNull(cells[heads.indexOf('支付类型')]),
        };
    }
  }
  return { paidAt: null, payMethod: null };
}

function extractOrders(doc: Document): OrderSnapshot[] {
  const total = /购买数[:：]\s*\d+\s*\/\s*(\d+)/.exec(textOf(doc.querySelector('#tips')))?.[1];
  return headed(doc, '订单号').flatMap((table) => {
    const heads = [...table.querySelectorAll('th')].map((th) => COLUMNS[clean(th.firstChild?.textContent)]);
    return [...table.querySelectorAll('tr')].flatMap((tr): OrderSnapshot[] => {
      const cells = [...tr.querySelectorAll('td')];
      if (cells.length !== heads.length) return []; // header row, or "暂无记录" (colspan)
      const all = (role: string) => cells.filter((_, i) => heads[i] === role);
      const at = (role: string) => all(role)[0];
      const orderNo = orNull(textOf(at('orderNo')));
      if (!orderNo) return [];
      const keyCell = at('keys');
      const { keys, notice } = keyCell
        ? cardKeys(keyCell.querySelector('#cardinfo') ?? keyCell)
        : { keys: [], notice: null };
      const state = orNull(linesOf(at('status')).join(' '));
      const status = normalizeStatus(state);
      // 支付金额 (what was paid) first; an unpaid row shows 0 there, so fall back to 订单金额.
      const amounts = all('amount').map((c) => parseMoney(textOf(c)));
      const paid = keyCell ? payment(doc) : { paidAt: null, payMethod: null }; // orderid view only
      return [
        {
          orderNo,
          product: orNull(textOf(at('product'))),
          quantity: keyCell ? parseCount(total) : null,
          amount: [...amounts].reverse().find((a) => a) ?? amounts[0] ?? null,
          payMethod: orNull(textOf(at('payMethod'))) ?? paid.payMethod,
          createdAt: parseChinaTime(textOf(at('createdAt'))),
          paidAt: paid.paidAt,
          status: keyCell ? refine(status, keys.length, notice) : status,
          statusText: status === 'unknown' ? null : state,
          deliveryMode: 'auto',
          cardKeys: keys,
          undeliveredNotice: notice,
          promise: null,
        },
      ];
    });
  });
}

/** The text right before a control ("*订单号："), or the line above it (the textarea's "*补充说明："). */
function caption(el: Element): string {
  let text = '';
  let n = el.previousSibling;
  while (n && !/^(BR|INPUT|SELECT|TEXTAREA)$/.test(n.nodeName)) {
    text = `${n.textContent ?? ''}${text}`;
    n = n.previousSibling;
  }
  return clean(clean(text) ? text : el.parentElement?.previousElementSibling?.textContent);
}

function reportForm(form: Element): FormField[] {
  return describeFields(form).map((field) => {
    const el = field.name ? form.querySelector(`[name=${attrValue(field.name)}]`) : null;
    const text = el ? caption(el) : '';
    return {
      ...field,
      label: field.label ?? orNull(text.replace(/^\*\s*/, '').replace(/[:：]\s*$/, '')),
      options: field.options.filter((o) => !/^-*\s*请选择/.test(o)),
      required: field.required || text.startsWith('*'),
    };
  });
}

const reportFormEl = (doc: Document) =>
  doc.querySelector('select[name=report_type]')?.closest('form') ?? null;

export const fakanet: PlatformAdapter = {
  id: 'fakanet',
  name: 'fakanet 寄售发卡平台',
  detect(doc, url) {
    const kinds = [
      ...(QUERY_PATH.test(url.pathname) && extractOrders(doc).length ? (['order'] as const) : []),
      ...(reportFormEl(doc)?.querySelector('[name=report_orderid], [name=report_url]')
        ? (['refund-form'] as const)
        : []),
    ];
    return kinds.length ? { kinds, confidence: 0.95 } : undefined;
  },
  extractOrders,
  refundForm(doc) {
    const form = reportFormEl(doc);
    return form ? { fields: reportForm(form) } : undefined;
  },
};

/*
 * Test URLs / fixtures (test/fixtures/fakanet/):
 *   orderquery-delivered   orderquery.htm?st=orderid&kw=…  完成付款/订单完成, two 卡号/卡密 pairs  → delivered
 *   orderquery-unpaid      orderquery.htm?st=orderid&kw=…  未付款/马上付款                        → unpaid
 *   orderquery-contact     orderquery.htm?st=contact&kw=…  list of 3 orders ("点击查看", no status) → unknown
 *   report-popup           orderquery page, out-of-stock order + 举报投诉 nyroModal (7 reasons)  → order + refund-form
 *   negative/fakanet-orderquery-empty  "暂无记录"
 */
