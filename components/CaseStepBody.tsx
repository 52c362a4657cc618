import type { ReactNode } from 'react';
import { formatDuration } from '../lib/deadlines/breach';
import type { CaseEvent, CaseState } from '../lib/eligibility';
import { ALLOWED, type CaseEventType, type CaseStep } from '../lib/eligibility/case-model';
import type { StepId } from '../lib/eligibility/steps';
import { formatBeijing } from '../lib/i18n/status';
import type { OrderRow } from '../lib/model/order';
import type { CaseView } from '../lib/service/case-view';
import { ArrivalForm, ArrivalResult, channelFor, RefundIssuedForm, RefundIssuedLine } from './CaseRefund';
import { CopyText } from './CopyText';

export type Step = Exclude<CaseStep, 'done'>;
type Simple = Exclude<CaseEventType, 'REFUND_ISSUED' | 'ARRIVED'>;

const T = {
  refundedEarly: '商家或平台已经退款？记录退款渠道',
  show: (title: string) => `查看${title}`,
  message: '给商家的消息',
  description: '退款申请描述',
  intervention: '平台介入申请',
  sent: '我已发送',
  agreed: '商家同意退款',
  refused: '商家拒绝了',
  requested: '我已提交退款申请',
  intervene: '我已申请平台介入',
  rejected: '平台驳回了',
  at: (what: string, iso: string) => `${what} ${formatBeijing(iso)}`,
  seenForm: (iso: string) => `卡盾于 ${formatBeijing(iso)} 看到你提交了表单，已自动记录。`,
  opensIn: (d: string, at: string) => `商家处理期未满：${d}后（${at}）可以申请。`,
  needDemand: '先联系商家或提交退款申请，商家处理期满或拒绝后才能申请。',
  appealBy: (at: string) => `可在 ${at} 前补充材料再次申请。`,
  recorded: {
    MESSAGE_SENT: '已记录：消息已发送',
    MERCHANT_AGREED: '已记录：商家同意退款',
    MERCHANT_REFUSED: '已记录：商家拒绝',
    REFUND_REQUESTED: '已记录：退款申请已提交',
    INTERVENTION_REQUESTED: '已记录：已申请平台介入',
    PLATFORM_REJECTED: '已记录：平台驳回',
    REFUND_ISSUED: '已记录：退款已发起',
    ARRIVED: '已记录：退款到账',
    ABANDONED: '已结束维权',
  } as Record<CaseEventType, string>,
};

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
  record({ type, at: stamp() }, T.recorded[type]);

/** A refusal after the refund request belongs to step 2; before it, to the chat of step 1. */
export function refusedLate(s: CaseState | null): boolean {
  if (!s?.merchantRefusedAt) return false;
  return s.refundRequestedAt !== null && Date.parse(s.merchantRefusedAt) >= Date.parse(s.refundRequestedAt);
}

/** What one step shows: when it happened, its composed text, and the buttons the case allows now. */
export function CaseStepBody({ id, view, order, now, busy, record }: StepProps & { id: Step }) {
  const s = view.state;
  const at: CaseStep = s?.step ?? 'contact_merchant';
  const current: StepId = view.nextStep.id;
  const can = (t: CaseEventType) => ALLOWED[t].includes(at);
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
    s?.merchantRefusedAt && shown && <p className="small bad">{T.at('商家拒绝', s.merchantRefusedAt)}</p>;

  switch (id) {
    case 'contact_merchant':
      return (
        <>
          {s?.messageSentAt && <p className="small">{T.at('已发送', s.messageSentAt)}</p>}
          {refusal(!late)}
          <Fold open={current === id} summary={T.show(T.message)}>
            <CopyText title={T.message} text={view.texts.merchant.zh} />
          </Fold>
          <div className="actions">
            {!s?.messageSentAt && button('MESSAGE_SENT', T.sent, current === id)}
            {at === id && button('MERCHANT_AGREED', T.agreed)}
            {at === id && button('MERCHANT_REFUSED', T.refused)}
          </div>
        </>
      );
    case 'refund_request': {
      const lastForm = view.submissions.at(-1);
      return (
        <>
          {s?.refundRequestedAt && <p className="small">{T.at('已提交', s.refundRequestedAt)}</p>}
          {lastForm && <p className="small muted">{T.seenForm(lastForm.at)}</p>}
          {refusal(late)}
          <Fold open={current === id} summary={T.show(T.description)}>
            <CopyText title={T.description} text={view.texts.description.zh} rows={4} />
          </Fold>
          <div className="actions">
            {!s?.refundRequestedAt && button('REFUND_REQUESTED', T.requested, current === id)}
            {at === id && button('MERCHANT_AGREED', T.agreed)}
            {at === id && !s?.merchantRefusedAt && button('MERCHANT_REFUSED', T.refused)}
          </div>
        </>
      );
    }
    case 'platform_intervention': {
      const opens = view.interventionAt ? Date.parse(view.interventionAt) : null;
      const open = at === id ? Boolean(s?.platformRejectedAt) : opens !== null && opens <= now.getTime();
      const allowed = can('INTERVENTION_REQUESTED') && open;
      return (
        <>
          {s?.interventionRequestedAt && <p className="small">{T.at('已申请', s.interventionRequestedAt)}</p>}
          {s?.platformRejectedAt && (
            <p className="small bad">
              {T.at('平台驳回', s.platformRejectedAt)}{' '}
              {view.nextStep.deadline && T.appealBy(formatBeijing(view.nextStep.deadline))}
            </p>
          )}
          {!allowed && can('INTERVENTION_REQUESTED') && at !== id && (
            <p className="small muted">
              {opens === null
                ? T.needDemand
                : T.opensIn(formatDuration(opens - now.getTime()), formatBeijing(view.interventionAt))}
            </p>
          )}
          <Fold open={current === id} summary={T.show(T.intervention)}>
            <CopyText title={T.intervention} text={view.texts.intervention.zh} />
          </Fold>
          <div className="actions">
            {can('INTERVENTION_REQUESTED') && (
              <button
                type="button"
                className={current === id ? 'primary' : 'secondary'}
                disabled={busy || !allowed}
                onClick={() => recordSimple(record, 'INTERVENTION_REQUESTED')}
              >
                {T.intervene}
              </button>
            )}
            {at === id && !s?.platformRejectedAt && button('PLATFORM_REJECTED', T.rejected)}
            {at === id && button('MERCHANT_AGREED', T.agreed)}
          </div>
        </>
      );
    }
    case 'refund_processing':
      return (
        <>
          {s?.merchantAgreedAt && <p className="small">{T.at('商家同意退款', s.merchantAgreedAt)}</p>}
          {s?.refund && <RefundIssuedLine refund={s.refund} />}
          {can('REFUND_ISSUED') && at !== 'contact_merchant' && (
            <Fold open={at === id} summary={T.refundedEarly}>
              <RefundIssuedForm
                channel={channelFor(order.payMethod)}
                amount={s?.orderAmount ?? order.amount}
                busy={busy}
                onSubmit={(channel, amount) =>
                  record({ type: 'REFUND_ISSUED', at: stamp(), channel, amount }, T.recorded.REFUND_ISSUED)
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
              onSubmit={(amount) => record({ type: 'ARRIVED', at: stamp(), amount }, T.recorded.ARRIVED)}
            />
          )}
        </>
      );
  }
}
