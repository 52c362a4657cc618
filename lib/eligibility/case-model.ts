/** The five-step refund case of the seed guide (联系商家 → 提交退款申请 → 申请平台介入 → 退款处理 → 确认到账). */
import { z } from 'zod';

const isoTime = z.iso.datetime({ offset: true });

export const CaseStep = z.enum([
  'contact_merchant',
  'refund_request',
  'platform_intervention',
  'refund_processing',
  'confirm_arrival',
  'done',
]);
export type CaseStep = z.infer<typeof CaseStep>;

/** Refund channels of refund-rules.md (c); the original payment route unless the buyer agreed otherwise. */
export const RefundChannel = z.enum([
  'wechat_balance',
  'wechat_bank',
  'alipay_balance',
  'alipay_bank',
  'alipay_huabei',
  'bank_card',
  'site_balance',
  'unknown',
]);
export type RefundChannel = z.infer<typeof RefundChannel>;

const at = { at: isoTime };
export const CaseEvent = z.discriminatedUnion('type', [
  /** Step 1: the composed message was pasted into the merchant chat. */
  z.object({ type: z.literal('MESSAGE_SENT'), ...at }),
  z.object({ type: z.literal('MERCHANT_AGREED'), ...at }),
  z.object({ type: z.literal('MERCHANT_REFUSED'), ...at }),
  /** Step 2: the refund form was submitted (the form filler's submitted-form evidence). */
  z.object({ type: z.literal('REFUND_REQUESTED'), ...at }),
  z.object({ type: z.literal('INTERVENTION_REQUESTED'), ...at }),
  z.object({ type: z.literal('PLATFORM_REJECTED'), ...at }),
  /** Step 4: the refund was issued; `estimate` = a channel's own arrival estimate (Alipay est_bank_receipt_time). */
  z.object({
    type: z.literal('REFUND_ISSUED'),
    ...at,
    channel: RefundChannel,
    amount: z.number().nonnegative().nullable().default(null),
    estimate: isoTime.nullable().default(null),
  }),
  /** Step 5: what the buyer saw arrive. */
  z.object({ type: z.literal('ARRIVED'), ...at, amount: z.number().nonnegative() }),
  z.object({ type: z.literal('ABANDONED'), ...at }),
]);
export type CaseEvent = z.input<typeof CaseEvent>;
export type CaseEventType = z.infer<typeof CaseEvent>['type'];

export const CaseState = z.object({
  step: CaseStep,
  openedAt: isoTime,
  orderAmount: z.number().nonnegative().nullable(),
  /** The buyer's own deadline for steps 1–2 (after-sales or 7-day window), from the assessment. */
  claimDeadline: isoTime.nullable(),
  messageSentAt: isoTime.nullable(),
  merchantAgreedAt: isoTime.nullable(),
  merchantRefusedAt: isoTime.nullable(),
  refundRequestedAt: isoTime.nullable(),
  interventionRequestedAt: isoTime.nullable(),
  platformRejectedAt: isoTime.nullable(),
  refund: z
    .object({
      at: isoTime,
      channel: RefundChannel,
      amount: z.number().nonnegative().nullable(),
      estimate: isoTime.nullable(),
    })
    .nullable(),
  arrival: z
    .object({ at: isoTime, amount: z.number().nonnegative(), expected: z.number().nonnegative().nullable() })
    .nullable(),
  doneAt: isoTime.nullable(),
  doneReason: z.enum(['refunded', 'abandoned']).nullable(),
  history: z.array(z.object({ type: z.string(), at: isoTime })),
});
export type CaseState = z.infer<typeof CaseState>;

/** A new case at step 1; `claimDeadline` comes from the assessment (Assessment.timing.claimDeadline). */
export function openCase(p: {
  at: string;
  orderAmount: number | null;
  claimDeadline?: string | null;
}): CaseState {
  return {
    step: 'contact_merchant',
    openedAt: p.at,
    orderAmount: p.orderAmount,
    claimDeadline: p.claimDeadline ?? null,
    messageSentAt: null,
    merchantAgreedAt: null,
    merchantRefusedAt: null,
    refundRequestedAt: null,
    interventionRequestedAt: null,
    platformRejectedAt: null,
    refund: null,
    arrival: null,
    doneAt: null,
    doneReason: null,
    history: [],
  };
}

const OPEN: CaseStep[] = [
  'contact_merchant',
  'refund_request',
  'platform_intervention',
  'refund_processing',
  'confirm_arrival',
];
/** Which events each step accepts; anything else is rejected with the state unchanged. */
export const ALLOWED: Record<CaseEventType, CaseStep[]> = {
  MESSAGE_SENT: ['contact_merchant'],
  MERCHANT_AGREED: ['contact_merchant', 'refund_request', 'platform_intervention'],
  MERCHANT_REFUSED: ['contact_merchant', 'refund_request'],
  REFUND_REQUESTED: ['contact_merchant', 'refund_request'],
  INTERVENTION_REQUESTED: ['contact_merchant', 'refund_request', 'platform_intervention'],
  PLATFORM_REJECTED: ['platform_intervention'],
  REFUND_ISSUED: ['contact_merchant', 'refund_request', 'platform_intervention', 'refund_processing'],
  ARRIVED: ['refund_processing', 'confirm_arrival'],
  ABANDONED: OPEN,
};
