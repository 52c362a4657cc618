import { z } from 'zod';
import { FieldRole, PageReport } from './model/order';

/** A capture the buyer asked for (popup button, context menu, keyboard shortcut). */
export const ManualCapture = z.object({
  tabId: z.number().int().nonnegative(),
  /** archive: an MHTML copy of the page (chrome.pageCapture), a secondary artefact next to screenshots. */
  mode: z.enum(['viewport', 'full-page', 'archive']).default('viewport'),
  /** failure-prompt: e.g. the official redeem page saying 卡密已被使用, linked to an order shown elsewhere. */
  kind: z.enum(['order-page', 'failure-prompt']).optional(),
  /** The order to link to; default: the tab's orders, else the order viewed last. */
  orderKey: z.string().max(200).optional(),
});
export type ManualCapture = z.input<typeof ManualCapture>;

export const SubmittedField = z.object({
  role: FieldRole,
  name: z.string().max(100).nullable(),
  label: z.string().max(100).nullable(),
  value: z.string().max(5000),
});
export type SubmittedField = z.infer<typeof SubmittedField>;

/** Every message between extension contexts; receivers parse with `Message` (content scripts run on pages we do not control). */
export const Message = z.discriminatedUnion('type', [
  /** Sentinel: this page may belong to a card platform — inject the full extractor. */
  z.object({ type: z.literal('sentinel-hit') }),
  /** Extractor: what the page shows now. */
  z.object({ type: z.literal('page-report'), report: PageReport }),
  /** Extractor: the buyer submitted a refund / complaint / ticket form (kept as submitted). */
  z.object({
    type: z.literal('form-submitted'),
    url: z.url().max(4096),
    title: z.string().max(500),
    platform: z.string().max(60).nullable(),
    fields: z.array(SubmittedField).max(60),
  }),
  /** Popup: the buyer's own delivery time limit for an order (null = back to what the pages say). */
  z.object({
    type: z.literal('set-promise'),
    orderKey: z.string().max(200),
    minutes: z
      .number()
      .int()
      .positive()
      .max(60 * 24 * 60)
      .nullable(),
  }),
  /** Popup: capture the given tab now (viewport or full page), linked to its orders or to a chosen one. */
  ManualCapture.extend({ type: z.literal('capture-now') }),
]);
export type Message = z.infer<typeof Message>;

export type Reply = { ok: true; detail?: string } | { ok: false; error: string };

export function describeError(err: unknown): string {
  if (err instanceof z.ZodError) return `消息格式无效: ${err.issues[0]?.message ?? ''}`;
  if (err instanceof Error) return err.message;
  return String(err);
}
