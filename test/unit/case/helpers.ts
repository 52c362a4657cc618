import type { CardShieldDB } from '../../../lib/db';
import type { OrderSnapshot } from '../../../lib/model/order';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { appendEvidence } from '../../../lib/store/evidence';
import { upsertOrder } from '../../../lib/store/orders';

export const SITE = 'km.example.cn';
export const PAID = '2026-03-01T02:00:00.000Z'; // 10:00 Beijing
export const NOW = '2026-03-01T04:00:00.000Z'; // 12:00 Beijing, two hours later
export const ORDER_NO = 'KM202603011000001234';
export const KEY = `${SITE}|${ORDER_NO}`;

/** A paid order never delivered; the page promised delivery within 10 minutes. */
export function awaiting(over: Partial<OrderSnapshot> = {}): OrderSnapshot {
  return {
    orderNo: ORDER_NO,
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
    undeliveredNotice: '商家正在备货中，请耐心等待发货',
    promise: { text: '付款后10分钟内自动发货', minutes: 10 },
    ...over,
  };
}

/** The same order delivered with one key at 10:01. */
export const delivered = (over: Partial<OrderSnapshot> = {}) =>
  awaiting({ status: 'delivered', statusText: '已发货', cardKeys: ['ABCD-EFGH-JKLM-NPQR'], undeliveredNotice: null, ...over }); // prettier-ignore

export async function storeOrder(snap: OrderSnapshot, seenAt: string, database?: CardShieldDB) {
  const where = { site: SITE, platform: 'demo-kameng', url: `https://${SITE}/user/order/${snap.orderNo}`, title: '订单详情' }; // prettier-ignore
  return (await upsertOrder(snap, where, new Date(seenAt), database)).row;
}

export const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

export async function addJsonEvidence(
  kind: 'chat' | 'product-page' | 'submitted-form',
  body: unknown,
  at: string,
  database?: CardShieldDB,
) {
  return appendEvidence(
    KEY,
    {
      kind,
      capturedAt: at,
      url: `https://${SITE}/x`,
      title: 't',
      mime: 'application/json',
      bytes: json(body),
    },
    database,
  );
}

export const deps = (now = NOW) => ({ settings: async () => DEFAULT_SETTINGS, now: () => new Date(now) });
