// Chromium may stop the extension's service worker at any time. A full-page capture interrupted that way
// must leave no partial record (the chain stays whole and every stored byte matches its hash), and the
// extension must work again afterwards.
import { expectIntact, stopExtensionWorker } from './evidence-checks';
import { expect, test } from './evidence-fixtures';
import { orderKeyOf, type EvidenceInspector } from './evidence-inspector';
import { Popup } from './pages/popup';
import type { DemoControl, Shop } from './pages/shop';

interface InterruptArgs {
  control: DemoControl;
  demo: { url: string };
  extensionId: string;
  inspector: EvidenceInspector;
  shop: Shop;
}

test('stopping the service worker mid full-page capture leaves no partial record, and capture recovers', async ({
  control,
  demo,
  extensionId,
  inspector,
  shop,
}) => {
  const order = await control.createOrder('never');
  const url = await shop.openAfterSales(order); // ~10 viewports: ~10 shots at 2/s
  const key = orderKeyOf(demo.url, order.orderNo);
  await expect.poll(async () => (await inspector.rows(key)).length).toBe(1);
  const before = await inspector.rows(key);
  const tabId = await inspector.tabIdOf(url);

  const popup = await Popup.openFrom(inspector.page, extensionId, tabId);
  await popup.captureFullPageButton.click();
  // Mid-capture: some shots taken, several to go.
  await expect
    .poll(async () => Number((await popup.progress.getAttribute('value')) ?? 0), { intervals: [50] })
    .toBeGreaterThanOrEqual(2);
  const total = Number(await popup.progress.getAttribute('max'));
  expect(total).toBeGreaterThanOrEqual(8);
  await stopExtensionWorker(shop.page, extensionId);

  // Nothing of the interrupted capture was stored, and what was stored before is intact.
  expect(await inspector.rows(key)).toEqual(before);
  expect(await inspector.order(key)).toMatchObject({ evidenceCount: 1, lastChainHash: before[0]!.chainHash });

  // A later capture (a new popup, as the buyer would open it) wakes the worker and works.
  const again = await Popup.openFrom(inspector.page, extensionId, tabId);
  await again.captureFullPageButton.click();
  await expect(again.captureStatus).toHaveText(/^已保存整页截图/, { timeout: 30_000 });
  const rows = await inspector.rows(key);
  // Exactly the first screenshot plus one full page: the stopped capture never completes later either.
  expect(rows.map((r) => `${r.seq} ${r.kind} ${String(r.meta.reason)}`)).toEqual([
    '1 order-page first-seen',
    '2 full-page manual',
  ]);
  for (const row of rows) await expectIntact(inspector, row);
  expect(await again.verifyChain()).toBe('证据链完整：2 份证据均未被改动');
});

/** Open the long page, start 整页取证 from the popup and stop the worker after the second shot. */
async function interruptFullPage({ control, demo, extensionId, inspector, shop }: InterruptArgs) {
  const order = await control.createOrder('never');
  const url = await shop.openAfterSales(order);
  await expect.poll(async () => (await inspector.rows(orderKeyOf(demo.url, order.orderNo))).length).toBe(1);
  const popup = await Popup.openFrom(inspector.page, extensionId, await inspector.tabIdOf(url));
  await popup.captureFullPageButton.click();
  await expect
    .poll(async () => Number((await popup.progress.getAttribute('value')) ?? 0), { intervals: [50] })
    .toBeGreaterThanOrEqual(2);
  await stopExtensionWorker(shop.page, extensionId);
  return popup;
}

test('a full-page capture cut short by a worker stop tells the buyer and lets them retry', async ({
  control,
  demo,
  extensionId,
  inspector,
  shop,
}) => {
  const popup = await interruptFullPage({ control, demo, extensionId, inspector, shop });
  // The popup must not stay on 正在整页截图… with its buttons disabled for as long as it is open.
  await expect(popup.captureStatus).not.toHaveText(/正在整页截图/);
  await expect(popup.captureFullPageButton).toBeEnabled();
});

test('a full-page capture cut short by a worker stop gives the page back', async ({
  control,
  demo,
  extensionId,
  inspector,
  shop,
}) => {
  await interruptFullPage({ control, demo, extensionId, inspector, shop });
  // The capture driver hid the scrollbar (overflow: hidden on <html>) and the sticky header; the buyer must
  // get a scrollable page with its header back once the capture is over, finished or not.
  const pageState = () =>
    shop.page.evaluate(() => ({
      overflow: document.documentElement.style.overflow,
      bar: getComputedStyle(document.querySelector('[data-testid=after-sales-bar]')!).visibility,
    }));
  await expect.poll(pageState).toEqual({ overflow: '', bar: 'visible' });
});
