import { browser } from 'wxt/browser';
import type { BandInfo } from '../capture/band';
import { createRateLimiter } from '../capture/rate-limit';
import type { StitchJob } from '../capture/stitch-job';
import { dataUrlToBytes, sha256Hex } from '../evidence/hash';
import { recordCaptureProfile, stitchInOffscreen } from './offscreen';
import { t } from '../i18n/t';

/** Every captureVisibleTab call of the extension goes through this one queue (2 calls/s quota). */
export const scheduleShot = createRateLimiter();

export interface Shot {
  bytes: Uint8Array;
  mime: string;
  url: string;
  title: string;
  capturedAt: string;
  /** Hash of the raw viewport pixels before the band: equal hashes mean the page looked the same. */
  rawSha256: string;
  width: number;
  height: number;
}

export interface CaptureTarget {
  expectUrl?: string;
  orderNo: string | null;
  band: boolean;
}

/** The tab left the page the capture was meant for: capturing now would record the wrong page. */
export class TabNavigatedError extends Error {
  override name = 'TabNavigatedError';
}

/**
 * The visible part of a tab, or undefined when the tab is not the visible one (only the active tab can be shot).
 * Throws TabNavigatedError when the tab no longer shows `expectUrl`.
 */
export function shootVisible(tabId: number, expectUrl?: string) {
  return scheduleShot(async () => {
    const tab = await browser.tabs.get(tabId);
    if (!tab.active || tab.windowId === undefined) return undefined;
    if (expectUrl && tab.url !== expectUrl) throw new TabNavigatedError(`tab ${tabId} left ${expectUrl}`);
    const calledAt = Date.now();
    const dataUrl = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
    return { dataUrl, tab, calledAt, capturedAt: new Date().toISOString() };
  });
}

export async function encodeShot(
  job: StitchJob,
  meta: { url: string; title: string; capturedAt: string; rawSha256: string },
): Promise<Shot> {
  const { bytes, mime, width, height, profile } = await stitchInOffscreen(job);
  recordCaptureProfile({ kind: 'viewport', encode: [profile] });
  return { ...meta, bytes, mime, width, height };
}

/** Viewport screenshot with the evidence band burned in. */
export async function captureViewport(tabId: number, target: CaptureTarget): Promise<Shot | undefined> {
  const shot = await shootVisible(tabId, target.expectUrl);
  if (!shot) return undefined;
  const url = shot.tab.url ?? '';
  const title = shot.tab.title ?? '';
  const rawSha256 = await sha256Hex(dataUrlToBytes(shot.dataUrl).bytes);
  const band: BandInfo | null = target.band
    ? { url, title, capturedAt: shot.capturedAt, orderNo: target.orderNo }
    : null;
  // The shot's own size decides the height (tab.height can differ from the rendered viewport).
  const job: StitchJob = {
    viewportWidth: shot.tab.width ?? 1,
    slices: [{ dataUrl: shot.dataUrl, cropTop: 0, destY: 0 }],
    band,
  };
  return encodeShot(job, { url, title, capturedAt: shot.capturedAt, rawSha256 });
}

/** An MHTML copy of the tab as rendered now (Chrome's pageCapture): frames, CSS and images in one file. */
export async function archivePage(tabId: number) {
  // Firefox has no pageCapture: say so instead of failing on an undefined API.
  if (typeof chrome === 'undefined' || !chrome.pageCapture) throw new Error(t('err_no_mhtml'));
  const tab = await browser.tabs.get(tabId);
  const blob = await chrome.pageCapture.saveAsMHTML({ tabId });
  if (!blob) throw new Error(t('bg_archive_failed'));
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return {
    bytes,
    mime: 'multipart/related',
    url: tab.url ?? '',
    title: tab.title ?? '',
    capturedAt: new Date().toISOString(),
  };
}
