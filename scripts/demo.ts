// `npm run demo` (after the build): the demo card platform + Chromium with CardShield loaded.
//   headed (DISPLAY set, no --headless): opens the shop and the popup, stays until Ctrl+C / closed.
//   --headless (or no DISPLAY): a scripted tour that writes screenshots to demo-output/ and exits.
// Options: --port N (or DEMO_PORT; default 0 = random free port).
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext, Page } from '@playwright/test';
import { startDemoServer } from '../demo/server';
import { extensionWorker, launchWithExtension, tabIdOf } from '../test/e2e/browser';
import { CasePage } from '../test/e2e/pages/case';
import { Popup } from '../test/e2e/pages/popup';
import { DemoControl, Shop, type DemoOrder, type Scenario } from '../test/e2e/pages/shop';

const OUT_DIR = path.resolve('demo-output');

interface Row {
  scenario: string;
  orderNo: string;
  status: string;
  evidence: string;
  screenshot: string;
}

interface Tour {
  context: BrowserContext;
  control: DemoControl;
  shop: Shop;
  extensionId: string;
  orders: Map<Scenario, DemoOrder>;
  /** The order whose delivery deadline passed (the breach step). */
  breached?: DemoOrder;
  rows: Row[];
  shot(page: Page, name: string): Promise<string>;
}

interface Step {
  title: string;
  run(tour: Tour): Promise<void>;
}

/** Open an order of `scenario`, then the popup pointed at its tab; record what the popup shows. */
function orderStep(scenario: Scenario, popupShot = `popup-${scenario}`): Step {
  return {
    title: `order "${scenario}": detail page → popup`,
    async run(tour) {
      const order = await tour.control.createOrder(scenario);
      tour.orders.set(scenario, order);
      const url = await tour.shop.openOrder(order);
      const pageShot = await tour.shot(tour.shop.page, `order-${scenario}`);
      const tabId = await tabIdOf(tour.context, tour.extensionId, url);
      const popup = await Popup.open(tour.context, tour.extensionId, tabId);
      await popup.current.getByText(order.orderNo).first().waitFor({ timeout: 15_000 });
      const evidence = await waitForEvidence(popup);
      const popupFile = await tour.shot(popup.page, popupShot);
      tour.rows.push({
        scenario,
        orderNo: order.orderNo,
        status: (await Popup.statusIn(popup.current)) ?? '?',
        evidence: `证据 ${evidence} 份`,
        screenshot: `${pageShot}, ${popupFile}`,
      });
      await popup.page.close();
    },
  };
}

/** Open a shop page (given by path, or by a page of an earlier order) and screenshot it. */
function pageStep(title: string, name: string, target: string | [Scenario, keyof DemoOrder['urls']]): Step {
  return {
    title,
    async run(tour) {
      const url = typeof target === 'string' ? target : tour.orders.get(target[0])?.urls[target[1]];
      if (!url) throw new Error(`the "${String(target[0])}" order has no ${String(target[1])} page`);
      await tour.shop.open(url);
      const screenshot = await tour.shot(tour.shop.page, name);
      tour.rows.push({ scenario: `(${name})`, orderNo: '', status: '', evidence: '', screenshot });
    },
  };
}

/** The popup for a tab, opened in its own window (the shop tab stays the visible one, as for a buyer). */
async function popupFor(tour: Tour, url: string): Promise<Popup> {
  return Popup.open(tour.context, tour.extensionId, await tabIdOf(tour.context, tour.extensionId, url));
}

function row(tour: Tour, scenario: string, orderNo: string, status: string, screenshot: string): void {
  tour.rows.push({ scenario, orderNo, status, evidence: '', screenshot });
}

/** Product page first, then the order: the page's promise and after-sales policy become its first evidence. */
const productThenOrder: Step = {
  title: 'product page seen before buying → linked to the order that follows',
  async run(tour) {
    await tour.shop.open('/goods/3');
    const productShot = await tour.shot(tour.shop.page, 'product-page');
    // A buyer reads the product page for a while; the tour waits until CardShield has noted it.
    const worker = await extensionWorker(tour.context, tour.extensionId);
    for (let i = 0; i < 100; i++) {
      const keys = await worker.evaluate(async () => Object.keys(await chrome.storage.session.get(null)));
      if (keys.some((k) => k.startsWith('product:'))) break;
      await tour.shop.page.waitForTimeout(100);
    }
    const order = await tour.control.createOrder('instant', { goodsId: 3 });
    const url = await tour.shop.openOrder(order);
    const popup = await popupFor(tour, url);
    await popup.current.getByText('下单前商品页').first().waitFor({ timeout: 15_000 });
    const file = await tour.shot(popup.page, 'popup-product-linked');
    row(tour, 'product → order', order.orderNo, '下单前商品页 linked', `${productShot}, ${file}`);
    await popup.page.close();
  },
};

/** An order paid 70 s ago whose shop promised delivery within a minute: overdue at first sight. */
const breach: Step = {
  title: 'delivery deadline passed: notification, badge, breach record',
  async run(tour) {
    const order = await tour.control.createOrder('never', {
      promise: '付款后1分钟内自动发货',
      paidSecondsAgo: 70,
    });
    tour.breached = order;
    const url = await tour.shop.openOrder(order);
    const popup = await popupFor(tour, url);
    await popup.current.getByText('已记录超时').waitFor({ timeout: 15_000 });
    const worker = await extensionWorker(tour.context, tour.extensionId);
    const badge = await worker.evaluate(() => chrome.action.getBadgeText({}));
    const file = await tour.shot(popup.page, 'popup-breach');
    row(tour, 'deadline breach', order.orderNo, `已超时 · badge ${badge}`, file);
    await popup.page.close();
  },
};

/** 整页取证 from the popup on the never-delivered order. */
const fullPage: Step = {
  title: 'full-page capture (整页取证) of the "never" order',
  async run(tour) {
    const order = tour.orders.get('never');
    if (!order) throw new Error('no "never" order');
    const url = await tour.shop.openOrder(order);
    const popup = await popupFor(tour, url);
    await popup.current.getByRole('button', { name: '整页取证' }).click();
    await popup.current.getByText(/已保存整页截图/).waitFor({ timeout: 30_000 });
    const file = await tour.shot(popup.page, 'popup-full-page');
    row(tour, '(full page)', order.orderNo, '已保存整页截图', file);
    await popup.page.close();
  },
};

/** The official redeem page's 卡密已被使用, captured from the popup and linked to the invalid-key order. */
const failurePrompt: Step = {
  title: 'failure prompt on the redeem page → linked to the "invalid-key" order',
  async run(tour) {
    const order = tour.orders.get('invalid-key');
    if (!order) throw new Error('no "invalid-key" order');
    const popup = await popupFor(tour, tour.shop.page.url());
    const key = `${new URL(tour.control.baseUrl).host}|${order.orderNo}`;
    await popup.current.getByRole('combobox', { name: '关联到订单' }).selectOption(key);
    await popup.current.getByRole('button', { name: '截取失败提示' }).click();
    await popup.current.getByText(/已截取失败提示/).waitFor({ timeout: 15_000 });
    const file = await tour.shot(popup.page, 'popup-failure-prompt');
    row(tour, '(failure prompt)', order.orderNo, '已截取失败提示', file);
    await popup.page.close();
  },
};

/** The evidence package of the never-delivered order, saved as demo-output/evidence-package.zip. */
const exportPackage: Step = {
  title: 'evidence package of the "never" order → demo-output/evidence-package.zip',
  async run(tour) {
    const order = tour.orders.get('never');
    if (!order) throw new Error('no "never" order');
    const key = `${new URL(tour.control.baseUrl).host}|${order.orderNo}`;
    const page = await tour.context.newPage();
    await page.goto(`chrome-extension://${tour.extensionId}/export.html?order=${encodeURIComponent(key)}`);
    await page
      .getByLabel('12315 投诉书')
      .filter({ hasText: /投诉人/ })
      .waitFor({ timeout: 15_000 })
      .catch(() => undefined);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出证据包（ZIP）' }).click(),
    ]);
    await download.saveAs(path.join(OUT_DIR, 'evidence-package.zip'));
    const file = await tour.shot(page, 'export-page');
    row(tour, '(export)', order.orderNo, 'evidence-package.zip', file);
    await page.close();
  },
};

/** The case page (维权中心) on the overdue order: list, timeline with the breach, evidence, verdict. */
const casePage: Step = {
  title: 'case page (维权中心) of the overdue order',
  async run(tour) {
    const order = tour.breached;
    if (!order) throw new Error('no overdue order');
    const key = `${new URL(tour.control.baseUrl).host}|${order.orderNo}`;
    const page = await CasePage.open(tour.context, tour.extensionId, `?order=${encodeURIComponent(key)}`);
    await page.detail.getByText(order.orderNo).first().waitFor({ timeout: 15_000 });
    await page.timeline.first().waitFor({ timeout: 15_000 });
    const file = await tour.shot(page.page, 'case-page');
    row(tour, '(case page)', order.orderNo, `${await page.rows.count()} orders listed`, file);
    await page.page.close();
  },
};

const STEPS: Step[] = [
  pageStep('shop home', 'shop-home', '/'),
  orderStep('never', 'popup'),
  fullPage,
  exportPackage,
  productThenOrder,
  breach,
  orderStep('instant'),
  orderStep('invalid-key'),
  orderStep('offsite'),
  orderStep('partial'),
  orderStep('manual-topup'),
  pageStep('merchant chat of the "offsite" order', 'chat-offsite', ['offsite', 'chat']),
  pageStep('refund form of the "never" order', 'refund-form-never', ['never', 'refund']),
  {
    title: 'official redeem page with the "invalid-key" order\'s key',
    async run(tour) {
      const [key] = tour.orders.get('invalid-key')?.keys ?? [];
      if (!key) throw new Error('the "invalid-key" order has no card key');
      const verdict = await tour.shop.redeem(key);
      const screenshot = await tour.shot(tour.shop.page, 'official-redeem');
      tour.rows.push({
        scenario: '(official-redeem)',
        orderNo: '',
        status: verdict.split('\n')[0] ?? '',
        evidence: '',
        screenshot,
      });
    },
  },
  failurePrompt,
  casePage,
];

/** Evidence count once the screenshot is stored (0 if none arrives within 10 s). */
async function waitForEvidence(popup: Popup): Promise<number> {
  await popup.current
    .getByText(/证据\s*[1-9]\d*\s*份/)
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  return Popup.evidenceCount(popup.current);
}

async function tour(context: BrowserContext, control: DemoControl, extensionId: string): Promise<void> {
  await rm(OUT_DIR, { recursive: true, force: true });
  await mkdir(OUT_DIR, { recursive: true });
  let n = 0;
  const state: Tour = {
    context,
    control,
    extensionId,
    shop: new Shop(await context.newPage(), control),
    orders: new Map(),
    rows: [],
    async shot(page, name) {
      const file = `${String(++n).padStart(2, '0')}-${name}.png`;
      await page.screenshot({ path: path.join(OUT_DIR, file) });
      return file;
    },
  };
  for (const [i, step] of STEPS.entries()) {
    process.stdout.write(`[${i + 1}/${STEPS.length}] ${step.title} … `);
    try {
      await step.run(state);
      console.log('ok');
    } catch (error) {
      console.log('FAILED');
      throw new Error(`demo step "${step.title}" failed: ${(error as Error).message}`, { cause: error });
    }
  }
  console.log(`\nScreenshots in ${path.relative(process.cwd(), OUT_DIR)}/`);
  printTable(state.rows);
}

/** Plain-text table; CJK characters count as two columns. */
function printTable(rows: Row[]): void {
  const head: Row = {
    scenario: 'scenario',
    orderNo: 'order no',
    status: 'popup status / result',
    evidence: 'evidence',
    screenshot: 'screenshots',
  };
  const width = (s: string) => [...s].reduce((w, c) => w + (/[\u2E80-\uFFEF]/.test(c) ? 2 : 1), 0);
  const keys = Object.keys(head) as (keyof Row)[];
  const cols = keys.map((k) => Math.max(...[head, ...rows].map((r) => width(r[k]))));
  for (const row of [head, ...rows]) {
    console.log(
      keys
        .map((k, i) => row[k] + ' '.repeat((cols[i] ?? 0) - width(row[k])))
        .join('  ')
        .trimEnd(),
    );
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { headless: { type: 'boolean' }, port: { type: 'string' } } });
  const port = Number(values.port ?? process.env.DEMO_PORT ?? 0);
  if (!Number.isInteger(port) || port < 0)
    throw new Error(`invalid port: ${values.port ?? process.env.DEMO_PORT}`);
  const headless = values.headless === true || !process.env.DISPLAY;

  const demo = await startDemoServer({ port, seed: true });
  console.log(`Demo card platform: ${demo.url}`);
  const context = await launchWithExtension({ headless, callerHandlesSignals: !headless }).catch(
    async (error: unknown) => {
      await demo.close();
      throw error;
    },
  );
  try {
    const extensionId = new URL((await extensionWorker(context)).url()).host;
    const control = new DemoControl(demo.url);
    if (headless) {
      await tour(context, control, extensionId);
      return;
    }
    const shop = await context.newPage();
    await shop.goto(demo.url);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await shop.bringToFront();
    console.log(`Shop:  ${demo.url}\nPopup: chrome-extension://${extensionId}/popup.html\nCtrl+C to stop`);
    await new Promise<void>((resolve) => {
      context.on('close', () => resolve());
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });
  } finally {
    await context.close().catch(() => undefined);
    await demo.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`\nnpm run demo failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
