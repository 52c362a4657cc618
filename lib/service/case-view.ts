/**
 * Pure: an order, what CardShield holds for it and the buyer's case record → what the popup shows (issue #6):
 * the engine's input (facts derived from the records plus the buyer's answers), the assessment, the next step
 * and the three composed texts. The background uses the same function when it opens a case.
 */
import { interventionRequest, merchantMessage, refundDescription, type Text } from '../compose';
import { rulesFor } from '../deadlines/rules';
import {
  assess,
  composeFacts,
  evidenceFromRecords,
  interventionOpensAt,
  orderInputFromRow,
  parsePromiseTerms,
  Windows,
  windowsFor,
  type AssessInput,
  type Assessment,
  type CaseState,
  type Facts,
  type NextStep,
  type Suggestion,
} from '../eligibility';
import type { EventRow } from '../model/event';
import type { EvidenceRow } from '../model/evidence';
import type { ChatMessage, OrderRow } from '../model/order';
import type { Settings } from '../settings';
import type { CaseRow } from '../store/cases';

/** Everything stored about one order that the assessment reads (lib/service/case-data.ts loads it). */
export interface CaseData {
  evidence: EvidenceRow[];
  /** Messages of the order's chat transcripts (chat evidence JSON), oldest first, without repeats. */
  chat: ChatMessage[];
  /** After-sales policy texts of the product page seen before buying (product-page evidence JSON). */
  policies: string[];
  events: EventRow[];
  row: CaseRow | undefined;
}

/** "虚拟商品一经售出概不退换"-style sentences (void under 消法 Art. 26; the engine warns, R11). */
const NO_REFUND =
  /概不退换|概不退款|不退不换|售出不退|一经售出.{0,6}不.{0,2}(退|换)|不予退款|不支持退款|恕不退/;
const sentences = (text: string) =>
  text
    .split(/[\n。！!；;]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** No-refund notices the extension has seen for the order: the product page's policy and the merchant's chat. */
export function noRefundNotices(policies: readonly string[], chat: readonly ChatMessage[]): string[] {
  const merchant = chat.filter((m) => m.author === 'merchant').map((m) => m.text);
  const found = [...policies, ...merchant].flatMap(sentences).filter((s) => NO_REFUND.test(s));
  return [...new Set(found.map((s) => s.slice(0, 300)))].slice(0, 10);
}

/** The merchant's after-sales promise (R10: "无效包换", "7天无理由") from the product page's policy, if any. */
export function merchantPromiseFrom(policies: readonly string[]): string | null {
  const line = policies.flatMap(sentences).find((s) => {
    const t = parsePromiseTerms(s);
    return !NO_REFUND.test(s) && (t.anyReason || t.defects);
  });
  return line ? line.slice(0, 300) : null;
}

/**
 * The facts the engine gets: derived from what CardShield holds, then the buyer's own answers (which win).
 * A failure-prompt capture sets nothing by itself: a screenshot does not say what the page said, so the
 * redeem question is still asked (the popup lists the capture next to it).
 */
export function deriveFacts(data: Pick<CaseData, 'policies' | 'row'>): Partial<Facts> {
  const derived: Partial<Facts> = {};
  const promise = merchantPromiseFrom(data.policies);
  if (promise) derived.merchantPromise = promise;
  if (data.row?.state?.merchantRefusedAt) derived.merchantRefused = true;
  return { ...derived, ...data.row?.answers };
}

/** Platform clocks for this order: the user's settings and its platform family's rules. */
export function caseWindows(order: OrderRow, settings: Settings): Partial<Windows> {
  return windowsFor(settings, rulesFor(order.platform, order.payMethod, settings.deadlineOverrides));
}

export function buildAssessInput(
  order: OrderRow,
  data: CaseData,
  settings: Settings,
  now: Date,
): AssessInput {
  return {
    order: orderInputFromRow(order, { timeline: data.events }, settings),
    facts: deriveFacts(data),
    evidence: evidenceFromRecords(
      data.evidence.map((e) => e.kind),
      order,
    ),
    now: now.toISOString(),
    windows: caseWindows(order, settings),
    chat: data.chat.slice(-2000),
    noRefundNotices: noRefundNotices([...data.policies, ...order.noRefundNotices], data.chat),
    case: data.row?.state ?? null,
  };
}

export interface CaseView {
  input: AssessInput;
  assessment: Assessment;
  /** The engine's next step and suggestions (assessment.nextStep / .suggestions), where the components read them. */
  nextStep: NextStep;
  suggestions: Suggestion[];
  windows: Windows;
  state: CaseState | null;
  answers: Partial<Facts>;
  texts: { merchant: Text; description: Text; intervention: Text };
  /** When step 3 (申请平台介入) opens; null = not before a demand is on record. */
  interventionAt: string | null;
  failurePrompts: EvidenceRow[];
  /** Refund / complaint forms CardShield saw submitted (timeline), and those not yet in the case. */
  submissions: EventRow[];
  pendingSubmissions: number[];
}

export function caseView(order: OrderRow, data: CaseData, settings: Settings, now: Date): CaseView {
  const input = buildAssessInput(order, data, settings, now);
  const a = assess(input);
  const facts = composeFacts(input, a);
  const windows = Windows.parse(input.windows);
  const state = data.row?.state ?? null;
  const opens = state ? interventionOpensAt(state, windows) : null;
  const submissions = data.events.filter((e) => e.type === 'form-submitted');
  return {
    input,
    assessment: a,
    nextStep: a.nextStep,
    suggestions: a.suggestions,
    windows,
    state,
    answers: data.row?.answers ?? {},
    texts: {
      merchant: merchantMessage(facts),
      description: refundDescription(facts),
      intervention: interventionRequest(facts),
    },
    interventionAt: opens === null ? null : new Date(opens).toISOString(),
    failurePrompts: data.evidence.filter((e) => e.kind === 'failure-prompt'),
    submissions,
    pendingSubmissions: submissions
      .map((e) => e.id)
      .filter((id): id is number => id !== undefined && !data.row?.synced.includes(id)),
  };
}
