import { describe, expect, it } from 'vitest';
import { rulesFor } from '../../../lib/deadlines/rules';
import {
  assess,
  caseNextStep,
  openCase,
  orderInputFromRow,
  parsePromiseTerms,
  proportionalRefund,
  refundEta,
  transition,
  windowsFor,
} from '../../../lib/eligibility';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { OrderSnapshot } from '../../../lib/model/order';
import { FIVE_KEYS, UNDELIVERED, input } from './helpers';

describe('negotiation helpers', () => {
  it('proportional refunds round down to the fen', () => {
    expect(proportionalRefund(30, 5, 2)).toBe(12);
    expect(proportionalRefund(10, 3, 1)).toBe(3.33);
    expect(proportionalRefund(100, 4, 3, 0.1)).toBe(67.5);
    expect(proportionalRefund(30, 5, 9)).toBe(30);
    expect(proportionalRefund(30, 0, 1)).toBe(0);
  });

  it('R12: replace or refund the invalid part pro rata', () => {
    const s = assess(input(FIVE_KEYS, { keyRedeemResult: 'used', invalidKeys: 2 })).suggestions;
    expect(s.find((x) => x.id === 'pro_rata_invalid')).toMatchObject({ amount: 12 });
  });

  it('seed 误买 / 后悔 after delivery: exchange or extension, and a proportional refund of unused keys', () => {
    const mistake = assess(input(FIVE_KEYS, { buyerMistake: true, unusedKeys: 3 })).suggestions.map(
      (x) => x.id,
    );
    expect(mistake).toEqual(['proportional_unused', 'exchange', 'extension']);
    const regret = assess(input({}, { changedMind: true, keyUsedByBuyer: false }));
    expect(regret.verdict).toBe('UNLIKELY');
    // R4 gets the seed's 换卡 first (the R5 wording is about the right value; this one about another card).
    expect(regret.suggestions.map((x) => x.id)).toEqual(['exchange', 'proportional_unused', 'extension']);
  });

  it('R3b: punitive claim 3× the price, at least ¥500', () => {
    const s = assess(input({}, { keyRedeemResult: 'used', fraudPattern: true })).suggestions;
    expect(s.find((x) => x.id === 'punitive')).toMatchObject({ amount: 500 });
  });

  it('R1 before the promise: a dated demand; R13: the platform', () => {
    expect(assess(input(UNDELIVERED, {}, { now: '2026-03-01T10:02:00+08:00' })).suggestions.map((x) => x.id)).toContain('demand'); // prettier-ignore
    const early = { now: '2026-03-01T10:05:00+08:00' }; // before the 10-minute promise ran out
    const gone = assess(input(UNDELIVERED, { merchantUnreachable: true }, early));
    expect(gone.suggestions.map((x) => x.id)).toContain('platform');
    expect(gone.nextStep).toMatchObject({ id: 'platform_intervention', nameZh: '申请平台介入' });
    // Past the promise the refund request comes first (next-step.test.ts), merchant reachable or not.
    const late = assess(input(UNDELIVERED, { merchantUnreachable: true }));
    expect(late.suggestions.map((x) => x.id)).toContain('platform');
    expect(late.nextStep).toMatchObject({ id: 'refund_request', nameZh: '提交退款申请' });
  });
});

describe('merchant promises (R10)', () => {
  it.each([
    ['7天无理由退换', { anyReason: true, defects: true, windowHours: 168 }],
    ['无效包换', { anyReason: false, defects: true, windowHours: null }],
    ['售后24小时', { anyReason: false, defects: true, windowHours: 24 }],
    ['不满意包退', { anyReason: true, defects: true, windowHours: null }],
    ['虚拟商品一经售出概不退换', { anyReason: false, defects: false, windowHours: null }],
    ['本店不支持七天无理由退货', { anyReason: false, defects: false, windowHours: null }],
    ['自动发货', { anyReason: false, defects: false, windowHours: null }],
  ])('%s', (text, terms) => expect(parsePromiseTerms(text)).toEqual(terms));
});

describe('refund ETA by channel', () => {
  const at = '2026-03-02T09:00:00+08:00';
  it.each([
    ['wechat_balance', '2026-03-02T01:20:00.000Z', false],
    ['wechat_bank', '2026-03-05T01:00:00.000Z', false],
    ['alipay_balance', '2026-03-02T01:05:00.000Z', true],
    ['alipay_bank', null, true],
    ['site_balance', '2026-03-02T01:05:00.000Z', true],
  ] as const)('%s', (channel, eta, estimate) => {
    expect(refundEta(channel, at)).toMatchObject({ eta, estimate });
  });
  it('site balance needs the buyer’s consent (七日办法 Art. 14)', () => {
    expect(refundEta('site_balance', at).zh).toContain('第十四条');
  });
});

const row = () =>
  OrderSnapshot.parse({
    orderNo: 'KM1',
    product: '腾讯视频月卡',
    quantity: 1,
    amount: 19.9,
    payMethod: '微信',
    createdAt: null,
    paidAt: '2026-03-01T10:00:00+08:00',
    status: 'awaiting_delivery',
    statusText: '待发货',
    deliveryMode: 'auto',
    cardKeys: [],
    undeliveredNotice: null,
    promise: { text: '付款后10分钟内自动发货', minutes: 10 },
  });

describe('orderInputFromRow', () => {
  it('maps a stored order and its promise', () => {
    const a = assess({ order: orderInputFromRow(row()), now: '2026-03-01T11:00:00+08:00' });
    expect(a.verdict).toBe('ELIGIBLE');
    expect(a.timing).toMatchObject({ breachMinutes: 50, dueAt: '2026-03-01T02:10:00.000Z' });
  });
});

describe('agreement with lib/deadlines (issue #5)', () => {
  it('promise priority as resolvePromise: override → order page → product page → mode default', () => {
    const base = { ...row(), promise: null };
    expect(orderInputFromRow(base).promiseMinutes).toBe(DEFAULT_SETTINGS.autoDeliveryMinutes);
    const product = { ...base, productPromise: { text: '30分钟内发货', minutes: 30 } };
    expect(orderInputFromRow(product)).toMatchObject({ promiseMinutes: 30, promiseText: '30分钟内发货' });
    expect(orderInputFromRow({ ...product, promiseOverrideMinutes: 120 }).promiseMinutes).toBe(120);
    const delivered = { ...row(), status: 'delivered' as const, deliveredAt: '2026-03-01T10:03:00+08:00' };
    expect(orderInputFromRow(delivered).deliveredAt).toBe('2026-03-01T10:03:00+08:00');
  });

  it('no stated promise: 自动发货 is due after 10 min, manual delivery after 24 h (settings defaults)', () => {
    const auto = assess(input({ ...UNDELIVERED, promiseMinutes: null }));
    expect(auto.timing.dueAt).toBe('2026-03-01T02:10:00.000Z');
    const manual = assess(input({ ...UNDELIVERED, promiseMinutes: null, deliveryMode: 'manual' }));
    expect(manual.timing).toMatchObject({ dueAt: '2026-03-02T02:00:00.000Z', breachMinutes: null });
  });

  it('windowsFor maps a platform family’s rules; intervention can open later than the merchant’s reply', () => {
    const w = windowsFor(DEFAULT_SETTINGS, rulesFor(null, null));
    expect(w).toMatchObject({ merchantReplyHours: 48, interventionAfterHours: 72, afterSalesHours: 48 });
    expect(windowsFor(DEFAULT_SETTINGS, rulesFor('demo-kameng', null))).toMatchObject({ merchantReplyHours: 24, interventionAfterHours: 24 }); // prettier-ignore
    const t0 = '2026-03-02T09:00:00+08:00';
    const s = transition(
      openCase({ at: t0, orderAmount: 30 }),
      { type: 'REFUND_REQUESTED', at: t0 },
      w,
    ).state;
    const n = caseNextStep(s, '2026-03-04T10:00:00+08:00', w); // 49 h: merchant late, step 3 not open yet
    expect(n).toMatchObject({ id: 'platform_intervention', actor: 'merchant', overdue: true });
    expect(n.availableAt).toBe('2026-03-05T01:00:00.000Z');
    expect(transition(s, { type: 'INTERVENTION_REQUESTED', at: '2026-03-04T10:00:00+08:00' }, w).error).not.toBeNull(); // prettier-ignore
    expect(transition(s, { type: 'INTERVENTION_REQUESTED', at: '2026-03-05T09:00:00+08:00' }, w).error).toBeNull(); // prettier-ignore
  });
});
