// @vitest-environment node
// Runs the pages' own polling scripts in happy-dom against the real server: the detail page must pick
// up status and keys, and the chat page new merchant messages, without a reload. (The scripts poll
// every 1.5 s in real time, so these tests wait for the DOM rather than for a clock.)
import { Browser } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createOrder, post, startHarness, type Harness } from './helpers.ts';

let h: Harness;
let browser: Browser;
beforeAll(async () => {
  h = await startHarness();
  browser = new Browser({
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
  });
});
afterAll(async () => {
  await browser.close();
  await h.server.close();
});

describe('live updates', () => {
  it('order detail shows delivered keys and the new status without reload', async () => {
    const o = await createOrder(h, { scenario: 'never', goodsId: 1 });
    const tab = browser.newPage();
    await tab.goto(o.urls.detail ?? '');
    const doc = tab.mainFrame.document;
    const main = doc.querySelector('main.order-detail');
    expect(doc.querySelector('.status-tag')?.textContent).toBe('待发货');
    const [key] = (await post<{ keys: string[] }>(h, `/__control/orders/${o.orderNo}/deliver`)).body.keys;
    await vi.waitFor(() => expect(doc.querySelector('li.card-key code')?.textContent).toBe(key), {
      timeout: 5000,
      interval: 100,
    });
    expect(doc.querySelector('.status-tag')?.textContent).toBe('已发货');
    expect(doc.querySelector('.status-tag')?.getAttribute('data-status')).toBe('delivered');
    expect(doc.querySelector('section.card-keys li.card-key button[type=button]')?.textContent).toBe('复制');
    expect(doc.querySelector('.undelivered-notice')).toBeNull();
    expect(doc.querySelector('main.order-detail')).toBe(main);
    await tab.close();
  }, 10_000);

  it('chat page appends new merchant messages', async () => {
    const o = await createOrder(h, { scenario: 'never' });
    const tab = browser.newPage();
    await tab.goto(o.urls.chat ?? '');
    const doc = tab.mainFrame.document;
    const count = doc.querySelectorAll('article.chat-msg').length;
    await post(h, `/__control/orders/${o.orderNo}/messages`, { text: '<b>亲，已经补发了</b>' });
    await vi.waitFor(() => expect(doc.querySelectorAll('article.chat-msg')).toHaveLength(count + 1), {
      timeout: 5000,
      interval: 100,
    });
    const last = [...doc.querySelectorAll('article.chat-msg')].at(-1);
    expect(last?.classList.contains('from-merchant')).toBe(true);
    expect(last?.querySelector('p.chat-text')?.textContent).toBe('<b>亲，已经补发了</b>');
    expect(last?.querySelector('b')).toBeNull();
    await tab.close();
  }, 10_000);
});
