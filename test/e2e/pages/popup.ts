// Page object for the popup (entrypoints/popup), opened by URL and pointed at a shop tab.
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { STATUS_LABEL } from '../../../lib/i18n/status';
import { extensionWorker } from '../browser';

const ZH_STATUS = Object.values(STATUS_LABEL).map((label) => label.zh);

export class Popup {
  readonly heading: Locator;
  /** The order(s) detected on the target tab. */
  readonly current: Locator;
  /** Every order CardShield has recorded. */
  readonly orders: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.current = page.getByRole('region', { name: '当前页面' });
    this.orders = page.getByRole('list', { name: '我的订单' }).getByRole('listitem');
  }

  /**
   * Opens `popup.html`. With `tabId` it acts on that tab and opens in its own window, as the real
   * popup does: a popup *tab* in the shop's window would deactivate the shop tab, and only the
   * active tab of a window can be screenshotted (captureVisibleTab).
   */
  static async open(context: BrowserContext, extensionId: string, tabId?: number): Promise<Popup> {
    const url = `chrome-extension://${extensionId}/popup.html${tabId === undefined ? '' : `?tabId=${tabId}`}`;
    if (tabId === undefined) {
      const page = await context.newPage();
      await page.goto(url);
      return new Popup(page);
    }
    const opened = context.waitForEvent('page', (p) => p.url() === url);
    const worker = await extensionWorker(context, extensionId);
    await worker.evaluate(
      (u) => chrome.windows.create({ url: u, type: 'popup', width: 420, height: 640 }),
      url,
    );
    const page = await opened;
    await page.setViewportSize({ width: 404, height: 640 });
    return new Popup(page);
  }

  order(orderNo: string): Locator {
    return this.orders.filter({ hasText: orderNo });
  }

  /** The zh status label shown as a badge inside `scope` (exact text, so notices don't count). */
  static async statusIn(scope: Locator): Promise<string | undefined> {
    for (const zh of ZH_STATUS) {
      if ((await scope.getByText(zh, { exact: true }).count()) > 0) return zh;
    }
    return undefined;
  }

  /** Parses "证据 N 份" inside `scope` now, without waiting (NaN when absent). */
  static async evidenceCount(scope: Locator): Promise<number> {
    const [text = ''] = await scope.getByText(/证据\s*\d+\s*份/).allTextContents();
    return Number(/(\d+)/.exec(text)?.[1] ?? Number.NaN);
  }
}
