import { describe, expect, it } from 'vitest';
import { merchantHistory, needsWarning, outcomeOf, siteOf } from '../../../lib/case-page/merchant-history';
import { caseRow, row } from './helpers';

const LATER = '2026-03-01T03:00:00.000Z';
const BREACH = '2026-03-01T02:10:00.000Z';

describe('outcome of one order', () => {
  it.each([
    ['delivered in time', row({ status: 'delivered', cardKeys: ['K'], deliveredAt: LATER }), 'delivered'],
    ['delivered after the deadline', row({ status: 'delivered', cardKeys: ['K'], deliveredAt: LATER, breachedAt: BREACH }), 'delivered_late'], // prettier-ignore
    ['never delivered', row({ breachedAt: BREACH }), 'not_delivered'],
    ['still within its promise', row(), 'awaiting'],
    ['delivery failed', row({ status: 'failed', statusText: '发货失败' }), 'delivery_failed'],
    ['refunded by the shop', row({ status: 'refunded', breachedAt: BREACH }), 'refunded'],
    ['in 退款中', row({ status: 'refunding' }), 'refund_pending'],
    ['the page says 已驳回', row({ status: 'unknown', statusText: '已驳回' }), 'refund_rejected'],
    ['unpaid', row({ status: 'unpaid', paidAt: null }), 'other'],
  ] as const)('%s → %s', (_, order, outcome) => {
    expect(outcomeOf(order)).toBe(outcome);
  });

  it('reads the case record: refusal, rejection, give-up, refund issued, arrival', () => {
    const o = row({ breachedAt: BREACH });
    expect(outcomeOf(o, caseRow(o, { merchantRefusedAt: LATER }))).toBe('refund_rejected');
    expect(outcomeOf(o, caseRow(o, { merchantRefusedAt: LATER, interventionRequestedAt: LATER }))).toBe('refund_pending'); // prettier-ignore
    expect(outcomeOf(o, caseRow(o, { platformRejectedAt: LATER }))).toBe('refund_rejected');
    expect(outcomeOf(o, caseRow(o, { doneReason: 'abandoned', doneAt: LATER }))).toBe('refund_rejected');
    expect(outcomeOf(o, caseRow(o, { refundRequestedAt: LATER }))).toBe('refund_pending');
    const refund = { at: LATER, channel: 'wechat_balance' as const, amount: 96, estimate: null };
    expect(outcomeOf(o, caseRow(o, { refund }))).toBe('refund_pending');
    expect(outcomeOf(o, caseRow(o, { refund, arrival: { at: LATER, amount: 96, expected: 96 } }))).toBe('refunded'); // prettier-ignore
    expect(outcomeOf(o, caseRow(o, null))).toBe('not_delivered'); // answers only: no step yet
  });
});

describe("a shop's history", () => {
  const late = row({ status: 'delivered', cardKeys: ['K'], deliveredAt: LATER, breachedAt: BREACH, paidAt: '2026-02-01T02:00:00.000Z' }); // prettier-ignore
  const never = row({ breachedAt: BREACH, paidAt: '2026-02-20T02:00:00.000Z' });
  const refused = row({ status: 'delivered', cardKeys: ['K'], deliveredAt: LATER });
  const fine = row({ status: 'delivered', cardKeys: ['K'], deliveredAt: LATER, paidAt: null, createdAt: null, firstSeenAt: '2026-01-01T00:00:00.000Z' }); // prettier-ignore
  const elsewhere = row({ site: 'other.example.com', breachedAt: BREACH });
  const all = [late, never, refused, fine, elsewhere];
  const cases = new Map([[refused.key, caseRow(refused, { merchantRefusedAt: LATER })]]);

  it('counts breaches and outcomes of that site only, newest first', () => {
    const h = merchantHistory('km.example.cn', all, cases);
    expect(h).toMatchObject({
      site: 'km.example.cn',
      total: 4,
      breached: 2,
      deliveredLate: 1,
      notDelivered: 1,
      deliveryFailed: 0,
      refunded: 0,
      refundRejected: 1,
      refundPending: 0,
    });
    expect(h.orders.map((o) => o.key)).toEqual([refused.key, never.key, late.key, fine.key]);
    expect(h.orders[0]).toEqual({
      key: refused.key,
      orderNo: refused.orderNo,
      product: refused.product,
      at: refused.paidAt,
      breached: false,
      outcome: 'refund_rejected',
    });
  });

  it('warns on breaches or refused refunds, not on a clean record', () => {
    expect(needsWarning(merchantHistory('km.example.cn', all, cases))).toBe(true);
    expect(needsWarning(merchantHistory('km.example.cn', [fine, refused]))).toBe(false);
    expect(needsWarning(merchantHistory('km.example.cn', [fine, refused], cases))).toBe(true);
    expect(needsWarning(merchantHistory('nobody.example', all, cases))).toBe(false);
  });

  it('leaves out the orders the buyer is looking at', () => {
    const h = merchantHistory('km.example.cn', [never, fine], new Map(), [never.key]);
    expect(h.total).toBe(1);
    expect(needsWarning(h)).toBe(false);
  });
});

describe('siteOf', () => {
  it('is the host of web pages only', () => {
    expect(siteOf('http://127.0.0.1:8080/goods/1')).toBe('127.0.0.1:8080');
    expect(siteOf('https://Shop.Example.cn/x?y')).toBe('shop.example.cn');
    expect(siteOf('chrome-extension://abc/popup.html')).toBeUndefined();
    expect(siteOf('not a url')).toBeUndefined();
    expect(siteOf(undefined)).toBeUndefined();
  });
});
