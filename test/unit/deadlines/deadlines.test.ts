import { describe, expect, it } from 'vitest';
import { arrivalOverdue, channelOf, refundArrival } from '../../../lib/deadlines/arrival';
import { breachState, deliveryDeadline, formatDuration } from '../../../lib/deadlines/breach';
import { resolvePromise } from '../../../lib/deadlines/resolve';
import { countdowns, FAMILY_RULES, rulesFor } from '../../../lib/deadlines/rules';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

const S = DEFAULT_SETTINGS;
const page = (minutes: number | null) => ({ text: '付款后…', minutes });

describe('resolvePromise (priority)', () => {
  it.each([
    [
      'buyer override wins',
      { promise: page(10), deliveryMode: 'auto', promiseOverrideMinutes: 45 },
      45,
      'override',
    ],
    ['order page promise', { promise: page(30), deliveryMode: 'auto' }, 30, 'page'],
    ['立即发货 gets the grace period', { promise: page(0), deliveryMode: 'auto' }, 5, 'page'],
    [
      'product page before purchase',
      { promise: null, productPromise: page(120), deliveryMode: 'manual' },
      120,
      'product-page',
    ],
    [
      'unparsed text falls through to the mode',
      { promise: page(null), deliveryMode: 'auto' },
      10,
      'mode-default',
    ],
    ['自动发货 default', { promise: null, deliveryMode: 'auto' }, 10, 'mode-default'],
    [
      'manual delivery: platform rule 24 h',
      { promise: null, deliveryMode: 'manual' },
      1440,
      'platform-default',
    ],
    ['unknown mode: platform rule', { promise: null, deliveryMode: null }, 1440, 'platform-default'],
  ] as const)('%s', (_name, order, minutes, source) => {
    expect(resolvePromise(order, S)).toMatchObject({ minutes, source });
  });
});

describe('deliveryDeadline and breachState', () => {
  const promise = { minutes: 10, source: 'page' as const, text: '付款后10分钟内自动发货' };
  const base = { paidAt: '2026-11-26T14:00:00+08:00', firstSeenAt: '2026-11-26T06:30:00.000Z' };

  it('runs from the paid time', () => {
    const d = deliveryDeadline({ ...base, status: 'awaiting_delivery' }, promise)!;
    expect(d).toMatchObject({ dueAt: '2026-11-26T06:10:00.000Z', from: 'paidAt', estimate: false });
    expect(breachState(d, new Date('2026-11-26T06:09:00Z'))).toEqual({ state: 'pending', msLeft: 60_000 });
    expect(breachState(d, new Date('2026-11-26T06:13:00Z'))).toEqual({ state: 'breached', msOver: 180_000 });
  });

  it('falls back to first sight, marked as an estimate', () => {
    const d = deliveryDeadline({ ...base, paidAt: null, status: 'awaiting_delivery' }, promise)!;
    expect(d).toMatchObject({ dueAt: '2026-11-26T06:40:00.000Z', from: 'firstSeen', estimate: true });
  });

  it.each(['unpaid', 'closed', 'delivered', 'refunded', 'refunding', 'unknown'] as const)(
    'never for %s orders',
    (status) => {
      expect(deliveryDeadline({ ...base, status }, promise)).toBeUndefined();
    },
  );

  it('formats durations for people', () => {
    const ms = [45_000, 600_000, 3_900_000, 90_000_000, 2 * 86_400_000];
    expect(ms.map((m) => formatDuration(m))).toEqual([
      '45 秒',
      '10 分钟',
      '1 小时 5 分钟',
      '1 天 1 小时',
      '2 天',
    ]);
    expect(ms.map((m) => formatDuration(m, 'en'))).toEqual([
      '45 s',
      '10 min',
      '1 h 5 min',
      '1 day 1 h',
      '2 days',
    ]);
  });
});

describe('case deadlines per platform family', () => {
  it('uses the family rules, overrides and WeChat only for WeChat payments', () => {
    const ids = (f: string | null, pay: string | null) => rulesFor(f, pay).map((r) => r.id);
    expect(ids('qs-faka', '支付宝')).toEqual(['complaint-window', 'intervention', 'legal-15-days']);
    expect(ids('some-unknown', '微信支付')).toContain('wechat-365');
    expect(rulesFor('qs-faka', null, { 'qs-faka': { 'complaint-window': 48 } })[0]!.hours).toBe(48);
  });

  it('names every rule and its basis in both languages, English without Chinese', () => {
    const all = Object.keys(FAMILY_RULES).flatMap((f) => rulesFor(f, '微信支付'));
    for (const r of all) {
      expect(r.zh && r.basis, r.id).toBeTruthy();
      expect(`${r.en} ${r.basisEn}`, r.id).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('counts down from the anchors that have happened', () => {
    const rules = rulesFor('demo-kameng', '微信支付');
    const now = new Date('2026-11-27T07:00:00Z');
    const list = countdowns(
      rules,
      { paid: '2026-11-26T06:00:00.000Z', refundRequested: '2026-11-26T08:00:00.000Z' },
      now,
    );
    const reply = list.find((c) => c.rule.id === 'merchant-reply')!;
    expect(reply).toMatchObject({ at: '2026-11-27T08:00:00.000Z', passed: false, msLeft: 3_600_000 });
    expect(list.find((c) => c.rule.id === 'wechat-365')?.at).toBe('2027-11-26T06:00:00.000Z');
    expect(countdowns(rules, { paid: '2026-11-26T06:00:00.000Z' }, now).map((c) => c.rule.id)).toEqual([
      'wechat-365',
    ]);
  });
});

describe('refund arrival', () => {
  const refunded = new Date('2026-11-27T02:00:00Z'); // Friday 10:00 Beijing

  it.each([
    ['银行卡', 'bank_card', '2026-12-02T02:00:00.000Z'], // Friday + 3 working days, the weekend skipped
    ['微信支付', 'wechat_balance', '2026-11-27T02:20:00.000Z'],
    ['微信支付 银行卡', 'wechat_bank', '2026-12-02T02:00:00.000Z'],
    ['支付宝', 'alipay_balance', '2026-11-27T02:05:00.000Z'],
    ['站内余额', 'site_balance', '2026-11-27T02:05:00.000Z'],
  ])('%s → %s', (pay, channel, by) => expect(refundArrival(pay, refunded)).toMatchObject({ channel, by }));

  it('maps what shops print to channels', () => {
    expect(['花呗', '网银支付', 'USDT'].map(channelOf)).toEqual(['alipay_huabei', 'bank_card', 'unknown']);
  });

  it('warns that site balance needs consent, and flags overdue arrivals', () => {
    const est = refundArrival('站内余额', refunded);
    expect(est.warnZh).toContain('原路退回');
    expect(est.warnEn).toContain('original route');
    expect(est.noteEn).toMatch(/^Site balance/);
    expect(arrivalOverdue(est, new Date('2026-11-27T03:00:00Z'))).toBe(true);
    expect(refundArrival('支付宝 银行卡', refunded).by).toBeNull();
  });
});
