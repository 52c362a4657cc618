import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DemoControl, Shop } from './pages/shop';

// Port 1 is on Chromium's restricted-port list, so this request is refused inside the browser
// before any socket is opened: only a Playwright-level observer can see it.
const CANARY_LOOPBACK = 'http://127.0.0.1:1/egress-canary';
// Resolves nowhere (.invalid); the guard's proxy answers 502 without any DNS lookup.
const CANARY_FOREIGN = 'http://egress-canary.invalid/x';

test.describe('egress guard self-test (asserts the guard works, not that the product is clean)', () => {
  test('sees requests made from the extension service worker', async ({ egress, getServiceWorker }) => {
    const worker = await getServiceWorker();
    await worker.evaluate(
      (urls) => Promise.all(urls.map((u) => fetch(u).catch(() => undefined))),
      [CANARY_LOOPBACK, CANARY_FOREIGN],
    );
    await expect
      .poll(() => egress.foreign.map((r) => `${r.source} ${r.url}`))
      .toEqual(
        expect.arrayContaining([
          `service-worker ${CANARY_LOOPBACK}`,
          `service-worker ${CANARY_FOREIGN}`,
          `proxy ${CANARY_FOREIGN}`, // the browser-wide proxy saw it independently
        ]),
      );
    egress.drain();
  });

  test('sees requests from extension pages, even to the demo server', async ({
    context,
    demo,
    egress,
    extensionId,
  }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    egress.drain(); // whatever the popup did by itself is judged by the other specs
    await page.evaluate((u) => fetch(u).catch(() => undefined), `${demo.url}/?from=extension-page`);
    await expect
      .poll(() => egress.foreign.map((r) => r.source))
      .toEqual(expect.arrayContaining(['extension-page', 'proxy']));
    egress.drain();
  });

  test('sees requests from an offscreen document', async ({ context, egress, getServiceWorker }) => {
    const worker = await getServiceWorker();
    // Any extension page can host an offscreen document; reuse one if the extension has it open.
    await worker.evaluate(async () => {
      const open = await chrome.runtime.getContexts({
        contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
      });
      if (open.length === 0) {
        await chrome.offscreen.createDocument({
          url: 'popup.html',
          reasons: [chrome.offscreen.Reason.DOM_PARSER],
          justification: 'e2e egress guard self-test',
        });
      }
    });
    // This test opened no extension tab, so the only extension page is the offscreen document.
    await expect.poll(() => context.pages().filter(isExtensionPage).length).toBe(1);
    const [offscreen] = context.pages().filter(isExtensionPage);
    egress.drain();
    await offscreen?.evaluate((u) => fetch(u).catch(() => undefined), CANARY_LOOPBACK);
    await expect
      .poll(() => egress.foreign.map((r) => `${r.source} ${r.url}`))
      .toContain(`extension-page ${CANARY_LOOPBACK}`);
    egress.drain();
  });

  test('sees shop pages reaching a foreign host', async ({ context, demo, egress }) => {
    const page = await context.newPage();
    await page.goto(demo.url);
    await page.evaluate((u) => fetch(u, { mode: 'no-cors' }).catch(() => undefined), CANARY_FOREIGN);
    await expect
      .poll(() => egress.foreign.map((r) => `${r.source} ${r.url}`))
      .toEqual(expect.arrayContaining([`page ${CANARY_FOREIGN}`, `proxy ${CANARY_FOREIGN}`]));
    egress.drain();
  });
});

test('browsing the demo platform with the extension makes no foreign request', async ({
  context,
  demo,
  egress,
}) => {
  const control = new DemoControl(demo.url);
  const shop = new Shop(await context.newPage(), control);
  const never = await control.createOrder('never');
  const offsite = await control.createOrder('offsite');
  const acg = await control.createOrder('instant', { skin: 'acg' });
  const dujiaoka = await control.createOrder('instant', { skin: 'dujiaoka' });

  for (const path of ['/', '/goods/1', '/user/orders', '/official/redeem']) await shop.open(path);
  await shop.openOrder(never);
  for (const order of [never, offsite, acg, dujiaoka]) {
    for (const url of Object.values(order.urls)) if (url) await shop.open(url);
  }

  // The proxy must have carried the shop traffic, otherwise this test proves nothing.
  expect(egress.forwarded).toBeGreaterThan(0);
  expect(egress.foreign).toEqual([]); // also asserted (with a readable list) after every test
});

function isExtensionPage(page: Page): boolean {
  return page.url().startsWith('chrome-extension://');
}
