/** Refund eligibility (issue #6): rules R1–R15, questions, warnings, the five-step case. Pure modules. */
export { arrivalCheck, type ArrivalCheck } from './arrival';
export { assess, claimDeadline, type Assessment } from './assess';
export {
  caseNextStep,
  interventionOpensAt,
  openCase,
  replay,
  transition,
  type TransitionResult,
} from './case';
export { CaseEvent, CaseState, CaseStep, RefundChannel } from './case-model';
export { composeFacts } from './compose-facts';
export { deliveryStatus, effectiveStatus } from './delivery-status';
export { decide, type Decision, type RuleResult } from './decide';
export { EVIDENCE_LABEL, evidenceFromRecords, type EvidenceItem } from './evidence';
export { orderInputFromRow, windowsFor, type OrderExtras } from './from-order';
export { AssessInput, EvidenceCode, Facts, KeyRedeemResult, Limits, OrderInput, Windows } from './input';
export { parsePromiseTerms } from './promise-terms';
export { questionsFor, type Question } from './questions';
export { refundEta, type Eta } from './refund-eta';
export { RULE_IDS, RULES, type Citation, type RuleId, type Verdict } from './rule-table';
export { STEP_NAME, type NextStep, type StepId } from './steps';
export { proportionalRefund, suggestionsFor, type Suggestion } from './suggestions';
export { offPlatformMessages, warningsFor, type Warning } from './warnings';
