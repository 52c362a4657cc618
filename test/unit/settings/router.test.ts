// The background honours the settings: the pause list at the entry of automatic work, the capture options
// (band, full page on keys, MHTML) in the captures it starts, and the settings messages write storage.local.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '../../../lib/db';
import { analyzePage } from '../../../lib/platforms';
import { DEFAULT_SETTINGS, loadSettings, type Settings } from '../../../lib/settings';
import type { Shot } from '../../../lib/service/capture';
import { handleMessage, type RouterDeps } from '../../../lib/service/router';
import { captureBreachPage } from '../../../lib/service/automatic';
import { listEvidence } from '../../../lib/store/evidence';
import { getOrder } from '../../../lib/store/orders';
import type { PageReport } from '../../../lib/model/order';

const URL_ = 'http://127.0.0.1:8080/user/order/KM202611261403091234';
const KEY = '127.0.0.1:8080|KM202611261403091234';
const html = readFileSync(
  join(import.meta.dirname, '../../fixtures/demo-kameng/order-awaiting.html'),
  'utf8',
);
const report = (): PageReport =>
  analyzePage(new DOMParser().parseFromString(html, 'text/html'), new URL(URL_));

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

let settings: Settings;
let deps: RouterDeps;
beforeEach(async () => {
  await db.delete();
  await db.open();
  settings = { ...DEFAULT_SETTINGS };
  deps = {
    session: fakeBrowser.storage.session,
    capture: vi.fn(async () => shot),
    captureFull: vi.fn(async () => [{ ...shot, rawSha256: 'f'.repeat(64) }]),
    archive: vi.fn(async () => ({
      bytes: new Uint8Array([77, 73, 77, 69]),
      mime: 'multipart/related',
      url: URL_,
      title: 't',
      capturedAt: '2026-11-26T06:05:00.000Z',
    })),
    injectExtractor: vi.fn(async () => undefined),
    settings: async () => settings,
    captureBreach: vi.fn(async () => undefined),
  };
});

describe('paused sites', () => {
  beforeEach(() => {
    settings = { ...settings, pausedSites: ['127.0.0.1:8080'] };
  });

  it('no extractor for a sentinel hit from a paused site; other sites still get one', async () => {
    expect(await handleMessage({ type: 'sentinel-hit' }, { tabId: 1, frameId: 0, url: URL_ }, deps)).toEqual({
      ok: true,
      detail: 'paused',
    });
    expect(deps.injectExtractor).not.toHaveBeenCalled();
    await handleMessage(
      { type: 'sentinel-hit' },
      { tabId: 1, frameId: 0, url: 'http://127.0.0.1:9090/o/1' },
      deps,
    );
    expect(deps.injectExtractor).toHaveBeenCalledWith(1, 0);
  });

  it('a page report from a paused site stores no order and captures nothing', async () => {
    const reply = await handleMessage(
      { type: 'page-report', report: report() },
      { tabId: 3, frameId: 0 },
      deps,
    );
    expect(reply).toEqual({ ok: true, detail: 'paused' });
    expect(await getOrder(KEY)).toBeUndefined();
    // The tab keeps a marker: seen and left alone on purpose.
    expect(await fakeBrowser.storage.session.get('paused:3')).toEqual({ 'paused:3': URL_ });
    expect(deps.capture).not.toHaveBeenCalled();
  });

  it('a submitted form on a paused site is not recorded', async () => {
    const msg = { type: 'form-submitted', url: URL_, title: 't', platform: null, fields: [] };
    expect(await handleMessage(msg, { tabId: 3 }, deps)).toEqual({ ok: true, detail: 'paused' });
    expect(await db.evidence.count()).toBe(0);
  });

  it("no breach screenshot of a paused site's page", async () => {
    settings = { ...settings, pausedSites: [] };
    await handleMessage({ type: 'page-report', report: report() }, { tabId: 3, frameId: 0 }, deps);
    settings = { ...settings, pausedSites: ['127.0.0.1'] };
    expect(await captureBreachPage(3, (await getOrder(KEY))!, deps)).toBe(0);
    expect(deps.capture).toHaveBeenCalledTimes(1); // first sight only
  });

  it('a capture the buyer asks for still works on a paused site', async () => {
    settings = { ...settings, pausedSites: [] };
    await handleMessage({ type: 'page-report', report: report() }, { tabId: 3, frameId: 0 }, deps);
    settings = { ...settings, pausedSites: ['127.0.0.1:8080'] };
    deps.capture = vi.fn(async () => ({ ...shot, rawSha256: 'b'.repeat(64) }));
    expect(await handleMessage({ type: 'capture-now', tabId: 3 }, {}, deps)).toMatchObject({ ok: true });
    expect(await listEvidence(KEY)).toHaveLength(2);
  });
});

describe('capture options', () => {
  const delivered = () => {
    const r = report();
    r.orders[0] = { ...r.orders[0]!, status: 'delivered', cardKeys: ['AAAA-BBBB-CCCC'] };
    return r;
  };

  it('band off: screenshots are asked for without the band', async () => {
    settings = { ...settings, band: false };
    await handleMessage({ type: 'page-report', report: report() }, { tabId: 3, frameId: 0 }, deps);
    expect(deps.capture).toHaveBeenCalledWith(3, expect.objectContaining({ band: false }));
  });

  it('keys appearing: full page by default, the viewport when fullPage is off', async () => {
    await handleMessage({ type: 'page-report', report: report() }, { tabId: 3, frameId: 0 }, deps);
    await handleMessage({ type: 'page-report', report: delivered() }, { tabId: 3, frameId: 0 }, deps);
    expect(deps.captureFull).toHaveBeenCalledTimes(1);

    await db.delete();
    await db.open();
    settings = { ...settings, fullPage: false };
    deps.captureFull = vi.fn(async () => [shot]);
    deps.capture = vi.fn(async () => ({ ...shot, rawSha256: 'c'.repeat(64) }));
    await handleMessage({ type: 'page-report', report: report() }, { tabId: 4, frameId: 0 }, deps);
    deps.capture = vi.fn(async () => ({ ...shot, rawSha256: 'd'.repeat(64) }));
    await handleMessage({ type: 'page-report', report: delivered() }, { tabId: 4, frameId: 0 }, deps);
    expect(deps.captureFull).not.toHaveBeenCalled();
    expect((await listEvidence(KEY)).map((r) => r.kind)).toEqual(['order-page', 'card-key']);
  });

  it('MHTML on: an archive next to each automatic order capture (off by default)', async () => {
    await handleMessage({ type: 'page-report', report: report() }, { tabId: 3, frameId: 0 }, deps);
    expect(deps.archive).not.toHaveBeenCalled();
    settings = { ...settings, mhtml: true };
    await handleMessage({ type: 'page-report', report: report() }, { tabId: 3, frameId: 0 }, deps); // no change
    expect(deps.archive).not.toHaveBeenCalled();
    await handleMessage({ type: 'page-report', report: delivered() }, { tabId: 3, frameId: 0 }, deps);
    expect((await listEvidence(KEY)).map((r) => [r.kind, r.meta.reason])).toEqual([
      ['order-page', 'first-seen'],
      ['card-key', 'keys-appeared'],
      ['page-archive', 'auto'],
    ]);
  });

  it('an archive that fails (no pageCapture) does not fail the report', async () => {
    settings = { ...settings, mhtml: true };
    deps.archive = vi.fn(async () => {
      throw new Error('此浏览器不支持网页存档（MHTML）');
    });
    const reply = await handleMessage(
      { type: 'page-report', report: report() },
      { tabId: 3, frameId: 0 },
      deps,
    );
    expect(reply).toEqual({ ok: true, detail: 'new' });
    expect((await listEvidence(KEY)).map((r) => r.kind)).toEqual(['order-page']);
  });
});

describe('settings messages', () => {
  it('save-settings and pause-site write chrome.storage.local; invalid input is refused', async () => {
    expect(await handleMessage({ type: 'save-settings', patch: { mhtml: true } }, {}, deps)).toEqual({
      ok: true,
    });
    expect(
      await handleMessage({ type: 'pause-site', host: 'https://Shop.cn/x', paused: true }, {}, deps),
    ).toEqual({
      ok: true,
    });
    expect(await loadSettings(fakeBrowser.storage.local)).toMatchObject({
      mhtml: true,
      pausedSites: ['shop.cn'],
    });
    const bad = await handleMessage(
      { type: 'save-settings', patch: { profile: { qq: '1', phone: null, email: null } } },
      {},
      deps,
    );
    expect(bad).toMatchObject({ ok: false, error: expect.stringContaining('消息格式无效') });
  });

  it('only extension pages may change settings or clean up, never a shop page', async () => {
    const fromShop = { tabId: 3, frameId: 0, url: URL_ };
    expect(
      await handleMessage({ type: 'pause-site', host: 'a.cn', paused: true }, fromShop, deps),
    ).toMatchObject({
      ok: false,
    });
    const cleanup = { type: 'cleanup-orders', orderKeys: [KEY], reason: 'selected', confirmed: true };
    expect(await handleMessage(cleanup, fromShop, deps)).toMatchObject({ ok: false });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
    const fromPage = { tabId: 9, url: 'chrome-extension://abc/options.html' };
    expect(await handleMessage(cleanup, fromPage, deps)).toMatchObject({ ok: true, detail: '0' });
  });

  it('cleanup needs the explicit confirmation', async () => {
    const msg = { type: 'cleanup-orders', orderKeys: [KEY], reason: 'selected' };
    expect(await handleMessage(msg, {}, deps)).toMatchObject({ ok: false });
  });
});
