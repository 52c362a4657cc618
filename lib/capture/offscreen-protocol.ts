import { z } from 'zod';
import { StitchHeader, StitchSlice } from './stitch-job';

/**
 * Background → offscreen document, one image (job) at a time: open it, add its slices as they are shot,
 * finish it (the encoded image comes back) or abort it. `target` keeps these apart from the background's
 * own messages.
 */
const job = { target: z.literal('offscreen'), jobId: z.string().min(1) };
export const OffscreenRequest = z.discriminatedUnion('type', [
  z.object({ ...job, type: z.literal('open'), header: StitchHeader }),
  z.object({ ...job, type: z.literal('slice'), slice: StitchSlice }),
  z.object({ ...job, type: z.literal('finish') }),
  z.object({ ...job, type: z.literal('abort') }),
]);
export type OffscreenRequest = z.infer<typeof OffscreenRequest>;

export const EncodeProfile = z.object({
  slicesMs: z.array(z.number()),
  slicesAt: z.array(z.number()),
  lastRowsMs: z.number(),
  pngEncoder: z.enum(['stream', 'canvas']),
  pngMs: z.number(),
  webpMs: z.number(),
  pngBytes: z.number(),
  webpBytes: z.number(),
  webpError: z.string().optional(),
  mime: z.string(),
  doneAt: z.number(),
});

/**
 * Reply to `finish`: the chosen encoding as a blob: URL of the offscreen document, which the worker fetches
 * (extension messages are JSON: a data URL would cost a base64 round trip of every byte; the URL lives 60 s).
 */
export const EncodedReply = z.object({
  ok: z.literal(true),
  url: z.string().startsWith('blob:'),
  mime: z.string(),
  width: z.number(),
  height: z.number(),
  profile: EncodeProfile,
});

export const OffscreenReply = z.union([
  EncodedReply,
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type OffscreenReply = z.infer<typeof OffscreenReply>;
