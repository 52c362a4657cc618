// Assertions shared by the evidence specs: stored bytes match their record, screenshots have the size of
// what the page showed plus the burned-in band, and the page's own geometry as the capture driver sees it.
import { expect, type CDPSession, type Page } from '@playwright/test';
import { BAND_CSS_HEIGHT } from '../../lib/capture/band';
import type { EvidenceInspector, StoredEvidence } from './evidence-inspector';

export { BAND_CSS_HEIGHT };

/** The band's background (lib/capture/band.ts drawBand). */
export const BAND_RGB: [number, number, number] = [0x1f, 0x23, 0x28];

export interface PageGeometry {
  /** Document height as lib/capture/fullpage-driver.ts measures it (CSS px). */
  docHeight: number;
  innerWidth: number;
  innerHeight: number;
  dpr: number;
}

export function geometry(page: Page): Promise<PageGeometry> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const body = document.body;
    return {
      docHeight: Math.max(root.scrollHeight, root.offsetHeight, body.scrollHeight, body.offsetHeight),
      innerWidth: window.innerWidth,
      innerHeight: window.innerHeight,
      dpr: window.devicePixelRatio,
    };
  });
}

/** The record's bytes exist, hash to its sha256 and have its size. */
export async function expectIntact(inspector: EvidenceInspector, row: StoredEvidence): Promise<void> {
  const blob = await inspector.blob(row.sha256);
  expect(blob.size, `bytes of #${row.seq} ${row.kind}`).toBe(row.size);
  expect(blob.actualSha256, `sha256 of #${row.seq} ${row.kind}`).toBe(row.sha256);
}

/**
 * A viewport screenshot: lossless image, the viewport at device scale plus the band on top, meta telling
 * the truth about the image, band pixels where the band is.
 */
export async function expectViewportShot(
  inspector: EvidenceInspector,
  row: StoredEvidence,
  g: Pick<PageGeometry, 'innerWidth' | 'innerHeight' | 'dpr'>,
): Promise<void> {
  expect(row.mime).toMatch(/^image\/(webp|png)$/);
  await expectIntact(inspector, row);
  const img = await inspector.image(row);
  expect(img).toEqual({
    width: g.innerWidth * g.dpr,
    height: Math.round((g.innerHeight + BAND_CSS_HEIGHT) * g.dpr),
  });
  expect({ width: row.meta.width, height: row.meta.height }).toEqual(img);
  expect((await inspector.pixel(row, 2, 2)).slice(0, 3)).toEqual(BAND_RGB);
}

/** Full-page parts of one capture, in part order (a single image has no part/parts meta). */
export function partsOf(rows: StoredEvidence[]): StoredEvidence[] {
  return [...rows].sort((a, b) => Number(a.meta.part ?? 1) - Number(b.meta.part ?? 1));
}

/**
 * Stop every service worker of the page's storage partition (the extension's included) through CDP and
 * wait until Chromium reports the extension's worker stopped. Works on Chromium 156; Target.closeTarget on
 * the worker target also stops it, but Playwright then loses track of the context.
 */
export async function stopExtensionWorker(page: Page, extensionId: string): Promise<void> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const prefix = `chrome-extension://${extensionId}/`;
    const stopped = new Promise<void>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v) => v.scriptURL.startsWith(prefix) && v.runningStatus === 'stopped')) resolve();
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
