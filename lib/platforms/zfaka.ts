import type { OrderSnapshot } from '../model/order';
import { textOf } from './dom';
import { normalizeStatus, orNull, parseChinaTime, parseCount, parseMoney } from './normalize';
import type { PlatformAdapter } from './types';
import { type LabelRole, isNotDeliveredText, looksLikeOrderNo, roleOfLabel } from './vocab';

/**
 * zfaka (PHP Yaf + layui, ../shared/domain/platforms.md §4). The query page lists orders in
 * `table.layui-table#query-table` (订单ID, 订单名称, 数量, 金额, 下单时间, 状态 as `span.layui-badge`); keys are
 * never in the table: 已完成 rows carry a `.view_kami[data-orderid]` "提取卡密" button that opens a layer popup
 * (`.layui-layer`, title 提取卡密) with one `<p id="km">` per key.
 */
const ROUTE = /\/(?:product\/query\/?|query\/(?:auto|orderid|contact|cookie)\/[^/]*)$/i;
const TABLE = 'table.layui-table#query-table';

interface Row {
  orderNo: string;
  cells: Map<LabelRole, Element>;
  kamiButton: boolean;
}

function rows(doc: Document): Row[] {
  const table = doc.querySelector(TABLE);
  if (!table) return [];
  const roles = [...table.querySelectorAll('thead th')].map((th) => roleOfLabel(textOf(th)));
  return [...table.querySelectorAll('tbody tr')].flatMap((tr) => {
    const cells = new Map<LabelRole, Element>();
    [...tr.querySelectorAll('td')].forEach((td, i) => {
      const role = roles[i];
      if (role && !cells.has(role)) cells.set(role, td);
    });
    const orderNo = textOf(cells.get('orderNo'));
    if (!looksLikeOrderNo(orderNo)) return [];
    return [{ orderNo, cells, kamiButton: !!tr.querySelector('.view_kami') }];
  });
}

/** The open 提取卡密 popup, if any: its keys and the text that may name the order. */
function kamiPopup(doc: Document): { keys: string[]; text: string } | undefined {
  const layer = [...doc.querySelectorAll('.layui-layer')].find(
    (l) => /提取卡密/.test(textOf(l.querySelector('.layui-layer-title'))) || l.querySelector('[id="km"]'),
  );
  if (!layer) return undefined;
  const keys = [...layer.querySelectorAll('[id="km"]')].map(textOf).filter(Boolean);
  return { keys, text: textOf(layer) };
}

/**
 * Which order the popup belongs to. The popup itself usually shows only keys, so: the order it names, else the
 * order in the URL (`/query/auto/{orderid}.html` after payment), else the only row with a 提取卡密 button.
 * Several candidates and no name → keys stay unattributed (wrong attribution is worse than none).
 */
function popupOwner(all: Row[], popupText: string, url: URL): Row | undefined {
  const named = all.filter((r) => popupText.includes(r.orderNo));
  if (named.length === 1) return named[0];
  const inUrl = all.find((r) => url.pathname.includes(r.orderNo));
  if (inUrl) return inUrl;
  const withButton = all.filter((r) => r.kamiButton);
  return withButton.length === 1 ? withButton[0] : undefined;
}

function toSnapshot(row: Row, keys: string[]): OrderSnapshot {
  const cell = (role: LabelRole) => orNull(textOf(row.cells.get(role)));
  const statusText = orNull(textOf(row.cells.get('status')?.querySelector('.layui-badge'))) ?? cell('status');
  return {
    orderNo: row.orderNo,
    product: cell('product'),
    quantity: parseCount(cell('quantity')),
    amount: parseMoney(cell('amount')),
    payMethod: cell('payMethod'),
    createdAt: parseChinaTime(cell('createdAt')),
    paidAt: parseChinaTime(cell('paidAt')),
    status: normalizeStatus(statusText),
    statusText,
    deliveryMode: null,
    cardKeys: keys.filter((k) => !isNotDeliveredText(k)),
    undeliveredNotice: orNull(keys.filter(isNotDeliveredText).join(' ')),
    promise: null,
  };
}

export const zfaka: PlatformAdapter = {
  id: 'zfaka',
  name: 'ZFAKA',
  detect(doc, url) {
    if (!ROUTE.test(url.pathname) || !rows(doc).length) return undefined;
    return { kinds: ['order'], confidence: 0.95 };
  },
  extractOrders(doc, url) {
    const all = rows(doc);
    const popup = kamiPopup(doc);
    const owner = popup && popupOwner(all, popup.text, url);
    return all.map((row) => toSnapshot(row, row === owner ? (popup?.keys ?? []) : []));
  },
};

/*
 * Test URLs / fixtures (test/fixtures/zfaka/, test/fixtures/negative/zfaka-*):
 * - query-table.html        /product/query/?zlkbmethod=contact  已完成 / 待处理 / 待付款 rows, no keys
 * - query-kami-popup.html   same table with the 提取卡密 layer open (p#km keys); the popup does not name the
 *                           order, the only 已完成 row (the only 提取卡密 button) gets the keys
 * - negative/zfaka-empty.html  empty result table
 */
