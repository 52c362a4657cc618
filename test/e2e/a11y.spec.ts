// Issue #9: no serious or critical axe-core violation on the extension's pages, each checked with real content
// (a demo order with its evidence), in the zh-CN browser the buyer has.
import type { BrowserContext, Page } from '@playwright/test';
import { describeViolations, seriousViolations } from './a11y';
import { expect, tabIdOf, test, type Demo } from './fixtures';
import { CasePage } from './pages/case';
import { Popup } from './pages/popup';
import { DemoControl, Shop, type Scenario } from './pages/shop';

/** A flagship order that is never delivered, its page open in a tab, with at least one evidence record. */
async function orderWithEvidence(
  context: BrowserContext,
  demo: Demo,
  extensionId: string,
  scenario: Scenario = 'never',
) {
  const control = new DemoControl(demo.url);
  const order = await control.createOrder(scenario);
  const shop = new Shop(await context.newPage(), control);
  const tabId = await tabIdOf(context, extensionId, await shop.openOrder(order));
  const popup = await Popup.open(context, extensionId, tabId);
  await expect(popup.evidenceItems.first()).toBeVisible();
  return { order, shop, popup };
}

/** Folded parts (<details>) are opened so their content is checked too. */
async function expectNoSeriousViolations(page: Page) {
  await page
    .locator('details')
    .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  const violations = await seriousViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

test('popup on an order page: order card, deadline, verdict and gallery', async ({
  context,
  demo,
  extensionId,
}) => {
  const { order, popup } = await orderWithEvidence(context, demo, extensionId);
  await expect(popup.current.getByRole('article', { name: `订单 ${order.orderNo}` })).toBeVisible();
  await expect(popup.current.getByText(/^发货期限/)).toBeVisible();
  await expect(popup.current.getByRole('region', { name: /^退款判断/ })).toBeVisible();
  await expect(popup.orders.filter({ hasText: order.orderNo })).toHaveCount(1);
  await expectNoSeriousViolations(popup.page);
});

test('popup on a page without an order: failure prompt and order list', async ({
  context,
  demo,
  extensionId,
}) => {
  const { order, shop, popup: first } = await orderWithEvidence(context, demo, extensionId, 'invalid-key');
  await first.page.close();
  // The official redeem page: no order on it, so the popup offers 截取失败提示 for a chosen order.
  const redeem = new Shop(await context.newPage(), shop.control);
  await redeem.redeem(order.keys![0]!);
  const popup = await Popup.open(
    context,
    extensionId,
    await tabIdOf(context, extensionId, redeem.page.url()),
  );
  await expect(popup.failurePromptButton).toBeVisible();
  await expect(popup.orders.filter({ hasText: order.orderNo })).toHaveCount(1);
  await expectNoSeriousViolations(popup.page);
});

test('export page with an order: package, letters, verification, backup', async ({
  context,
  demo,
  extensionId,
}) => {
  const { order, popup } = await orderWithEvidence(context, demo, extensionId);
  await popup.page.close();
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/export.html`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('卡盾');
  await expect(page.getByRole('combobox', { name: '订单' })).toContainText(order.orderNo);
  await expect(page.getByLabel('平台介入申请')).toHaveValue(/申请平台介入/);
  await expectNoSeriousViolations(page);
});

test('case page with an order selected: list, filters, timeline, gallery, verdict', async ({
  context,
  demo,
  extensionId,
}) => {
  const { order, popup } = await orderWithEvidence(context, demo, extensionId);
  await popup.page.close();
  const key = `${new URL(demo.url).host}|${order.orderNo}`;
  const cp = await CasePage.open(context, extensionId, `?order=${encodeURIComponent(key)}`);
  await expect(cp.row(order.orderNo)).toHaveAttribute('aria-selected', 'true');
  await expect(cp.detail).toContainText(order.orderNo);
  await expect(cp.timeline.first()).toBeVisible();
  await expectNoSeriousViolations(cp.page);
});

test('settings page', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('onboarding page', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/onboarding.html`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await expectNoSeriousViolations(page);
});
