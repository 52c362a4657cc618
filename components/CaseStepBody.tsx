import type { ReactNode } from 'react';
import { formatDuration } from '../lib/deadlines/breach';
import type { CaseEvent, CaseState } from '../lib/eligibility';
import { ALLOWED, type CaseEventType, type CaseStep } from '../lib/eligibility/case-model';
import type { StepId } from '../lib/eligibility/steps';
import type { MessageKey } from '../lib/i18n/catalog';
import { formatBeijing } from '../lib/i18n/status';
import { lang, t } from '../lib/i18n/t';
import type { OrderRow } from '../lib/model/order';
import type { CaseView } from '../lib/service/case-view';
import { ArrivalForm, ArrivalResult, channelFor, RefundIssuedForm, RefundIssuedLine } from './CaseRefund';
import { CopyText } from './CopyText';

export type Step = Exclude<CaseStep, 'done'>;
type Simple = Exclude<CaseEventType, 'REFUND_ISSUED' | 'ARRIVED'>;

const RECORDED: Record<CaseEventType, MessageKey> = {
  MESSAGE_SENT: 'popup_recorded_MESSAGE_SENT',
  MERCHANT_AGREED: 'popup_recorded_MERCHANT_AGREED',
  MERCHANT_REFUSED: 'popup_recorded_MERCHANT_REFUSED',
  REFUND_REQUESTED: 'popup_recorded_REFUND_REQUESTED',
  INTERVENTION_REQUESTED: 'popup_recorded_INTERVENTION_REQUESTED',
  PLATFORM_REJECTED: 'popup_recorded_PLATFORM_REJECTED',
  REFUND_ISSUED: 'popup_recorded_REFUND_ISSUED',
  ARRIVED: 'popup_recorded_ARRIVED',
  ABANDONED: 'popup_recorded_ABANDONED',
};
/** "<what> <Beijing time>" lines of the steps already taken. */
const at = (key: MessageKey, iso: string) => t(key, formatBeijing(iso));

/** Shown as is at its own step; folded elsewhere, so only the current step's text and form are open. */
export function Fold({ open, summary, children }: { open: boolean; summary: string; children: ReactNode }) {
  if (open) return <>{children}</>;
  return (
    <details className="fold">
      <summary>{summary}</summary>
      {children}
    </details>
  );
}

export interface StepProps {
  view: CaseView;
  order: OrderRow;
  now: Date;
  busy: boolean;
  record: (event: CaseEvent, done: string) => void;
}

// The click's own time: `now` is the last countdown tick, up to a second old (older than an auto-recorded step).
const stamp = () => new Date().toISOString();

/** Record a step without a payload (`ABANDONED` too, used by the list around the steps). */
export const recordSimple = (record: StepProps['record'], type: Simple) =>
  record({ type, at: stamp() }, t(RECORDED[type]));

/** A refusal after the refund request belongs to step 2; before it, to the chat of step 1. */
export function refusedLate(s: CaseState | null): boolean {
  if (!s?.merchantRefusedAt) return false;
  return s.refundRequestedAt !== null && Date.parse(s.merchantRefusedAt) >= Date.parse(s.refundRequestedAt);
}

/** What one step shows: when it happened, its composed text, and the buttons the case allows now. */
export function CaseStepBody({ id, view, order, now, busy, record }: StepProps & { id: Step }) {
  const s = view.state;
  const step: CaseStep = s?.step ?? 'contact_merchant';
  const current: StepId = view.nextStep.id;
  const can = (type: CaseEventType) => ALLOWED[type].includes(step);
  const button = (type: Simple, label: string, primary = false) =>
    can(type) && (
      <button
        type="button"
        className={primary ? 'primary' : 'secondary'}
        disabled={busy}
        onClick={() => recordSimple(record, type)}
      >
        {label}
      </button>
    );
  const late = refusedLate(s);
  const refusal = (shown: boolean) =>
    s?.merchantRefusedAt &&
    shown && <p className="small bad">{at('popup_at_refused', s.merchantRefusedAt)}</p>;

  switch (id) {
    case 'contact_merchant':
      return (
        <>
          {s?.messageSentAt && <p className="small">{at('popup_at_sent', s.messageSentAt)}</p>}
          {refusal(!late)}
          <Fold open={current === id} summary={t('popup_show_message')}>
            <CopyText title={t('popup_text_message')} text={view.texts.merchant.zh} />
          </Fold>
          <div className="actions">
            {!s?.messageSentAt && button('MESSAGE_SENT', t('popup_step_sent'), current === id)}
            {step === id && button('MERCHANT_AGREED', t('popup_step_agreed'))}
            {step === id && button('MERCHANT_REFUSED', t('popup_step_refused'))}
          </div>
        </>
      );
    case 'refund_request': {
      const lastForm = view.submissions.at(-1);
      return (
        <>
          {s?.refundRequestedAt && <p className="small">{at('popup_at_submitted', s.refundRequestedAt)}</p>}
          {lastForm && <p className="small muted">{t('popup_seen_form', formatBeijing(lastForm.at))}</p>}
          {refusal(late)}
          <Fold open={current === id} summary={t('popup_show_description')}>
            <CopyText title={t('popup_text_description')} text={view.texts.description.zh} rows={4} />
          </Fold>
          <div className="actions">
            {!s?.refundRequestedAt && button('REFUND_REQUESTED', t('popup_step_requested'), current === id)}
            {step === id && button('MERCHANT_AGREED', t('popup_step_agreed'))}
            {step === id && !s?.merchantRefusedAt && button('MERCHANT_REFUSED', t('popup_step_refused'))}
          </div>
        </>
      );
    }
    case 'platform_intervention': {
      const opens = view.interventionAt ? Date.parse(view.interventionAt) : null;
      const open = step === id ? Boolean(s?.platformRejectedAt) : opens !== null && opens <= now.getTime();
      const allowed = can('INTERVENTION_REQUESTED') && open;
      return (
        <>
          {s?.interventionRequestedAt && (
            <p className="small">{at('popup_at_intervention', s.interventionRequestedAt)}</p>
          )}
          {s?.platformRejectedAt && (
            <p className="small bad">
              {at('popup_at_rejected', s.platformRejectedAt)}{' '}
              {view.nextStep.deadline && t('popup_appeal_by', formatBeijing(view.nextStep.deadline))}
            </p>
          )}
          {!allowed && can('INTERVENTION_REQUESTED') && step !== id && (
            <p className="small muted">
              {opens === null
                ? t('popup_need_demand')
                : t(
                    'popup_opens_in',
                    formatDuration(opens - now.getTime(), lang()),
                    formatBeijing(view.interventionAt),
                  )}
            </p>
          )}
          <Fold open={current === id} summary={t('popup_show_intervention')}>
            <CopyText title={t('popup_text_intervention')} text={view.texts.intervention.zh} />
          </Fold>
          <div className="actions">
            {can('INTERVENTION_REQUESTED') && (
              <button
                type="button"
                className={current === id ? 'primary' : 'secondary'}
                disabled={busy || !allowed}
                onClick={() => recordSimple(record, 'INTERVENTION_REQUESTED')}
              >
                {t('popup_step_intervene')}
              </button>
            )}
            {step === id && !s?.platformRejectedAt && button('PLATFORM_REJECTED', t('popup_step_rejected'))}
            {step === id && button('MERCHANT_AGREED', t('popup_step_agreed'))}
          </div>
        </>
      );
    }
    case 'refund_processing':
      return (
        <>
          {s?.merchantAgreedAt && <p className="small">{at('popup_at_agreed', s.merchantAgreedAt)}</p>}
          {s?.refund && <RefundIssuedLine refund={s.refund} />}
          {can('REFUND_ISSUED') && step !== 'contact_merchant' && (
            <Fold open={step === id} summary={t('popup_step_refunded_early')}>
              <RefundIssuedForm
                channel={channelFor(order.payMethod)}
                amount={s?.orderAmount ?? order.amount}
                busy={busy}
                onSubmit={(channel, amount) =>
                  record({ type: 'REFUND_ISSUED', at: stamp(), channel, amount }, t(RECORDED.REFUND_ISSUED))
                }
              />
            </Fold>
          )}
        </>
      );
    case 'confirm_arrival':
      return (
        <>
          {s && <ArrivalResult state={s} />}
          {can('ARRIVED') && (
            <ArrivalForm
              busy={busy}
              onSubmit={(amount) => record({ type: 'ARRIVED', at: stamp(), amount }, t(RECORDED.ARRIVED))}
            />
          )}
        </>
      );
  }
}
