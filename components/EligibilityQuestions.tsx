import { useId } from 'react';
import { browser } from 'wxt/browser';
import type { Facts, Question } from '../lib/eligibility';
import type { MessageKey } from '../lib/i18n/catalog';
import { kindLabel } from '../lib/i18n/evidence';
import { formatBeijing } from '../lib/i18n/status';
import { pick, t } from '../lib/i18n/t';
import type { CaseAnswers } from '../lib/messaging';
import type { EvidenceRow } from '../lib/model/evidence';

const YES_NO: Record<string, MessageKey> = { true: 'popup_yes', false: 'popup_no' };
/** Short labels of answered questions (the engine only returns the unanswered ones). */
const ANSWERED: Partial<Record<keyof Facts, { q: MessageKey; v: Record<string, MessageKey> }>> = {
  keyRedeemResult: {
    q: 'popup_ans_keyRedeemResult',
    v: {
      ok: 'popup_ans_redeem_ok',
      used: 'popup_ans_redeem_used',
      not_found: 'popup_ans_redeem_not_found',
      expired: 'popup_ans_redeem_expired',
      wrong_region: 'popup_ans_redeem_wrong_region',
    },
  },
  keyUsedByBuyer: { q: 'popup_ans_keyUsedByBuyer', v: YES_NO },
  physicalOpened: { q: 'popup_ans_physicalOpened', v: YES_NO },
  accountCredited: { q: 'popup_ans_accountCredited', v: YES_NO },
  buyerMistake: { q: 'popup_ans_buyerMistake', v: YES_NO },
  changedMind: { q: 'popup_ans_changedMind', v: YES_NO },
  deliveredAfterCancelRequest: { q: 'popup_ans_deliveredAfterCancelRequest', v: YES_NO },
  sellerInBusiness: { q: 'popup_ans_sellerInBusiness', v: YES_NO },
};

export interface EligibilityQuestionsProps {
  questions: Question[];
  answers: Partial<Facts>;
  /** Failure-prompt captures of the order: listed next to the redeem question. */
  failurePrompts: EvidenceRow[];
  busy: boolean;
  onAnswer: (answers: CaseAnswers) => void;
}

function openViewer(id: number | undefined) {
  if (id !== undefined) void browser.tabs.create({ url: browser.runtime.getURL(`/viewer.html?id=${id}`) });
}

/** The engine's plain questions (only those whose answer changes the verdict), and the answers given so far. */
export function EligibilityQuestions(props: EligibilityQuestionsProps) {
  const { questions, answers, failurePrompts, busy, onAnswer } = props;
  const id = useId();
  const given = Object.entries(answers).filter(([, v]) => v !== null && v !== undefined);
  if (!questions.length && !given.length) return null;
  return (
    <div className="questions" role="group" aria-labelledby={questions.length ? id : undefined}>
      {questions.length > 0 && (
        <>
          <h4 id={id}>{t('popup_q_heading')}</h4>
          <p className="muted small">{t('popup_q_intro')}</p>
        </>
      )}
      {questions.map((q) => (
        <fieldset key={q.id} className="question">
          <legend>{pick(q)}</legend>
          {q.id === 'keyRedeemResult' &&
            failurePrompts.map((e) => (
              <p key={e.id} className="attached small">
                {t('popup_q_captured', kindLabel(e.kind))} · <span data-page-text>{e.title}</span> ·{' '}
                {formatBeijing(e.capturedAt)}{' '}
                <button type="button" className="link" onClick={() => openViewer(e.id)}>
                  {t('popup_q_open')}
                </button>
              </p>
            ))}
          <div className="options">
            {q.options.map((o) => (
              <button
                key={String(o.value)}
                type="button"
                className="option"
                disabled={busy}
                onClick={() => onAnswer({ [q.id]: o.value })}
              >
                {pick(o)}
              </button>
            ))}
          </div>
        </fieldset>
      ))}
      {given.length > 0 && (
        <ul className="answers" aria-label={t('popup_q_answers')}>
          {given.map(([fact, value]) => {
            const label = ANSWERED[fact as keyof Facts];
            const q = label ? t(label.q) : fact;
            const v = label?.v[String(value)];
            return (
              <li key={fact}>
                <span>{t('popup_q_answer', q)}</span>
                <strong>{v ? t(v) : String(value)}</strong>
                <button
                  type="button"
                  className="link small"
                  aria-label={t('popup_q_change_label', q)}
                  disabled={busy}
                  onClick={() => onAnswer({ [fact]: null })}
                >
                  {t('popup_q_change')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
