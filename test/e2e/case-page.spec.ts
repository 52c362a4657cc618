// Issue #9, the case page (维权中心) in the real browser: demo orders recorded by the extension while the buyer
// browses the demo platform, then listed, filtered and searched on case.html; the selected order's timeline shows
// the breach and the refund steps; the popup warns on the shop's pages and opens the case page.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { extensionWorker, launchWithExtension } from './browser';
import { expect, tabIdOf, test } from './fixtures';
import { CasePage } from './pages/case';
import { Popup } from './pages/popup';
import { DemoControl, Shop, type DemoOrder, type OrderOptions, type Scenario } from './pages/shop';

async function createOrder(base: string, scenario: Scenario, options: OrderOptions = {}): Promise<DemoOrder> {
  return new DemoControl(base).createOrder(scenario, options);
}

/** The merchant's (or, during an appeal, the platform's) decision on the refund, over the control API. */
async function decideRefund(base: string, orderNo: string, action: 'accept' | 'reject') {
  const res = await fetch(`${base}/__control/orders/${encodeURIComponent(orderNo)}/refund`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action }),
  });
  expect(res.status).toBe(200);
}

/** Timeline event types of an order, read in the service worker (the worker owns the database). */
function eventTypes(worker: Worker, key: string) {
  return worker.evaluate(
    (k) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('cardshield');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('events').objectStore('events').index('orderKey').getAll(k);
          get.onsuccess = () => {
            open.result.close();
            resolve((get.result as { type: string }[]).map((e) => e.type));
          };
        };
      }),
    key,
  );
}

const keyOf = (demoUrl: string, orderNo: string) => `${new URL(demoUrl).host}|${orderNo}`;

/** What the background last recognised in the tab showing `url` (its storage.session record). */
async function tabKinds(worker: Worker, url: string): Promise<string[]> {
  return worker.evaluate(async (wanted) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === wanted);
    const key = `tab:${tab?.id}`;
    const state = (await chrome.storage.session.get(key))[key] as
      { url?: string; kinds?: string[] } | undefined;
    return state?.url === wanted ? (state.kinds ?? []) : [];
  }, url);
}

/**
 * The buyer files the refund request on the flagship's form once CardShield has recognised it (a buyer takes
 * longer than the extension to read the page; the test waits for it instead of racing it).
 */
async function requestRefund(shop: Shop, order: DemoOrder, getWorker: () => Promise<Worker>) {
  const url = await shop.open(order.urls.refund!);
  await expect.poll(async () => tabKinds(await getWorker(), url)).toContain('refund-form');
  await shop.page.locator('select[name="reason"]').selectOption('未收到货/未发货');
  await shop.page
    .locator('textarea[name="description"]')
    .fill(`订单号${order.orderNo}，超时未发货，申请退款。`);
  await shop.page.getByRole('button', { name: '提交退款申请' }).click();
  await shop.page.locator(`main.order-detail[data-order-no="${order.orderNo}"]`).waitFor();
}

/**
 * Three orders seen by the extension: A never delivered past its one-minute promise (breach at first sight) with
 * a refund request filed, B delivered at once (flagship), C delivered at once on the dujiaoka skin. Each page
 * stays until CardShield has recorded its order.
 */
async function browseOrders(context: BrowserContext, demoUrl: string, getWorker: () => Promise<Worker>) {
  const a = await createOrder(demoUrl, 'never', { promise: '付款后1分钟内自动发货', paidSecondsAgo: 600 });
  const b = await createOrder(demoUrl, 'instant');
  const c = await createOrder(demoUrl, 'instant', { skin: 'dujiaoka' });
  const shop = new Shop(await context.newPage(), new DemoControl(demoUrl));
  const recorded = (order: DemoOrder, type: string) =>
    expect.poll(async () => eventTypes(await getWorker(), keyOf(demoUrl, order.orderNo))).toContain(type);
  await shop.openOrder(b);
  await recorded(b, 'first-seen');
  await shop.open(c.urls.detail);
  await recorded(c, 'first-seen');
  await shop.openOrder(a);
  await recorded(a, 'breach');
  await requestRefund(shop, a, getWorker);
  // The case step itself follows in the background (or when the case page opens the order).
  await recorded(a, 'form-submitted');
  return { a, b, c, shop };
}

test('the case page lists the demo orders; filters and search narrow the list and live in the URL', async ({
  context,
  demo,
  extensionId,
  getServiceWorker,
}) => {
  const { a, b, c } = await browseOrders(context, demo.url, getServiceWorker);
  const cp = await CasePage.open(context, extensionId);

  await expect(cp.heading).toHaveText('维权中心');
  await expect(cp.page).toHaveTitle('维权中心 · 卡盾');
  await expect(cp.rows).toHaveCount(3);
  await expect(cp.count).toHaveText('共 3 个订单');
  await expect(cp.detail).toContainText('选择一个订单');

  // Search: by order number, then by item words; the URL keeps the query.
  await cp.search.fill(a.orderNo);
  await expect(cp.rows).toHaveCount(1);
  await expect(cp.row(a.orderNo)).toBeVisible();
  await expect(cp.count).toHaveText('1 / 3 个订单符合条件');
  expect(cp.params().get('q')).toBe(a.orderNo);
  await cp.search.fill('没有这样的订单');
  await expect(cp.rows).toHaveCount(0);
  await expect(cp.page.getByRole('navigation')).toContainText('没有符合条件的订单');
  await cp.clearFilters.click();
  await expect(cp.rows).toHaveCount(3);
  expect(cp.page.url()).toMatch(/\/case\.html$/);

  // Filters: platform, breach, status and verdict.
  await cp.platform.selectOption({ label: '独角数卡 (dujiaoka)（1）' });
  await expect(cp.rows).toHaveCount(1);
  await expect(cp.row(c.orderNo)).toBeVisible();
  expect(cp.params().get('platform')).toBe('dujiaoka');
  await cp.platform.selectOption('');
  await cp.breach.selectOption({ label: '已超时' });
  await expect(cp.rows).toHaveCount(1);
  await expect(cp.row(a.orderNo)).toContainText('超时');
  await cp.breach.selectOption({ label: '未超时' });
  await expect(cp.rows).toHaveCount(2);
  await cp.breach.selectOption('');
  await cp.status.selectOption('delivered');
  await expect(cp.rows).toHaveCount(2);
  await expect(cp.row(a.orderNo)).toHaveCount(0);
  await cp.status.selectOption('');
  await cp.verdict.selectOption({ label: '可以退款' });
  await expect(cp.rows).toHaveCount(1);
  await expect(cp.row(a.orderNo)).toContainText('可以退款');
  expect(cp.params().get('verdict')).toBe('ELIGIBLE');

  // A link with the filters opens the same view.
  const linked = await CasePage.open(
    context,
    extensionId,
    `?status=delivered&q=${encodeURIComponent(b.orderNo)}`,
  );
  await expect(linked.rows).toHaveCount(1);
  await expect(linked.row(b.orderNo)).toBeVisible();
  await expect(linked.search).toHaveValue(b.orderNo);
  await expect(linked.status).toHaveValue('delivered');

  // Keyboard: one tab stop on the list, arrows move, Enter opens.
  await cp.clearFilters.click();
  await cp.rows.first().focus();
  await cp.page.keyboard.press('End');
  await expect(cp.rows.last()).toBeFocused();
  await cp.page.keyboard.press('Home');
  await cp.page.keyboard.press('ArrowDown');
  await expect(cp.rows.nth(1)).toBeFocused();
  await cp.page.keyboard.press('Enter');
  await expect(cp.rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(cp.rows.first()).toHaveAttribute('aria-selected', 'false');
  const opened = (await cp.rows.nth(1).getAttribute('data-key'))!;
  expect(cp.params().get('order')).toBe(opened);
  await expect(cp.detail.getByText(opened.split('|')[1]!, { exact: true })).toBeVisible();
});

test('the timeline shows the breach and the refund steps; the shop record counts them', async ({
  context,
  demo,
  extensionId,
  getServiceWorker,
}) => {
  const { a, b, shop } = await browseOrders(context, demo.url, getServiceWorker);
  const key = keyOf(demo.url, a.orderNo);
  const cp = await CasePage.open(context, extensionId, `?order=${encodeURIComponent(key)}`);

  await expect(cp.detailHeading).toContainText('Steam');
  await expect(cp.row(a.orderNo)).toHaveAttribute('aria-selected', 'true');
  await expect(cp.detail).toContainText(a.orderNo);
  await expect(cp.entry('付款')).toBeVisible();
  await expect(cp.entry('发货期限')).toContainText('商家承诺 1 分钟内发货');
  await expect(cp.entry('商家超时未发货')).toContainText('付款后1分钟内自动发货');
  await expect(cp.entry('提交了退款申请')).toBeVisible();
  await expect(cp.entry('退款申请已记录')).toContainText('卡盾根据你提交的表单自动记录');
  await expect(cp.entry('订单状态变为“退款中”')).toBeVisible();
  // Oldest first: payment, deadline, breach, then the refund request.
  const titles = await cp.timeline.locator('.tl-title strong').allInnerTexts();
  const order = ['付款', '发货期限', '商家超时未发货', '提交了退款申请'].map((t) => titles.indexOf(t));
  expect(order.every((i, n) => i >= 0 && (n === 0 || i > order[n - 1]!))).toBe(true);

  // The merchant refuses: the shop's page says 已驳回, and the buyer records it on the case page.
  await decideRefund(demo.url, a.orderNo, 'reject');
  await shop.page.reload();
  await expect(cp.entry('订单状态变为“已驳回”')).toBeVisible();
  // The case is under way (the form was recorded), so its steps are unfolded.
  await cp.detail.getByRole('list', { name: '维权步骤' }).getByRole('button', { name: '商家拒绝了' }).click();
  await expect(cp.entry('商家拒绝退款')).toBeVisible();
  await shotIfAsked(cp.page, 'detail');

  // The shop's record: one late order, one refused refund; its other orders open from there.
  await expect(cp.merchant.getByRole('term').filter({ hasText: '超时未发货' }).first()).toBeVisible();
  const stat = (label: string) => cp.merchant.locator('.mh-stat', { has: cp.page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }) }); // prettier-ignore
  await expect(stat('超时未发货').getByRole('definition')).toHaveText('1');
  await expect(stat('退款被拒').getByRole('definition')).toHaveText('1');
  await cp.merchant.getByRole('button', { name: new RegExp(b.orderNo) }).click();
  await expect(cp.row(b.orderNo)).toHaveAttribute('aria-selected', 'true');
  await expect(cp.entry('卡盾首次记录订单（已发货）')).toContainText('已有卡密 1 条');

  // Back returns to the previous order.
  await cp.page.goBack();
  await expect(cp.row(a.orderNo)).toHaveAttribute('aria-selected', 'true');
});

test('the popup warns on the pages of a shop with a missed deadline and opens the case page on the order', async ({
  context,
  demo,
  extensionId,
  getServiceWorker,
}) => {
  const control = new DemoControl(demo.url);
  const good = await control.createOrder('instant');
  const shop = new Shop(await context.newPage(), control);
  await shop.openOrder(good);
  await expect.poll(async () => eventTypes(await getServiceWorker(), keyOf(demo.url, good.orderNo))).toContain('first-seen'); // prettier-ignore

  // A product page of the shop, with a clean record: no warning.
  const product = new Shop(await context.newPage(), control);
  const goodsUrl = await product.open('/goods/2');
  let popup = await Popup.open(context, extensionId, await tabIdOf(context, extensionId, goodsUrl));
  await expect(popup.heading).toBeVisible();
  await expect(popup.page.getByRole('region', { name: '这家店有不良记录' })).toHaveCount(0);
  await popup.page.close();

  const late = await control.createOrder('never', { promise: '付款后1分钟内自动发货', paidSecondsAgo: 600 });
  const lateUrl = await shop.openOrder(late);
  await expect.poll(async () => eventTypes(await getServiceWorker(), keyOf(demo.url, late.orderNo))).toContain('breach'); // prettier-ignore

  popup = await Popup.open(context, extensionId, await tabIdOf(context, extensionId, goodsUrl));
  const notice = popup.page.getByRole('region', { name: '这家店有不良记录' });
  await expect(notice).toContainText(`你在 ${new URL(demo.url).host} 的 2 个订单中，有 1 个超时未发货。`);
  await shotIfAsked(popup.page, 'popup-notice');
  await popup.page.close();

  // From the late order's own page, 打开维权中心 opens the case page on that order.
  popup = await Popup.open(context, extensionId, await tabIdOf(context, extensionId, lateUrl));
  await expect(popup.current).toContainText(late.orderNo);
  const opening = context.waitForEvent('page', (p) => p.url().includes('/case.html'));
  await popup.page.getByRole('button', { name: '打开维权中心' }).click();
  const cp = new CasePage(await opening);
  await expect(cp.row(late.orderNo)).toHaveAttribute('aria-selected', 'true');
  expect(cp.params().get('order')).toBe(keyOf(demo.url, late.orderNo));
  await expect(cp.entry('商家超时未发货')).toBeVisible();
});

test('thousands of orders: the list pages through them and search finds one (bulk rows, volume only)', async ({
  context,
  extensionId,
  getServiceWorker,
}) => {
  const cp = await CasePage.open(context, extensionId);
  await expect(cp.count).toHaveText('共 0 个订单');
  await expect(cp.page.getByRole('navigation')).toContainText('还没有记录任何订单');
  await seedVolume(await getServiceWorker(), 2000, 10);
  await cp.page.reload();
  await expect(cp.count).toHaveText('共 2000 个订单');
  await expect(cp.rows).toHaveCount(100);
  await expect(cp.showMore).toHaveText('再显示 100 个（还有 1900 个）');
  await cp.showMore.click();
  await expect(cp.rows).toHaveCount(200);
  await cp.search.fill('VOL00001234');
  await expect(cp.rows).toHaveCount(1);
  await cp.rows.first().click();
  await expect(cp.detail).toContainText('VOL00001234');
  await expect(cp.entry('付款')).toBeVisible();
  // A link to an old order, far down the list, shows it selected and scrolled into view.
  const old = await CasePage.open(context, extensionId, `?order=${encodeURIComponent('vol5.example.cn|VOL00000005')}`); // prettier-ignore
  await expect(old.row('VOL00000005')).toHaveAttribute('aria-selected', 'true');
  await expect(old.row('VOL00000005')).toBeInViewport();
  await expect(old.detail).toContainText('VOL00000005');
  await old.page.close();

  // The verdict filter assesses every order (in slices) and then lists the matches.
  await cp.clearFilters.click();
  await cp.verdict.selectOption({ label: '可以退款' });
  await expect(cp.count).toHaveText(/^\d+ \/ 2000 个订单符合条件$/, { timeout: 30_000 });
  await expect(cp.rows.first()).toContainText('可以退款');
  await shotIfAsked(cp.page, 'volume');
});

test('the case page in an English browser', async ({ demo, egress }) => {
  const context = await launchWithExtension({
    headless: true,
    lang: 'en-US',
    proxyServer: await egress.start(),
  });
  egress.observe(context);
  try {
    const id = new URL((await extensionWorker(context)).url()).host;
    const order = await createOrder(demo.url, 'never', {
      promise: '付款后1分钟内自动发货',
      paidSecondsAgo: 600,
    });
    const page = await context.newPage();
    await page.goto(order.urls.detail);
    await expect.poll(async () => eventTypes(await extensionWorker(context), keyOf(demo.url, order.orderNo))).toContain('breach'); // prettier-ignore
    const cp = await CasePage.open(context, id, '', 1);
    await expect(cp.heading).toHaveText('Case page');
    await expect(cp.page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(cp.count).toHaveText('Orders: 1');
    await cp.rows.first().click();
    await expect(cp.entry('Delivery deadline missed')).toBeVisible();
    await expect(cp.entry('Paid')).toContainText('Paid ¥');
    await shotIfAsked(cp.page, 'english');
  } finally {
    await context.close();
  }
});

/** 2,000 orders with 10 evidence records each, written straight into the worker's database (volume only). */
function seedVolume(worker: Worker, orders: number, perOrder: number) {
  return worker.evaluate(
    ([count, per]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('cardshield');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['orders', 'evidence'], 'readwrite');
          const paid = Date.parse('2026-03-01T02:00:00.000Z');
          for (let i = 0; i < count; i++) {
            const orderNo = `VOL${String(i).padStart(8, '0')}`;
            const key = `vol${i % 40}.example.cn|${orderNo}`;
            const at = new Date(paid + i * 60_000).toISOString();
            tx.objectStore('orders').add({
              key, orderNo, site: `vol${i % 40}.example.cn`, platform: i % 2 ? 'generic' : 'dujiaoka',
              url: `https://vol${i % 40}.example.cn/order/${orderNo}`, title: '订单详情', product: `测试商品 ${i}`,
              quantity: 1, amount: 10 + (i % 50), payMethod: '支付宝', createdAt: at, paidAt: at,
              status: i % 3 ? 'delivered' : 'awaiting_delivery', statusText: null, deliveryMode: 'auto',
              cardKeys: i % 3 ? [`KEY-${i}`] : [], undeliveredNotice: null, promise: { text: '10分钟内发货', minutes: 10 },
              firstSeenAt: at, lastSeenAt: at, evidenceCount: per, lastChainHash: null,
              deliveredAt: i % 3 ? at : null, breachedAt: i % 3 ? null : new Date(paid + i * 60_000 + 600_000).toISOString(),
              promiseOverrideMinutes: null, productPromise: null, noRefundNotices: [],
            }); // prettier-ignore
            for (let s = 1; s <= per; s++)
              tx.objectStore('evidence').add({
                orderKey: key, seq: s, kind: s === per && i % 3 ? 'card-key' : 'order-page', capturedAt: at,
                url: `https://vol${i % 40}.example.cn/order/${orderNo}`, title: '订单详情', mime: 'image/png', size: 1,
                sha256: 'a'.repeat(64), prevChainHash: 'b'.repeat(64), chainHash: 'c'.repeat(64), meta: {},
              }); // prettier-ignore
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [orders, perOrder] as const,
  );
}

/** `PW_SHOTS=dir` keeps full-page screenshots of the case page (for looking at the layout), never in CI. */
async function shotIfAsked(page: Page, name: string) {
  const dir = process.env.PW_SHOTS;
  if (dir) await page.screenshot({ path: `${dir}/case-${name}.png`, fullPage: true });
}
