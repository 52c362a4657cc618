import { useId } from 'react';
import type { Verdict } from '../lib/eligibility';
import type { CaseAnswers } from '../lib/messaging';
import type { CaseView } from '../lib/service/case-view';
import { EligibilityQuestions } from './EligibilityQuestions';

type Tone = 'success' | 'warning' | 'danger' | 'neutral';
export const VERDICT_LABEL: Record<Verdict, { zh: string; tone: Tone; hint: string }> = {
  ELIGIBLE: { zh: '可以退款', tone: 'success', hint: '法律或平台规则支持你退款，备齐材料后按步骤申请。' },
  CONSENT: { zh: '需商家同意', tone: 'warning', hint: '法律没有规定必须退款，需要与商家协商。' },
  UNLIKELY: { zh: '难以退款', tone: 'danger', hint: '属于法定不退的情形，除非商家承诺或同意。' },
  UNKNOWN: { zh: '还需确认', tone: 'neutral', hint: '卡盾还缺少信息，回答下面的问题后再判断。' },
};
const T = {
  title: '退款判断',
  warnings: '注意',
  suggestions: '可以这样协商',
  why: '判断依据与所需材料',
  rules: '适用的规则',
  basis: '依据：',
  noRule: '没有规则适用：还缺少关键事实。',
  evidence: '需要的材料',
  have: '已有',
  missing: '缺少',
  outside: '支付凭证、充值记录、实体卡照片在商城之外，需要你自己截图保存。',
  count: (have: number, all: number) => `材料 ${have}/${all}`,
};

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
  return (
    <section className={`verdict verdict-${v.tone}`} aria-labelledby={id}>
      <header className="verdict-head">
        <h3 id={id}>
          <span className="verdict-kicker">{T.title}</span>
          <span className="verdict-label">{v.zh}</span>
        </h3>
        {decisive && <span className="rule-chip">{decisive.id}</span>}
      </header>
      <p className="verdict-reason">{decisive ? decisive.reasonZh : v.hint}</p>

      <EligibilityQuestions
        questions={a.questions}
        answers={view.answers}
        failurePrompts={view.failurePrompts}
        busy={busy}
        onAnswer={onAnswer}
      />

      {a.warnings.length > 0 && (
        <ul className="warnings" aria-label={T.warnings}>
          {a.warnings.map((w) => (
            <li key={w.id}>{w.zh}</li>
          ))}
        </ul>
      )}

      {view.suggestions.length > 0 && (
        <div className="suggestions">
          <h4>{T.suggestions}</h4>
          <ul>
            {view.suggestions.map((s) => (
              <li key={s.id}>{s.zh}</li>
            ))}
          </ul>
        </div>
      )}

      <details className="why">
        <summary>
          {T.why}
          <span className="muted"> · {T.count(have, a.evidence.length)}</span>
        </summary>
        <h4>{T.rules}</h4>
        {fired.length ? (
          <ul className="rules" aria-label={T.rules}>
            {fired.map((r) => (
              <li key={r.id} className={r.decisive ? 'decisive' : ''}>
                <p>
                  <strong className="rule-id">{r.id}</strong> {r.reasonZh}
                </p>
                <p className="basis small">
                  {T.basis}
                  {r.basis.map((b) => b.zh).join('；')}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small">{T.noRule}</p>
        )}
        <h4>{T.evidence}</h4>
        <ul className="checklist" aria-label={T.evidence}>
          {a.evidence.map((e) => (
            <li key={e.code} className={e.present ? 'have' : 'missing'}>
              <span className="mark" aria-hidden="true">
                {e.present ? '✓' : '✗'}
              </span>
              <span className="sr-only">{e.present ? T.have : T.missing}</span>
              <span className="code">{e.code}</span>
              <span>{e.labelZh}</span>
            </li>
          ))}
        </ul>
        {a.missingEvidence.some((e) => ['E2', 'E8', 'E9'].includes(e.code)) && (
          <p className="muted small">{T.outside}</p>
        )}
      </details>
    </section>
  );
}
