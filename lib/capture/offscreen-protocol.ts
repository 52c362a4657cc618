import { z } from 'zod';
import { StitchJob } from './stitch';

/** Background → offscreen document. `target` keeps these apart from the background's own messages. */
export const OffscreenRequest = z.object({
  target: z.literal('offscreen'),
  type: z.literal('stitch'),
  job: StitchJob,
});
export type OffscreenRequest = z.infer<typeof OffscreenRequest>;

export const OffscreenReply = z.union([
  z.object({
    ok: z.literal(true),
    dataUrl: z.string().startsWith('data:image/'),
    width: z.number(),
    height: z.number(),
    pngSize: z.number(),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type OffscreenReply = z.infer<typeof OffscreenReply>;
