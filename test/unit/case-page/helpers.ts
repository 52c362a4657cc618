import { OrderRow, type OrderRowInput } from '../../../lib/model/order';
import type { CaseRow } from '../../../lib/store/cases';
import { openCase, type CaseState } from '../../../lib/eligibility';

export const PAID = '2026-03-01T02:00:00.000Z'; // 10:00 Beijing
export const NOW = new Date('2026-03-01T04:00:00.000Z'); // two hours later

let n = 0;

/** A stored order row (defaults: paid, awaiting delivery, promised within 10 minutes on km.example.cn). */
export function row(over: Partial<OrderRowInput> = {}): OrderRow {
  const orderNo = over.orderNo ?? `KM2026030110000${String(++n).padStart(5, '0')}`;
  const site = over.site ?? 'km.example.cn';
  return OrderRow.parse({
    orderNo,
    product: 'Steam 钱包充值卡 100元',
    quantity: 1,
    amount: 96,
    payMethod: '微信支付',
    createdAt: PAID,
    paidAt: PAID,
    status: 'awaiting_delivery',
    statusText: '待发货',
    deliveryMode: 'auto',
    cardKeys: [],
    undeliveredNotice: null,
    promise: { text: '付款后10分钟内自动发货', minutes: 10 },
    key: `${site}|${orderNo}`,
    site,
    platform: 'demo-kameng',
    url: `https://${site}/user/order/${orderNo}`,
    title: '订单详情 - 星辰卡盟',
    firstSeenAt: PAID,
    lastSeenAt: PAID,
    evidenceCount: 0,
    lastChainHash: null,
    ...over,
  });
}

/** A case record for `order` with the given state changes on top of a fresh case. */
export function caseRow(order: OrderRow, state: Partial<CaseState> | null = {}): CaseRow {
  return {
    orderKey: order.key,
    createdAt: PAID,
    updatedAt: PAID,
    answers: {},
    state: state === null ? null : { ...openCase({ at: PAID, orderAmount: order.amount }), ...state },
    synced: [],
  };
}
