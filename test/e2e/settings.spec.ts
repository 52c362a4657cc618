// Issue #9, settings: the buyer profile is validated and saved through the background; a paused site gets no
// extraction and no capture (and is resumed from the popup's switch); cleaning up a case removes its
// screenshots, records that in the chain, and the exported package still verifies — naming what was removed.
import { readFileSync } from 'node:fs';
import type { Worker } from '@playwright/test';
import { verifyPackage } from '../../lib/export/verify';
import { lookupMessage } from '../../lib/i18n/lookup';
import { extensionWorker } from './browser';
import { expect, tabIdOf, test } from './fixtures';
import { Popup } from './pages/popup';
import { SettingsPage } from './pages/settings';
import { DemoControl, Shop } from './pages/shop';

const zh = (key: Parameters<typeof lookupMessage>[0], ...subs: string[]) => lookupMessage(key, subs);
const literally = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** The stored `settings` value, read in the service worker. */
const stored = (worker: Worker) =>
  worker.evaluate(
    async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown>,
  );

/** Order numbers and evidence rows in the extension's database, read in the service worker. */
function database(worker: Worker) {
  return worker.evaluate(
    () =>
      new Promise<{
        orders: string[];
        evidence: { orderKey: string; seq: number; kind: string; mime: string }[];
      }>((resolve, reject) => {
        const open = indexedDB.open('cardshield');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['orders', 'evidence']);
          const orders = tx.objectStore('orders').getAll();
          const evidence = tx.objectStore('evidence').getAll();
          tx.oncomplete = () => {
            open.result.close();
            resolve({
              orders: (orders.result as { orderNo: string }[]).map((o) => o.orderNo),
              evidence: (
                evidence.result as { orderKey: string; seq: number; kind: string; mime: string }[]
              ).map(({ orderKey, seq, kind, mime }) => ({ orderKey, seq, kind, mime })),
            });
          };
        };
      }),
  );
}

test('profile: checked on the page, saved by the background, kept after a reload', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const settings = await SettingsPage.open(context, extensionId);
  const qq = settings.field(settings.profile, 'settings_profile_qq');
  const phone = settings.field(settings.profile, 'settings_profile_phone');

  const status = await settings.saveProfile({ qq: '0123', phone: '12345', email: 'buyer@example.cn' });
  await expect(status).toHaveText(zh('settings_fix_errors'));
  await expect(qq).toHaveAttribute('aria-invalid', 'true');
  await expect(qq).toHaveAccessibleDescription(literally(zh('settings_profile_err_qq')));
  await expect(phone).toHaveAccessibleDescription(literally(zh('settings_profile_err_phone')));
  await expect(qq).toBeFocused();
  expect((await stored(serviceWorker))?.profile ?? null).toBeNull();

  await settings.saveProfile({ qq: '10001', phone: '138 0013 8000', email: 'buyer@example.cn' });
  await expect(status).toHaveText(zh('settings_saved'));
  await expect(qq).not.toHaveAttribute('aria-invalid', 'true');
  expect((await stored(serviceWorker)).profile).toEqual({
    qq: '10001',
    phone: '13800138000',
    email: 'buyer@example.cn',
  });

  // Capture options are saved as they are switched.
  const band = settings.capture.getByRole('checkbox', { name: zh('settings_capture_band') });
  await band.uncheck();
  await expect(settings.capture.getByRole('status')).toHaveText(zh('settings_saved'));
  expect((await stored(serviceWorker)).band).toBe(false);

  await settings.page.reload();
  await settings.profile.waitFor();
  await expect(qq).toHaveValue('10001');
  await expect(phone).toHaveValue('13800138000');
  await expect(band).not.toBeChecked();
});

test('a paused site: its order pages are left alone until the popup resumes it', async ({
  context,
  demo,
  extensionId,
  serviceWorker,
}) => {
  const host = new URL(demo.url).host;
  const settings = await SettingsPage.open(context, extensionId);
  await settings.pauseSite(`${demo.url}/user/orders`);
  await expect(settings.pausedSites).toHaveText([literally(host)]);
  expect((await stored(serviceWorker)).pausedSites).toEqual([host]);
  await settings.page.close();

  const control = new DemoControl(demo.url);
  const [first, second] = [await control.createOrder('never'), await control.createOrder('never')];
  const shop = new Shop(await context.newPage(), control);
  const url = await shop.openOrder(first);
  const tabId = await tabIdOf(context, extensionId, url);
  // The background saw the page and left it alone on purpose (no extractor, no order, no screenshot).
  await expect
    .poll(() =>
      serviceWorker.evaluate(async (key) => (await chrome.storage.session.get(key))[key], `paused:${tabId}`),
    )
    .toBe(url);

  // The popup's switch shows the pause and resumes the site.
  const popup = await Popup.open(context, extensionId, tabId);
  const toggle = popup.page.getByRole('switch', { name: zh('settings_pause_toggle') });
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect(toggle).not.toBeChecked();
  await expect.poll(async () => (await stored(serviceWorker)).pausedSites).toEqual([]);
  await popup.page.close();

  await shop.openOrder(second);
  const worker = await extensionWorker(context, extensionId);
  await expect.poll(async () => (await database(worker)).orders).toContain(second.orderNo);
  const db = await database(worker);
  expect(db.orders).not.toContain(first.orderNo);
  expect(db.evidence.filter((e) => e.orderKey.endsWith(`|${first.orderNo}`))).toEqual([]);
});

test('clean-up of a case: screenshots removed, recorded in the chain, the package still verifies', async ({
  context,
  demo,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const control = new DemoControl(demo.url);
  const order = await control.createOrder('never');
  await control.message(order.orderNo, '亲，备货中，请耐心等待');
  const shop = new Shop(await context.newPage(), control);
  await shop.openOrder(order);
  const worker = await extensionWorker(context, extensionId);
  const mine = async () =>
    (await database(worker)).evidence
      .filter((e) => e.orderKey.endsWith(`|${order.orderNo}`))
      .sort((a, b) => a.seq - b.seq);
  // The order page's screenshot lands while the page is shown; then the chat (transcript + screenshot).
  await expect.poll(async () => (await mine()).some((e) => e.mime.startsWith('image/'))).toBe(true);
  await shop.openChat(order);
  await expect.poll(async () => (await mine()).some((e) => e.mime === 'application/json')).toBe(true);
  await expect.poll(async () => (await mine()).filter((e) => e.mime.startsWith('image/')).length).toBe(2);
  const before = await mine();

  const shots = before.filter((e) => e.mime.startsWith('image/')).map((e) => e.seq);

  const settings = await SettingsPage.open(context, extensionId);
  const results = await settings.cleanUp(order.orderNo);
  const line = results.locator(`li[data-order="${order.orderNo}"]`);
  await expect(line).toHaveAttribute('data-ok', 'true');
  // "订单 …：证据链完整（N 份记录），第 1, 3 份的文件已于 <time> 按你的要求清理，见第 N 份（清理记录）。"
  const [head, tail] = zh(
    'settings_cleanup_verified',
    order.orderNo,
    String(before.length + 1),
    shots.join(', '),
    '\u0000',
    String(before.length + 1),
  ).split('\u0000');
  await expect(line).toContainText(head!);
  await expect(line).toContainText(tail!);
  await expect(settings.cleanupCheckbox(order.orderNo)).toHaveCount(0); // nothing left to clean up
  const after = await mine();
  expect(after).toHaveLength(before.length + 1);
  expect(after.at(-1)).toMatchObject({ kind: 'note', mime: 'application/json' });

  // The exported package: intact for the export page's verifier and for the Node one, naming the removed files.
  const key = after[0]!.orderKey;
  const page = settings.page;
  await page.goto(`chrome-extension://${extensionId}/export.html?order=${encodeURIComponent(key)}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: zh('export_zip') }).click(),
  ]);
  const zip = new Uint8Array(readFileSync((await download.path())!));
  const verdict = await verifyPackage(zip);
  if (verdict.status === 'unreadable') throw new Error(verdict.message);
  expect(verdict).toMatchObject({ status: 'intact', problems: [] });
  expect(verdict.removed.map((r) => r.seq)).toEqual(shots);
  await page.getByLabel(zh('export_verify_pick')).setInputFiles({
    name: 'cleaned.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from(zip),
  });
  await expect(page.getByTestId('verify-result')).toHaveAttribute('data-status', 'intact');
});
