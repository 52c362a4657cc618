import { browser } from 'wxt/browser';
import { CAPTURE_PORT, Metrics, ScrollAck, type DriverMessage } from '../capture/driver-protocol';
import type { EncodeProfile } from '../capture/encode';
import { planFullPage } from '../capture/stitch-plan';
import { sha256Hex } from '../evidence/hash';
import { shootVisible, type CaptureTarget, type Shot } from './capture';
import { openStitch, recordCaptureProfile, type StitchHandle } from './offscreen';

export type Progress = (done: number, total: number) => void;

async function drive(tabId: number, msg: DriverMessage): Promise<unknown> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, msg);
  if (reply && typeof reply === 'object' && 'error' in reply) throw new Error(String(reply.error));
  return reply;
}

/**
 * Scroll-and-stitch the whole page: one shot per viewport through the shared 2/s queue, fixed and sticky
 * elements hidden after the first shot, parts split below canvas and WebP limits, scroll position restored.
 * Each shot goes to the offscreen document as soon as it is taken, where it is drawn and compressed while
 * the next ones are shot; after the last shot only the last slice and the choice of encoding remain.
 * Returns one encoded image per part, or undefined when the tab is not visible.
 */
export async function captureFullPage(
  tabId: number,
  target: CaptureTarget,
  progress?: Progress,
): Promise<Shot[] | undefined> {
  const start = Date.now();
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/capture-driver.js'] });
  const port = browser.tabs.connect(tabId, { name: CAPTURE_PORT });
  const m = Metrics.parse(await drive(tabId, { type: 'fp-measure' }));
  const measured = Date.now();
  const parts = planFullPage(m);
  const total = parts.reduce((n, p) => n + p.slices.length, 0);
  const capturedAt = new Date().toISOString();
  const shotTimes: number[] = [];
  const callTimes: number[] = [];
  const open: StitchHandle[] = [];
  const pending: Promise<Shot>[] = [];
  let allShot = false;
  try {
    for (const [i, part] of parts.entries()) {
      const title = parts.length > 1 ? `${m.title}（第 ${i + 1}/${parts.length} 部分）` : m.title;
      const band = target.band ? { url: m.url, title, capturedAt, orderNo: target.orderNo } : null;
      const header = { viewportWidth: m.viewportWidth, height: part.height, band, stream: true };
      const stitch = openStitch(header);
      open.push(stitch);
      const dataUrls: string[] = [];
      for (const [j, s] of part.slices.entries()) {
        ScrollAck.parse(
          await drive(tabId, { type: 'fp-scroll', y: s.scrollY, hideFixed: shotTimes.length > 0 }),
        );
        const shot = await shootVisible(tabId, target.expectUrl);
        if (!shot) return undefined;
        shotTimes.push(Date.now());
        callTimes.push(shot.calledAt);
        const finalTo = part.slices[j + 1]?.destY ?? part.height;
        stitch.add({ dataUrl: shot.dataUrl, cropTop: s.cropTop, height: s.height, destY: s.destY, finalTo });
        dataUrls.push(shot.dataUrl);
        progress?.(shotTimes.length, total);
      }
      // Not awaited: the next part is shot while this one is encoded (its failure is awaited below).
      const done = finishPart(stitch, dataUrls, { url: m.url, title, capturedAt });
      done.catch(() => undefined);
      pending.push(done);
    }
    allShot = true;
  } finally {
    if (!allShot) for (const stitch of open) stitch.abort();
    // The page is given back as soon as the last shot is in, while the last part is still being encoded.
    await drive(tabId, { type: 'fp-restore' }).catch(() => undefined);
    port.disconnect();
  }
  const shots = await Promise.all(pending);
  const encoded = Date.now();
  recordCaptureProfile({
    kind: 'full-page',
    encode: shots.flatMap((shot) => profiles.get(shot) ?? []),
    times: { start, measured, calls: callTimes, shots: shotTimes, encoded },
  });
  return shots;
}

const profiles = new WeakMap<Shot, EncodeProfile>();

async function finishPart(
  stitch: StitchHandle,
  dataUrls: string[],
  meta: { url: string; title: string; capturedAt: string },
): Promise<Shot> {
  // Hash of the raw shots (before the band): equal hashes mean the page looked the same.
  const [out, rawSha256] = await Promise.all([stitch.finish(), sha256Hex(dataUrls.join('\n'))]);
  const shot: Shot = {
    ...meta,
    rawSha256,
    bytes: out.bytes,
    mime: out.mime,
    width: out.width,
    height: out.height,
  };
  profiles.set(shot, out.profile);
  return shot;
}
