import { z } from 'zod';
import { CaseEvent, type CaseState } from './eligibility/case-model';
import { Facts } from './eligibility/input';
import { FieldRole, PageReport } from './model/order';
import { SettingsPatch } from './settings/patch';
import { t } from './i18n/t';

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

/**
 * The buyer's answers to the plain questions of the eligibility engine (issue #6), keyed by fact: only facts
 * the engine knows, each with a value it accepts; null clears an answer. Stored in the order's case record.
 */
export const CaseAnswers = z
  .record(z.string().max(40), z.union([z.boolean(), z.number(), z.string().max(300), z.null()]))
  .refine((a) => Object.keys(a).length <= 30 && Facts.safeParse(a).success, {
    error: () => t('err_bad_answer'),
  })
  .transform((a) => a as Partial<Facts>);
export type CaseAnswers = z.infer<typeof CaseAnswers>;

const orderKeyField = z.string().min(1).max(200);

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
  /** Popup: a step of the order's five-step refund case happened; the background applies it and answers the new state. */
  z.object({ type: z.literal('case-event'), orderKey: orderKeyField, event: CaseEvent }),
  /** Popup: the buyer answered plain questions for an order (merged into its case record). */
  z.object({ type: z.literal('case-answer'), orderKey: orderKeyField, answers: CaseAnswers }),
  /** Popup: reflect refund / complaint forms CardShield saw submitted for the order into its case. */
  z.object({ type: z.literal('case-sync'), orderKey: orderKeyField }),
  /** Popup (FillButton): fill the refund / complaint / ticket form (or chat box) in the tab for an order (issue #7). */
  z.object({
    type: z.literal('fill-form'),
    tabId: z.number().int().nonnegative(),
    orderKey: orderKeyField.optional(),
  }),
  /** Settings page: change some settings (validated again here; the background is the only writer). */
  z.object({ type: z.literal('save-settings'), patch: SettingsPatch }),
  /** Popup / settings page: pause or resume CardShield on a site (no extraction, no automatic capture). */
  z.object({ type: z.literal('pause-site'), host: z.string().min(1).max(260), paused: z.boolean() }),
  /**
   * Settings page: free the screenshot / archive bytes of these orders, after the buyer confirmed. Recorded in
   * each order's hash chain (lib/service/cleanup.ts); `closed` = closed cases older than the chosen age.
   */
  z.object({
    type: z.literal('cleanup-orders'),
    orderKeys: z.array(orderKeyField).min(1).max(2000),
    reason: z.enum(['selected', 'closed']),
    confirmed: z.literal(true),
  }),
]);
export type Message = z.infer<typeof Message>;

export type Reply = { ok: true; detail?: string } | { ok: false; error: string };

/** The answer to case messages: a Reply plus the case state after the change (null = no step taken yet). */
export type CaseReply = Reply & { state?: CaseState | null };

export function describeError(err: unknown): string {
  if (err instanceof z.ZodError) return t('err_bad_message', err.issues[0]?.message ?? '');
  if (err instanceof Error) return err.message;
  return String(err);
}
