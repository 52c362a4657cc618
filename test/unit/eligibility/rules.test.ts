import { describe, expect, it } from 'vitest';
import { assess, type AssessInput, type RuleId, type Verdict } from '../../../lib/eligibility';
import { DIRECT, FIVE_KEYS, LATE, PAID, PHYSICAL, UNDELIVERED, input } from './helpers';

interface Case {
  name: string;
  in: AssessInput;
  verdict: Verdict;
  fires?: RuleId[];
  not?: RuleId[];
  decisive?: RuleId | null;
}

const at = (iso: string) => ({ now: iso });

/** Every rule: cases where it applies and where it must not (refund-rules.md (a); seed examples marked). */
// prettier-ignore
const CASES: Case[] = [
  // R1 — paid, nothing delivered
  { name: 'R1 seed 不发货: promise breached', in: input(UNDELIVERED), verdict: 'ELIGIBLE', fires: ['R1'], decisive: 'R1' },
  { name: 'R1 before the promised time', in: input(UNDELIVERED, {}, at('2026-03-01T10:05:00+08:00')), verdict: 'ELIGIBLE', fires: ['R1'] },
  { name: 'R1 status failed', in: input({ ...UNDELIVERED, status: 'failed' }), verdict: 'ELIGIBLE', fires: ['R1'] },
  { name: 'R1 page says 未付款 but a payment time exists', in: input({ ...UNDELIVERED, status: 'unpaid' }), verdict: 'ELIGIBLE', fires: ['R1'] },
  { name: 'R1 partially delivered', in: input({ status: 'partially_delivered' }), verdict: 'ELIGIBLE', fires: ['R1'] },
  { name: 'R1 manual delivery, no promise', in: input({ ...UNDELIVERED, deliveryMode: 'manual', promiseMinutes: null }), verdict: 'ELIGIBLE', fires: ['R1'] },
  { name: 'R1 not: key delivered', in: input({}, { keyRedeemResult: 'ok' }), verdict: 'UNKNOWN', not: ['R1'] },
  { name: 'R1 not: unpaid', in: input({ ...UNDELIVERED, status: 'unpaid', paidAt: null }), verdict: 'UNKNOWN', not: ['R1'] },
  { name: 'R1 not: closed order without keys (cannot tell)', in: input({ status: 'closed', cardKeys: [] }), verdict: 'UNKNOWN', not: ['R1'] },
  // R2 — cancel request before (late) delivery
  { name: 'R2 cancel before delivery, key unused', in: input({}, { deliveredAfterCancelRequest: true }), verdict: 'ELIGIBLE', fires: ['R2'], decisive: 'R2' },
  { name: 'R2 late and cancelled', in: input(LATE, { deliveredAfterCancelRequest: true, keyUsedByBuyer: false }), verdict: 'ELIGIBLE', fires: ['R2'] },
  { name: 'R2 not: cancelled but key used → R2b', in: input(LATE, { deliveredAfterCancelRequest: true, keyUsedByBuyer: true }), verdict: 'CONSENT', fires: ['R2b'], not: ['R2'] },
  { name: 'R2 not: no cancel request', in: input(LATE, { keyRedeemResult: 'ok' }), verdict: 'UNKNOWN', not: ['R2'] },
  // R2b — late, used or confirmed
  { name: 'R2b late, used', in: input(LATE, { keyUsedByBuyer: true, keyRedeemResult: 'used' }), verdict: 'CONSENT', fires: ['R2b'], not: ['R3'], decisive: 'R2b' },
  { name: 'R2b late, receipt confirmed', in: input(LATE, { receiptConfirmed: true, keyRedeemResult: 'ok' }), verdict: 'CONSENT', fires: ['R2b'] },
  { name: 'R2b not: late but key expired → R3', in: input(LATE, { receiptConfirmed: true, keyRedeemResult: 'expired' }), verdict: 'ELIGIBLE', fires: ['R3'], not: ['R2b'] },
  { name: 'R2b not: on time, used', in: input({}, { keyUsedByBuyer: true }), verdict: 'UNKNOWN', not: ['R2b'] },
  // R3 — invalid key
  { name: 'R3 seed 卡密已被使用', in: input({}, { keyRedeemResult: 'used', failureMessage: '卡密已被使用' }), verdict: 'ELIGIBLE', fires: ['R3'], decisive: 'R3' },
  { name: 'R3 not found', in: input({}, { keyRedeemResult: 'not_found' }), verdict: 'ELIGIBLE', fires: ['R3'] },
  { name: 'R3 expired', in: input({}, { keyRedeemResult: 'expired' }), verdict: 'ELIGIBLE', fires: ['R3'] },
  { name: 'R3 wrong region, no buyer mistake', in: input({}, { keyRedeemResult: 'wrong_region' }), verdict: 'ELIGIBLE', fires: ['R3'] },
  { name: 'R3 key failed but not read from the page', in: input({ cardKeys: [] }, { keyRedeemResult: 'used' }), verdict: 'ELIGIBLE', fires: ['R3'], not: ['R6'] },
  { name: 'R3 not: wrong region chosen by the buyer → R5', in: input({}, { keyRedeemResult: 'wrong_region', buyerMistake: true }), verdict: 'CONSENT', fires: ['R5'], not: ['R3'] },
  { name: 'R3 not: "used" by the buyer themselves', in: input({}, { keyRedeemResult: 'used', keyUsedByBuyer: true }), verdict: 'UNKNOWN', not: ['R3'] },
  { name: 'R3 not: key works', in: input({}, { keyRedeemResult: 'ok' }), verdict: 'UNKNOWN', not: ['R3', 'R12'] },
  { name: 'R3 not: nothing delivered', in: input(UNDELIVERED, { keyRedeemResult: 'used' }), verdict: 'ELIGIBLE', fires: ['R1'], not: ['R3'] },
  // R3b — knowing sale of used keys
  { name: 'R3b pattern evidence', in: input({}, { keyRedeemResult: 'used', fraudPattern: true }), verdict: 'ELIGIBLE', fires: ['R3', 'R3b'], decisive: 'R3' },
  { name: 'R3b not: pattern but key works', in: input({}, { keyRedeemResult: 'ok', fraudPattern: true }), verdict: 'UNKNOWN', not: ['R3b'] },
  { name: 'R3b not: invalid, no pattern', in: input({}, { keyRedeemResult: 'used', fraudPattern: false }), verdict: 'ELIGIBLE', not: ['R3b'] },
  // R4 — change of mind, digital goods
  { name: 'R4 seed 后悔 after delivery', in: input({}, { changedMind: true, keyRedeemResult: 'ok' }), verdict: 'UNLIKELY', fires: ['R4'], decisive: 'R4' },
  { name: 'R4 redeem result unknown', in: input({}, { changedMind: true }), verdict: 'UNLIKELY', fires: ['R4'] },
  { name: 'R4 直充 credited', in: input(DIRECT, { changedMind: true, accountCredited: true }), verdict: 'UNLIKELY', fires: ['R4'] },
  { name: 'R4 not: key invalid → R3', in: input({}, { changedMind: true, keyRedeemResult: 'used' }), verdict: 'ELIGIBLE', fires: ['R3'], not: ['R4'] },
  { name: 'R4 not: physical card → R7', in: input(PHYSICAL, { changedMind: true, physicalOpened: false }), verdict: 'ELIGIBLE', fires: ['R7'], not: ['R4'] },
  { name: 'R4 not: nothing delivered → R1', in: input(UNDELIVERED, { changedMind: true }), verdict: 'ELIGIBLE', fires: ['R1'], not: ['R4'] },
  { name: 'R4 overridden by a 7-day promise (R10)', in: input({}, { changedMind: true, merchantPromise: '支持7天无理由退换' }), verdict: 'ELIGIBLE', fires: ['R4', 'R10'], decisive: 'R10' },
  // R5 — buyer mistake
  { name: 'R5 seed 误买 after delivery, unused', in: input({}, { buyerMistake: true, keyUsedByBuyer: false }), verdict: 'CONSENT', fires: ['R5'], decisive: 'R5' },
  { name: 'R5 duplicate order, unknown use', in: input({}, { buyerMistake: true }), verdict: 'CONSENT', fires: ['R5'] },
  { name: 'R5 key already used', in: input({}, { buyerMistake: true, keyUsedByBuyer: true }), verdict: 'UNLIKELY', fires: ['R5'] },
  { name: 'R5 直充 credited to the wrong account', in: input(DIRECT, { buyerMistake: true, accountCredited: true }), verdict: 'UNLIKELY', fires: ['R5'] },
  { name: 'R5 merchant refused consent', in: input({}, { buyerMistake: true, merchantRefused: true }), verdict: 'UNLIKELY', fires: ['R5'], not: ['R13'] },
  { name: 'R5 undelivered: R1 decides', in: input(UNDELIVERED, { buyerMistake: true }), verdict: 'ELIGIBLE', fires: ['R1', 'R5'], decisive: 'R1' },
  { name: 'R5 not: no mistake', in: input({}, { buyerMistake: false, keyRedeemResult: 'ok' }), verdict: 'UNKNOWN', not: ['R5'] },
  // R6 — 直充 not credited
  { name: 'R6 直充 not credited', in: input(DIRECT, { accountCredited: false }), verdict: 'ELIGIBLE', fires: ['R6'], decisive: 'R6' },
  { name: 'R6 explicit directCharge flag', in: input({ ...DIRECT, directCharge: true }, { accountCredited: false }), verdict: 'ELIGIBLE', fires: ['R6'] },
  { name: 'R6 not: credited', in: input(DIRECT, { accountCredited: true }), verdict: 'UNKNOWN', not: ['R6'] },
  { name: 'R6 not: a key order', in: input({}, { accountCredited: false }), verdict: 'UNKNOWN', not: ['R6'] },
  { name: 'R6 not: arrival unknown', in: input(DIRECT), verdict: 'UNKNOWN', not: ['R6'] },
  // R7 — physical card, unopened, 7 days from the day after signing
  { name: 'R7 seed: physical card unopened', in: input(PHYSICAL, { physicalOpened: false }), verdict: 'ELIGIBLE', fires: ['R7'], decisive: 'R7' },
  { name: 'R7 last evening of day 7', in: input(PHYSICAL, { physicalOpened: false }, at('2026-03-08T23:30:00+08:00')), verdict: 'ELIGIBLE', fires: ['R7'] },
  { name: 'R7 not: window passed → consent only', in: input(PHYSICAL, { physicalOpened: false }, at('2026-03-09T00:30:00+08:00')), verdict: 'CONSENT', not: ['R7'] },
  { name: 'R7 not: opened → R8', in: input(PHYSICAL, { physicalOpened: true }), verdict: 'UNLIKELY', fires: ['R8'], not: ['R7'] },
  { name: 'R7 private non-business seller → consent', in: input(PHYSICAL, { physicalOpened: false, individualSeller: true, sellerInBusiness: false }), verdict: 'CONSENT', fires: ['R7', 'R14'] },
  { name: 'R7 not: virtual order', in: input({}, { physicalOpened: false }), verdict: 'UNKNOWN', not: ['R7'] },
  // R8 — physical card opened
  { name: 'R8 opened, no defect', in: input(PHYSICAL, { physicalOpened: true, keyRedeemResult: 'ok' }), verdict: 'UNLIKELY', fires: ['R8'], decisive: 'R8' },
  { name: 'R8 not: opened but defective → R3', in: input(PHYSICAL, { physicalOpened: true, keyRedeemResult: 'used' }), verdict: 'ELIGIBLE', fires: ['R3'], not: ['R8'] },
  { name: 'R8 opened but a 7-day promise → R10', in: input(PHYSICAL, { physicalOpened: true, merchantPromise: '7天无理由退货' }), verdict: 'ELIGIBLE', fires: ['R8', 'R10'], decisive: 'R10' },
  { name: 'R8 not: virtual order', in: input({}, { physicalOpened: true }), verdict: 'UNKNOWN', not: ['R8'] },
  // R9 — differs from the listing
  { name: 'R9 listing mismatch', in: input({}, { listingMismatch: true, keyRedeemResult: 'ok' }), verdict: 'ELIGIBLE', fires: ['R9'], decisive: 'R9' },
  { name: 'R9 直充 of the wrong term', in: input(DIRECT, { listingMismatch: true, accountCredited: true }), verdict: 'ELIGIBLE', fires: ['R9'] },
  { name: 'R9 not: matches', in: input({}, { listingMismatch: false }), verdict: 'UNKNOWN', not: ['R9'] },
  { name: 'R9 not: nothing delivered', in: input(UNDELIVERED, { listingMismatch: true }), verdict: 'ELIGIBLE', fires: ['R1'], not: ['R9'] },
  // R10 — merchant promise
  { name: 'R10 包退 covers a mistake', in: input({}, { buyerMistake: true, merchantPromise: '不满意包退' }), verdict: 'ELIGIBLE', fires: ['R10'], decisive: 'R10' },
  { name: 'R10 售后24小时 with an invalid key', in: input({}, { keyRedeemResult: 'expired', merchantPromise: '售后24小时，无效包换' }), verdict: 'ELIGIBLE', fires: ['R3', 'R10'], decisive: 'R3' },
  { name: 'R10 not: 无效包换 does not cover a change of mind', in: input({}, { changedMind: true, merchantPromise: '无效包换' }), verdict: 'UNLIKELY', fires: ['R4'], not: ['R10'] },
  { name: 'R10 not: 7-day promise expired', in: input({ deliveredAt: '2026-02-20T10:00:00+08:00' }, { changedMind: true, merchantPromise: '7天无理由' }), verdict: 'UNLIKELY', not: ['R10'] },
  { name: 'R10 not: a no-refund notice is no promise', in: input({}, { changedMind: true, merchantPromise: '虚拟商品不支持七天无理由退货' }), verdict: 'UNLIKELY', not: ['R10'] },
  // R11 — "概不退换" notices are void
  { name: 'R11 notice vs non-delivery', in: input(UNDELIVERED, { noRefundNotice: true }), verdict: 'ELIGIBLE', fires: ['R1', 'R11'] },
  { name: 'R11 notice read from the page vs invalid key', in: input({}, { keyRedeemResult: 'used' }, { noRefundNotices: ['虚拟商品一经售出概不退换'] }), verdict: 'ELIGIBLE', fires: ['R3', 'R11'] },
  { name: 'R11 not: change of mind stays unlikely', in: input({}, { changedMind: true, noRefundNotice: true }), verdict: 'UNLIKELY', not: ['R11'] },
  { name: 'R11 not: no notice', in: input(UNDELIVERED, { noRefundNotice: false }), verdict: 'ELIGIBLE', not: ['R11'] },
  // R12 — part of a multi-key order invalid
  { name: 'R12 2 of 5 keys invalid', in: input(FIVE_KEYS, { keyRedeemResult: 'used', invalidKeys: 2 }), verdict: 'ELIGIBLE', fires: ['R12'], not: ['R3'], decisive: 'R12' },
  { name: 'R12 not: all 5 invalid → R3', in: input(FIVE_KEYS, { keyRedeemResult: 'used', invalidKeys: 5 }), verdict: 'ELIGIBLE', fires: ['R3'], not: ['R12'] },
  { name: 'R12 not: count unknown → all keys (R3)', in: input(FIVE_KEYS, { keyRedeemResult: 'not_found' }), verdict: 'ELIGIBLE', fires: ['R3'], not: ['R12'] },
  { name: 'R12 not: invalid count 0', in: input(FIVE_KEYS, { keyRedeemResult: 'used', invalidKeys: 0 }), verdict: 'UNKNOWN', not: ['R3', 'R12'] },
  // R13 — merchant unreachable or refusing
  { name: 'R13 refuses an invalid key', in: input({}, { keyRedeemResult: 'used', merchantRefused: true }), verdict: 'ELIGIBLE', fires: ['R3', 'R13'] },
  { name: 'R13 unreachable, nothing delivered', in: input(UNDELIVERED, { merchantUnreachable: true }), verdict: 'ELIGIBLE', fires: ['R1', 'R13'] },
  { name: 'R13 not: change of mind refused', in: input({}, { changedMind: true, merchantRefused: true }), verdict: 'UNLIKELY', not: ['R13'] },
  { name: 'R13 not: merchant still answering', in: input(UNDELIVERED, { merchantRefused: false, merchantUnreachable: false }), verdict: 'ELIGIBLE', not: ['R13'] },
  // R14 — second-hand platform seller
  { name: 'R14 business seller, invalid key', in: input({}, { keyRedeemResult: 'used', individualSeller: true, sellerInBusiness: true }), verdict: 'ELIGIBLE', fires: ['R3', 'R14'] },
  { name: 'R14 private seller: contract law still refunds a dead key', in: input({}, { keyRedeemResult: 'used', individualSeller: true, sellerInBusiness: false }), verdict: 'ELIGIBLE', fires: ['R3', 'R14'] },
  { name: 'R14 not: a shop', in: input({}, { keyRedeemResult: 'used', individualSeller: false }), verdict: 'ELIGIBLE', not: ['R14'] },
  // R15 — refund accepted and paid
  { name: 'R15 partial refund accepted', in: input({}, { keyRedeemResult: 'used', refundAccepted: true }), verdict: 'UNLIKELY', fires: ['R15', 'R3'], decisive: 'R15' },
  { name: 'R15 order marked refunded', in: input({ status: 'refunded' }), verdict: 'UNLIKELY', fires: ['R15'] },
  { name: 'R15 not: refunded status, buyer says not accepted', in: input({ ...UNDELIVERED, status: 'refunded' }, { refundAccepted: false }), verdict: 'UNKNOWN', not: ['R15'] },
  { name: 'R15 not: nothing accepted', in: input(UNDELIVERED, { refundAccepted: false }), verdict: 'ELIGIBLE', not: ['R15'] },
  // Nothing known
  { name: 'UNKNOWN: a delivered key, no facts', in: input(), verdict: 'UNKNOWN', not: ['R1', 'R3', 'R4', 'R5'], decisive: null },
  { name: 'UNKNOWN: paid on 2026-03-01, paidAt missing, status unknown', in: input({ status: 'unknown', cardKeys: [], paidAt: null }), verdict: 'UNKNOWN' },
];

describe('rules R1–R15 (table-driven)', () => {
  it('has at least 60 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(60));

  it.each(CASES)('$name', (c) => {
    const a = assess(c.in);
    const fired = a.rules.filter((r) => r.fired).map((r) => r.id);
    expect(a.verdict).toBe(c.verdict);
    for (const id of c.fires ?? []) expect(fired).toContain(id);
    for (const id of c.not ?? []) expect(fired).not.toContain(id);
    if (c.decisive !== undefined) expect(a.decisive).toBe(c.decisive);
    expect(a.rules.filter((r) => r.decisive).length).toBeLessThanOrEqual(1);
  });
});

describe('rule details', () => {
  it('lists every rule in table order with reasons and a basis', () => {
    const a = assess(input(UNDELIVERED));
    expect(a.rules.map((r) => r.id)).toEqual(['R1', 'R2', 'R2b', 'R3', 'R3b', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11', 'R12', 'R13', 'R14', 'R15']); // prettier-ignore
    for (const r of a.rules) {
      expect(r.reasonZh).toMatch(/[\u4e00-\u9fff]/);
      expect(r.reasonEn).toMatch(/[a-z]/);
      expect(r.basis.length).toBeGreaterThan(0);
    }
  });

  it('R1 cites 电商法 Art. 20 and states the breach duration', () => {
    const r1 = assess(input(UNDELIVERED)).rules.find((r) => r.id === 'R1')!;
    expect(r1.basis[0]!.zh).toBe('《电子商务法》第二十条、第七十四条');
    expect(r1.reasonZh).toContain('1小时50分钟');
    expect(r1.reasonEn).toContain('1 h 50 min');
  });

  it('"立即发货" gets a 5-minute grace before it counts as late', () => {
    const o = { ...UNDELIVERED, promiseMinutes: 0 };
    expect(assess(input(o, {}, { now: '2026-03-01T10:04:00+08:00' })).timing.breachMinutes).toBeNull();
    expect(assess(input(o, {}, { now: '2026-03-01T10:07:00+08:00' })).timing.breachMinutes).toBe(2);
  });

  it('R3 reason quotes the redeem page', () => {
    const r3 = assess(input({}, { keyRedeemResult: 'used', failureMessage: '卡密已被使用' })).rules.find((r) => r.id === 'R3')!; // prettier-ignore
    expect(r3.reasonZh).toContain('卡密已被使用');
    expect(r3.basis.map((b) => b.ref)).toContain('L1 Art. 23, 24');
  });

  it('paid time alone (no status) never over-promises the 7-day window', () => {
    const a = assess(input({ ...PHYSICAL, signedAt: null }, { physicalOpened: false }, { now: '2026-03-08T12:00:00+08:00' })); // prettier-ignore
    expect(a.verdict).toBe('ELIGIBLE');
    expect(a.timing.claimDeadline).toBe('2026-03-08T16:00:00.000Z');
    expect(PAID).toContain('2026-03-01');
  });
});
