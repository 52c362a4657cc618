import { browser } from 'wxt/browser';
import { dataUrlToBytes } from '../evidence/hash';
import { createRateLimiter } from '../capture/rate-limit';

const schedule = createRateLimiter();

export interface Shot {
  bytes: Uint8Array;
  mime: string;
  url: string;
  title: string;
  capturedAt: string;
}

/**
 * Screenshot the visible part of a tab. Only an active tab is visible, so a background tab returns
 * undefined and the caller keeps the capture pending until the tab is shown.
 */
export function captureViewport(tabId: number, expectUrl?: string): Promise<Shot | undefined> {
  return schedule(async () => {
    const tab = await browser.tabs.get(tabId);
    if (!tab.active || tab.windowId === undefined) return undefined;
    if (expectUrl && tab.url !== expectUrl) return undefined;
    const dataUrl = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
    const { bytes, mime } = dataUrlToBytes(dataUrl);
    return { bytes, mime, url: tab.url ?? '', title: tab.title ?? '', capturedAt: new Date().toISOString() };
  });
}
