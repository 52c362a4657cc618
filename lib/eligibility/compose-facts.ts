/** Bridge: assessment (+ open case) → the facts lib/compose writes from. Pure. */
import type { Ask, ComposeFactsInput, Problem } from '../compose/facts';
import type { Assessment } from './assess';
import { interventionOpensAt } from './case';
import { decide } from './decide';
import { AssessInput } from './input';
import { RULES, type RuleId } from './rule-table';
import type { Situation } from './situation';
import { HOUR, toIso, toMs } from './time';

const FAILURE = {
  used: { zh: '卡密已被使用', en: 'key already used' },
  not_found: { zh: '卡密不存在', en: 'key not found' },
  expired: { zh: '卡密已过期', en: 'key expired' },
  wrong_region: { zh: '面值或地区不符', en: 'wrong value or region' },
};

const BY_RULE: Partial<Record<RuleId, Problem>> = {
  R6: 'not_credited',
  R2: 'late_cancelled',
  R2b: 'late_used',
  R3: 'invalid_key',
  R12: 'partial_invalid',
  R9: 'mismatch',
  R7: 'physical_return',
  R8: 'physical_opened',
  R4: 'changed_mind',
  R5: 'buyer_mistake',
};

/** With a right: what to demand for each problem (refund-rules.md (d3): 补发 or 原路退款). */
const ASK: Partial<Record<Problem, Ask>> = {
  not_delivered: 'deliver_or_refund',
  partial_delivery: 'deliver_or_refund',
  invalid_key: 'replace_or_refund',
  partial_invalid: 'partial',
  physical_return: 'return',
};

function problemOf(id: RuleId | null, s: Situation): Problem {
  if (id === 'R1') return s.partial ? 'partial_delivery' : 'not_delivered';
  if (id && id !== 'R10') return BY_RULE[id] ?? 'other';
  // R10 (or no rule): the underlying complaint.
  const f = s.facts;
  if (s.keyInvalid) return s.invalidKeys < s.totalKeys ? 'partial_invalid' : 'invalid_key';
  if (f.listingMismatch) return 'mismatch';
  if (f.buyerMistake) return 'buyer_mistake';
  if (f.physicalOpened) return 'physical_opened';
  if (f.changedMind) return 'changed_mind';
  return s.late ? 'late_used' : 'other';
}

export function composeFacts(raw: AssessInput, a: Assessment): ComposeFactsInput {
  const input = AssessInput.parse(raw);
  const { order: o, facts: f, windows: w } = input;
  const s = decide(input).situation;
  const problem = problemOf(a.decisive, s);
  const eligible = a.verdict === 'ELIGIBLE';
  const ask = eligible ? (ASK[problem] ?? 'refund') : 'negotiate';
  const c = input.case;
  const sent = toMs(c?.messageSentAt);
  const replyDeadline = c?.refundRequestedAt
    ? interventionOpensAt(c, w)
    : sent === null
      ? null
      : sent + w.merchantReplyHours * HOUR;
  // The decisive row's first citations; R11 (void notice) is its own sentence in the texts.
  const basis = a.decisive ? RULES[a.decisive].basis.slice(0, 2) : [];
  const redeem = f.keyRedeemResult && f.keyRedeemResult !== 'ok' ? FAILURE[f.keyRedeemResult] : null;
  return {
    orderNo: o.orderNo ?? '（未识别）',
    product: o.product,
    amount: o.amount,
    paidAt: o.paidAt,
    deliveredAt: o.deliveredAt,
    promiseText: o.promiseText,
    afterSalesPromise: f.merchantPromise,
    breachMinutes: s.breachMinutes,
    lateMinutes: s.late ? s.lateMinutes : null,
    problem,
    failure: f.failureMessage ? { zh: f.failureMessage, en: f.failureMessage } : redeem,
    keys: o.cardKeys,
    invalidKeys: s.keyInvalid ? s.invalidKeys : null,
    totalKeys: s.totalKeys,
    ask,
    keyUnused: f.keyUsedByBuyer === false || (f.unusedKeys ?? 0) > 0,
    refundAmount: a.suggestions.find((x) => x.id === 'pro_rata_invalid')?.amount ?? null,
    replyHours: w.merchantReplyHours,
    contactedAt: c?.messageSentAt ?? null,
    merchantRefusedAt: c?.merchantRefusedAt ?? null,
    refundRequestedAt: c?.refundRequestedAt ?? null,
    replyDeadline: toIso(replyDeadline),
    noRefundNotice: s.noRefundNotice && eligible,
    escalate: eligible,
    basis: basis.map(({ zh, en }) => ({ zh, en })),
    evidence: a.evidence.filter((e) => e.present).map((e) => ({ zh: e.labelZh, en: e.labelEn })),
    now: input.now,
  };
}
