import { useId } from 'react';
import { durationZh } from '../lib/compose';
import { formatDuration } from '../lib/deadlines/breach';
import type { Actor, StepId } from '../lib/eligibility/steps';
import { formatBeijing } from '../lib/i18n/status';
import type { CaseView } from '../lib/service/case-view';

const T = {
  next: (name: string) => `下一步：${name}`,
  actor: {
    buyer: '由你来做',
    merchant: '等待商家处理',
    platform: '等待平台审核',
    channel: '等待退款到账',
  } as Record<NonNullable<Actor>, string>,
  deadline: '截止',
  left: (d: string) => `剩 ${d}`,
  overdue: (d: string) => `已逾期 ${d}`,
  noDeadline: '没有已知的申请期限，但越早处理越好。',
  availableIn: (d: string, at: string) => `${d}后可以进行（${at}）`,
  merchantMissed: (at: string, d: string) => `商家承诺的发货期限 ${at} 已过，已超时 ${d}`,
  replyWindow: (h: number) =>
    `提交后商家须在 ${h} 小时内处理；商家拒绝或超时未处理，可申请平台介入。卡盾会自动记录你提交的退款表单。`,
  hint: {
    verify: '先回答上面的问题，卡盾才能判断能否退款。',
    contact_merchant: '在平台的聊天里把“给商家的消息”发给商家（见下方维权步骤），发完点“我已发送”。',
    refund_request: '在订单页点“申请退款”，粘贴“退款申请描述”，并上传截图。',
    platform_intervention: '在订单页点“申请平台介入”，粘贴“平台介入申请”，补充证据。',
    refund_processing: '退款发起后，在维权步骤里记录退款渠道，卡盾会算出预计到账时间。',
    confirm_arrival: '收到退款后，在维权步骤里填写实际到账金额。',
    done: '这笔维权已经结束。',
  } as Record<StepId, string>,
};

/** The one thing to do now, who has to act, and by when (countdown; overdue marked). */
export function CaseNextStep({ view, now }: { view: CaseView; now: Date }) {
  const id = useId();
  const n = view.nextStep;
  const a = view.assessment;
  const t = now.getTime();
  const available = n.availableAt && Date.parse(n.availableAt) > t ? n.availableAt : null;
  const left = n.deadline ? Date.parse(n.deadline) - t : null;
  const missed = a.decisive === 'R1' && a.timing.breachMinutes !== null && a.timing.dueAt;
  const requestPending = n.id === 'refund_request' && !view.state?.refundRequestedAt;
  return (
    <section className={`next-step${n.overdue ? ' overdue' : ''}`} aria-labelledby={id}>
      <h3 id={id}>{T.next(n.nameZh)}</h3>
      {n.actor && <p className="actor">{T.actor[n.actor]}</p>}
      {left !== null ? (
        <p className={`countdown${n.overdue ? ' overdue' : ''}`}>
          <strong>
            {T.deadline} {formatBeijing(n.deadline)}
          </strong>
          <span>{left > 0 ? T.left(formatDuration(left)) : T.overdue(formatDuration(-left))}</span>
        </p>
      ) : (
        n.actor === 'buyer' &&
        (n.id === 'contact_merchant' || n.id === 'refund_request') && (
          <p className="muted small">{T.noDeadline}</p>
        )
      )}
      {available && (
        <p className="countdown">
          {T.availableIn(formatDuration(Date.parse(available) - t), formatBeijing(available))}
        </p>
      )}
      {missed && (
        <p className="merchant-deadline">
          {T.merchantMissed(formatBeijing(missed), durationZh(a.timing.breachMinutes!))}
        </p>
      )}
      <p className="hint small">{T.hint[n.id]}</p>
      {requestPending && <p className="hint small">{T.replyWindow(view.windows.merchantReplyHours)}</p>}
    </section>
  );
}
