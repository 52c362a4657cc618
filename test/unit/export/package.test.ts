import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CardShieldDB } from '../../../lib/db';
import { sha256Hex } from '../../../lib/evidence/hash';
import { Manifest, manifestDigest, MANIFEST_PATH } from '../../../lib/export/manifest';
import { exportOrderPackage, type OrderPackage } from '../../../lib/export/package';
import { unzipFiles } from '../../../lib/export/zip';
import { KEY, NOW, ORDER_NO, seed } from './seed';

let database: CardShieldDB;
let pkg: OrderPackage;

beforeAll(async () => {
  database = await seed('export-package');
  pkg = await exportOrderPackage(KEY, { database, now: NOW, generatorVersion: 'test' });
});
afterAll(() => database.delete());

describe('evidence package', () => {
  it('names evidence files NN-<kind>-<short sha>.<ext> and lists every file with its SHA-256', async () => {
    const files = unzipFiles(pkg.zip);
    const names = Object.keys(files);
    expect(names[0]).toBe(MANIFEST_PATH);
    const ev = pkg.manifest.evidence;
    expect(ev.map((e) => e.path)).toEqual([
      `evidence/01-order-page-${ev[0]!.sha256.slice(0, 8)}.png`,
      `evidence/02-chat-${ev[1]!.sha256.slice(0, 8)}.json`,
      `evidence/03-full-page-${ev[2]!.sha256.slice(0, 8)}.png`,
    ]);
    for (const entry of [...ev, ...pkg.manifest.documents]) {
      expect(files[entry.path], entry.path).toBeDefined();
      expect(await sha256Hex(files[entry.path]!)).toBe(entry.sha256);
      expect(files[entry.path]!.byteLength).toBe(entry.size);
    }
    expect(pkg.manifest.documents.map((d) => d.role)).toEqual([
      'report',
      'platform-letter',
      'complaint-letter',
    ]);
    expect(names.sort()).toEqual(
      [MANIFEST_PATH, ...ev.map((e) => e.path), ...pkg.manifest.documents.map((d) => d.path)].sort(),
    );
  });

  it('writes a manifest that validates, with chain fields, order facts, timeline and verdict with basis', async () => {
    const raw = JSON.parse(new TextDecoder().decode(unzipFiles(pkg.zip)[MANIFEST_PATH]));
    const m = Manifest.parse(raw);
    expect(m.version).toBe(1);
    expect(await manifestDigest(raw)).toBe(m.manifestSha256);
    expect(m.order).toMatchObject({ orderNo: ORDER_NO, amount: 48.5, status: 'awaiting_delivery' });
    expect(m.evidence[0]!.prevChainHash).toBe('0'.repeat(64));
    expect(m.evidence[1]!.prevChainHash).toBe(m.evidence[0]!.chainHash);
    expect(m.chain).toMatchObject({ count: 3, head: m.evidence[2]!.chainHash });
    expect(m.order.lastChainHash).toBe(m.chain.head);
    expect(m.timeline.map((e) => e.type)).toEqual(['first-seen', 'breach']);
    expect(m.deadline).toMatchObject({ promiseMinutes: 10, dueAt: '2026-11-26T06:13:00.000Z' });
    expect(m.verdict).toMatchObject({ verdict: 'ELIGIBLE', decisive: 'R1' });
    expect(m.verdict!.basis.length).toBeGreaterThan(0);
  });

  it('is deterministic for the same database and time', async () => {
    const again = await exportOrderPackage(KEY, { database, now: NOW, generatorVersion: 'test' });
    expect(again.zip).toEqual(pkg.zip);
    expect(pkg.fileName).toBe(`cardshield-127.0.0.1_8080-${ORDER_NO}-20261126-1600.zip`);
  });

  it('escapes page-derived text in the report (it is untrusted)', () => {
    const html = pkg.reportHtml;
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>小星</b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('星辰卡盟 &lt;订单详情&gt;');
    expect(html).toContain('@page { size: A4');
    expect(html).toContain('请尽快发货，否则申请退款');
    expect(html).toMatch(/承诺交付期限（商家承诺“付款后10分钟内自动发货”）/);
    expect(html).toContain('超过承诺时间仍未发货');
  });

  it('uses the buyer’s edited letters', async () => {
    const edited = await exportOrderPackage(KEY, {
      database,
      now: NOW,
      letters: { complaint: '我改过的投诉书' },
    });
    const files = unzipFiles(edited.zip);
    expect(new TextDecoder().decode(files['letters/12315-complaint.txt'])).toBe('我改过的投诉书');
    expect(new TextDecoder().decode(files['letters/platform-intervention-request.txt'])).toContain(
      '申请平台介入',
    );
  });
});
