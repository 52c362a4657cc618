// Issue #6 in the real browser: the popup's refund verdict, the plain questions, the next step with its
// deadline, and the five-step case recorded by the background (demo platform, zh-CN texts).
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import { extensionWorker } from './browser';
import { expect, tabIdOf, test } from './fixtures';
import { Popup } from './pages/popup';
import { DemoControl, Shop, type DemoOrder } from './pages/shop';

/** A flagship order created over the control API (back-dated payment and the shop's own promise allowed). */
async function createOrder(
  base: string,
  body: {
    scenario: 'never' | 'invalid-key' | 'instant' | 'balance-fee';
    promise?: string;
    paidSecondsAgo?: number;
  },
): Promise<DemoOrder> {
  const res = await fetch(`${base}/__control/orders`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as DemoOrder;
}

/** The popup's eligibility parts for the (single) order on the target tab. */
class Verdict {
  readonly card: Locator;
  readonly label: Locator;
  readonly next: Locator;
  readonly nextHeading: Locator;
  readonly caseSteps: Locator;
  readonly status: Locator;

  constructor(readonly popup: Popup) {
    const scope = popup.current;
    this.card = scope.getByRole('region', { name: /^退款判断/ });
    this.label = this.card.getByRole('heading', { level: 3 });
    this.next = scope.getByRole('region', { name: /^下一步/ });
    this.nextHeading = this.next.getByRole('heading', { level: 3 });
    this.caseSteps = scope.getByRole('list', { name: '维权步骤' });
    this.status = scope.locator('.eligibility > [role=status]');
  }

  question(text: RegExp | string): Locator {
    return this.card.getByRole('group', { name: text });
  }

  async openCase() {
    await this.popup.current.getByText('维权步骤与文书').click();
    await expect(this.caseSteps).toBeVisible();
  }
}

/**
 * Like Popup.open (its own window, so the shop tab stays active), but waits for the page to reach the popup URL:
 * a window's first `page` event can still show about:blank, and the URL predicate then never matches.
 */
async function openPopup(context: BrowserContext, extensionId: string, tabId: number): Promise<Popup> {
  const url = `chrome-extension://${extensionId}/popup.html?tabId=${tabId}`;
  const before = new Set(context.pages());
  const worker = await extensionWorker(context, extensionId);
  await worker.evaluate(
    (u) => chrome.windows.create({ url: u, type: 'popup', width: 420, height: 640 }),
    url,
  );
  let page: Page | undefined;
  await expect
    .poll(() => (page = context.pages().find((p) => !before.has(p) && p.url() === url)) !== undefined)
    .toBe(true);
  await page!.setViewportSize({ width: 404, height: 640 });
  return new Popup(page!);
}

async function popupFor(context: BrowserContext, extensionId: string, url: string) {
  const popup = await openPopup(context, extensionId, await tabIdOf(context, extensionId, url));
  return { popup, verdict: new Verdict(popup) };
}

/** Case-step timeline events of the order, read in the service worker (the worker owns the DB). */
function caseSteps(worker: Worker, key: string) {
  return worker.evaluate(
    (k) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('cardshield');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('events').objectStore('events').index('orderKey').getAll(k);
          get.onsuccess = () => {
            open.result.close();
            const rows = get.result as { type: string; data: { event?: string; auto?: boolean } }[];
            resolve(rows.filter((r) => r.type === 'case-step').map((r) => `${r.data.event}${r.data.auto ? ' (auto)' : ''}`)); // prettier-ignore
          };
        };
      }),
    key,
  );
}

const keyOf = (demoUrl: string, orderNo: string) => `${new URL(demoUrl).host}|${orderNo}`;

test('(a) never delivered past the promise: 可以退款, next step 提交退款申请 with the merchant deadline; the submitted form moves the case on', async ({
  context,
  demo,
  extensionId,
  getServiceWorker,
}) => {
  const order = await createOrder(demo.url, {
    scenario: 'never',
    promise: '付款后1分钟内自动发货',
    paidSecondsAgo: 600,
  });
  const shop = new Shop(await context.newPage(), new DemoControl(demo.url));
  const url = await shop.openOrder(order);
  const { popup, verdict } = await popupFor(context, extensionId, url);

  await expect(verdict.label).toContainText('可以退款');
  await expect(verdict.card).toContainText(/已付款未发货，已超过承诺发货时间\d+分钟/);
  await expect(verdict.nextHeading).toHaveText('下一步：提交退款申请');
  await expect(verdict.next).toContainText(
    /商家承诺的发货期限 \d{4}-\d\d-\d\d \d\d:\d\d 已过，已超时 \d+分钟/,
  );
  await expect(verdict.next).toContainText('提交后商家须在 24 小时内处理');
  await shotIfAsked(popup.page, 'a-start');

  // The rules with their basis and the evidence checklist sit behind a disclosure.
  await verdict.card.getByText('判断依据与所需材料').click();
  await expect(verdict.card.getByRole('list', { name: '适用的规则' })).toContainText(
    '《电子商务法》第二十条',
  );
  const checklist = verdict.card.getByRole('list', { name: '需要的材料' });
  await expect(checklist.getByRole('listitem').filter({ hasText: 'E1' })).toContainText('已有');
  await expect(checklist.getByRole('listitem').filter({ hasText: 'E2' })).toContainText('缺少');
  await expect(popup.page.getByText('本工具提供的是维权参考，不构成法律意见。')).toHaveCount(1);

  // The buyer copies the composed description into the shop's refund form and submits it.
  await verdict.openCase();
  const description = await popup.current.getByRole('textbox', { name: '退款申请描述' }).inputValue();
  expect(description).toContain(`订单号${order.orderNo}`);
  await shop.open(order.urls.refund!);
  await shop.page.locator('select[name="reason"]').selectOption('未收到货/未发货');
  await shop.page.locator('textarea[name="description"]').fill(description);
  await shop.page.getByRole('button', { name: '提交退款申请' }).click();
  await shop.page.locator(`main.order-detail[data-order-no="${order.orderNo}"]`).waitFor();

  // CardShield saw the form: step 2 is recorded by itself, and the merchant's 24 h now run.
  const step2 = verdict.caseSteps.getByRole('listitem').filter({ hasText: '提交退款申请' }).first();
  await expect(step2).toContainText(/已提交 \d{4}-/);
  await expect(verdict.nextHeading).toHaveText('下一步：申请平台介入');
  await expect(verdict.next).toContainText('等待商家处理');
  await expect(popup.current.getByText('退款中', { exact: true })).toBeVisible(); // the shop now says 退款中 …
  await expect(verdict.label).toContainText('可以退款'); // … which says nothing about delivery: still R1
  await expect(verdict.caseSteps.getByRole('button', { name: '我已申请平台介入' })).toBeDisabled();
  await expect
    .poll(async () => caseSteps(await getServiceWorker(), keyOf(demo.url, order.orderNo)))
    .toEqual(['REFUND_REQUESTED (auto)']);

  // The merchant refuses: the buyer records it, and the platform step opens at once.
  await verdict.caseSteps.getByRole('button', { name: '商家拒绝了' }).click();
  await expect(verdict.status).toHaveText('已记录：商家拒绝');
  await expect(verdict.caseSteps.getByRole('button', { name: '我已申请平台介入' })).toBeEnabled();
  await expect(popup.current.getByRole('textbox', { name: '平台介入申请' })).toHaveValue(/商家于.*拒绝/);
  await expect
    .poll(async () => caseSteps(await getServiceWorker(), keyOf(demo.url, order.orderNo)))
    .toEqual(['REFUND_REQUESTED (auto)', 'MERCHANT_REFUSED']);
  await shotIfAsked(popup.page, 'a');
});

test('(b) a key the redeem page calls 已被使用, captured and confirmed by the buyer: 可以退款', async ({
  context,
  demo,
  extensionId,
}) => {
  const order = await createOrder(demo.url, { scenario: 'invalid-key' });
  const control = new DemoControl(demo.url);
  const shop = new Shop(await context.newPage(), control);
  const orderUrl = await shop.openOrder(order);
  let { verdict } = await popupFor(context, extensionId, orderUrl);
  await expect(verdict.label).toContainText('还需确认');
  await verdict.popup.page.close();

  // The official redeem page, in its own tab, answers 卡密已被使用; the buyer captures it for the order.
  const redeem = new Shop(await context.newPage(), control);
  expect(await redeem.redeem(order.keys![0]!)).toContain('卡密已被使用');
  const redeemPopup = await openPopup(context, extensionId, await tabIdOf(context, extensionId, redeem.page.url())); // prettier-ignore
  await expect(redeemPopup.linkedOrder).toHaveValue(keyOf(demo.url, order.orderNo));
  await redeemPopup.failurePromptButton.click();
  await expect(redeemPopup.captureStatus).toHaveText(`已截取失败提示，关联到订单 ${order.orderNo}`);
  await redeemPopup.page.close();

  ({ verdict } = await popupFor(context, extensionId, orderUrl));
  const question = verdict.question(/官方兑换页/);
  await expect(question).toContainText('已截取：失败提示'); // the capture is listed next to the question
  await question.getByRole('button', { name: '提示“已被使用”' }).click();

  await expect(verdict.label).toContainText('可以退款');
  await expect(verdict.card).toContainText('卡密在官方兑换页无法使用（提示“已被使用”）');
  await expect(verdict.card.getByRole('list', { name: '你的回答' })).toContainText(
    '官方兑换页提示：已被使用',
  );
  await expect(verdict.nextHeading).toHaveText('下一步：联系商家');
  await expect(verdict.next).toContainText(/截止 \d{4}-\d\d-\d\d \d\d:\d\d剩 (1 天 23 小时|2 天)/);

  await shotIfAsked(verdict.popup.page, 'b');
  // Step 1: the composed message names the failure; copying says 已复制.
  await verdict.openCase();
  const message = verdict.popup.current.getByRole('textbox', { name: '给商家的消息' });
  await expect(message).toHaveValue(/在官方兑换页提示“卡密已被使用”，无法使用/);
  await verdict.popup.current.getByRole('button', { name: '复制给商家的消息' }).click();
  await expect(verdict.popup.current.getByRole('status').filter({ hasText: '已复制' })).toBeVisible();
});

test('(c) a valid key and a change of mind: 难以退款, with the exchange suggestion', async ({
  context,
  demo,
  extensionId,
}) => {
  const order = await createOrder(demo.url, { scenario: 'instant' });
  const shop = new Shop(await context.newPage(), new DemoControl(demo.url));
  const { verdict } = await popupFor(context, extensionId, await shop.openOrder(order));

  await expect(verdict.label).toContainText('还需确认');
  await expect(verdict.card).toContainText('先在官方兑换页核对卡密'); // warning before confirming receipt
  await verdict
    .question(/不再需要/)
    .getByRole('button', { name: '是' })
    .click();

  await expect(verdict.label).toContainText('难以退款');
  await expect(verdict.card).toContainText('数字商品已交付且有效，改变主意不适用七日无理由退货');
  const suggestions = verdict.card.locator('.suggestions');
  await expect(suggestions).toContainText('换卡');
  await expect(suggestions).toContainText('延期使用');
  // Without a right the step-1 text negotiates instead of demanding.
  await verdict.openCase();
  await expect(verdict.popup.current.getByRole('textbox', { name: '给商家的消息' })).toHaveValue(
    /我已不需要这件商品。想和您商量：能否换成正确的商品、延期使用或退款？/,
  );
  await shotIfAsked(verdict.popup.page, 'c');
});

test('steps 4–5: a refund to the site balance that arrives short shows the fee check', async ({
  context,
  demo,
  extensionId,
  getServiceWorker,
}) => {
  const order = await createOrder(demo.url, { scenario: 'balance-fee' });
  const shop = new Shop(await context.newPage(), new DemoControl(demo.url));
  const { popup, verdict } = await popupFor(context, extensionId, await shop.openOrder(order));
  await verdict.openCase();
  await verdict.caseSteps.getByRole('button', { name: '商家同意退款' }).click();
  await expect(verdict.nextHeading).toHaveText('下一步：退款处理');

  const step4 = verdict.caseSteps.getByRole('listitem').filter({ hasText: '退款渠道' });
  await step4.getByRole('combobox', { name: '退款渠道' }).selectOption({ label: '站内余额' });
  await expect(step4.getByRole('textbox', { name: '退款金额（元）' })).toHaveValue('29.9');
  await step4.getByRole('button', { name: '记录退款已发起' }).click();
  await expect(verdict.caseSteps).toContainText('退到余额而非原路需你明确同意');
  await expect(verdict.nextHeading).toHaveText('下一步：确认到账');

  await verdict.caseSteps.getByRole('textbox', { name: '实际到账金额（元）' }).fill('28.40');
  await verdict.caseSteps.getByRole('button', { name: '确认到账' }).click();
  await expect(verdict.caseSteps).toContainText('已到账 ¥28.40，应退 ¥29.90，少了 ¥1.50');
  await expect(verdict.caseSteps.getByRole('list', { name: '到账核对建议' })).toContainText('只有你支付的信用卡手续费可以扣除'); // prettier-ignore
  await expect
    .poll(async () => caseSteps(await getServiceWorker(), keyOf(demo.url, order.orderNo)))
    .toEqual(['MERCHANT_AGREED', 'REFUND_ISSUED', 'ARRIVED']);
  await shotIfAsked(popup.page, 'd');
});

/** `PW_SHOTS=dir` keeps screenshots of the popup in 800 px slices (for looking at the layout), never in CI. */
async function shotIfAsked(page: Page, name: string) {
  const dir = process.env.PW_SHOTS;
  if (!dir) return;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, i = 0; y < height; y += 800, i++)
    await page.screenshot({ path: `${dir}/popup-${name}-${i}.png`, fullPage: true, clip: { x: 0, y, width: 404, height: Math.min(800, height - y) } }); // prettier-ignore
}
