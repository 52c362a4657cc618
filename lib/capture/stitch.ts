import { dataUrlToBytes } from '../evidence/hash';
import { BAND_CSS_HEIGHT, drawBand } from './band';
import { chooseEncoding, type Encoded } from './encode';
import { createPngStream, type PngStream } from './png-encode';
import type { StitchHeader, StitchSlice } from './stitch-job';

/** Deflate level of the streamed PNG: 9 costs ~4× the time of 6 for ~3 % fewer bytes on screenshots. */
const PNG_LEVEL = 6;

function bitmapOf(dataUrl: string): Promise<ImageBitmap> {
  const { bytes, mime } = dataUrlToBytes(dataUrl);
  return createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }));
}

interface Surface {
  canvas: OffscreenCanvas;
  ctx: OffscreenCanvasRenderingContext2D;
  scale: number;
  bandH: number;
  width: number;
  height: number;
  /** Only when streaming (header.stream). */
  png?: PngStream;
}

/**
 * Stitch one image while its shots are still being taken: each slice is drawn as it arrives and, when
 * streaming, the rows that are final from then on go straight into the PNG stream, so after the last shot
 * only the last slice is left to compress before the lossless encoding is chosen (encode.ts).
 */
export function createStitchSession(header: StitchHeader) {
  let surface: Surface | undefined;
  let streamed = 0;
  const slicesMs: number[] = [];
  const slicesAt: number[] = [];
  let queue: Promise<void> = Promise.resolve();

  function open(first: ImageBitmap): Surface {
    const scale = first.width / header.viewportWidth;
    const bandH = header.band ? Math.round(BAND_CSS_HEIGHT * scale) : 0;
    const width = first.width;
    const height = Math.round((header.height ?? first.height / scale) * scale) + bandH;
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('2D canvas unavailable');
    // The band sits above every slice (they start at bandH), so it can be drawn first and streamed first.
    if (header.band) drawBand(ctx, width, scale, header.band);
    const png = header.stream ? createPngStream(width, height, { level: PNG_LEVEL }) : undefined;
    return { canvas, ctx, scale, bandH, width, height, png };
  }

  /** Compress rows [streamed, row): they must be final (no later slice draws over them). */
  function streamTo(s: Surface, row: number) {
    if (!s.png || row <= streamed) return;
    s.png.push(s.ctx.getImageData(0, streamed, s.width, row - streamed).data, row - streamed);
    streamed = row;
  }

  async function draw(slice: StitchSlice) {
    const t0 = performance.now();
    slicesAt.push(Date.now());
    const bmp = await bitmapOf(slice.dataUrl);
    const s = (surface ??= open(bmp));
    const sy = Math.round(slice.cropTop * s.scale);
    const sh = Math.min(Math.round((slice.height ?? bmp.height / s.scale) * s.scale), bmp.height - sy);
    const dy = s.bandH + Math.round(slice.destY * s.scale);
    s.ctx.drawImage(bmp, 0, sy, s.width, sh, 0, dy, s.width, sh);
    bmp.close();
    // Rows that no later slice touches are final: compress them now, while the next shots are taken.
    const final = slice.finalTo === undefined ? dy : s.bandH + Math.round(slice.finalTo * s.scale);
    streamTo(s, Math.min(final, dy + sh, s.height));
    slicesMs.push(performance.now() - t0);
  }

  return {
    /** Queue a slice; slices are drawn in the order they are added. Errors surface in finish(). */
    add(slice: StitchSlice) {
      queue = queue.then(() => draw(slice));
      queue.catch(() => undefined); // handled by finish(); keeps the rejection from being reported twice
    },
    async finish(): Promise<Encoded> {
      await queue;
      const s = surface;
      if (!s) throw new Error('nothing to stitch');
      const t0 = performance.now();
      streamTo(s, s.height);
      const lastRowsMs = performance.now() - t0;
      const out = await chooseEncoding(s);
      surface = undefined;
      return { ...out, profile: { ...out.profile, slicesMs, slicesAt, lastRowsMs } };
    },
    dispose() {
      surface = undefined;
    },
  };
}

export type StitchSession = ReturnType<typeof createStitchSession>;
