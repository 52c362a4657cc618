/**
 * The five-step case as a pure state machine: state + event → new state (timestamps recorded), and the next
 * step with its deadline from the platform windows. No storage, no UI.
 */
import { ALLOWED, CaseEvent, type CaseState } from './case-model';

export { openCase } from './case-model';
import { Windows } from './input';
import { refundEta } from './refund-eta';
import { step, type NextStep } from './steps';
import { DAY, HOUR, toMs } from './time';

export type CaseError = { zh: string; en: string };
export type TransitionResult = { state: CaseState; error: CaseError | null };

/** The buyer's latest demand (form, else chat message): the merchant's window runs from it. */
const demandAt = (s: CaseState) => toMs(s.refundRequestedAt ?? s.messageSentAt);

/** Step 3 opens when the merchant refused after the demand, or its window ran out (seed step 3; P6). */
export function interventionOpensAt(s: CaseState, w: Windows): number | null {
  const demand = demandAt(s);
  if (demand === null) return null;
  const refused = toMs(s.merchantRefusedAt);
  const after = s.refundRequestedAt
    ? (w.interventionAfterHours ?? w.merchantReplyHours)
    : w.merchantReplyHours;
  return refused !== null && refused >= demand ? refused : demand + after * HOUR;
}

const ok = (state: CaseState): TransitionResult => ({ state, error: null });
const fail = (state: CaseState, zh: string, en: string): TransitionResult => ({ state, error: { zh, en } });

export function transition(
  state: CaseState,
  input: CaseEvent,
  windows: Partial<Windows> = {},
): TransitionResult {
  const parsed = CaseEvent.safeParse(input);
  if (!parsed.success) return fail(state, '事件格式不正确', `malformed event: ${parsed.error.message}`);
  const e = parsed.data;
  const t = Date.parse(e.at);
  const last = state.history.at(-1);
  if (last && t < Date.parse(last.at))
    return fail(state, '事件时间早于上一事件', 'event is older than the last one');
  if (!ALLOWED[e.type].includes(state.step))
    return fail(state, `当前步骤不能执行 ${e.type}`, `${e.type} is not possible at step ${state.step}`);
  const s: CaseState = { ...state, history: [...state.history, { type: e.type, at: e.at }] };
  switch (e.type) {
    case 'MESSAGE_SENT':
      return ok({ ...s, messageSentAt: state.messageSentAt ?? e.at });
    case 'MERCHANT_AGREED':
      return ok({ ...s, step: 'refund_processing', merchantAgreedAt: e.at });
    case 'MERCHANT_REFUSED':
      return ok({ ...s, step: 'refund_request', merchantRefusedAt: e.at });
    case 'REFUND_REQUESTED':
      return ok({ ...s, step: 'refund_request', refundRequestedAt: e.at });
    case 'INTERVENTION_REQUESTED': {
      if (state.step === 'platform_intervention') {
        if (!state.platformRejectedAt)
          return fail(state, '平台介入已在处理中', 'the platform is already handling it');
        return ok({ ...s, interventionRequestedAt: e.at, platformRejectedAt: null }); // resubmission with more evidence
      }
      const opens = interventionOpensAt(state, Windows.parse(windows));
      if (opens === null)
        return fail(state, '请先联系商家或提交退款申请', 'contact the merchant or file the request first');
      if (t < opens)
        return fail(state, '商家处理期未满，暂不能申请平台介入', 'the merchant’s window has not run out yet');
      return ok({ ...s, step: 'platform_intervention', interventionRequestedAt: e.at });
    }
    case 'PLATFORM_REJECTED':
      return ok({ ...s, platformRejectedAt: e.at });
    case 'REFUND_ISSUED':
      return ok({
        ...s,
        step: 'refund_processing',
        refund: { at: e.at, channel: e.channel, amount: e.amount, estimate: e.estimate },
      });
    case 'ARRIVED': {
      const expected = state.refund?.amount ?? state.orderAmount;
      // Mixed payments come back per method (七日办法 Art. 14 ¶2): arrivals add up.
      const amount = Math.round(((state.arrival?.amount ?? 0) + e.amount) * 100) / 100;
      const arrival = { at: e.at, amount, expected };
      if (expected === null || amount >= expected - 0.005)
        return ok({ ...s, step: 'done', arrival, doneAt: e.at, doneReason: 'refunded' });
      return ok({ ...s, step: 'confirm_arrival', arrival });
    }
    case 'ABANDONED':
      return ok({ ...s, step: 'done', doneAt: e.at, doneReason: 'abandoned' });
  }
}

/** Fold events from an opened case; stops at the first rejected event and reports it. */
export function replay(
  start: CaseState,
  events: CaseEvent[],
  windows: Partial<Windows> = {},
): TransitionResult {
  let r: TransitionResult = ok(start);
  for (const e of events) {
    r = transition(r.state, e, windows);
    if (r.error) return r;
  }
  return r;
}

/** Which step is next, who must act, and by when (refund-rules.md (b) windows). */
export function caseNextStep(s: CaseState, now: string, windows: Partial<Windows> = {}): NextStep {
  const w = Windows.parse(windows);
  const n = Date.parse(now);
  const claim = toMs(s.claimDeadline);
  switch (s.step) {
    case 'done':
      return step('done', null, n, null);
    case 'contact_merchant': {
      const sent = toMs(s.messageSentAt);
      if (sent === null) return step('contact_merchant', 'buyer', n, claim);
      const opens = sent + w.merchantReplyHours * HOUR;
      return n < opens
        ? step('refund_request', 'merchant', n, opens, opens)
        : step('refund_request', 'buyer', n, claim, opens);
    }
    case 'refund_request': {
      // Here after a refusal in chat, the form not filed yet: the buyer's claim window still runs.
      if (s.refundRequestedAt === null)
        return step('refund_request', 'buyer', n, claim, toMs(s.merchantRefusedAt));
      const opens = interventionOpensAt(s, w)!;
      // The merchant's own deadline may fall before step 3 opens (e.g. reply 48 h, intervention 72 h).
      const replyBy = Math.min(opens, Date.parse(s.refundRequestedAt) + w.merchantReplyHours * HOUR);
      if (n < opens) return step('platform_intervention', 'merchant', n, replyBy, opens);
      // JD Art. 7: 15 days to ask for intervention after the refusal or the timeout.
      return step('platform_intervention', 'buyer', n, opens + w.interventionWindowDays * DAY, opens);
    }
    case 'platform_intervention': {
      const rejected = toMs(s.platformRejectedAt);
      if (rejected !== null)
        return step('platform_intervention', 'buyer', n, rejected + w.appealDays * DAY, rejected);
      return step('refund_processing', 'platform', n, null);
    }
    case 'refund_processing': {
      if (!s.refund) {
        const agreed = toMs(s.merchantAgreedAt);
        // L6 Art. 8–10: an agreed refund still unpaid after 15 days is 故意拖延.
        return step(
          'refund_processing',
          'merchant',
          n,
          agreed === null ? null : agreed + w.merchantRefundDays * DAY,
        );
      }
      const eta = refundEta(s.refund.channel, s.refund.at, s.refund.estimate).eta;
      return step('confirm_arrival', 'channel', n, toMs(eta), Date.parse(s.refund.at));
    }
    case 'confirm_arrival':
      return step('confirm_arrival', 'buyer', n, null);
  }
}
