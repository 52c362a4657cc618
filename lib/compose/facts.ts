/** The case facts every composed text is a pure function of (built by lib/eligibility/compose-facts.ts). */
import { z } from 'zod';

const isoTime = z.iso.datetime({ offset: true });
const bilingual = z.object({ zh: z.string(), en: z.string() });

export const Problem = z.enum([
  'not_delivered',
  'partial_delivery',
  'not_credited',
  'late_cancelled',
  'late_used',
  'invalid_key',
  'partial_invalid',
  'mismatch',
  'physical_return',
  'physical_opened',
  'changed_mind',
  'buyer_mistake',
  'other',
]);
export type Problem = z.infer<typeof Problem>;

/** What the buyer asks for: a right (补发 / 原路退款 / 退货) or, without one, a negotiation. */
export const Ask = z.enum([
  'deliver_or_refund',
  'replace_or_refund',
  'partial',
  'refund',
  'return',
  'negotiate',
]);
export type Ask = z.infer<typeof Ask>;

export const ComposeFacts = z.object({
  orderNo: z.string().min(1).max(64),
  product: z.string().max(300).nullable().default(null),
  amount: z.number().nonnegative().nullable().default(null),
  paidAt: isoTime.nullable().default(null),
  deliveredAt: isoTime.nullable().default(null),
  /** The delivery promise ("付款后10分钟内自动发货"); quoted for delivery problems. */
  promiseText: z.string().max(300).nullable().default(null),
  /** The merchant's after-sales promise ("无效包换", "7天无理由") (R10); always quoted. */
  afterSalesPromise: z.string().max(300).nullable().default(null),
  /** Not delivered: minutes past the promised time. */
  breachMinutes: z.number().nonnegative().nullable().default(null),
  /** Delivered late: minutes after the promised time. */
  lateMinutes: z.number().nonnegative().nullable().default(null),
  problem: Problem,
  /** The redeem page's message ("卡密已被使用"). */
  failure: bilingual.nullable().default(null),
  /** Keys as delivered; composed texts mask them. */
  keys: z.array(z.string()).max(500).default([]),
  invalidKeys: z.number().int().nonnegative().nullable().default(null),
  totalKeys: z.number().int().nonnegative().nullable().default(null),
  ask: Ask,
  /** The buyer has not used the key (strengthens a negotiation: it can be resold). */
  keyUnused: z.boolean().default(false),
  /** Partial refund asked for (R12 pro-rata). */
  refundAmount: z.number().nonnegative().nullable().default(null),
  /** The merchant's window named in the step-1 message ("请于48小时内处理"). */
  replyHours: z.number().positive().default(48),
  contactedAt: isoTime.nullable().default(null),
  merchantRefusedAt: isoTime.nullable().default(null),
  refundRequestedAt: isoTime.nullable().default(null),
  /** When the merchant's window to handle the demand runs (ran) out. */
  replyDeadline: isoTime.nullable().default(null),
  noRefundNotice: z.boolean().default(false),
  /** The buyer has a right (ELIGIBLE): texts set a deadline and name the escalation. */
  escalate: z.boolean().default(false),
  basis: z.array(bilingual).default([]),
  /** Evidence the buyer holds (labels). */
  evidence: z.array(bilingual).default([]),
  now: isoTime,
});
export type ComposeFacts = z.infer<typeof ComposeFacts>;
export type ComposeFactsInput = z.input<typeof ComposeFacts>;

export interface Text {
  zh: string;
  en: string;
}
