import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '../../../lib/db';
import { listEvidence } from '../../../lib/store/evidence';
import { analyzePage } from '../../../lib/platforms';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import type { Shot } from '../../../lib/service/capture';
import { runPendingCapture } from '../../../lib/service/evidence-store';
import { handleMessage, type RouterDeps } from '../../../lib/service/router';
import { readTabState } from '../../../lib/tab-state';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../fixtures/demo-kameng', name), 'utf8');
const URL_ = 'http://127.0.0.1:8080/user/order/KM202611261403091234';
const KEY = '127.0.0.1:8080|KM202611261403091234';

function report(html: string) {
  return analyzePage(new DOMParser().parseFromString(html, 'text/html'), new URL(URL_));
}

const shot: Shot = {
  bytes: new Uint8Array([137, 80, 78, 71]),
  mime: 'image/png',
  url: URL_,
  title: '订单详情',
  capturedAt: '2026-11-26T06:04:00.000Z',
  rawSha256: 'a'.repeat(64),
  width: 1280,
  height: 720,
};

let deps: RouterDeps;
beforeEach(async () => {
  await db.delete();
  await db.open();
  deps = {
    session: fakeBrowser.storage.session,
    capture: vi.fn(async () => shot),
    captureFull: vi.fn(async () => [shot, { ...shot, rawSha256: 'c'.repeat(64) }]),
    archive: vi.fn(async () => ({
      bytes: new Uint8Array([77, 73, 77, 69]),
      mime: 'multipart/related',
      url: URL_,
      title: 't',
      capturedAt: '2026-11-26T06:05:00.000Z',
    })),
    injectExtractor: vi.fn(async () => undefined),
    settings: async () => DEFAULT_SETTINGS,
    captureBreach: vi.fn(async () => undefined),
  };
});

describe('handleMessage', () => {
  it('rejects malformed messages with a clear error', async () => {
    expect(await handleMessage({ type: 'nope' }, { tabId: 1 }, deps)).toMatchObject({ ok: false });
    const bad = await handleMessage({ type: 'page-report', report: { url: 'x' } }, { tabId: 1 }, deps);
    expect(bad).toMatchObject({ ok: false, error: expect.stringContaining('消息格式无效') });
  });

  it('injects the extractor into the frame the sentinel ran in', async () => {
    await handleMessage({ type: 'sentinel-hit' }, { tabId: 7, frameId: 0 }, deps);
    expect(deps.injectExtractor).toHaveBeenCalledWith(7, 0);
  });

  it('stores the order, remembers the tab, and captures evidence on first sight only', async () => {
    const msg = { type: 'page-report', report: report(fixture('order-awaiting.html')) };
    expect(await handleMessage(msg, { tabId: 3, frameId: 0 }, deps)).toEqual({ ok: true, detail: 'new' });
    expect(await handleMessage(msg, { tabId: 3, frameId: 0 }, deps)).toEqual({ ok: true, detail: 'none' });
    expect(deps.capture).toHaveBeenCalledTimes(1);
    const rows = await listEvidence(KEY);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'order-page', seq: 1, meta: { reason: 'first-seen' } });
    expect((await readTabState(fakeBrowser.storage.session, 3))?.orderKeys).toEqual([KEY]);
  });

  it('defers capture while the tab is in the background and runs it on activation', async () => {
    deps.capture = vi.fn(async () => undefined);
    await handleMessage(
      { type: 'page-report', report: report(fixture('order-awaiting.html')) },
      { tabId: 4 },
      deps,
    );
    expect(await listEvidence(KEY)).toHaveLength(0);
    deps.capture = vi.fn(async () => shot);
    expect(await runPendingCapture(4, deps)).toBe(1);
    expect(await listEvidence(KEY)).toHaveLength(1);
    expect(await runPendingCapture(4, deps)).toBe(0);
  });

  it('captures on manual request, and refuses when the tab shows no order', async () => {
    expect(await handleMessage({ type: 'capture-now', tabId: 9 }, {}, deps)).toMatchObject({ ok: false });
    await handleMessage(
      { type: 'page-report', report: report(fixture('order-awaiting.html')) },
      { tabId: 9 },
      deps,
    );
    expect(await handleMessage({ type: 'capture-now', tabId: 9 }, {}, deps)).toMatchObject({ ok: true });
    // The page looks the same as at first sight: recorded as "unchanged", not stored twice.
    const rows = await listEvidence(KEY);
    expect(rows.map((r) => [r.kind, r.meta.reason])).toEqual([
      ['order-page', 'first-seen'],
      ['note', 'manual'],
    ]);
    expect(rows[1]?.meta.unchanged).toBe(true);
    deps.capture = vi.fn(async () => ({ ...shot, rawSha256: 'b'.repeat(64) }));
    await handleMessage({ type: 'capture-now', tabId: 9 }, {}, deps);
    expect((await listEvidence(KEY)).at(-1)).toMatchObject({
      kind: 'order-page',
      meta: { reason: 'manual' },
    });
  });

  it('links a failure prompt on another page to the order viewed last', async () => {
    await handleMessage(
      { type: 'page-report', report: report(fixture('order-awaiting.html')) },
      { tabId: 3 },
      deps,
    );
    // Tab 5 shows the official redeem page: no order there, and it looks different from the order page.
    deps.capture = vi.fn(async () => ({ ...shot, rawSha256: 'd'.repeat(64) }));
    expect(await handleMessage({ type: 'capture-now', tabId: 5 }, {}, deps)).toMatchObject({ ok: true });
    expect((await listEvidence(KEY)).at(-1)).toMatchObject({
      kind: 'failure-prompt',
      meta: { reason: 'manual' },
    });
    expect(deps.capture).toHaveBeenLastCalledWith(5, {
      expectUrl: undefined,
      orderNo: 'KM202611261403091234',
      band: true,
    });
  });

  it('stores every part of a full-page capture and clears the progress', async () => {
    await handleMessage(
      { type: 'page-report', report: report(fixture('order-awaiting.html')) },
      { tabId: 3 },
      deps,
    );
    const reply = await handleMessage({ type: 'capture-now', tabId: 3, mode: 'full-page' }, {}, deps);
    expect(reply).toEqual({ ok: true, detail: 'KM202611261403091234' });
    const parts = (await listEvidence(KEY)).filter((r) => r.kind === 'full-page');
    expect(parts.map((r) => [r.meta.part, r.meta.parts])).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(await fakeBrowser.storage.session.get('progress:3')).toEqual({});
  });

  it('keeps the merchant chat as a transcript plus a screenshot, once per change', async () => {
    const chatUrl = 'http://127.0.0.1:8080/user/order/KM202611261456222854/chat';
    const chatKey = '127.0.0.1:8080|KM202611261456222854';
    const page = new DOMParser().parseFromString(fixture('chat-offsite.html'), 'text/html');
    const msg = { type: 'page-report', report: analyzePage(page, new URL(chatUrl)) };
    expect(await handleMessage(msg, { tabId: 6 }, deps)).toEqual({ ok: true, detail: 'chat' });
    expect(await handleMessage(msg, { tabId: 6 }, deps)).toEqual({ ok: true, detail: '' });
    const rows = await listEvidence(chatKey);
    expect(rows.map((r) => [r.kind, r.mime])).toEqual([
      ['chat', 'application/json'],
      ['chat', 'image/png'],
    ]);
    expect(rows[0]?.meta.messages).toBe(4);
    // A new merchant message: a new transcript and screenshot.
    page.querySelector('.chat-thread')!.append(page.querySelector('.chat-msg')!.cloneNode(true));
    const again = { type: 'page-report', report: analyzePage(page, new URL(chatUrl)) };
    deps.capture = vi.fn(async () => ({ ...shot, rawSha256: 'e'.repeat(64) }));
    await handleMessage(again, { tabId: 6 }, deps);
    expect((await listEvidence(chatKey)).length).toBe(4);
    expect((await readTabState(fakeBrowser.storage.session, 6))?.orderKeys).toEqual([chatKey]);
  });

  it('keeps the product page seen before buying as the first evidence of the order that follows', async () => {
    const productUrl = 'http://127.0.0.1:8080/goods/3';
    const product = analyzePage(
      new DOMParser().parseFromString(fixture('product-page.html'), 'text/html'),
      new URL(productUrl),
    );
    await handleMessage({ type: 'page-report', report: product }, { tabId: 3 }, deps);
    await handleMessage(
      { type: 'page-report', report: report(fixture('order-awaiting.html')) },
      { tabId: 3 },
      deps,
    );
    const rows = await listEvidence(KEY);
    expect(rows.map((r) => [r.kind, r.mime])).toEqual([
      ['product-page', 'image/png'],
      ['product-page', 'application/json'],
      ['order-page', 'image/png'],
    ]);
    expect(rows[0]?.url).toBe(productUrl);
    const order = (await db.orders.get(KEY))!;
    expect(order.productPromise).toEqual({ text: '付款后10分钟内自动发货', minutes: 10 });
    // Linked once: the next order on the site does not get it again.
    expect(await fakeBrowser.storage.session.get('product:127.0.0.1:8080')).toEqual({});
  });

  it("keeps the order page's no-refund notice on the order", async () => {
    const url = 'http://127.0.0.1:8080/user/order/KM202611260930005678';
    const page = new DOMParser().parseFromString(fixture('order-delivered.html'), 'text/html');
    await handleMessage({ type: 'page-report', report: analyzePage(page, new URL(url)) }, { tabId: 8 }, deps);
    expect((await db.orders.get('127.0.0.1:8080|KM202611260930005678'))?.noRefundNotices).toEqual([
      '虚拟商品一经售出概不退换',
    ]);
  });

  it('ignores reports from subframes', async () => {
    const msg = { type: 'page-report', report: report(fixture('order-awaiting.html')) };
    expect(await handleMessage(msg, { tabId: 3, frameId: 2 }, deps)).toMatchObject({ ok: true });
    expect(await listEvidence(KEY)).toHaveLength(0);
  });
});
