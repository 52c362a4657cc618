import { describe, expect, it } from 'vitest';
import {
  assess,
  orderInputFromRow,
  parsePromiseTerms,
  proportionalRefund,
  refundEta,
} from '../../../lib/eligibility';
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
    expect(regret.suggestions.map((x) => x.id)).toEqual(['proportional_unused', 'extension']);
  });

  it('R3b: punitive claim 3× the price, at least ¥500', () => {
    const s = assess(input({}, { keyRedeemResult: 'used', fraudPattern: true })).suggestions;
    expect(s.find((x) => x.id === 'punitive')).toMatchObject({ amount: 500 });
  });

  it('R1 before the promise: a dated demand; R13: the platform', () => {
    expect(assess(input(UNDELIVERED, {}, { now: '2026-03-01T10:02:00+08:00' })).suggestions.map((x) => x.id)).toContain('demand'); // prettier-ignore
    const gone = assess(input(UNDELIVERED, { merchantUnreachable: true }));
    expect(gone.suggestions.map((x) => x.id)).toContain('platform');
    expect(gone.nextStep).toMatchObject({ id: 'platform_intervention', nameZh: '申请平台介入' });
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
    ['alipay_balance', '2026-03-02T01:00:00.000Z', true],
    ['alipay_bank', null, true],
    ['site_balance', '2026-03-02T01:00:00.000Z', true],
  ] as const)('%s', (channel, eta, estimate) => {
    expect(refundEta(channel, at)).toMatchObject({ eta, estimate });
  });
  it('site balance needs the buyer’s consent (七日办法 Art. 14)', () => {
    expect(refundEta('site_balance', at).zh).toContain('第十四条');
  });
});

describe('orderInputFromRow', () => {
  it('maps a stored order and its promise', () => {
    const row = OrderSnapshot.parse({
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
    const a = assess({ order: orderInputFromRow(row), now: '2026-03-01T11:00:00+08:00' });
    expect(a.verdict).toBe('ELIGIBLE');
    expect(a.timing).toMatchObject({ breachMinutes: 50, dueAt: '2026-03-01T02:10:00.000Z' });
  });
});
