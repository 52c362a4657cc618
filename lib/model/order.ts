import { z } from 'zod';

/** Normalised order status; `statusText` keeps the page's own words. */
export const OrderStatus = z.enum([
  'unpaid',
  'awaiting_delivery',
  'delivered',
  'partially_delivered',
  'failed',
  'closed',
  'refunding',
  'refunded',
  'unknown',
]);
export type OrderStatus = z.infer<typeof OrderStatus>;

export const DeliveryMode = z.enum(['auto', 'manual']);
export type DeliveryMode = z.infer<typeof DeliveryMode>;

/**
 * Page text is untrusted: every string and list is capped so a hostile page cannot blow up storage or messages.
 * Over-long values are cut, not rejected — one 5,000-key wholesale order must not void the whole report.
 */
const text = (max = 500) => z.string().overwrite((s) => s.slice(0, max));
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).overwrite((a) => a.slice(0, max));
const isoTime = z.iso.datetime({ offset: true });

export const Promise_ = z.object({ text: text(300), minutes: z.number().int().nonnegative().nullable() });
export type DeliveryPromise = z.infer<typeof Promise_>;

/** One order as read from a page (the shape of the extract CLI of #3). */
export const OrderSnapshot = z.object({
  orderNo: z.string().min(1).max(64),
  product: text(300).nullable(),
  quantity: z.number().int().nonnegative().nullable(),
  amount: z.number().nonnegative().nullable(),
  payMethod: text(60).nullable(),
  createdAt: isoTime.nullable(),
  paidAt: isoTime.nullable(),
  status: OrderStatus,
  statusText: text(60).nullable(),
  deliveryMode: DeliveryMode.nullable(),
  cardKeys: list(text(500), 500),
  undeliveredNotice: text(500).nullable(),
  promise: Promise_.nullable(),
});
export type OrderSnapshot = z.infer<typeof OrderSnapshot>;

/** An order known only by its number: every fact unknown. */
export function blankSnapshot(orderNo: string): OrderSnapshot {
  return {
    orderNo,
    product: null,
    quantity: null,
    amount: null,
    payMethod: null,
    createdAt: null,
    paidAt: null,
    status: 'unknown',
    statusText: null,
    deliveryMode: null,
    cardKeys: [],
    undeliveredNotice: null,
    promise: null,
  };
}

export const ChatAuthor = z.enum(['buyer', 'merchant', 'platform', 'system']);
export const ChatMessage = z.object({
  author: ChatAuthor,
  name: text(100).nullable(),
  at: isoTime.nullable(),
  text: text(5000),
});
export type ChatMessage = z.infer<typeof ChatMessage>;

export const PageKind = z.enum(['order', 'refund-form', 'chat', 'product']);
export type PageKind = z.infer<typeof PageKind>;

export const FieldRole = z.enum([
  'orderNo',
  'reason',
  'description',
  'amount',
  'qq',
  'mobile',
  'email',
  'contact',
  'evidence',
  'title',
  'other',
]);
export type FieldRole = z.infer<typeof FieldRole>;

/** One control of a refund / complaint / ticket form, as recognised (issue #7 fills it). */
export const FormField = z.object({
  role: FieldRole,
  name: text(100).nullable(),
  label: text(100).nullable(),
  options: list(text(100), 100),
  /** The control's tag: input type, select, textarea, or `tiles` for radio/button groups. */
  control: text(30),
  required: z.boolean(),
  minLength: z.number().int().nonnegative().nullable(),
});
export type FormField = z.infer<typeof FormField>;

export const RefundForm = z.object({ fields: list(FormField, 60) });
export type RefundForm = z.infer<typeof RefundForm>;

/** A product page seen before buying: its delivery promise and after-sales policy bind the order that follows. */
export const ProductInfo = z.object({
  name: text(300).nullable(),
  promiseText: text(300).nullable(),
  policy: text(2000).nullable(),
});
export type ProductInfo = z.infer<typeof ProductInfo>;

export const ContactHandle = z.object({ kind: z.enum(['qq', 'wechat', 'phone']), value: text(60) });
export type ContactHandle = z.infer<typeof ContactHandle>;

/** Everything one page yields: sent by the extractor to the background. */
export const PageReport = z.object({
  url: z.url().max(4096),
  title: text(500),
  platform: z.string().max(60).nullable(),
  kinds: z.array(PageKind),
  orders: list(OrderSnapshot, 200),
  chat: list(ChatMessage, 2000),
  /** The order a merchant chat or ticket thread on this page belongs to, when the page says so. */
  chatOrderNo: z.string().min(1).max(64).nullable().default(null),
  refundForm: RefundForm.nullable(),
  product: ProductInfo.nullable().default(null),
  /** Merchant contact handles (QQ / WeChat / phone) shown on the page: the off-site channel, kept as evidence. */
  contacts: list(ContactHandle, 20),
  /** "虚拟商品一经售出概不退换"-style notices (void under consumer law; issue #6 warns). */
  noRefundNotices: list(text(300), 10),
  warnings: list(text(300), 50),
});
export type PageReport = z.infer<typeof PageReport>;

/** A stored order: the latest snapshot plus where and when it was seen. Key = `${site}|${orderNo}`. */
export const OrderRow = OrderSnapshot.extend({
  key: z.string(),
  site: z.string(),
  platform: z.string().nullable(),
  url: z.string(),
  title: z.string(),
  firstSeenAt: isoTime,
  lastSeenAt: isoTime,
  evidenceCount: z.number().int().nonnegative(),
  lastChainHash: z.string().nullable(),
  /** First time CardShield saw the goods delivered (status or keys): anchors after-sales windows. */
  deliveredAt: isoTime.nullable().default(null),
  /** When the delivery deadline passed with the order still undelivered. */
  breachedAt: isoTime.nullable().default(null),
  /** The buyer's own promise for this order, in minutes (overrides everything the pages say). */
  promiseOverrideMinutes: z.number().int().positive().nullable().default(null),
  /** The promise on the product page the buyer saw before this order, on the same site. */
  productPromise: Promise_.nullable().default(null),
  /** "虚拟商品一经售出概不退换"-style notices seen on this order's pages (void as a blanket rule: #6 warns). */
  noRefundNotices: list(text(300), 10).default([]),
});
export type OrderRow = z.infer<typeof OrderRow>;
export type OrderRowInput = z.input<typeof OrderRow>;

export function orderKey(site: string, orderNo: string): string {
  return `${site}|${orderNo}`;
}
