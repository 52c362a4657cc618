import { describe, expect, it } from 'vitest';
import {
  arrivalCheck,
  assess,
  caseNextStep,
  openCase,
  replay,
  transition,
  type CaseState,
} from '../../../lib/eligibility';
import { input } from './helpers';

const T0 = '2026-03-02T09:00:00+08:00'; // Monday
const h = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();
const fresh = () => openCase({ at: T0, orderAmount: 30, claimDeadline: '2026-03-04T09:00:00+08:00' });
const run = (events: Parameters<typeof replay>[1], windows = {}) => {
  const r = replay(fresh(), events, windows);
  expect(r.error).toBeNull();
  return r.state;
};

describe('case: step 1 联系商家', () => {
  it('starts at 联系商家 with the claim deadline', () => {
    const n = caseNextStep(fresh(), T0);
    expect(n).toMatchObject({ id: 'contact_merchant', nameZh: '联系商家', actor: 'buyer', overdue: false });
    expect(n.deadline).toBe('2026-03-04T01:00:00.000Z');
    expect(caseNextStep(fresh(), '2026-03-05T09:00:00+08:00').overdue).toBe(true);
  });

  it('records when the message was sent; the merchant then has 48 h by default', () => {
    const s = run([{ type: 'MESSAGE_SENT', at: T0 }]);
    expect(s.messageSentAt).toBe(T0);
    expect(s.history).toEqual([{ type: 'MESSAGE_SENT', at: T0 }]);
    const waiting = caseNextStep(s, h(T0, 1));
    expect(waiting).toMatchObject({ id: 'refund_request', actor: 'merchant', availableAt: h(T0, 48) });
    const after = caseNextStep(s, h(T0, 49));
    expect(after).toMatchObject({ id: 'refund_request', nameZh: '提交退款申请', actor: 'buyer', handoff: 'refund-form' }); // prettier-ignore
  });

  it('the merchant reply window is configurable', () => {
    const s = run([{ type: 'MESSAGE_SENT', at: T0 }]);
    expect(caseNextStep(s, h(T0, 1), { merchantReplyHours: 24 }).availableAt).toBe(h(T0, 24));
  });

  it('a second message keeps the first sent time', () => {
    const s = run([
      { type: 'MESSAGE_SENT', at: T0 },
      { type: 'MESSAGE_SENT', at: h(T0, 2) },
    ]);
    expect(s.messageSentAt).toBe(T0);
    expect(s.history).toHaveLength(2);
  });

  it('a refusal in chat moves to step 2 at once', () => {
    const s = run([
      { type: 'MESSAGE_SENT', at: T0 },
      { type: 'MERCHANT_REFUSED', at: h(T0, 1) },
    ]);
    expect(s.step).toBe('refund_request');
    expect(caseNextStep(s, h(T0, 2))).toMatchObject({
      id: 'refund_request',
      actor: 'buyer',
      availableAt: h(T0, 1),
    });
  });
});

describe('case: steps 2–3 提交退款申请 → 申请平台介入', () => {
  const requested = () =>
    run([
      { type: 'MESSAGE_SENT', at: T0 },
      { type: 'REFUND_REQUESTED', at: h(T0, 50) },
    ]);

  it('intervention opens when the merchant window after the request passes', () => {
    const s = requested();
    expect(caseNextStep(s, h(T0, 60))).toMatchObject({ id: 'platform_intervention', actor: 'merchant', availableAt: h(T0, 98) }); // prettier-ignore
    const early = transition(s, { type: 'INTERVENTION_REQUESTED', at: h(T0, 60) });
    expect(early.error?.zh).toContain('商家处理期未满');
    expect(early.state).toBe(s);
    const next = caseNextStep(s, h(T0, 99));
    expect(next).toMatchObject({ id: 'platform_intervention', nameZh: '申请平台介入', actor: 'buyer' });
    expect(next.deadline).toBe(h(T0, 98 + 15 * 24)); // JD Art. 7: 15 days
    const ok = transition(s, { type: 'INTERVENTION_REQUESTED', at: h(T0, 99) });
    expect(ok.error).toBeNull();
    expect(ok.state).toMatchObject({ step: 'platform_intervention', interventionRequestedAt: h(T0, 99) });
    expect(caseNextStep(ok.state, h(T0, 100))).toMatchObject({ id: 'refund_processing', actor: 'platform', deadline: null }); // prettier-ignore
  });

  it('a refusal after the request opens intervention immediately; 15 days later it is overdue', () => {
    const s = transition(requested(), { type: 'MERCHANT_REFUSED', at: h(T0, 52) }).state;
    expect(caseNextStep(s, h(T0, 53))).toMatchObject({ id: 'platform_intervention', actor: 'buyer', availableAt: h(T0, 52) }); // prettier-ignore
    expect(caseNextStep(s, h(T0, 52 + 15 * 24 + 1)).overdue).toBe(true);
    expect(transition(s, { type: 'INTERVENTION_REQUESTED', at: h(T0, 53) }).error).toBeNull();
  });

  it('sites without a refund form: intervention straight from step 1 once the chat window passes', () => {
    const s = run([{ type: 'MESSAGE_SENT', at: T0 }]);
    expect(transition(s, { type: 'INTERVENTION_REQUESTED', at: h(T0, 47) }).error).not.toBeNull();
    expect(transition(s, { type: 'INTERVENTION_REQUESTED', at: h(T0, 48) }).state.step).toBe(
      'platform_intervention',
    );
    expect(transition(fresh(), { type: 'INTERVENTION_REQUESTED', at: T0 }).error?.en).toContain('contact the merchant'); // prettier-ignore
  });

  it('a platform rejection allows one resubmission within 7 days', () => {
    const s = run([
      { type: 'MESSAGE_SENT', at: T0 },
      { type: 'INTERVENTION_REQUESTED', at: h(T0, 49) },
      { type: 'PLATFORM_REJECTED', at: h(T0, 72) },
    ]);
    expect(caseNextStep(s, h(T0, 73))).toMatchObject({ id: 'platform_intervention', actor: 'buyer', deadline: h(T0, 72 + 7 * 24) }); // prettier-ignore
    const again = transition(s, { type: 'INTERVENTION_REQUESTED', at: h(T0, 80) });
    expect(again.state.platformRejectedAt).toBeNull();
    expect(transition(again.state, { type: 'INTERVENTION_REQUESTED', at: h(T0, 81) }).error).not.toBeNull();
  });
});

describe('case: steps 4–5 退款处理 → 确认到账', () => {
  it('an agreed refund unpaid after 15 days is overdue (L6 Art. 8–10)', () => {
    const s = run([
      { type: 'MESSAGE_SENT', at: T0 },
      { type: 'MERCHANT_AGREED', at: h(T0, 3) },
    ]);
    expect(s.step).toBe('refund_processing');
    expect(caseNextStep(s, h(T0, 4))).toMatchObject({
      id: 'refund_processing',
      actor: 'merchant',
      overdue: false,
    });
    expect(caseNextStep(s, h(T0, 3 + 15 * 24 + 1)).overdue).toBe(true);
  });

  it('channel and ETA: a WeChat bank-card refund on Friday is due Wednesday', () => {
    const fri = '2026-03-06T15:00:00+08:00';
    const s = run([
      { type: 'MERCHANT_AGREED', at: T0 },
      { type: 'REFUND_ISSUED', at: fri, channel: 'wechat_bank' },
    ]);
    expect(s.refund).toMatchObject({ channel: 'wechat_bank', amount: null });
    const n = caseNextStep(s, fri);
    expect(n).toMatchObject({
      id: 'confirm_arrival',
      actor: 'channel',
      deadline: '2026-03-11T07:00:00.000Z',
    });
    expect(caseNextStep(s, '2026-03-12T09:00:00+08:00').overdue).toBe(true);
  });

  it('a channel estimate wins; Alipay bank cards have no fixed ETA', () => {
    const est = '2026-03-04T10:00:00+08:00';
    const a = run([{ type: 'REFUND_ISSUED', at: T0, channel: 'alipay_bank', estimate: est }]);
    expect(caseNextStep(a, T0).deadline).toBe(new Date(est).toISOString());
    const b = run([{ type: 'REFUND_ISSUED', at: T0, channel: 'alipay_bank' }]);
    expect(caseNextStep(b, T0).deadline).toBeNull();
  });

  it('the full amount arriving closes the case', () => {
    const s = run([
      { type: 'REFUND_ISSUED', at: T0, channel: 'wechat_balance' },
      { type: 'ARRIVED', at: h(T0, 0.1), amount: 30 },
    ]);
    expect(s).toMatchObject({ step: 'done', doneReason: 'refunded', doneAt: h(T0, 0.1) });
    expect(caseNextStep(s, h(T0, 1))).toMatchObject({ id: 'done', nameZh: '已完成' });
    expect(arrivalCheck(s).status).toBe('match');
  });

  it('a shortfall stays at 确认到账 with the fee check; a second arrival (mixed payment) completes it', () => {
    const s = run([
      { type: 'REFUND_ISSUED', at: T0, channel: 'bank_card' },
      { type: 'ARRIVED', at: h(T0, 24), amount: 29.82 },
    ]);
    expect(s.step).toBe('confirm_arrival');
    expect(caseNextStep(s, h(T0, 25))).toMatchObject({ id: 'confirm_arrival', actor: 'buyer' });
    const check = arrivalCheck(s);
    expect(check).toMatchObject({ status: 'short', expected: 30, arrived: 29.82, difference: 0.18 });
    expect(check.advice.map((a) => a.id)).toEqual(['fee', 'mixed_payment', 'coupons', 'ask_platform']);
    expect(check.advice[0]!.zh).toContain('手续费');
    expect(check.advice[0]!.zh).toContain('第十六条');
    const done = transition(s, { type: 'ARRIVED', at: h(T0, 26), amount: 0.18 }).state;
    expect(done).toMatchObject({ step: 'done', arrival: { amount: 30 } });
  });

  it('an agreed partial refund is compared with the agreed amount and flagged (R15)', () => {
    const s = run([
      { type: 'REFUND_ISSUED', at: T0, channel: 'alipay_balance', amount: 12 },
      { type: 'ARRIVED', at: h(T0, 1), amount: 12 },
    ]);
    expect(s.step).toBe('done');
    expect(arrivalCheck(s).advice.map((a) => a.id)).toEqual(['partial_accepted']);
    expect(arrivalCheck(fresh())).toMatchObject({ status: 'pending', expected: 30 });
  });
});

describe('case: guards', () => {
  it('rejects events out of order, at the wrong step, or malformed — state unchanged', () => {
    const s = run([{ type: 'MESSAGE_SENT', at: h(T0, 5) }]);
    const older = transition(s, { type: 'REFUND_REQUESTED', at: T0 });
    expect(older.error?.zh).toContain('早于');
    expect(older.state).toBe(s);
    expect(transition(s, { type: 'ARRIVED', at: h(T0, 6), amount: 1 }).error).not.toBeNull();
    expect(transition(s, { type: 'PLATFORM_REJECTED', at: h(T0, 6) }).error).not.toBeNull();
    const bad = transition(s, { type: 'MESSAGE_SENT', at: 'yesterday' } as never);
    expect(bad.error?.zh).toBe('事件格式不正确');
  });

  it('replay stops at the first rejected event', () => {
    const r = replay(fresh(), [
      { type: 'MESSAGE_SENT', at: T0 },
      { type: 'ARRIVED', at: h(T0, 1), amount: 30 },
      { type: 'MERCHANT_AGREED', at: h(T0, 2) },
    ]);
    expect(r.error).not.toBeNull();
    expect(r.state.history.map((e) => e.type)).toEqual(['MESSAGE_SENT']);
  });

  it('abandoning closes the case; nothing happens after done', () => {
    const s = run([{ type: 'ABANDONED', at: T0 }]);
    expect(s).toMatchObject({ step: 'done', doneReason: 'abandoned' });
    expect(transition(s, { type: 'MESSAGE_SENT', at: h(T0, 1) }).error).not.toBeNull();
  });

  it('assess takes its next step from an open case', () => {
    const c: CaseState = run([{ type: 'MESSAGE_SENT', at: '2026-03-01T11:00:00+08:00' }]);
    // Promised within a day, so not yet overdue: the merchant's reply window runs.
    const a = assess(
      input({ status: 'awaiting_delivery', cardKeys: [], promiseMinutes: 1440 }, {}, { case: c }),
    );
    expect(a.nextStep).toMatchObject({ id: 'refund_request', actor: 'merchant' });
  });
});
