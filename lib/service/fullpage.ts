import { browser } from 'wxt/browser';
import { CAPTURE_PORT, Metrics, ScrollAck, type DriverMessage } from '../capture/driver-protocol';
import { planFullPage } from '../capture/stitch-plan';
import type { StitchJob } from '../capture/stitch';
import { sha256Hex } from '../evidence/hash';
import { encodeShot, shootVisible, type CaptureTarget, type Shot } from './capture';

export type Progress = (done: number, total: number) => void;

async function drive(tabId: number, msg: DriverMessage): Promise<unknown> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, msg);
  if (reply && typeof reply === 'object' && 'error' in reply) throw new Error(String(reply.error));
  return reply;
}

/**
 * Scroll-and-stitch the whole page: one shot per viewport through the shared 2/s queue, fixed and sticky
 * elements hidden after the first shot, parts split below canvas and WebP limits, scroll position restored.
 * Returns one encoded image per part, or undefined when the tab is not visible.
 */
export async function captureFullPage(
  tabId: number,
  target: CaptureTarget,
  progress?: Progress,
): Promise<Shot[] | undefined> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/capture-driver.js'] });
  const port = browser.tabs.connect(tabId, { name: CAPTURE_PORT });
  const m = Metrics.parse(await drive(tabId, { type: 'fp-measure' }));
  const parts = planFullPage(m);
  const total = parts.reduce((n, p) => n + p.slices.length, 0);
  const capturedAt = new Date().toISOString();
  const shots: Shot[] = [];
  let done = 0;
  try {
    for (const [i, part] of parts.entries()) {
      const slices: StitchJob['slices'] = [];
      for (const s of part.slices) {
        ScrollAck.parse(await drive(tabId, { type: 'fp-scroll', y: s.scrollY, hideFixed: done > 0 }));
        const shot = await shootVisible(tabId, target.expectUrl);
        if (!shot) return undefined;
        slices.push({ dataUrl: shot.dataUrl, cropTop: s.cropTop, height: s.height, destY: s.destY });
        progress?.(++done, total);
      }
      const title = parts.length > 1 ? `${m.title}（第 ${i + 1}/${parts.length} 部分）` : m.title;
      const band = target.band ? { url: m.url, title, capturedAt, orderNo: target.orderNo } : null;
      const rawSha256 = await sha256Hex(slices.map((s) => s.dataUrl).join('\n'));
      shots.push(
        await encodeShot(
          { viewportWidth: m.viewportWidth, height: part.height, slices, band },
          { url: m.url, title, capturedAt, rawSha256 },
        ),
      );
    }
  } finally {
    await drive(tabId, { type: 'fp-restore' }).catch(() => undefined);
    port.disconnect();
  }
  return shots;
}
