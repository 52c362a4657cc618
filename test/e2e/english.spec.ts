// Issue #9: complete English. In an English browser the popup, the evidence viewer and the export page speak
// English; the only Chinese left is the shop's own text (marked data-page-text) and the letters written to
// Chinese merchants and platforms (marked lang="zh-CN"). A zh-CN browser still gets Chinese.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, tabIdOf, test } from './fixtures';
import { Popup } from './pages/popup';
import { DemoControl, Shop } from './pages/shop';
import type { UiLang } from './browser';

/**
 * Text and accessible attributes with Chinese (CJK ideographs or full-width punctuation) outside shop data and
 * Chinese letters. Folded parts (closed <details>) count too: their text is in the page.
 */
function chineseOutsideData(): string[] {
  const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
  // Marked inside the page; <html lang> (the UI language itself) does not exempt anything.
  const exempt = (el: Element | null) => {
    const marked = el?.closest('[data-page-text], [lang^="zh"]');
    return !el || (!!marked && marked !== document.documentElement);
  };
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (el?.closest('script, style')) continue;
    if (CJK.test(node.textContent ?? '') && !exempt(el)) found.push(node.textContent!.trim());
  }
  for (const el of document.body.querySelectorAll('*')) {
    if (exempt(el)) continue;
    for (const attr of ['aria-label', 'title', 'alt', 'placeholder']) {
      if (attr === 'title' && el.hasAttribute('data-page-title')) continue;
      const value = el.getAttribute(attr);
      if (value && CJK.test(value)) found.push(`${el.tagName.toLowerCase()}[${attr}]: ${value}`);
    }
  }
  if (CJK.test(document.title)) found.push(`title: ${document.title}`);
  return found;
}

/** A never-delivered flagship order, past its one-minute promise: the verdict, deadlines and case all show. */
async function breachedOrder(context: BrowserContext, demoUrl: string) {
  const control = new DemoControl(demoUrl);
  const order = await control.createOrder('never', { promise: '付款后1分钟内自动发货', paidSecondsAgo: 600 });
  const shop = new Shop(await context.newPage(), control);
  const url = await shop.openOrder(order);
  return { order, url };
}

async function popupFor(context: BrowserContext, extensionId: string, url: string, lang: UiLang) {
  const popup = await Popup.open(context, extensionId, await tabIdOf(context, extensionId, url), lang);
  // Everything the order brings: verdict, deadline, evidence, the case steps with their letters.
  await expect(popup.current.getByRole('region', { name: popup.text('popup_verdict_title') })).toContainText(
    popup.text('popup_verdict_ELIGIBLE'),
  );
  await expect(popup.current.locator('.deadlines')).toContainText(popup.text('popup_breach_recorded', ''));
  await expect(popup.evidenceItems.first()).toBeVisible();
  await popup.current.getByText(popup.text('popup_case_summary')).click();
  await expect(popup.current.locator('textarea[lang="zh-CN"]').first()).not.toHaveValue('');
  return popup;
}

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

test.describe('English browser', () => {
  test.use({ lang: 'en-US' });

  test('popup, evidence viewer and export page are in English apart from shop text and letters', async ({
    context,
    demo,
    extensionId,
    getServiceWorker,
  }) => {
    const { order, url } = await breachedOrder(context, demo.url);
    const popup = await popupFor(context, extensionId, url, 'en-US');
    const page = popup.page;

    expect(await htmlLang(page)).toBe('en');
    await expect(popup.heading).toHaveText('CardShield');
    await expect(popup.current).toContainText(`Next step: File the refund request`);
    await expect(popup.current).toContainText('Message to the merchant (in Chinese)');
    // Shop text stays as the shop wrote it, marked as such.
    await expect(popup.current.locator('[data-page-text]').filter({ hasText: '付款后1分钟内自动发货' })).toHaveCount(1); // prettier-ignore
    expect(await page.evaluate(chineseOutsideData)).toEqual([]);

    // The full-size viewer of the newest evidence record.
    const opened = context.waitForEvent('page', (p) => p.url().includes('/viewer.html'));
    await popup.evidenceItems.first().getByRole('button').click();
    const viewer = await opened;
    await expect(viewer.getByRole('status')).toHaveText('✓ The file matches its recorded SHA-256');
    expect(await htmlLang(viewer)).toBe('en');
    expect(await viewer.evaluate(chineseOutsideData)).toEqual([]);

    // A page without an order (the official redeem page): the failure-prompt capture, orders to link offered.
    const shop = new Shop(await context.newPage(), new DemoControl(demo.url));
    const redeemUrl = await shop.open('/official/redeem');
    const redeemPopup = await Popup.open(context, extensionId, await tabIdOf(context, extensionId, redeemUrl), 'en-US'); // prettier-ignore
    await expect(redeemPopup.failurePromptButton).toBeVisible();
    await expect(redeemPopup.linkedOrder).toHaveValue(new RegExp(order.orderNo));
    expect(await redeemPopup.page.evaluate(chineseOutsideData)).toEqual([]);

    // The export page with the order's letters composed (Chinese, in lang="zh-CN" boxes).
    const exportPage = await context.newPage();
    await exportPage.goto(`chrome-extension://${extensionId}/export.html`);
    const letter = exportPage.getByRole('textbox', { name: 'Platform intervention request (in Chinese)' });
    await expect(letter).toHaveValue(new RegExp(order.orderNo));
    await expect(exportPage.getByRole('heading', { level: 1 })).toHaveText('CardShield · Export and backup');
    expect(await htmlLang(exportPage)).toBe('en');
    expect(await exportPage.evaluate(chineseOutsideData)).toEqual([]);

    // The browser-level strings come from the English catalogue too.
    const worker = await getServiceWorker();
    const { title, commands } = await worker.evaluate(async () => ({
      title: await chrome.action.getTitle({}),
      commands: await chrome.commands.getAll(),
    }));
    expect(title).toBe('CardShield');
    expect(commands.find((c) => c.name === 'capture-now')?.description).toBe(
      'Capture now: screenshot this page into the evidence chain',
    );
  });
});

test('a zh-CN browser gets Chinese', async ({ context, demo, extensionId, getServiceWorker }) => {
  const { url } = await breachedOrder(context, demo.url);
  const popup = await popupFor(context, extensionId, url, 'zh-CN');
  expect(await htmlLang(popup.page)).toBe('zh-CN');
  await expect(popup.heading).toHaveText('卡盾');
  await expect(popup.current).toContainText('下一步：提交退款申请');
  // The check above is not blind: here it finds the Chinese UI.
  expect(await popup.page.evaluate(chineseOutsideData)).toContain('下一步：提交退款申请');
  const commands = await (await getServiceWorker()).evaluate(() => chrome.commands.getAll());
  expect(commands.find((c) => c.name === 'capture-now')?.description).toBe(
    '立即取证：截取当前页面并写入证据链',
  );
});
