import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from '@playwright/test';
import { EXTENSION_DIR } from '../../test/e2e/browser';
import { articlePage, orderListPage } from './pages';
import { fmt, quantile } from './stats';

// The build under test: .output/chrome-mv3, or WXT_OUT_DIR's (test/e2e/browser.ts).
const ENTRY = `${EXTENSION_DIR}/sentinel.js`;

/**
 * The every-page cost: run the shipped sentinel bundle (chrome.runtime stubbed) on a page served at a realistic
 * URL and time it with performance.now() in the page, several loads × several runs.
 */
export async function benchSentinel(context: BrowserContext): Promise<string[]> {
  const src = readFileSync(ENTRY, 'utf8');
  const pages: [string, string, string][] = [
    ['1 MB news article (no platform)', 'https://news.example.com/2026/11/26/weather.html', articlePage()],
    ['order query, 200 rows', 'https://shop.example.cn/orderquery.htm?kw=1', orderListPage()],
    [
      'demo 卡盟 order detail',
      'https://km.example.cn/user/order/KM1',
      readFileSync('test/fixtures/demo-kameng/order-awaiting.html', 'utf8'),
    ],
  ];
  const lines: string[] = [];
  for (const [label, url, html] of pages) {
    await context.route(url, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    const times: number[] = [];
    let decision = false;
    for (let load = 0; load < 5; load++) {
      const page = await context.newPage();
      await page.goto(url);
      // A string, not a function: tsx's helpers (__name) do not exist inside the page.
      const runs = (await page.evaluate(`(() => {
        let hit = false;
        window.chrome = { runtime: { sendMessage: () => { hit = true; return Promise.resolve(); } } };
        const code = ${JSON.stringify(src)};
        const out = [];
        for (let i = 0; i < 7; i++) {
          const t0 = performance.now();
          (0, eval)(code);
          out.push(performance.now() - t0);
        }
        return { out, hit };
      })()`)) as { out: number[]; hit: boolean };
      times.push(...runs.out);
      decision = runs.hit;
      await page.close();
    }
    lines.push(
      `sentinel decision · ${label}: median ${fmt(quantile(times, 0.5))}, p95 ${fmt(quantile(times, 0.95))}, claims page: ${decision}`,
    );
  }
  const bytes = statSync(ENTRY).size;
  lines.push(
    `content-script entry (sentinel.js): ${(bytes / 1024).toFixed(2)} KB minified, ${(gzipSync(src).length / 1024).toFixed(2)} KB gzip (goal ≤ 30 KB)`,
  );
  const extractor = statSync(`${EXTENSION_DIR}/content-scripts/extractor.js`).size;
  lines.push(`lazy extractor (injected only on likely platforms): ${(extractor / 1024).toFixed(1)} KB`);
  return lines;
}
