// Page-side helpers of the evidence bench, run in the inspector's extension page (test/e2e/evidence-inspector.ts):
// a capture with wall-clock times and the worker's profile of it, the stored bytes, and a pixel check of a
// stored screenshot against a fresh captureVisibleTab of the same, unchanged tab. Plain JS strings: tsx's
// helpers (__name) do not exist inside the page.
import type { EvidenceInspector } from '../../test/e2e/evidence-inspector';
import { CAPTURE_PROFILE_KEY, type CaptureProfile } from '../../lib/capture/capture-profile';

export interface ProbedCapture {
  reply: { ok: boolean; error?: string };
  /** Date.now() when the request was sent and when the reply came (same clock as the worker's profile). */
  sent: number;
  replied: number;
  profile: CaptureProfile;
}

/** What the popup's 立即取证 / 整页取证 send, timed from this page; the worker's profile of that capture. */
export function probeCapture(inspector: EvidenceInspector, tabId: number, mode: 'viewport' | 'full-page') {
  return inspector.page.evaluate(`(async () => {
    const sent = Date.now();
    const reply = await chrome.runtime.sendMessage({ type: 'capture-now', tabId: ${tabId}, mode: '${mode}' });
    const replied = Date.now();
    const profile = (await chrome.storage.session.get('${CAPTURE_PROFILE_KEY}'))['${CAPTURE_PROFILE_KEY}'];
    return { reply, sent, replied, profile };
  })()`) as Promise<ProbedCapture>;
}

/** The profile of the last capture (an automatic one included). */
export function lastProfile(inspector: EvidenceInspector) {
  return inspector.page.evaluate(
    `chrome.storage.session.get('${CAPTURE_PROFILE_KEY}').then((r) => r['${CAPTURE_PROFILE_KEY}'])`,
  ) as Promise<CaptureProfile>;
}

const READ_BLOB = String.raw`async (sha) => {
  const db = await new Promise((ok, ko) => { const r = indexedDB.open('cardshield'); r.onsuccess = () => ok(r.result); r.onerror = () => ko(r.error); });
  try {
    const row = await new Promise((ok, ko) => {
      const r = db.transaction(['blobs'], 'readonly').objectStore('blobs').get(sha);
      r.onsuccess = () => ok(r.result); r.onerror = () => ko(r.error);
    });
    return new Uint8Array(row.bytes);
  } finally { db.close(); }
}`;

/** The stored bytes of a record, base64 (to decode or re-encode them in Node). */
export async function storedBytes(inspector: EvidenceInspector, sha256: string): Promise<Uint8Array> {
  const b64 = (await inspector.page.evaluate(`(async () => {
    const bytes = await (${READ_BLOB})('${sha256}');
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(bin);
  })()`)) as string;
  return new Uint8Array(Buffer.from(b64, 'base64'));
}

/**
 * Decode the stored screenshot with Chromium (createImageBitmap) and compare it, below its band, with a new
 * captureVisibleTab of the same tab: the number of differing pixels (0 = the encoding lost nothing).
 */
export function differingPixels(
  inspector: EvidenceInspector,
  sha256: string,
  mime: string,
  tabId: number,
  bandRows: number,
) {
  return inspector.page.evaluate(`(async () => {
    const pixels = async (blob) => {
      const bmp = await createImageBitmap(blob);
      const ctx = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d', { willReadFrequently: true });
      ctx.drawImage(bmp, 0, 0);
      return ctx.getImageData(0, 0, bmp.width, bmp.height);
    };
    const stored = await pixels(new Blob([await (${READ_BLOB})('${sha256}')], { type: '${mime}' }));
    const tab = await chrome.tabs.get(${tabId});
    const raw = await pixels(await (await fetch(await chrome.tabs.captureVisibleTab(tab.windowId, { format: 'png' }))).blob());
    if (raw.width !== stored.width || raw.height + ${bandRows} !== stored.height) return -1;
    const offset = ${bandRows} * stored.width * 4;
    let diff = 0;
    for (let i = 0; i < raw.data.length; i += 4)
      for (let c = 0; c < 4; c++) if (raw.data[i + c] !== stored.data[offset + i + c]) { diff++; break; }
    return diff;
  })()`) as Promise<number>;
}
