// Issue #8: export an order's evidence package from the extension page, check it from outside (Node), tamper
// with every file and watch both verifiers (the page's import and `npm run verify`) name it, look at the
// report, then back up, wipe and restore the whole database.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { extensionWorker } from './browser';
import { expect, test } from './fixtures';
import { DemoControl, Shop } from './pages/shop';

interface Snapshot {
  stores: string[];
  counts: Record<string, number>;
  orders: unknown[];
  evidence: unknown[];
  events: unknown[];
  cases: unknown[];
  /** [address, SHA-256 of the stored bytes] per blob. */
  blobs: [string, string][];
}

/** The whole database, read with raw IndexedDB from an extension page (blobs as their recomputed hashes). */
function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(async () => {
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('cardshield');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const all = (store: string) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const req = idb.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
        req.onerror = () => reject(req.error);
      });
    const hex = async (bytes: Uint8Array) =>
      [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>))]
        .map((b) => b.toString(16).padStart(2, '0'))
        .join('');
    const stores = [...idb.objectStoreNames];
    const rows: Record<string, Record<string, unknown>[]> = {};
    for (const s of stores) rows[s] = await all(s);
    const blobs: [string, string][] = [];
    for (const b of rows.blobs ?? []) blobs.push([b.sha256 as string, await hex(b.bytes as Uint8Array)]);
    idb.close();
    return {
      stores,
      counts: Object.fromEntries(stores.map((s) => [s, rows[s]!.length])),
      orders: rows.orders ?? [],
      evidence: rows.evidence ?? [],
      events: rows.events ?? [],
      cases: rows.cases ?? [],
      blobs: blobs.sort((a, b) => a[0].localeCompare(b[0])),
    };
  });
}

function wipe(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('cardshield');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const stores = [...idb.objectStoreNames];
    await new Promise<void>((resolve, reject) => {
      const tx = idb.transaction(stores, 'readwrite');
      for (const s of stores) tx.objectStore(s).clear();
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    idb.close();
  });
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function cliVerify(file: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/verify.ts', file], { encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

async function download(page: Page, click: () => Promise<void>): Promise<Uint8Array> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  return new Uint8Array(readFileSync((await dl.path())!));
}

test('export → verify (page and CLI) → tamper → report → backup, wipe, restore', async ({
  context,
  demo,
  extensionId,
}, testInfo) => {
  test.setTimeout(180_000);
  const work = testInfo.outputPath('work');
  mkdirSync(work, { recursive: true });

  // A never-delivered order with its chat: order page and transcript become evidence.
  const control = new DemoControl(demo.url);
  const order = await control.createOrder('never');
  await control.message(order.orderNo, '亲，<b>备货中</b>，请耐心等待<script>alert(1)</script>');
  const shop = new Shop(await context.newPage(), control);
  await shop.openOrder(order);
  // The order page's screenshot is taken while it is shown: let it land before moving on to the chat (read in
  // the worker — opening another tab would hide the shop page and hold the capture back).
  await expect
    .poll(async () =>
      (await extensionWorker(context, extensionId)).evaluate(
        (no) =>
          new Promise<boolean>((resolve) => {
            const open = indexedDB.open('cardshield');
            open.onsuccess = () => {
              const all = open.result.transaction('evidence').objectStore('evidence').getAll();
              all.onsuccess = () => {
                open.result.close();
                resolve((all.result as { orderKey: string }[]).some((e) => e.orderKey.endsWith(`|${no}`)));
              };
            };
          }),
        order.orderNo,
      ),
    )
    .toBe(true);
  await shop.openChat(order);

  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/export.html`);
  await expect
    .poll(
      async () => {
        const s = await snapshot(page);
        const kinds = (s.evidence as { kind: string; orderKey: string }[])
          .filter((e) => e.orderKey.endsWith(`|${order.orderNo}`))
          .map((e) => e.kind);
        return kinds.includes('chat') && kinds.some((k) => k !== 'chat');
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  await shop.page.close();
  const key = ((await snapshot(page)).orders as { key: string; orderNo: string }[]).find(
    (o) => o.orderNo === order.orderNo,
  )!.key;

  // Export: the letters are composed from the case and editable; the edit goes into the package.
  await page.goto(`chrome-extension://${extensionId}/export.html?order=${encodeURIComponent(key)}`);
  const complaint = page.getByLabel('12315 投诉书');
  await expect(complaint).toHaveValue(/一、投诉人：姓名「请填写：姓名」/);
  await expect(page.getByLabel('平台介入申请')).toHaveValue(/申请平台介入：订单号/);
  await complaint.fill(`${await complaint.inputValue()}\n（买家补充：已多次催促）`);
  const zip = await download(page, () => page.getByRole('button', { name: '导出证据包（ZIP）' }).click());
  await expect(page.getByTestId('export-status')).toContainText('已导出');
  const zipFile = path.join(work, 'package.zip');
  writeFileSync(zipFile, zip);

  // Unzip in Node: every file's hash matches the manifest; nothing unlisted.
  const files = unzipSync(zip);
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as {
    order: { orderNo: string };
    evidence: { path: string; sha256: string; kind: string }[];
    documents: { path: string; sha256: string }[];
  };
  expect(manifest.order.orderNo).toBe(order.orderNo);
  const listed = [...manifest.evidence, ...manifest.documents];
  for (const f of listed) expect(sha256(files[f.path]!), f.path).toBe(f.sha256);
  expect(Object.keys(files).sort()).toEqual(['manifest.json', ...listed.map((f) => f.path)].sort());
  expect(manifest.evidence.map((e) => e.path)).toContainEqual(
    expect.stringMatching(/^evidence\/\d\d-chat-[0-9a-f]{8}\.json$/),
  );
  expect(new TextDecoder().decode(files['letters/12315-complaint.txt'])).toContain(
    '（买家补充：已多次催促）',
  );
  expect(new TextDecoder().decode(files['report.html'])).not.toContain('<script>alert(1)');

  // Both verifiers accept the untouched package.
  expect(cliVerify(zipFile)).toMatchObject({ status: 0, out: expect.stringContaining('证据包完整') });
  const picker = page.getByLabel('选择要核验的证据包');
  await picker.setInputFiles({ name: 'package.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
  await expect(page.getByTestId('verify-result')).toHaveAttribute('data-status', 'intact');

  // One changed byte in any file: both verifiers fail and name that file.
  for (const [i, name] of Object.keys(files).entries()) {
    const bytes = files[name]!.slice();
    const at = Math.floor(bytes.length / 2);
    bytes[at] = bytes[at]! ^ 0x01;
    const bad = zipSync({ ...files, [name]: bytes });
    const badFile = path.join(work, `tampered-${i}.zip`);
    writeFileSync(badFile, bad);
    const cli = cliVerify(badFile);
    expect(cli.status, name).toBe(1);
    expect(cli.out, name).toContain(name);
    await picker.setInputFiles({
      name: `tampered-${i}.zip`,
      mimeType: 'application/zip',
      buffer: Buffer.from(bad),
    });
    const result = page.getByTestId('verify-result');
    await expect(result).toHaveAttribute('data-status', 'tampered');
    await expect(result).toContainText(`tampered-${i}.zip`);
    await expect(result.locator(`li[data-path="${name}"]`).first()).toBeVisible();
  }
  // A missing file is named too; unreadable input is exit 2.
  const { [manifest.evidence[0]!.path]: _gone, ...rest } = files;
  writeFileSync(path.join(work, 'missing.zip'), zipSync(rest));
  expect(cliVerify(path.join(work, 'missing.zip'))).toMatchObject({
    status: 1,
    out: expect.stringContaining(`${manifest.evidence[0]!.path}（第 1 份证据）：文件缺失`),
  });
  writeFileSync(path.join(work, 'junk.zip'), 'not a zip');
  expect(cliVerify(path.join(work, 'junk.zip')).status).toBe(2);
  expect(cliVerify(path.join(work, 'no-such-file.zip')).status).toBe(2);

  // The printable report, as the buyer opens it (same builder as report.html; screenshots inline).
  const [report] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: '打开报告 / 打印为 PDF' }).click(),
  ]);
  await report.waitForLoadState();
  await expect(report.locator('h1')).toContainText(`卡盾证据报告 · 订单 ${order.orderNo}`);
  await expect(report.locator('.ev img').first()).toHaveJSProperty('complete', true);
  expect(
    await report
      .locator('.ev img')
      .first()
      .evaluate((img: HTMLImageElement) => img.naturalWidth),
  ).toBeGreaterThan(0);
  await expect(report.getByText('&lt;script&gt;', { exact: false })).toHaveCount(0);
  await expect(report.locator('.chat')).toContainText('<script>alert(1)</script>'); // shown as text
  expect(await report.evaluate(() => document.scripts.length)).toBe(0);
  const top = testInfo.outputPath('report-top.png');
  await report.screenshot({ path: top });
  await testInfo.attach('report-top.png', { path: top, contentType: 'image/png' });
  const shot = testInfo.outputPath('report.png');
  await report.screenshot({ path: shot, fullPage: true });
  await testInfo.attach('report.png', { path: shot, contentType: 'image/png' });
  // Printing gives the PDF (headless Chromium prints to a file; the buyer uses Ctrl+P → 另存为 PDF).
  const pdf = testInfo.outputPath('report.pdf');
  if (
    await report.pdf({ path: pdf, format: 'A4' }).then(
      () => true,
      () => false,
    )
  )
    await testInfo.attach('report.pdf', { path: pdf, contentType: 'application/pdf' });
  await report.close();

  // Backup → wipe → restore: identical counts, rows and hashes.
  const before = await snapshot(page);
  expect(before.counts.blobs).toBeGreaterThan(0);
  const backup = await download(page, () => page.getByRole('button', { name: '备份全部数据' }).click());
  await expect(page.getByTestId('backup-status')).toContainText('已备份');
  await wipe(page);
  expect(Object.values((await snapshot(page)).counts).every((n) => n === 0)).toBe(true);

  // A foreign file is refused with a message and changes nothing.
  const restore = page.getByLabel('选择备份文件');
  await restore.setInputFiles({ name: 'package.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
  await expect(page.getByTestId('backup-status')).toContainText(
    '未恢复，现有数据没有改动：这不是卡盾备份文件',
  );
  expect(Object.values((await snapshot(page)).counts).every((n) => n === 0)).toBe(true);

  await restore.setInputFiles({
    name: 'backup.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from(backup),
  });
  await expect(page.getByTestId('backup-status')).toContainText('已恢复');
  const after = await snapshot(page);
  expect(after).toEqual(before);
  for (const [address, actual] of after.blobs) expect(actual).toBe(address);
});
