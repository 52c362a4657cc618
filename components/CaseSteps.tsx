import { useState } from 'react';
import { STEP_NAME } from '../lib/eligibility';
import { formatBeijing } from '../lib/i18n/status';
import { pick, t } from '../lib/i18n/t';
import { CaseStepBody, recordSimple, refusedLate, type Step, type StepProps } from './CaseStepBody';

const DONE = { refunded: 'popup_case_done_refunded', abandoned: 'popup_case_done_abandoned' } as const;

const ORDER: Step[] = [
  'contact_merchant',
  'refund_request',
  'platform_intervention',
  'refund_processing',
  'confirm_arrival',
];

export type CaseStepsProps = StepProps;

/**
 * The five steps, each done (✓ with its time), current, skipped or still ahead, with the action and the
 * composed text of each. Open by default once the case has started.
 */
export function CaseSteps(props: CaseStepsProps) {
  const { view, busy, record } = props;
  const [confirming, setConfirming] = useState(false);
  const s = view.state;
  const at = s?.step ?? 'contact_merchant';
  const done: Record<Step, boolean> = {
    contact_merchant: Boolean(s?.messageSentAt || (s?.merchantRefusedAt && !refusedLate(s))),
    refund_request: Boolean(s?.refundRequestedAt),
    platform_intervention: Boolean(s?.interventionRequestedAt),
    refund_processing: Boolean(s?.refund),
    confirm_arrival: s?.doneReason === 'refunded',
  };
  const reached = at === 'done' ? ORDER.length : ORDER.indexOf(at);
  const mark = (id: Step, i: number) =>
    done[id] ? 'done' : view.nextStep.id === id ? 'current' : i < reached ? 'skipped' : '';

  return (
    <details className="case" open={s !== null && s.step !== 'done'}>
      <summary>{t('popup_case_summary')}</summary>
      {s?.doneReason && (
        <p className="case-done">{t(DONE[s.doneReason], formatBeijing(s.doneAt ?? s.openedAt))}</p>
      )}
      <ol className="case-steps" aria-label={t('popup_case_steps')}>
        {ORDER.map((id, i) => {
          const m = mark(id, i);
          return (
            <li key={id} className={m} aria-current={m === 'current' ? 'step' : undefined}>
              <h4>
                <span className="step-no" aria-hidden="true">
                  {m === 'done' ? '✓' : i + 1}
                </span>
                {pick(STEP_NAME[id])}
                {m === 'current' && <span className="badge badge-info">{t('popup_case_current')}</span>}
                {m === 'skipped' && <span className="muted small">{t('popup_case_skipped')}</span>}
              </h4>
              <CaseStepBody id={id} {...props} />
            </li>
          );
        })}
      </ol>
      {s && s.step !== 'done' && (
        <div className="actions">
          {confirming ? (
            <>
              <button
                type="button"
                className="secondary"
                onClick={() => recordSimple(record, 'ABANDONED')}
                disabled={busy}
              >
                {t('popup_case_abandon_confirm')}
              </button>
              <button type="button" className="link small" onClick={() => setConfirming(false)}>
                {t('common_cancel')}
              </button>
            </>
          ) : (
            <button type="button" className="link small muted" onClick={() => setConfirming(true)}>
              {t('popup_case_abandon')}
            </button>
          )}
        </div>
      )}
    </details>
  );
}
