// The English UI shows the engine's `en` side: it must be English (quoted shop text aside).
import { describe, expect, it } from 'vitest';
import {
  arrivalCheck,
  assess,
  EVIDENCE_LABEL,
  openCase,
  refundEta,
  RefundChannel,
  RULES,
  STEP_NAME,
  type Assessment,
} from '../../../lib/eligibility';
import type { ChatMessage } from '../../../lib/model/order';
import { DIRECT, FIVE_KEYS, input, LATE, PHYSICAL, UNDELIVERED } from './helpers';

const CJK = /[\u4e00-\u9fff]/;
/** Shop or merchant text the engine quotes stays as written: "…" / “…” are not checked. */
const unquoted = (s: string) => s.replace(/"[^"]*"|“[^”]*”/g, '');

function englishOf(a: Assessment): string[] {
  return [
    ...a.rules.map((r) => r.reasonEn),
    ...a.rules.flatMap((r) => r.basis.map((b) => b.en)),
    ...a.evidence.map((e) => e.labelEn),
    a.nextStep.nameEn,
    ...a.warnings.map((w) => w.en),
    ...a.suggestions.map((s) => s.en),
    ...a.questions.flatMap((q) => [q.en, ...q.options.map((o) => o.en)]),
  ];
}

const merchant = (text: string): ChatMessage => ({ author: 'merchant', name: null, at: null, text });

const CASES = [
  input(UNDELIVERED),
  input(UNDELIVERED, { merchantRefused: true }),
  input(),
  input({}, { keyRedeemResult: 'used', keyUsedByBuyer: false }),
  input({}, { keyRedeemResult: 'wrong_region' }),
  input({}, { keyRedeemResult: 'ok', changedMind: true }),
  input({}, { keyRedeemResult: 'ok', buyerMistake: true }),
  input(LATE, { deliveredAfterCancelRequest: true }),
  input(LATE, { deliveredAfterCancelRequest: true, keyRedeemResult: 'ok', keyUsedByBuyer: true }),
  input(PHYSICAL, { physicalOpened: true }),
  input(PHYSICAL, { physicalOpened: false }),
  input(DIRECT, { accountCredited: false }),
  input(FIVE_KEYS, { keyRedeemResult: 'used' }),
  input({}, { individualSeller: true }),
  input({}, {}, { noRefundNotices: ['虚拟商品一经售出概不退换'], chat: [merchant('加我微信私下处理')] }),
];

describe('English domain texts', () => {
  it('static tables have English without Chinese', () => {
    const texts = [
      ...Object.values(RULES).flatMap((r) => [r.conditionEn, ...r.basis.map((b) => b.en)]),
      ...Object.values(EVIDENCE_LABEL).map((l) => l.en),
      ...Object.values(STEP_NAME).map((s) => s.en),
      ...RefundChannel.options.map((c) => refundEta(c, '2026-03-01T02:00:00.000Z').en),
    ];
    expect(texts.filter((s) => !s.trim() || CJK.test(s))).toEqual([]);
  });

  it.each(CASES.map((c, i) => [i, c] as const))('assessment %i reads in English', (_, c) => {
    const bad = englishOf(assess(c)).filter((s) => !s.trim() || CJK.test(unquoted(s)));
    expect(bad).toEqual([]);
  });

  it('arrival advice reads in English', () => {
    const state = {
      ...openCase({ at: '2026-03-01T02:00:00.000Z', orderAmount: 100, claimDeadline: null }),
      refund: {
        at: '2026-03-01T03:00:00.000Z',
        channel: 'alipay_balance' as const,
        amount: 90,
        estimate: null,
      },
      arrival: { at: '2026-03-01T04:00:00.000Z', amount: 89.5, expected: 90 },
    };
    const advice = arrivalCheck(state).advice;
    expect(advice.length).toBeGreaterThan(1);
    expect(advice.filter((a) => CJK.test(a.en))).toEqual([]);
  });
});
