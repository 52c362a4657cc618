// Evidence the buyer gets without clicking anything on the demo platform (issue #4), and the failure prompt
// of the official redeem page linked to its order (popup, keyboard command, context menu).
import type { Page, Worker } from '@playwright/test';
import { BAND_CSS_HEIGHT, expectIntact, expectViewportShot, geometry, partsOf } from './evidence-checks';
import { expect, test } from './evidence-fixtures';
import { orderKeyOf, type EvidenceInspector, type StoredEvidence } from './evidence-inspector';
import { Popup } from './pages/popup';
import type { DemoOrder, Shop } from './pages/shop';

const kinds = (rows: StoredEvidence[]) => rows.map((r) => `${r.seq} ${r.kind} ${String(r.meta.reason)}`);

test('a never-delivered order gets an order-page screenshot as soon as its page is open', async ({
  control,
  demo,
  inspector,
  shop,
}) => {
  const order = await control.createOrder('never');
  await shop.openOrder(order);
  const key = orderKeyOf(demo.url, order.orderNo);

  await expect.poll(async () => kinds(await inspector.rows(key))).toContain('1 order-page first-seen');
  const [row] = await inspector.rowsOfKind(key, 'order-page');
  expect(row).toMatchObject({ orderKey: key, url: shop.page.url(), title: await shop.page.title() });
  await expectViewportShot(inspector, row!, await geometry(shop.page));

  const stored = await inspector.order(key);
  expect(stored).toMatchObject({
    status: 'awaiting_delivery',
    evidenceCount: 1,
    lastChainHash: row!.chainHash,
  });
});

test('merchant messages are kept as a transcript and a screenshot of the chat', async ({
  control,
  demo,
  inspector,
  shop,
}) => {
  // offsite: right after payment the merchant asks the buyer to add WeChat (kf_xingchen88).
  const order = await control.createOrder('offsite');
  await shop.openChat(order);
  const key = orderKeyOf(demo.url, order.orderNo);

  const transcripts = async () => {
    const rows = (await inspector.rowsOfKind(key, 'chat')).filter((r) => r.mime === 'application/json');
    return Promise.all(rows.map(async (r) => ({ row: r, text: (await inspector.text(r.sha256)) ?? '' })));
  };
  await expect
    .poll(async () => (await transcripts()).map((t) => t.text).join('\n'))
    .toContain('kf_xingchen88');

  const said = `亲，微信那边处理不了，卡密我这边重新补发给你了（${order.orderNo.slice(-4)}）`;
  await control.message(order.orderNo, said);
  // The chat page polls every 1.5 s; the new message must end up in a new transcript, then a screenshot.
  await expect
    .poll(async () => (await transcripts()).some((t) => t.text.includes(said)), { timeout: 15_000 })
    .toBe(true);
  const latest = (await transcripts()).find((t) => t.text.includes(said))!;
  const body = JSON.parse(latest.text) as { type: string; orderNo: string; messages: { text: string }[] };
  expect(body).toMatchObject({ type: 'chat-transcript', orderNo: order.orderNo });
  expect(body.messages.map((m) => m.text)).toEqual(expect.arrayContaining([said]));
  expect(latest.row.meta).toMatchObject({ reason: 'messages-changed', messages: body.messages.length });
  await expectIntact(inspector, latest.row);

  const shotAfter = async () =>
    (await inspector.rowsOfKind(key, 'chat')).find(
      (r) => r.mime.startsWith('image/') && r.seq > latest.row.seq,
    );
  await expect.poll(shotAfter).toBeDefined();
  const shot = (await shotAfter())!;
  expect(shot.meta.reason).toBe('messages-changed');
  await expectViewportShot(inspector, shot, await geometry(shop.page));
});

for (const scenario of ['late', 'never'] as const) {
  test(`keys delivered while the ${scenario} order's page is open are captured full page as card-key evidence`, async ({
    control,
    demo,
    inspector,
    shop,
  }) => {
    const order = await control.createOrder(scenario, { delaySeconds: 3600 });
    await shop.openOrder(order);
    const key = orderKeyOf(demo.url, order.orderNo);
    await expect.poll(async () => kinds(await inspector.rows(key))).toContain('1 order-page first-seen');

    const delivered = (await control.deliver(order.orderNo)) as DemoOrder;
    const deliveredKey = delivered.keys?.[0];
    expect(deliveredKey).toBeTruthy();
    // No reload: the detail page polls and shows the key in place.
    await expect(shop.page.locator('li.card-key code').first()).toHaveText(deliveredKey!);

    await expect
      .poll(async () => (await inspector.order(key))?.cardKeys ?? [], { timeout: 15_000 })
      .toContain(deliveredKey);
    // Shown in full when it fails: which records the delivery produced instead.
    await expect
      .poll(async () => kinds(await inspector.rows(key)), { timeout: 10_000 })
      .toContainEqual(expect.stringMatching(/^\d+ card-key keys-appeared$/));
    const parts = partsOf(await inspector.rowsOfKind(key, 'card-key'));
    const g = await geometry(shop.page);
    let height = 0;
    for (const part of parts) {
      expect(part.meta.reason).toBe('keys-appeared');
      await expectIntact(inspector, part);
      const img = await inspector.image(part);
      expect(img.width).toBe(g.innerWidth * g.dpr);
      height += img.height - BAND_CSS_HEIGHT * g.dpr;
    }
    expect(height).toBe(Math.max(g.docHeight, g.innerHeight) * g.dpr);
  });
}

/** View `other`, then `target` (so target is the order viewed last), then redeem target's key. */
async function redeemAfterViewing(
  shop: Shop,
  inspector: EvidenceInspector,
  demoUrl: string,
  other: DemoOrder,
  target: DemoOrder,
): Promise<string> {
  for (const order of [other, target]) {
    await shop.openOrder(order);
    // The order is stored (and its first screenshot taken) before the buyer moves on.
    await expect.poll(async () => (await inspector.rows(orderKeyOf(demoUrl, order.orderNo))).length).toBe(1);
  }
  const verdict = await shop.redeem(target.keys![0]!);
  expect(verdict).toContain('卡密已被使用');
  return shop.page.url();
}

async function expectFailurePrompt(
  inspector: EvidenceInspector,
  demoUrl: string,
  shopPage: Page,
  other: DemoOrder,
  target: DemoOrder,
) {
  const key = orderKeyOf(demoUrl, target.orderNo);
  await expect.poll(async () => (await inspector.rowsOfKind(key, 'failure-prompt')).length).toBe(1);
  const [row] = await inspector.rowsOfKind(key, 'failure-prompt');
  expect(row).toMatchObject({ url: shopPage.url(), seq: 2 });
  await expectViewportShot(inspector, row!, await geometry(shopPage));
  expect(await inspector.rowsOfKind(orderKeyOf(demoUrl, other.orderNo), 'failure-prompt')).toEqual([]);
}

test.describe('the redeem page failure prompt is linked to the order viewed last', () => {
  test('from the popup (截取失败提示, order preselected)', async ({
    control,
    demo,
    extensionId,
    inspector,
    shop,
  }) => {
    const other = await control.createOrder('instant');
    const target = await control.createOrder('invalid-key');
    const url = await redeemAfterViewing(shop, inspector, demo.url, other, target);

    const popup = await Popup.openFrom(inspector.page, extensionId, await inspector.tabIdOf(url));
    await expect(popup.failurePromptButton).toBeEnabled();
    await expect(popup.linkedOrder).toHaveValue(orderKeyOf(demo.url, target.orderNo));
    await popup.failurePromptButton.click();
    await expect(popup.captureStatus).toHaveText(`已截取失败提示，关联到订单 ${target.orderNo}`);
    await expectFailurePrompt(inspector, demo.url, shop.page, other, target);
  });

  // A real Alt+Shift+S cannot be pressed headless: CDP key events reach the page, not Chromium's
  // accelerator table (checked: no command fires). So the test dispatches the commands / contextMenus
  // event in the service worker, which runs the listener the extension registered exactly as Chromium would.
  const dispatchers: [string, (worker: Worker, tabId: number) => Promise<void>][] = [
    [
      'the capture-now keyboard command (Alt+Shift+S)',
      (worker, tabId) =>
        worker.evaluate(async (id) => {
          const onCommand = chrome.commands.onCommand as unknown as {
            dispatch(command: string, tab: chrome.tabs.Tab): void;
          };
          onCommand.dispatch('capture-now', await chrome.tabs.get(id));
        }, tabId),
    ],
    [
      'the context menu (卡盾：立即取证)',
      (worker, tabId) =>
        worker.evaluate(async (id) => {
          const tab = await chrome.tabs.get(id);
          const onClicked = chrome.contextMenus.onClicked as unknown as {
            dispatch(info: chrome.contextMenus.OnClickData, tab: chrome.tabs.Tab): void;
          };
          onClicked.dispatch({ menuItemId: 'cs-capture', editable: false, pageUrl: tab.url }, tab);
        }, tabId),
    ],
  ];
  for (const [how, dispatch] of dispatchers) {
    test(`from ${how}`, async ({ control, demo, inspector, serviceWorker, shop }) => {
      const other = await control.createOrder('instant');
      const target = await control.createOrder('invalid-key');
      const url = await redeemAfterViewing(shop, inspector, demo.url, other, target);
      await dispatch(serviceWorker, await inspector.tabIdOf(url));
      await expectFailurePrompt(inspector, demo.url, shop.page, other, target);
    });
  }
});
