import { useId } from 'react';
import { durationEn, durationZh } from '../lib/compose';
import { formatDuration } from '../lib/deadlines/breach';
import type { Actor, StepId } from '../lib/eligibility/steps';
import type { MessageKey } from '../lib/i18n/catalog';
import { formatBeijing } from '../lib/i18n/status';
import { lang, pick, t } from '../lib/i18n/t';
import type { CaseView } from '../lib/service/case-view';

const ACTOR: Record<NonNullable<Actor>, MessageKey> = {
  buyer: 'popup_actor_buyer',
  merchant: 'popup_actor_merchant',
  platform: 'popup_actor_platform',
  channel: 'popup_actor_channel',
};
const HINT: Record<StepId, MessageKey> = {
  verify: 'popup_hint_verify',
  contact_merchant: 'popup_hint_contact_merchant',
  refund_request: 'popup_hint_refund_request',
  platform_intervention: 'popup_hint_platform_intervention',
  refund_processing: 'popup_hint_refund_processing',
  confirm_arrival: 'popup_hint_confirm_arrival',
  done: 'popup_hint_done',
};

/** The one thing to do now, who has to act, and by when (countdown; overdue marked). */
export function CaseNextStep({ view, now }: { view: CaseView; now: Date }) {
  const id = useId();
  const n = view.nextStep;
  const a = view.assessment;
  const ms = now.getTime();
  const l = lang();
  const dur = (d: number) => formatDuration(d, l);
  const available = n.availableAt && Date.parse(n.availableAt) > ms ? n.availableAt : null;
  const left = n.deadline ? Date.parse(n.deadline) - ms : null;
  const missed = a.decisive === 'R1' && a.timing.breachMinutes !== null && a.timing.dueAt;
  const requestPending = n.id === 'refund_request' && !view.state?.refundRequestedAt;
  return (
    <section className={`next-step${n.overdue ? ' overdue' : ''}`} aria-labelledby={id}>
      <h3 id={id}>{t('popup_next', pick({ zh: n.nameZh, en: n.nameEn }))}</h3>
      {n.actor && <p className="actor">{t(ACTOR[n.actor])}</p>}
      {left !== null ? (
        <p className={`countdown${n.overdue ? ' overdue' : ''}`}>
          <strong>{t('popup_due', formatBeijing(n.deadline))}</strong>
          <span>{left > 0 ? t('popup_left', dur(left)) : t('popup_overdue', dur(-left))}</span>
        </p>
      ) : (
        n.actor === 'buyer' &&
        (n.id === 'contact_merchant' || n.id === 'refund_request') && (
          <p className="muted small">{t('popup_no_deadline')}</p>
        )
      )}
      {available && (
        <p className="countdown">
          {t('popup_available_in', dur(Date.parse(available) - ms), formatBeijing(available))}
        </p>
      )}
      {missed && (
        <p className="merchant-deadline">
          {t(
            'popup_merchant_missed',
            formatBeijing(missed),
            (l === 'en' ? durationEn : durationZh)(a.timing.breachMinutes!),
          )}
        </p>
      )}
      <p className="hint small">{t(HINT[n.id])}</p>
      {requestPending && (
        <p className="hint small">{t('popup_reply_window', view.windows.merchantReplyHours)}</p>
      )}
    </section>
  );
}
