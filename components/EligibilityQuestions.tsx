import { useId } from 'react';
import { browser } from 'wxt/browser';
import type { Facts, Question } from '../lib/eligibility';
import { KIND_LABEL } from '../lib/i18n/evidence';
import { formatBeijing } from '../lib/i18n/status';
import type { CaseAnswers } from '../lib/messaging';
import type { EvidenceRow } from '../lib/model/evidence';

const YES_NO = { true: '是', false: '否' };
const T = {
  heading: '还需要你确认',
  intro: '这些只有你知道，答案会改变判断结果：',
  answers: '你的回答',
  change: '修改',
  changeLabel: (q: string) => `修改回答：${q}`,
  captured: '已截取：',
  open: '查看',
  /** Short labels of answered questions (the engine only returns the unanswered ones). */
  answered: {
    keyRedeemResult: {
      q: '官方兑换页提示',
      v: { ok: '兑换成功', used: '已被使用', not_found: '不存在／卡密错误', expired: '已过期', wrong_region: '面值或地区不符' }, // prettier-ignore
    },
    keyUsedByBuyer: { q: '卡密是自己兑换的', v: YES_NO },
    physicalOpened: { q: '实体卡已拆封或激活', v: YES_NO },
    accountCredited: { q: '直充已到账', v: YES_NO },
    buyerMistake: { q: '下单时选错或重复下单', v: YES_NO },
    changedMind: { q: '商品没问题，只是不需要了', v: YES_NO },
    deliveredAfterCancelRequest: { q: '发货前已申请取消', v: YES_NO },
    sellerInBusiness: { q: '卖家经常成批出售卡密', v: YES_NO },
  } as Partial<Record<keyof Facts, { q: string; v: Record<string, string> }>>,
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
          <h4 id={id}>{T.heading}</h4>
          <p className="muted small">{T.intro}</p>
        </>
      )}
      {questions.map((q) => (
        <fieldset key={q.id} className="question">
          <legend>{q.zh}</legend>
          {q.id === 'keyRedeemResult' &&
            failurePrompts.map((e) => (
              <p key={e.id} className="attached small">
                {T.captured}
                {KIND_LABEL[e.kind]} · {e.title} · {formatBeijing(e.capturedAt)}{' '}
                <button type="button" className="link" onClick={() => openViewer(e.id)}>
                  {T.open}
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
                {o.zh}
              </button>
            ))}
          </div>
        </fieldset>
      ))}
      {given.length > 0 && (
        <ul className="answers" aria-label={T.answers}>
          {given.map(([fact, value]) => {
            const label = T.answered[fact as keyof Facts];
            const q = label?.q ?? fact;
            return (
              <li key={fact}>
                <span>{q}：</span>
                <strong>{label?.v[String(value)] ?? String(value)}</strong>
                <button
                  type="button"
                  className="link small"
                  aria-label={T.changeLabel(q)}
                  disabled={busy}
                  onClick={() => onAnswer({ [fact]: null })}
                >
                  {T.change}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
