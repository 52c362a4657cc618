import { encodePng, type PngStream } from './png-encode';
import { encodeWebpLossless, MAX_WEBP_SIDE } from './webp-encode';

/**
 * Lossless either way, whichever is smaller: PNG, or libwebp's lossless WebP (about a quarter of Chromium's
 * canvas PNG on text screenshots). The PNG of a full page is the one streamed while it was shot (png-encode.ts);
 * a single shot has nothing to overlap with, so the browser's native PNG encoder runs beside the WebP one.
 * WebP is tried up to WEBP_MAX_PIXELS: it cannot start before the last shot is in and takes 90–300 ms per
 * megapixel here (text … photos), so a 10-viewport page (~10 Mpx) would wait seconds for it; such pages keep
 * the streamed PNG, which is ready almost as soon as the last shot is.
 */
export const WEBP_MAX_PIXELS = 4_500_000;

/** Where the time and bytes of one encoding went (kept for the bench and for bug reports). */
export interface EncodeProfile {
  /** Per slice: decode, draw and compress the rows that are final, ms; and Date.now() when it started. */
  slicesMs: number[];
  slicesAt: number[];
  /** Compress the rows of the last slice, ms. */
  lastRowsMs: number;
  /** 'stream': ours, filtered and compressed as the shots came; 'canvas': the browser's convertToBlob. */
  pngEncoder: 'stream' | 'canvas';
  /** Finish the PNG (streamed: the last deflate block; canvas: the whole encoding, beside the WebP), ms. */
  pngMs: number;
  /** Read back the pixels and encode the WebP, ms; -1 = not tried. */
  webpMs: number;
  pngBytes: number;
  /** -1 = not tried (too big) or failed (see webpError). */
  webpBytes: number;
  webpError?: string;
  mime: string;
  /** Date.now() when the encoding was chosen. */
  doneAt: number;
}

export interface Encoded {
  bytes: Uint8Array;
  mime: string;
  width: number;
  height: number;
  profile: EncodeProfile;
}

interface Source {
  canvas: OffscreenCanvas;
  ctx: OffscreenCanvasRenderingContext2D;
  width: number;
  height: number;
  /** The streamed PNG, all rows pushed; absent = use the browser's encoder. */
  png?: PngStream;
}

async function finishPng({ canvas, ctx, width, height, png }: Source): Promise<Uint8Array> {
  if (!png) return new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
  // The stream declines images with transparency (a screenshot never has any): then PNG with alpha.
  return png.finish() ?? encodePng(ctx.getImageData(0, 0, width, height).data, width, height);
}

export async function chooseEncoding(src: Source, maxWebpPixels = WEBP_MAX_PIXELS): Promise<Encoded> {
  const { width, height } = src;
  const t0 = performance.now();
  let pngMs = 0;
  const pngDone = finishPng(src).then((bytes) => ((pngMs = performance.now() - t0), bytes));
  let webp: Uint8Array | undefined;
  let webpMs = -1;
  let webpError: string | undefined;
  if (width * height <= maxWebpPixels && width <= MAX_WEBP_SIDE && height <= MAX_WEBP_SIDE) {
    const t = performance.now();
    try {
      webp = await encodeWebpLossless(src.ctx.getImageData(0, 0, width, height).data, width, height);
    } catch (err) {
      // No wasm (a CSP without 'wasm-unsafe-eval', an old browser): the PNG is still lossless and complete.
      webpError = String(err);
    }
    webpMs = performance.now() - t;
  }
  const png = await pngDone;
  const useWebp = webp !== undefined && webp.length < png.length;
  const mime = useWebp ? 'image/webp' : 'image/png';
  const profile: EncodeProfile = {
    slicesMs: [],
    slicesAt: [],
    lastRowsMs: 0,
    pngEncoder: src.png ? 'stream' : 'canvas',
    pngMs,
    webpMs,
    pngBytes: png.length,
    webpBytes: webp?.length ?? -1,
    ...(webpError ? { webpError } : {}),
    mime,
    doneAt: Date.now(),
  };
  return { bytes: useWebp ? webp! : png, mime, width, height, profile };
}
