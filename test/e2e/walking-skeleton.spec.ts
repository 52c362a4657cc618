import { expect, tabIdOf, test } from './fixtures';
import { Popup } from './pages/popup';
import { DemoControl, Shop } from './pages/shop';

test('an order page on the flagship is detected, stored with a screenshot and shown in the popup', async ({
  context,
  demo,
  extensionId,
}) => {
  const control = new DemoControl(demo.url);
  const order = await control.createOrder('never');
  const shop = new Shop(await context.newPage(), control);
  const url = await shop.openOrder(order);
  const tabId = await tabIdOf(context, extensionId, url);

  const popup = await Popup.open(context, extensionId, tabId);
  await expect(popup.heading).toContainText('卡盾');
  await expect(popup.current).toContainText(order.orderNo);
  await expect(popup.current.getByText('待发货', { exact: true })).toBeVisible(); // the badge
  // The viewport screenshot is taken once the order is stored; wait for it to be counted.
  await expect.poll(() => Popup.evidenceCount(popup.current)).toBeGreaterThanOrEqual(1);

  const item = popup.order(order.orderNo);
  await expect(item).toHaveCount(1);
  await expect(item.getByText('待发货', { exact: true })).toBeVisible();
  await expect(item).toContainText(/证据 [1-9]\d* 份/);
});
