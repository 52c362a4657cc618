import { describe, expect, it } from 'vitest';
import { assess, evidenceFromRecords } from '../../../lib/eligibility';
import { DIRECT, PHYSICAL, UNDELIVERED, input } from './helpers';

describe('evidenceFromRecords: stored kinds → E-codes', () => {
  it.each([
    [['order-page'], ['E1']],
    [['full-page'], ['E1', 'E7']],
    [['page-archive'], ['E1', 'E7']],
    [['card-key'], ['E1', 'E4']],
    [['failure-prompt'], ['E5']],
    [['product-page'], ['E6']],
    [['chat'], ['E3']],
    [['submitted-form'], ['E3']],
    [['extracted-json', 'note'], []],
  ] as const)('%j → %j', (kinds, codes) => {
    expect(evidenceFromRecords(kinds)).toEqual(codes);
  });

  it('an order page that shows the delivery promise also gives E6', () => {
    const order = { promise: { text: '付款后10分钟内自动发货', minutes: 10 } };
    expect(evidenceFromRecords(['order-page'], order)).toEqual(['E1', 'E6']);
    expect(evidenceFromRecords(['card-key'], order)).toEqual(['E1', 'E4']);
    expect(evidenceFromRecords(['order-page'], { promise: null })).toEqual(['E1']);
  });

  it('sorted and de-duplicated', () => {
    expect(evidenceFromRecords(['chat', 'failure-prompt', 'card-key', 'order-page', 'chat'])).toEqual(['E1', 'E3', 'E4', 'E5']); // prettier-ignore
  });
});

describe('evidence checklist per verdict', () => {
  const missing = (a: ReturnType<typeof assess>) => a.missingEvidence.map((e) => e.code);

  it('R1 needs E1, E2, E3, E6', () => {
    const a = assess(input(UNDELIVERED, {}, { evidence: ['E1'] }));
    expect(a.evidence.map((e) => [e.code, e.present])).toEqual([['E1', true], ['E2', false], ['E3', false], ['E6', false]]); // prettier-ignore
    expect(missing(a)).toEqual(['E2', 'E3', 'E6']);
    expect(a.missingEvidence[0]!.labelZh).toContain('支付凭证');
  });

  it('R3 needs the key and the redeem failure', () => {
    expect(missing(assess(input({}, { keyRedeemResult: 'used' }, { evidence: ['E1', 'E2', 'E3'] })))).toEqual(['E4', 'E5']); // prettier-ignore
  });

  it('R9 on a 直充 order proves the term by the account log (E8), not a key', () => {
    const codes = assess(input(DIRECT, { listingMismatch: true })).evidence.map((e) => e.code);
    expect(codes).toContain('E8');
    expect(codes).not.toContain('E5');
  });

  it('R7 needs the card photos (E9); R13 the merchant identity (E7)', () => {
    expect(missing(assess(input(PHYSICAL, { physicalOpened: false })))).toContain('E9');
    expect(missing(assess(input(UNDELIVERED, { merchantUnreachable: true })))).toContain('E7');
  });

  it('UNKNOWN still lists the basics', () => {
    expect(missing(assess(input()))).toEqual(['E1', 'E2']);
  });
});
