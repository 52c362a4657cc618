import { browser } from 'wxt/browser';
import { OffscreenRequest, type OffscreenReply } from '../../lib/capture/offscreen-protocol';
import { createStitchHost } from '../../lib/capture/stitch-host';
import { loadWebpEncoder } from '../../lib/capture/webp-encode';

// The offscreen document: stitching and lossless encoding of evidence screenshots, slice by slice.
const host = createStitchHost();
// Compile the wasm encoder now, not during the first capture (a failure is reported when it is needed).
void loadWebpEncoder().catch(() => undefined);

/** How long the worker has to fetch an encoded image from its blob: URL. */
const BLOB_URL_MS = 60_000;

browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
  const req = OffscreenRequest.safeParse(raw);
  if (!req.success) return false;
  host(req.data)
    .then((out): OffscreenReply => {
      if (!out) return { ok: true };
      const { bytes, mime, width, height, profile } = out;
      const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }));
      setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_MS);
      return { ok: true, url, mime, width, height, profile };
    })
    .catch((err: unknown): OffscreenReply => ({ ok: false, error: String(err) }))
    .then(sendResponse);
  return true;
});
