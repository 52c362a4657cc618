import { z } from 'zod';

/** Name of the port the background keeps open to the page during a capture. */
export const CAPTURE_PORT = 'cardshield-capture';

/** Background → capture driver (content script) during a full-page or pane capture. */
export const DriverMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('fp-measure') }),
  z.object({ type: z.literal('fp-scroll'), y: z.number().nonnegative(), hideFixed: z.boolean() }),
  z.object({ type: z.literal('fp-restore') }),
]);
export type DriverMessage = z.infer<typeof DriverMessage>;

export const Metrics = z.object({
  scrollHeight: z.number().positive(),
  viewportHeight: z.number().positive(),
  viewportWidth: z.number().positive(),
  dpr: z.number().positive(),
  title: z.string(),
  url: z.string(),
});
export type Metrics = z.infer<typeof Metrics>;

export const ScrollAck = z.object({ scrollY: z.number() });
