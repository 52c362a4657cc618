/** Rules in the documented order of checks → verdict. Pure; `questions` re-runs it with trial answers. */
import type { ParsedInput } from './input';
import { RULE_IDS, RULES, type Citation, type RuleId, type Verdict } from './rule-table';
import type { Eval } from './rule-eval';
import { R1, R2, R2b, R6 } from './rules-delivery';
import { R4, R5, R7, R8 } from './rules-exclusions';
import { R11, R13, R14, R15 } from './rules-modifiers';
import { R10, R12, R3, R3b, R9 } from './rules-validity';
import { situation, type Situation } from './situation';

export interface RuleResult {
  id: RuleId;
  fired: boolean;
  /** The rule whose outcome became the verdict. */
  decisive: boolean;
  outcome: Verdict | null;
  reasonZh: string;
  reasonEn: string;
  basis: Citation[];
}

/** refund-rules.md notes 1: delivery → validity → conformity → promises → exclusions and mistakes. */
const ORDER: RuleId[] = ['R1', 'R6', 'R2', 'R2b', 'R3', 'R12', 'R9', 'R10', 'R7', 'R4', 'R8', 'R5'];
const CHECKS = { R1, R2, R2b, R3, R3b, R4, R5, R6, R7, R8, R9, R10, R12 };

export interface Decision {
  verdict: Verdict;
  decisive: RuleId | null;
  rules: RuleResult[];
  situation: Situation;
}

function base(s: Situation, evals: Partial<Record<RuleId, Eval>>): [Verdict, RuleId | null] {
  if (evals.R15?.fired) return ['UNLIKELY', 'R15']; // R15: a performed settlement closes the dispute.
  const id = ORDER.find((r) => evals[r]?.fired);
  if (id) {
    const v = evals[id]!.outcome ?? RULES[id].outcome!;
    return [v === 'CONSENT' && s.facts.merchantRefused === true ? 'UNLIKELY' : v, id]; // consent refused.
  }
  // Unopened physical card past its 7-day window: the law gives no right, only the merchant's goodwill.
  const expired = s.order.itemType === 'physical' && s.facts.physicalOpened === false && s.returnWindowEnd;
  return [expired ? 'CONSENT' : 'UNKNOWN', null];
}

export function decide(input: ParsedInput): Decision {
  const s = situation(input);
  const evals: Partial<Record<RuleId, Eval>> = { R15: R15(s) };
  for (const [id, check] of Object.entries(CHECKS)) evals[id as RuleId] = check(s);
  const [verdict, decisive] = base(s, evals);
  Object.assign(evals, { R11: R11(s, verdict), R13: R13(s, verdict), R14: R14(s) });
  const rules = RULE_IDS.map((id): RuleResult => {
    const e = evals[id]!;
    const def = RULES[id];
    return {
      id,
      fired: e.fired,
      decisive: id === decisive,
      outcome: e.outcome ?? def.outcome,
      reasonZh: e.zh ?? (e.fired ? def.conditionZh : `未满足：${def.conditionZh}`),
      reasonEn: e.en ?? (e.fired ? def.conditionEn : `not met: ${def.conditionEn}`),
      basis: def.basis,
    };
  });
  return { verdict, decisive, rules, situation: s };
}
