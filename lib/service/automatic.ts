/**
 * Automatic captures the background starts by itself (a breach's fresh screenshot, a capture held back until the
 * tab is shown): they honour the pause list and the capture options like the message-driven ones
 * (lib/service/router.ts).
 */
import { browser } from 'wxt/browser';
import type { OrderRow } from '../model/order';
import type { Settings } from '../settings';
import { withCaptureOptions } from '../settings/apply';
import { hostOfUrl, isPaused } from '../settings/sites';
import { captureOrDefer, runPendingCapture, type CaptureDeps } from './evidence-store';

type Deps = CaptureDeps & { settings: () => Promise<Settings> };

/** The breach's screenshot of the order's open page, unless its site is paused. */
export async function captureBreachPage(tabId: number, order: OrderRow, deps: Deps): Promise<number> {
  const settings = await deps.settings();
  if (isPaused(order.site, settings)) return 0;
  return captureOrDefer(
    tabId,
    { orderKeys: [order.key], orderNo: order.orderNo, kind: 'order-page', reason: 'breach', url: '' },
    withCaptureOptions(deps, settings),
  );
}

/** A capture held back while the tab was hidden, now that it is shown — unless its site was paused meanwhile. */
export async function runPendingUnlessPaused(tabId: number, deps: Deps): Promise<number> {
  const settings = await deps.settings();
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (isPaused(hostOfUrl(tab?.url), settings)) return 0;
  return runPendingCapture(tabId, withCaptureOptions(deps, settings));
}
