import { describe, expect, it } from 'vitest';
import { assess, openCase, replay } from '../../../lib/eligibility';
import { PAID, UNDELIVERED, input } from './helpers';

const DUE = '2026-03-01T02:10:00.000Z'; // PAID + the 10-minute promise
const opened = openCase({ at: PAID, orderAmount: 30, claimDeadline: null });
const withCase = (events: Parameters<typeof replay>[1]) => {
  const r = replay(opened, events);
  expect(r.error).toBeNull();
  return r.state;
};

describe('next step for a paid order never delivered (issue #6)', () => {
  it('past the promise: 提交退款申请 now, available since the promised time, no claim deadline (R1)', () => {
    const a = assess(input(UNDELIVERED));
    expect(a.decisive).toBe('R1');
    expect(a.nextStep).toEqual({
      id: 'refund_request',
      nameZh: '提交退款申请',
      nameEn: 'File the refund request',
      actor: 'buyer',
      availableAt: DUE,
      deadline: null,
      overdue: false,
      handoff: 'refund-form',
    });
  });

  it('before the promise: 联系商家', () => {
    const a = assess(input(UNDELIVERED, {}, { now: '2026-03-01T10:05:00+08:00' }));
    expect(a.nextStep).toMatchObject({ id: 'contact_merchant', actor: 'buyer' });
  });

  it('an open case still at 联系商家 (message sent or not) gets the same; later steps come from the case', () => {
    const sent = withCase([{ type: 'MESSAGE_SENT', at: '2026-03-01T11:00:00+08:00' }]);
    for (const c of [opened, sent])
      expect(assess(input(UNDELIVERED, {}, { case: c })).nextStep).toMatchObject({
        id: 'refund_request',
        actor: 'buyer',
        availableAt: DUE,
      });
    const filed = withCase([{ type: 'REFUND_REQUESTED', at: '2026-03-01T11:30:00+08:00' }]);
    expect(assess(input(UNDELIVERED, {}, { case: filed })).nextStep).toMatchObject({
      id: 'platform_intervention',
      actor: 'merchant',
    });
  });

  it('the page says 退款中 and no case is open: the merchant has to act; with a case the case decides', () => {
    const refunding = {
      ...UNDELIVERED,
      status: 'refunding' as const,
      deliveryStatus: 'awaiting_delivery' as const,
    };
    expect(assess(input(refunding)).nextStep).toMatchObject({ id: 'refund_processing', actor: 'merchant' });
    const filed = withCase([{ type: 'REFUND_REQUESTED', at: '2026-03-01T11:30:00+08:00' }]);
    expect(assess(input(refunding, {}, { case: filed })).nextStep.id).toBe('platform_intervention');
  });

  it('a delivered order is not affected', () => {
    const a = assess(input({}, { keyRedeemResult: 'used' }));
    expect(a.decisive).not.toBe('R1');
    expect(a.nextStep).toMatchObject({ id: 'contact_merchant' });
  });
});

describe('suggestions for a change of mind (R4)', () => {
  it('seed 换卡 first, then the engine’s own helpers', () => {
    const a = assess(input({}, { changedMind: true }));
    expect(a.decisive).toBe('R4');
    expect(a.suggestions.map((s) => s.id)).toEqual(['exchange', 'extension']);
    expect(a.suggestions[0]?.zh).toContain('换卡');
  });

  it('one exchange only: with a buyer mistake (R5) fired too, R5’s wording stays', () => {
    const a = assess(input({}, { changedMind: true, buyerMistake: true }));
    expect(a.decisive).toBe('R4');
    expect(a.suggestions.map((s) => s.id)).toEqual(['exchange', 'extension']);
    expect(a.suggestions[0]?.zh).toContain('正确的面值');
  });
});
