/** The one entry for the UI and the CLI: assess(input) → verdict, rules, evidence, next step, warnings, … */
import { caseNextStep } from './case';
import { decide, type Decision, type RuleResult } from './decide';
import { checklist, requiredEvidence, type EvidenceItem } from './evidence';
import { AssessInput, type EvidenceCode, type ParsedInput } from './input';
import { parsePromiseTerms } from './promise-terms';
import { questionsFor, type Question } from './questions';
import type { RuleId, Verdict } from './rule-table';
import { afterSalesEnd } from './situation';
import { step, type NextStep } from './steps';
import { suggestionsFor, type Suggestion } from './suggestions';
import { HOUR, toIso } from './time';
import { warningsFor, type Warning } from './warnings';

export interface Assessment {
  verdict: Verdict;
  /** The rule whose outcome is the verdict (null = UNKNOWN or a fallback). */
  decisive: RuleId | null;
  /** Every rule R1–R15 (with R2b, R3b) in table order, fired or not, with its reason and basis. */
  rules: RuleResult[];
  /** The evidence the fired rules need, each present or missing. */
  evidence: EvidenceItem[];
  missingEvidence: { code: EvidenceCode; labelZh: string; labelEn: string }[];
  nextStep: NextStep;
  warnings: Warning[];
  questions: Question[];
  suggestions: Suggestion[];
  timing: {
    dueAt: string | null;
    breachMinutes: number | null;
    lateMinutes: number | null;
    /** The buyer's deadline to raise the claim (after-sales or 7-day window); null = none known. */
    claimDeadline: string | null;
  };
}

const AFTER_SALES: RuleId[] = ['R2b', 'R3', 'R12', 'R9', 'R4', 'R8', 'R5'];

/** R7: 7 days from the day after signing; R10: the promise's own window; defects etc.: the after-sales window (P6). R1/R2/R6: none (P1 Art. 5(3)). */
export function claimDeadline(d: Decision): number | null {
  const s = d.situation;
  if (d.decisive === 'R7') return s.returnWindowEnd;
  if (d.decisive === 'R10') {
    const h = parsePromiseTerms(s.facts.merchantPromise).windowHours;
    return h !== null && s.claimStart !== null ? s.claimStart + h * HOUR : afterSalesEnd(s);
  }
  if (d.decisive && AFTER_SALES.includes(d.decisive)) return afterSalesEnd(s);
  if (d.verdict === 'UNKNOWN' && s.delivered === true) return afterSalesEnd(s);
  return null;
}

function nextStepFor(input: ParsedInput, d: Decision, claim: number | null): NextStep {
  const s = d.situation;
  const n = s.now;
  // The page says 退款中 and no case is open: the request is filed, the merchant has to act.
  if (!input.case && input.order.status === 'refunding')
    return step('refund_processing', 'merchant', n, null);
  // Paid, never delivered, past the promised time: the missed promise already was the merchant's deadline, so
  // the buyer may file the refund request now (seed guide 二 第二步; the step-1 chat message stays available).
  const breached = d.decisive === 'R1' && s.breachMinutes !== null;
  if (breached && (!input.case || input.case.step === 'contact_merchant'))
    return step('refund_request', 'buyer', n, claim, s.dueAt);
  if (input.case) return caseNextStep(input.case, input.now, input.windows);
  if (d.decisive === 'R15') return step('confirm_arrival', 'buyer', n, null);
  if (d.verdict === 'UNKNOWN') return step('verify', 'buyer', n, claim);
  if (d.rules.some((r) => r.id === 'R13' && r.fired)) return step('platform_intervention', 'buyer', n, null);
  return step('contact_merchant', 'buyer', n, claim);
}

export function assess(raw: AssessInput): Assessment {
  const input = AssessInput.parse(raw);
  const d = decide(input);
  const s = d.situation;
  const fired = d.rules.filter((r) => r.fired).map((r) => r.id);
  const evidence = checklist(requiredEvidence(fired, s), input.evidence);
  const claim = claimDeadline(d);
  return {
    verdict: d.verdict,
    decisive: d.decisive,
    rules: d.rules,
    evidence,
    missingEvidence: evidence
      .filter((e) => !e.present)
      .map(({ code, labelZh, labelEn }) => ({ code, labelZh, labelEn })),
    nextStep: nextStepFor(input, d, claim),
    warnings: warningsFor(input, d),
    questions: questionsFor(input),
    suggestions: suggestionsFor(d),
    timing: {
      dueAt: toIso(s.dueAt),
      breachMinutes: s.breachMinutes,
      lateMinutes: s.lateMinutes,
      claimDeadline: toIso(claim),
    },
  };
}
