// Page object for the popup (entrypoints/popup), opened by URL and pointed at a shop tab.
import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { MessageKey } from '../../../lib/i18n/catalog';
import { lookupMessage } from '../../../lib/i18n/lookup';
import { STATUS_LABEL } from '../../../lib/i18n/status';
import { extensionWorker, type UiLang } from '../browser';

const ZH_STATUS = Object.values(STATUS_LABEL).map((label) => label.zh);

export class Popup {
  readonly heading: Locator;
  /** The order(s) detected on the target tab. */
  readonly current: Locator;
  /** Every order CardShield has recorded. */
  readonly orders: Locator;
  /** 立即取证 / 整页取证 (order pages) and 截取失败提示 with its 关联到订单 select (pages without an order). */
  readonly captureViewportButton: Locator;
  readonly captureFullPageButton: Locator;
  readonly failurePromptButton: Locator;
  readonly linkedOrder: Locator;
  /** The capture status line and the full-page progress bar. */
  readonly captureStatus: Locator;
  readonly progress: Locator;
  /** 证据 gallery items and the chain check (first order on the page). */
  readonly evidenceItems: Locator;
  readonly verifyButton: Locator;
  readonly verifyStatus: Locator;

  /** Locators use the catalogue of the browser's language (zh-CN unless the test launched another). */
  constructor(
    readonly page: Page,
    readonly lang: UiLang = 'zh-CN',
  ) {
    const L = (key: MessageKey) => this.text(key);
    this.heading = page.getByRole('heading', { level: 1 });
    this.current = page.getByRole('region', { name: L('popup_current_page') });
    this.orders = page.getByRole('list', { name: L('popup_my_orders') }).getByRole('listitem');
    this.captureViewportButton = this.current.getByRole('button', { name: L('popup_capture_now') });
    this.captureFullPageButton = this.current.getByRole('button', { name: L('popup_capture_fullpage') });
    this.failurePromptButton = this.current.getByRole('button', { name: L('popup_failure_capture') });
    this.linkedOrder = this.current.getByRole('combobox', { name: L('popup_failure_link') });
    this.captureStatus = this.current.locator('.capture-status [role=status]');
    this.progress = this.current.getByRole('progressbar', { name: L('popup_capture_progress') });
    this.evidenceItems = this.current
      .getByRole('list', { name: L('popup_evidence'), exact: true })
      .getByRole('listitem');
    this.verifyButton = this.current.getByRole('button', { name: L('popup_verify_chain') });
    this.verifyStatus = this.current.locator('.verify-row [role=status]');
  }

  /**
   * Opens `popup.html`. With `tabId` it acts on that tab and opens in its own window, as the real
   * popup does: a popup *tab* in the shop's window would deactivate the shop tab, and only the
   * active tab of a window can be screenshotted (captureVisibleTab).
   */
  static async open(
    context: BrowserContext,
    extensionId: string,
    tabId?: number,
    lang: UiLang = 'zh-CN',
  ): Promise<Popup> {
    const url = `chrome-extension://${extensionId}/popup.html${tabId === undefined ? '' : `?tabId=${tabId}`}`;
    if (tabId === undefined) {
      const page = await context.newPage();
      await page.goto(url);
      return new Popup(page, lang);
    }
    // The new window's page can first report about:blank: match it too, then wait for the popup's URL.
    const opened = context.waitForEvent('page', (p) => p.url() === url || p.url() === 'about:blank');
    const worker = await extensionWorker(context, extensionId);
    await worker.evaluate(
      (u) => chrome.windows.create({ url: u, type: 'popup', width: 420, height: 640 }),
      url,
    );
    const page = await opened;
    await page.waitForURL(url);
    await page.setViewportSize({ width: 404, height: 640 });
    return new Popup(page, lang);
  }

  /** A catalogue string in the popup's language (`$1`… filled from `subs`). */
  text(key: MessageKey, ...subs: (string | number)[]): string {
    return lookupMessage(key, subs.map(String), this.lang === 'en-US' ? 1 : 0);
  }

  /**
   * Like `open(context, id, tabId)`, but the window is created by `opener`, an extension page: works while
   * the service worker is stopped (the popup's first message then wakes it, as for a buyer).
   */
  static async openFrom(opener: Page, extensionId: string, tabId: number): Promise<Popup> {
    const url = `chrome-extension://${extensionId}/popup.html?tabId=${tabId}`;
    const opened = opener.context().waitForEvent('page', (p) => p.url() === url || p.url() === 'about:blank');
    await opener.evaluate(
      (u) => chrome.windows.create({ url: u, type: 'popup', width: 420, height: 640 }).then(() => undefined),
      url,
    );
    const page = await opened;
    await page.waitForURL(url);
    return new Popup(page);
  }

  /** Clicks 验证证据链 and returns the verdict line once the check has finished. */
  async verifyChain(): Promise<string> {
    await this.verifyButton.click();
    await this.verifyStatus.filter({ hasText: /证据链/ }).waitFor();
    return (await this.verifyStatus.innerText()).trim();
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
