import { z } from 'zod';
import { dataUrlToBytes } from '../evidence/hash';
import { BAND_CSS_HEIGHT, drawBand } from './band';

/** One output image: viewport shots (data URLs) cropped into place, with an optional band on top. */
export const StitchJob = z.object({
  /** CSS px of the page the shots came from; the shot's pixel width / this = the real device scale. */
  viewportWidth: z.number().positive(),
  /** CSS px of the output (bands excluded); absent = the first shot's own height (a single viewport). */
  height: z.number().positive().optional(),
  slices: z.array(
    z.object({
      dataUrl: z.string().startsWith('data:image/'),
      cropTop: z.number().nonnegative(),
      /** Rows taken from the shot, CSS px; absent = all of them. */
      height: z.number().positive().optional(),
      destY: z.number().nonnegative(),
    }),
  ),
  band: z
    .object({ url: z.string(), capturedAt: z.string(), orderNo: z.string().nullable(), title: z.string() })
    .nullable(),
});
export type StitchJob = z.infer<typeof StitchJob>;

export interface Encoded {
  blob: Blob;
  width: number;
  height: number;
  /** Size of the PNG alternative, for the encoding benchmark. */
  pngSize: number;
}

function bitmapOf(dataUrl: string): Promise<ImageBitmap> {
  const { bytes, mime } = dataUrlToBytes(dataUrl);
  return createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }));
}

/** Stitch and encode losslessly: PNG or WebP (quality 1 is lossless in Chromium), whichever is smaller. */
export async function stitch(job: StitchJob): Promise<Encoded> {
  const first = await bitmapOf(job.slices[0]!.dataUrl);
  const scale = first.width / job.viewportWidth;
  const bandH = job.band ? Math.round(BAND_CSS_HEIGHT * scale) : 0;
  const width = first.width;
  const height = Math.round((job.height ?? first.height / scale) * scale) + bandH;
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  for (const [i, s] of job.slices.entries()) {
    const bmp = i === 0 ? first : await bitmapOf(s.dataUrl);
    const sy = Math.round(s.cropTop * scale);
    const sh = Math.min(Math.round((s.height ?? bmp.height / scale) * scale), bmp.height - sy);
    ctx.drawImage(bmp, 0, sy, width, sh, 0, bandH + Math.round(s.destY * scale), width, sh);
    bmp.close();
  }
  if (job.band) drawBand(ctx, width, scale, job.band);
  // Both encoders at once (they run off the main thread); keep the smaller, both lossless.
  const [png, webp] = await Promise.all([
    canvas.convertToBlob({ type: 'image/png' }),
    height <= 16_383 ? canvas.convertToBlob({ type: 'image/webp', quality: 1 }) : undefined,
  ]);
  const blob = webp && webp.type === 'image/webp' && webp.size < png.size ? webp : png;
  return { blob, width, height, pngSize: png.size };
}
