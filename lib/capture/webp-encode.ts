/**
 * Lossless WebP with libwebp compiled to wasm (@jsquash/webp, the Squoosh build, SIMD variant). Chromium's
 * own canvas encoder (`convertToBlob({ type: 'image/webp', quality: 1 })`) is lossless too but uses its
 * fastest setting, which on text screenshots comes out larger than PNG; libwebp at cwebp's defaults for
 * `-lossless` (quality 75 = effort, method 4) is about a third of a good PNG on the same pixels.
 * Extension pages need 'wasm-unsafe-eval' in their CSP (wxt.config.ts) to compile it.
 */
import factory from '@jsquash/webp/codec/enc/webp_enc_simd.js';
import type { EncodeOptions, WebPModule } from '@jsquash/webp/codec/enc/webp_enc.js';
import { defaultOptions } from '@jsquash/webp/meta.js';

/** WebP stores 14-bit dimensions: 16,383 px a side at most. */
export const MAX_WEBP_SIDE = 16_383;

const LOSSLESS: EncodeOptions = {
  ...defaultOptions,
  lossless: 1,
  quality: 75,
  method: 4,
  // Keep the RGB of fully transparent pixels too: the decoded pixels must be exactly the input.
  exact: 1,
};

let loading: Promise<WebPModule> | undefined;

/**
 * Compile and instantiate the encoder once per document (call early to take it off the first capture).
 * `wasmBinary`: the module's bytes, where fetching its URL does not work (Node, in the unit tests).
 */
export function loadWebpEncoder(wasmBinary?: ArrayBuffer): Promise<WebPModule> {
  const module =
    loading ??
    factory({ noInitialRun: true, ...(wasmBinary ? { wasmBinary } : {}) }).catch((err: unknown) => {
      loading = undefined; // try again next time
      throw err;
    });
  loading = module;
  return module;
}

export async function encodeWebpLossless(
  rgba: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
): Promise<Uint8Array> {
  if (width > MAX_WEBP_SIDE || height > MAX_WEBP_SIDE)
    throw new Error(`${width}×${height} is too big for WebP`);
  const encoder = await loadWebpEncoder();
  const out = encoder.encode(rgba as Uint8Array<ArrayBuffer>, width, height, LOSSLESS);
  if (!out) throw new Error('WebP encoding failed');
  return out;
}
