// Page object + control-API client for the bundled demo card platform (demo/server.ts).
import type { Page } from '@playwright/test';

export type Scenario =
  | 'instant'
  | 'late'
  | 'never'
  | 'invalid-key'
  | 'partial'
  | 'manual-topup'
  | 'offsite'
  | 'no-refund'
  | 'balance-fee';

export interface OrderOptions {
  skin?: 'kameng' | 'dujiaoka' | 'acg';
  payMethod?: 'wechat' | 'alipay' | 'balance' | 'bank';
  delaySeconds?: number;
  goodsId?: number;
  /** The shop's promise text for this order, e.g. "付款后1分钟内自动发货". */
  promise?: string;
  /** Paid this many seconds ago (deadline tests). */
  paidSecondsAgo?: number;
}

export interface DemoOrder {
  orderNo: string;
  status: string;
  skin: string;
  /** Card keys delivered so far (the control API's view). */
  keys?: string[];
  urls: {
    detail: string;
    chat?: string;
    refund?: string;
    appeal?: string;
    ticketCreate?: string;
    ticket?: string;
  };
}

/** The control API is called from Node, not from the browser, so it never shows up as browser traffic. */
export class DemoControl {
  constructor(readonly baseUrl: string) {}

  async createOrder(scenario: Scenario, options: OrderOptions = {}): Promise<DemoOrder> {
    return this.post<DemoOrder>('/__control/orders', { scenario, ...options }, 201);
  }

  deliver(orderNo: string): Promise<unknown> {
    return this.post(`/__control/orders/${encodeURIComponent(orderNo)}/deliver`, {});
  }

  /** A chat message from the merchant (default) or a system notice, as if sent on the platform. */
  message(orderNo: string, text: string, from: 'merchant' | 'system' = 'merchant'): Promise<unknown> {
    return this.post(`/__control/orders/${encodeURIComponent(orderNo)}/messages`, { text, from }, 201);
  }

  reset(): Promise<unknown> {
    return this.post('/__control/reset', {});
  }

  /** Absolute URL for a path (or pass an absolute URL through). */
  url(pathOrUrl: string): string {
    return new URL(pathOrUrl, this.baseUrl).href;
  }

  private async post<T>(path: string, body: unknown, expected?: number): Promise<T> {
    const res = await fetch(this.url(path), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok || (expected !== undefined && res.status !== expected)) {
      throw new Error(`POST ${path} → ${res.status} ${await res.text()}`);
    }
    return (await res.json()) as T;
  }
}

export class Shop {
  constructor(
    readonly page: Page,
    readonly control: DemoControl,
  ) {}

  /** Navigates and returns the final URL (what `chrome.tabs` reports for the tab). */
  async open(pathOrUrl: string): Promise<string> {
    await this.page.goto(this.control.url(pathOrUrl));
    return this.page.url();
  }

  /** Official redeem page: submits `key` and returns the verdict text (卡密已被使用 …). */
  async redeem(key: string): Promise<string> {
    await this.open('/official/redeem');
    await this.page.locator('input[name="key"]').fill(key);
    await this.page.getByRole('button', { name: '立即兑换' }).click();
    return (await this.page.locator('div.redeem-result[role="alert"]').innerText()).trim();
  }

  /** Opens a flagship order detail page and waits until it is rendered. */
  async openOrder(order: DemoOrder): Promise<string> {
    const url = await this.open(order.urls.detail);
    await this.page.locator(`main.order-detail[data-order-no="${order.orderNo}"]`).waitFor();
    return url;
  }

  /** The order's chat with the merchant, once its thread is rendered. */
  async openChat(order: DemoOrder): Promise<string> {
    if (!order.urls.chat) throw new Error(`order ${order.orderNo} has no chat page`);
    const url = await this.open(order.urls.chat);
    await this.page.locator(`section.chat-thread[data-order-no="${order.orderNo}"]`).waitFor();
    return url;
  }

  /**
   * 售后服务协议 of a flagship order (demo/skins/kameng/after-sales.ts): the order summary under a sticky
   * bar, then about ten viewports of terms.
   */
  async openAfterSales(order: DemoOrder): Promise<string> {
    const url = await this.open(`/user/order/${encodeURIComponent(order.orderNo)}/after-sales`);
    await this.page.locator(`main.order-detail[data-order-no="${order.orderNo}"]`).waitFor();
    return url;
  }
}
