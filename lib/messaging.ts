import { z } from 'zod';
import { PageReport } from './model/order';

/** Every message between extension contexts; receivers parse with `Message` (content scripts run on pages we do not control). */
export const Message = z.discriminatedUnion('type', [
  /** Sentinel: this page may belong to a card platform — inject the full extractor. */
  z.object({ type: z.literal('sentinel-hit') }),
  /** Extractor: what the page shows now. */
  z.object({ type: z.literal('page-report'), report: PageReport }),
  /** Popup: capture the given tab now. */
  z.object({ type: z.literal('capture-now'), tabId: z.number().int().nonnegative() }),
]);
export type Message = z.infer<typeof Message>;

export type Reply = { ok: true; detail?: string } | { ok: false; error: string };

export function describeError(err: unknown): string {
  if (err instanceof z.ZodError) return `消息格式无效: ${err.issues[0]?.message ?? ''}`;
  if (err instanceof Error) return err.message;
  return String(err);
}
