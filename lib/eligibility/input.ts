/**
 * Inputs of the eligibility engine (issue #6). Missing facts = unknown (null); strict objects so a typo in a
 * rule reviewer's case file fails loudly instead of silently reading as "unknown".
 */
import { z } from 'zod';
import { ChatMessage, DeliveryMode, OrderStatus } from '../model/order';
import { DEFAULT_SETTINGS } from '../settings';
import { CaseState } from './case-model';

const isoTime = z.iso.datetime({ offset: true });
/** Tri-state: true / false / null (= not known, the engine may ask). */
const tri = z.boolean().nullable().default(null);

/** refund-rules.md (a): E1 order page … E9 physical-card photos. */
export const EvidenceCode = z.enum(['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9']);
export type EvidenceCode = z.infer<typeof EvidenceCode>;

/** What the official redeem page said (R3): 已被使用 / 不存在 / 已过期 / 地区或面值不符 / worked. */
export const KeyRedeemResult = z.enum(['used', 'not_found', 'expired', 'wrong_region', 'ok']);
export type KeyRedeemResult = z.infer<typeof KeyRedeemResult>;

export const OrderInput = z.strictObject({
  status: OrderStatus,
  amount: z.number().nonnegative().nullable().default(null),
  paidAt: isoTime.nullable().default(null),
  deliveryMode: DeliveryMode.nullable().default(null),
  cardKeys: z.array(z.string().max(500)).max(500).default([]),
  itemType: z.enum(['virtual', 'physical']).default('virtual'),
  promiseMinutes: z.number().int().nonnegative().nullable().default(null),
  // Optional extras (not in the minimal shape): used for timing and composed texts.
  orderNo: z.string().max(64).nullable().default(null),
  product: z.string().max(300).nullable().default(null),
  quantity: z.number().int().nonnegative().nullable().default(null),
  promiseText: z.string().max(300).nullable().default(null),
  /** When the key first became retrievable (电商法 Art. 51 ¶2: that is the delivery time). */
  deliveredAt: isoTime.nullable().default(null),
  /** Physical cards: courier signing time; the 7-day clock starts the next day (七日办法 Art. 10). */
  signedAt: isoTime.nullable().default(null),
  /** 直充 (recharge to an account, no key). null = inferred: delivered virtual order without keys. */
  directCharge: z.boolean().nullable().default(null),
  /**
   * When `status` says nothing about delivery (退款中, an unreadable word): the delivery status seen before it
   * (delivery-status.ts). null = none seen; the rules then read `status` as it is.
   */
  deliveryStatus: OrderStatus.nullable().default(null),
});
export type OrderInput = z.infer<typeof OrderInput>;

export const Facts = z.strictObject({
  keyRedeemResult: KeyRedeemResult.nullable().default(null),
  /** The redeem page's exact words, when the buyer typed them in. */
  failureMessage: z.string().max(200).nullable().default(null),
  keyUsedByBuyer: tri,
  buyerMistake: tri,
  changedMind: tri,
  physicalOpened: tri,
  merchantPromise: z.string().max(300).nullable().default(null),
  noRefundNotice: tri,
  merchantRefused: tri,
  merchantUnreachable: tri,
  invalidKeys: z.number().int().nonnegative().nullable().default(null),
  refundAccepted: tri,
  deliveredAfterCancelRequest: tri,
  listingMismatch: tri,
  // Extensions (documented in the report): facts some rows need that the list does not name.
  /** R6: did the 直充 reach the account? */
  accountCredited: tri,
  /** R2b / note 2: buyer clicked 确认收货. */
  receiptConfirmed: tri,
  /** R3b: pattern evidence that the merchant knowingly sold used or fake keys. */
  fraudPattern: tri,
  /** R14: bought from an individual on a second-hand platform (闲鱼 …). */
  individualSeller: tri,
  /** R14: that seller trades as a business (L8 Art. 7 factors). */
  sellerInBusiness: tri,
  /** Warnings: the buyer has bought from this merchant before without trouble. */
  merchantKnown: tri,
  /** Negotiation helper: keys still unused (proportional refund). */
  unusedKeys: z.number().int().nonnegative().nullable().default(null),
});
export type Facts = z.infer<typeof Facts>;

/** Platform clocks (refund-rules.md (b)); per-site configurable, these are the defaults. */
export const Windows = z.strictObject({
  /** Merchant's window to answer the chat demand / the refund request before step 3 opens (brief: 48 h; P5). */
  merchantReplyHours: z.number().positive().default(48),
  /** After-sales window for card keys, from delivery (P6: 48 h). */
  afterSalesHours: z.number().positive().default(48),
  /** Window to ask the platform to intervene after refusal / timeout (P2 JD Art. 7: 15 days). */
  interventionWindowDays: z.number().positive().default(15),
  /** Appeal / resubmission after the platform rejects (P2 JD Art. 9(4): 7 days). */
  appealDays: z.number().positive().default(7),
  /** Agreed refund not paid after this → 故意拖延 (L6 Art. 8–10: 15 days). */
  merchantRefundDays: z.number().positive().default(15),
  /** No-reason return for physical cards (L3 Art. 10; L1 Art. 25). */
  noReasonReturnDays: z.number().positive().default(7),
  /** Step 3 opens this long after the refund request (P6: 72 h); null = merchantReplyHours. */
  interventionAfterHours: z.number().positive().nullable().default(null),
  // Delivery defaults mirror the user settings (lib/settings.ts) so the engine and the breach alarm agree.
  /** "立即发货" (0 minutes) still gets this grace before it counts as late. */
  immediateGraceMinutes: z.number().nonnegative().default(DEFAULT_SETTINGS.immediateGraceMinutes),
  /** 自动发货 without a stated promise. */
  autoDeliveryMinutes: z.number().positive().default(DEFAULT_SETTINGS.autoDeliveryMinutes),
  /** Manual delivery / 直充 without a stated promise (platform-rule default). */
  manualDeliveryMinutes: z.number().positive().default(DEFAULT_SETTINGS.manualDeliveryMinutes),
});
export type Windows = z.infer<typeof Windows>;

/** Warning thresholds: "large amount or many keys from an unknown merchant" (seed: 避免大额/多张). */
export const Limits = z.strictObject({
  largeAmount: z.number().nonnegative().default(200),
  manyKeys: z.number().int().positive().default(5),
});
export type Limits = z.infer<typeof Limits>;

export const AssessInput = z.strictObject({
  order: OrderInput,
  facts: Facts.prefault({}),
  /** E-codes already present (see evidenceFromRecords). */
  evidence: z.array(EvidenceCode).default([]),
  now: isoTime,
  windows: Windows.prefault({}),
  limits: Limits.prefault({}),
  /** Merchant chat, for off-platform warnings (加微信 / 私下交易). */
  chat: z.array(ChatMessage).max(2000).default([]),
  /** "虚拟商品一经售出概不退换"-style notices read from the page (PageReport.noRefundNotices). */
  noRefundNotices: z.array(z.string().max(300)).max(10).default([]),
  /** The five-step case, when one is open: nextStep then comes from it. */
  case: CaseState.nullable().default(null),
});
export type AssessInput = z.input<typeof AssessInput>;
export type ParsedInput = z.infer<typeof AssessInput>;
