import { browser } from 'wxt/browser';
import { OffscreenRequest, type OffscreenReply } from '../../lib/capture/offscreen-protocol';
import { stitch } from '../../lib/capture/stitch';

// The offscreen document: canvas stitching and lossless encoding of evidence screenshots.
function toDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });
}

browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
  const req = OffscreenRequest.safeParse(raw);
  if (!req.success) return false;
  stitch(req.data.job)
    .then(async (out): Promise<OffscreenReply> => ({
      ok: true,
      dataUrl: await toDataUrl(out.blob),
      width: out.width,
      height: out.height,
      pngSize: out.pngSize,
    }))
    .catch((err: unknown): OffscreenReply => ({ ok: false, error: String(err) }))
    .then(sendResponse);
  return true;
});
