import { z } from 'zod';

/** One output image: its size and band. The viewport shots that fill it arrive as StitchSlices. */
export const StitchHeader = z.object({
  /** CSS px of the page the shots came from; the shot's pixel width / this = the real device scale. */
  viewportWidth: z.number().positive(),
  /** CSS px of the output (bands excluded); absent = the first shot's own height (a single viewport). */
  height: z.number().positive().optional(),
  /**
   * Compress rows into a PNG as the slices arrive (a full page, shot over seconds). Otherwise (one shot) the
   * browser's own PNG encoder runs at the end, beside the WebP encoder.
   */
  stream: z.boolean().optional(),
  band: z
    .object({ url: z.string(), capturedAt: z.string(), orderNo: z.string().nullable(), title: z.string() })
    .nullable(),
});
export type StitchHeader = z.infer<typeof StitchHeader>;

/** A viewport shot (data URL) cropped into place. Slices of one image arrive top to bottom. */
export const StitchSlice = z.object({
  dataUrl: z.string().startsWith('data:image/'),
  cropTop: z.number().nonnegative(),
  /** Rows taken from the shot, CSS px; absent = all of them. */
  height: z.number().positive().optional(),
  destY: z.number().nonnegative(),
  /**
   * CSS rows of the output that no later slice draws over once this one is in (the next slice's destY; the
   * height for the last): they are compressed right away. Absent = up to this slice's own top.
   */
  finalTo: z.number().nonnegative().optional(),
});
export type StitchSlice = z.infer<typeof StitchSlice>;

/** A whole image at once (a single viewport). */
export type StitchJob = StitchHeader & { slices: StitchSlice[] };
