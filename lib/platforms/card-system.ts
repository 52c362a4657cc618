import { blankSnapshot, type OrderSnapshot, type OrderStatus } from '../model/order';
import { linesOf, textOf } from './dom';
import { normalizeStatus, orNull } from './normalize';
import type { PlatformAdapter } from './types';
import { isNotDeliveredText } from './vocab';

/**
 * card-system (Tai7sy, Laravel): the bare result page `/pay/result/{order_no}` rendered by
 * resources/views/pay/result.blade.php — an `h3` title, `p.status-msg` (the message) and, when keys were
 * issued, `textarea#card-txt.card-txt` + `a#card-copy[data-clipboard-target]` ("一键复制").
 * The page shows no product, amount or time; those stay null. card-system only sells stocked cards, so every
 * order is automatic delivery.
 */
const RESULT_PATH = /\/pay\/result\/([A-Za-z0-9]{10,40})\/?$/;
/** "订单#20261126140309aB3xZ 已支付，…" (order no = YmdHis + 5 random chars, but older rows may differ). */
const MSG_ORDER = /订单\s*#\s*([A-Za-z0-9]{10,40})/;
const MSG_PREFIX = /^订单\s*#\s*[A-Za-z0-9]+\s*已支付[，,]?\s*/;
/** Messages of a page that carries no order at all (unknown number). */
const NO_ORDER = /订单未找到|请返回页面重新下单|请选择商品/;

function isResultPage(doc: Document, url: URL): boolean {
  const msg = doc.querySelector('p.status-msg');
  return !!msg && (!!doc.querySelector('textarea#card-txt.card-txt') || RESULT_PATH.test(url.pathname));
}

/** Delivery words refine the payment word of the title (订单已支付 + keys = delivered). */
function refine(status: OrderStatus, keys: number, notice: string | null): OrderStatus {
  if (status !== 'awaiting_delivery' && status !== 'delivered') return status;
  if (keys && notice) return 'partially_delivered';
  if (keys) return 'delivered';
  return notice ? 'awaiting_delivery' : status;
}

function extractOrder(doc: Document, url: URL): OrderSnapshot | undefined {
  const msg = linesOf(doc.querySelector('p.status-msg')).join(' ');
  if (!msg || NO_ORDER.test(msg)) return undefined;
  const orderNo = MSG_ORDER.exec(msg)?.[1] ?? RESULT_PATH.exec(url.pathname)?.[1];
  if (!orderNo) return undefined;
  const keyLines = linesOf(doc.querySelector('textarea#card-txt'));
  const cardKeys = keyLines.filter((line) => line && !isNotDeliveredText(line));
  const rest = msg.replace(MSG_PREFIX, '');
  const notice =
    [rest, ...keyLines]
      .filter((t) => t && isNotDeliveredText(t))
      .join(' ')
      .slice(0, 500) || null;
  const title = orNull(textOf(doc.querySelector('body > h3, h3')));
  if (!cardKeys.length && !notice && !/已支付/.test(`${title ?? ''}${msg}`)) return undefined;
  const statusText = title && title.length <= 60 ? title : null;
  return {
    ...blankSnapshot(orderNo),
    status: refine(normalizeStatus(statusText ?? msg), cardKeys.length, notice),
    statusText,
    deliveryMode: 'auto',
    cardKeys,
    undeliveredNotice: notice,
    promise: null,
  };
}

export const cardSystem: PlatformAdapter = {
  id: 'card-system',
  name: 'card-system (Tai7sy)',
  detect(doc, url) {
    if (!isResultPage(doc, url) || !extractOrder(doc, url)) return undefined;
    return { kinds: ['order'], confidence: 0.95 };
  },
  extractOrders(doc, url) {
    const order = isResultPage(doc, url) ? extractOrder(doc, url) : undefined;
    return order ? [order] : [];
  },
};

/*
 * Test URLs / fixtures (test/fixtures/card-system/):
 *   result-delivered        /pay/result/{no} 订单已支付 + two keys in textarea#card-txt          → delivered
 *   result-partial          "目前库存不足，您还有1件未发货，请联系商家客服发货" + one key             → partially_delivered
 *   result-paid-no-stock    newer message "商家库存不足，因此卡密没有自动发货…" (no #, no textarea) → awaiting_delivery
 *   negative/card-system-order-not-found  "订单未找到，请重试" → no order
 * Not covered: the shop SPA's record query (POST /api/shop/record/get) renders inside the shop theme.
 */
