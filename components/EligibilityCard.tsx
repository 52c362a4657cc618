import { useId } from 'react';
import type { Verdict } from '../lib/eligibility';
import type { MessageKey } from '../lib/i18n/catalog';
import { lang, pick, t } from '../lib/i18n/t';
import type { CaseAnswers } from '../lib/messaging';
import type { CaseView } from '../lib/service/case-view';
import { EligibilityQuestions } from './EligibilityQuestions';

type Tone = 'success' | 'warning' | 'danger' | 'neutral';
/** Verdict labels (message keys) and tones; `verdictLabel(v)` gives the text. */
export const VERDICT_LABEL: Record<Verdict, { key: MessageKey; hint: MessageKey; tone: Tone }> = {
  ELIGIBLE: { key: 'popup_verdict_ELIGIBLE', hint: 'popup_verdict_hint_ELIGIBLE', tone: 'success' },
  CONSENT: { key: 'popup_verdict_CONSENT', hint: 'popup_verdict_hint_CONSENT', tone: 'warning' },
  UNLIKELY: { key: 'popup_verdict_UNLIKELY', hint: 'popup_verdict_hint_UNLIKELY', tone: 'danger' },
  UNKNOWN: { key: 'popup_verdict_UNKNOWN', hint: 'popup_verdict_hint_UNKNOWN', tone: 'neutral' },
};
export const verdictLabel = (v: Verdict): string => t(VERDICT_LABEL[v].key);

export interface EligibilityCardProps {
  view: CaseView;
  busy: boolean;
  onAnswer: (answers: CaseAnswers) => void;
}

/** The verdict for the order: the deciding reason up front; rules with their basis and the evidence list folded. */
export function EligibilityCard({ view, busy, onAnswer }: EligibilityCardProps) {
  const id = useId();
  const a = view.assessment;
  const v = VERDICT_LABEL[a.verdict];
  const decisive = a.rules.find((r) => r.decisive);
  const fired = a.rules.filter((r) => r.fired).sort((x, y) => Number(y.decisive) - Number(x.decisive));
  const have = a.evidence.filter((e) => e.present).length;
  const sep = lang() === 'en' ? '; ' : '；';
  return (
    <section className={`verdict verdict-${v.tone}`} aria-labelledby={id}>
      <header className="verdict-head">
        <h3 id={id}>
          <span className="verdict-kicker">{t('popup_verdict_title')}</span>
          <span className="verdict-label">{t(v.key)}</span>
        </h3>
        {decisive && <span className="rule-chip">{decisive.id}</span>}
      </header>
      <p className="verdict-reason">
        {decisive ? pick({ zh: decisive.reasonZh, en: decisive.reasonEn }) : t(v.hint)}
      </p>

      <EligibilityQuestions
        questions={a.questions}
        answers={view.answers}
        failurePrompts={view.failurePrompts}
        busy={busy}
        onAnswer={onAnswer}
      />

      {a.warnings.length > 0 && (
        <ul className="warnings" aria-label={t('popup_verdict_warnings')}>
          {a.warnings.map((w) => (
            <li key={w.id}>{pick(w)}</li>
          ))}
        </ul>
      )}

      {view.suggestions.length > 0 && (
        <div className="suggestions">
          <h4>{t('popup_verdict_suggestions')}</h4>
          <ul>
            {view.suggestions.map((s) => (
              <li key={s.id}>{pick(s)}</li>
            ))}
          </ul>
        </div>
      )}

      <details className="why">
        <summary>
          {t('popup_verdict_why')}
          <span className="muted"> · {t('popup_verdict_count', have, a.evidence.length)}</span>
        </summary>
        <h4>{t('popup_verdict_rules')}</h4>
        {fired.length ? (
          <ul className="rules" aria-label={t('popup_verdict_rules')}>
            {fired.map((r) => (
              <li key={r.id} className={r.decisive ? 'decisive' : ''}>
                <p>
                  <strong className="rule-id">{r.id}</strong> {pick({ zh: r.reasonZh, en: r.reasonEn })}
                </p>
                <p className="basis small">{t('popup_verdict_basis', r.basis.map(pick).join(sep))}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small">{t('popup_verdict_no_rule')}</p>
        )}
        <h4>{t('popup_verdict_evidence')}</h4>
        <ul className="checklist" aria-label={t('popup_verdict_evidence')}>
          {a.evidence.map((e) => (
            <li key={e.code} className={e.present ? 'have' : 'missing'}>
              <span className="mark" aria-hidden="true">
                {e.present ? '✓' : '✗'}
              </span>
              <span className="sr-only">
                {e.present ? t('popup_verdict_have') : t('popup_verdict_missing')}
              </span>
              <span className="code">{e.code}</span>
              <span>{pick({ zh: e.labelZh, en: e.labelEn })}</span>
            </li>
          ))}
        </ul>
        {a.missingEvidence.some((e) => ['E2', 'E8', 'E9'].includes(e.code)) && (
          <p className="muted small">{t('popup_verdict_outside')}</p>
        )}
      </details>
    </section>
  );
}
