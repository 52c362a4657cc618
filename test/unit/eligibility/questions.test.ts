import { describe, expect, it } from 'vitest';
import { assess } from '../../../lib/eligibility';
import { DIRECT, LATE, PHYSICAL, UNDELIVERED, input } from './helpers';

const ids = (a: ReturnType<typeof assess>) => a.questions.map((q) => q.id);

describe('questions: asked only when an answer changes the verdict', () => {
  it('a delivered key with nothing known: redeem result, mistake, change of mind', () => {
    const a = assess(input());
    expect(a.verdict).toBe('UNKNOWN');
    expect(ids(a)).toEqual(['keyRedeemResult', 'buyerMistake', 'changedMind']);
    const redeem = a.questions[0]!;
    expect(redeem.zh).toContain('官方兑换页');
    expect(Object.fromEntries(redeem.options.map((o) => [o.value, o.verdict]))).toEqual({
      ok: 'UNKNOWN',
      used: 'ELIGIBLE',
      not_found: 'ELIGIBLE',
      expired: 'ELIGIBLE',
      wrong_region: 'ELIGIBLE',
    });
    expect(a.questions[2]!.options.find((o) => o.value === true)!.verdict).toBe('UNLIKELY');
  });

  it('nothing delivered: no question can change ELIGIBLE', () => {
    expect(assess(input(UNDELIVERED)).questions).toEqual([]);
  });

  it('"已被使用": asks whether the buyer used it themselves', () => {
    const a = assess(input({}, { keyRedeemResult: 'used' }));
    expect(ids(a)).toEqual(['keyUsedByBuyer']);
    expect(a.questions[0]!.options.map((o) => o.verdict)).toEqual(['UNKNOWN', 'ELIGIBLE']);
  });

  it('"地区不符": asks whether the buyer picked the wrong region', () => {
    expect(ids(assess(input({}, { keyRedeemResult: 'wrong_region' })))).toContain('buyerMistake');
  });

  it('physical card: asks whether it was opened', () => {
    const a = assess(input(PHYSICAL));
    expect(ids(a)).toContain('physicalOpened');
    const q = a.questions.find((x) => x.id === 'physicalOpened')!;
    expect(q.options.map((o) => o.verdict)).toEqual(['UNLIKELY', 'ELIGIBLE']);
    expect(ids(a)).not.toContain('keyRedeemResult');
  });

  it('直充: asks whether the account was credited', () => {
    const a = assess(input(DIRECT));
    expect(ids(a)).toContain('accountCredited');
    expect(ids(a)).not.toContain('keyRedeemResult');
  });

  it('late delivery: asks about a cancel request before delivery', () => {
    expect(ids(assess(input(LATE, { keyRedeemResult: 'ok' })))).toContain('deliveredAfterCancelRequest');
    expect(ids(assess(input({}, { keyRedeemResult: 'ok' })))).not.toContain('deliveredAfterCancelRequest');
  });

  it('second-hand seller of an unopened card: asks whether they trade as a business', () => {
    const a = assess(input(PHYSICAL, { physicalOpened: false, individualSeller: true }));
    expect(ids(a)).toEqual(['sellerInBusiness']);
  });

  it('answered facts are never asked again', () => {
    const a = assess(input({}, { keyRedeemResult: 'ok', buyerMistake: false, changedMind: false }));
    expect(ids(a)).not.toContain('keyRedeemResult');
    expect(ids(a)).not.toContain('buyerMistake');
  });
});
