import type { AssessInput } from '../../../lib/eligibility';

type OrderIn = AssessInput['order'];
type FactsIn = NonNullable<AssessInput['facts']>;

export const PAID = '2026-03-01T10:00:00+08:00';
export const NOW = '2026-03-01T12:00:00+08:00';
export const KEY = 'ABCD-1234-EFGH-5678';

/** A delivered one-key virtual order ("付款后10分钟内自动发货"), paid 2 h before NOW. */
export function input(
  order: Partial<OrderIn> = {},
  facts: FactsIn = {},
  extra: Partial<AssessInput> = {},
): AssessInput {
  return {
    order: {
      orderNo: 'KM202603011000001234',
      status: 'delivered',
      amount: 30,
      paidAt: PAID,
      deliveryMode: 'auto',
      cardKeys: [KEY],
      itemType: 'virtual',
      promiseMinutes: 10,
      promiseText: '付款后10分钟内自动发货',
      deliveredAt: '2026-03-01T10:01:00+08:00',
      ...order,
    },
    facts,
    now: NOW,
    ...extra,
  };
}

export const UNDELIVERED: Partial<OrderIn> = { status: 'awaiting_delivery', cardKeys: [], deliveredAt: null };
export const DIRECT: Partial<OrderIn> = {
  status: 'delivered',
  cardKeys: [],
  product: '王者荣耀 直充 60 点券',
};
/** Delivered 40 min after the 10-minute promise. */
export const LATE: Partial<OrderIn> = { deliveredAt: '2026-03-01T10:50:00+08:00' };
export const PHYSICAL: Partial<OrderIn> = {
  itemType: 'physical',
  status: 'delivered',
  cardKeys: [],
  deliveryMode: 'manual',
  promiseMinutes: null,
  deliveredAt: null,
  signedAt: '2026-03-01T11:00:00+08:00',
};
export const FIVE_KEYS: Partial<OrderIn> = { cardKeys: ['K1-AAAA-0001', 'K2-AAAA-0002', 'K3-AAAA-0003', 'K4-AAAA-0004', 'K5-AAAA-0005'], quantity: 5 }; // prettier-ignore
