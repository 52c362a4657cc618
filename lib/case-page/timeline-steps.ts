/** Timeline lines for the five-step case (case-step events written by lib/service/case.ts). Pure. */
import { CaseStep, RefundChannel } from '../eligibility/case-model';
import { STEP_NAME } from '../eligibility/steps';
import type { MessageKey } from '../i18n/catalog';
import type { EventRow } from '../model/event';
import type { Line, Tone } from './timeline-types';

const STEP_EVENTS = {
  MESSAGE_SENT: 'case_tl_step_MESSAGE_SENT',
  MERCHANT_AGREED: 'case_tl_step_MERCHANT_AGREED',
  MERCHANT_REFUSED: 'case_tl_step_MERCHANT_REFUSED',
  REFUND_REQUESTED: 'case_tl_step_REFUND_REQUESTED',
  INTERVENTION_REQUESTED: 'case_tl_step_INTERVENTION_REQUESTED',
  PLATFORM_REJECTED: 'case_tl_step_PLATFORM_REJECTED',
  REFUND_ISSUED: 'case_tl_step_REFUND_ISSUED',
  ARRIVED: 'case_tl_step_ARRIVED',
  ABANDONED: 'case_tl_step_ABANDONED',
} as const satisfies Record<string, MessageKey>;
type StepEvent = keyof typeof STEP_EVENTS;

const TONE: Record<StepEvent, Tone> = {
  MESSAGE_SENT: 'info',
  MERCHANT_AGREED: 'success',
  MERCHANT_REFUSED: 'danger',
  REFUND_REQUESTED: 'info',
  INTERVENTION_REQUESTED: 'warning',
  PLATFORM_REJECTED: 'danger',
  REFUND_ISSUED: 'success',
  ARRIVED: 'success',
  ABANDONED: 'neutral',
};

const CHANNEL_KEYS = {
  wechat_balance: 'case_channel_wechat_balance',
  wechat_bank: 'case_channel_wechat_bank',
  alipay_balance: 'case_channel_alipay_balance',
  alipay_bank: 'case_channel_alipay_bank',
  alipay_huabei: 'case_channel_alipay_huabei',
  bank_card: 'case_channel_bank_card',
  site_balance: 'case_channel_site_balance',
  unknown: 'case_channel_unknown',
} as const satisfies Record<RefundChannel, MessageKey>;

export function channelKey(channel: RefundChannel): MessageKey {
  return CHANNEL_KEYS[channel];
}

const money = (v: unknown) => (typeof v === 'number' ? `¥${v.toFixed(2)}` : null);

/** Title, tone and details of one case-step event; undefined for an event type this version does not know. */
export function caseStepLines(
  data: EventRow['data'],
): { title: Line; tone: Tone; details: Line[] } | undefined {
  const type = String(data.event);
  if (!(type in STEP_EVENTS)) return undefined;
  const event = type as StepEvent;
  const details: Line[] = [];
  if (event === 'REFUND_ISSUED') {
    const channel = RefundChannel.safeParse(data.channel);
    if (channel.success) details.push({ key: channelKey(channel.data) });
  }
  const amount = money(data.amount);
  if (amount && (event === 'REFUND_ISSUED' || event === 'ARRIVED'))
    details.push({ key: 'case_tl_amount', subs: [amount] });
  const step = CaseStep.safeParse(data.step);
  if (step.success) details.push({ key: 'case_tl_now_at_step', subs: [STEP_NAME[step.data]] });
  if (data.auto === true) details.push({ key: 'case_tl_auto' });
  return { title: { key: STEP_EVENTS[event] }, tone: TONE[event], details };
}
