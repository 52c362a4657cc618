import { describe, expect, it } from 'vitest';
import { assess, deliveryStatus, effectiveStatus, orderInputFromRow } from '../../../lib/eligibility';
import type { OrderSnapshot } from '../../../lib/model/order';
import { NOW, PAID, UNDELIVERED, input } from './helpers';

const ev = (type: 'first-seen' | 'status' | 'note', status: string) => ({ type, data: { status } });
const row = (over: Partial<OrderSnapshot> = {}): OrderSnapshot => ({
  orderNo: 'KM1',
  product: '点卡',
  quantity: 1,
  amount: 30,
  payMethod: null,
  createdAt: PAID,
  paidAt: PAID,
  status: 'awaiting_delivery',
  statusText: '待发货',
  deliveryMode: 'auto',
  cardKeys: [],
  undeliveredNotice: null,
  promise: { text: '付款后10分钟内自动发货', minutes: 10 },
  ...over,
});

describe('delivery status behind 退款中 / unreadable words (issue #6)', () => {
  const refunding = { status: 'refunding' as const, cardKeys: [] };

  it('a status that says something about delivery stands as it is', () => {
    expect(deliveryStatus({ status: 'delivered', cardKeys: [] }, [ev('status', 'awaiting_delivery')])).toBe(
      'delivered',
    );
  });

  it('退款中 / unknown: the delivery status the timeline saw last, refund statuses and other events skipped', () => {
    const events = [
      ev('first-seen', 'awaiting_delivery'),
      ev('status', 'partially_delivered'),
      ev('status', 'refunding'),
      ev('note', 'delivered'),
    ];
    expect(deliveryStatus(refunding, events)).toBe('partially_delivered');
    expect(deliveryStatus({ ...refunding, status: 'unknown' }, events)).toBe('partially_delivered');
  });

  it('without a timeline: keys or a delivery time say delivered, a recorded breach says awaiting', () => {
    expect(deliveryStatus({ ...refunding, cardKeys: ['K'] }, [])).toBe('delivered');
    expect(deliveryStatus({ ...refunding, deliveredAt: PAID }, [])).toBe('delivered');
    expect(deliveryStatus({ ...refunding, breachedAt: NOW }, [])).toBe('awaiting_delivery');
    expect(deliveryStatus(refunding, [])).toBe('refunding');
  });

  it('the engine input keeps the page status and carries the delivery status beside it', () => {
    const r = row({ status: 'refunding', statusText: '退款中' });
    expect(orderInputFromRow(r, { timeline: [ev('first-seen', 'awaiting_delivery')] })).toMatchObject({
      status: 'refunding',
      deliveryStatus: 'awaiting_delivery',
    });
    expect(orderInputFromRow(r).deliveryStatus).toBeNull();
    expect(orderInputFromRow(row()).deliveryStatus).toBeNull();
  });

  it('rules read the delivery status: R1 still fires once the request is filed', () => {
    const o = { status: 'refunding' as const, deliveryStatus: 'awaiting_delivery' as const };
    expect(effectiveStatus(o)).toBe('awaiting_delivery');
    expect(effectiveStatus({ status: 'refunded', deliveryStatus: 'delivered' })).toBe('refunded');
    const a = assess(input({ ...UNDELIVERED, ...o }));
    expect(a.verdict).toBe('ELIGIBLE');
    expect(a.decisive).toBe('R1');
    // Without it 退款中 reads as "delivery unknown" and R1 does not fire.
    expect(assess(input({ ...UNDELIVERED, status: 'refunding' })).decisive).not.toBe('R1');
  });
});
