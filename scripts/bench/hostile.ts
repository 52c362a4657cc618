import type { BrowserContext } from '@playwright/test';
import { build } from 'esbuild';
import { fmt, quantile } from './stats';

/**
 * Hostile pages through the whole registry in real Chromium (issue #3: each must finish in under 2 s; that the
 * output is plain text is asserted by test/unit/platforms/generic-hostile.test.ts). lib/platforms is bundled for
 * the page, the hostile DOM is built there, and analyzePage is timed.
 */
const PAGES: Record<string, string> = {
  '5 MB in one text node': `document.body.appendChild(document.createElement('p')).textContent = '订单号：XY20261126143512884211 金额：¥1 '.repeat(140000);`,
  '5 MB in 50,000 paragraphs': `const line = '订单状态：已完成 下单时间：2026-11-26 14:35:12 这是一段填充文字用来把页面撑大。'.padEnd(100, '字');
    for (let i = 0; i < 50000; i++) document.body.appendChild(document.createElement('p')).textContent = line;`,
  'DOM nested 10,000 deep': `let cur = document.body;
    for (let i = 0; i < 10000; i++) cur = cur.appendChild(document.createElement(i % 2 ? 'div' : 'span'));
    cur.textContent = '卡密：AAAA-BBBB-CCCC-DDDD';`,
  'injection strings in every field but the order number': `for (const el of [...document.querySelectorAll('dd')].slice(1)) el.append('<script>alert(1)</script><img src=x onerror=alert(1)>');`,
};
const ORDER = `<dl><dt>订单编号</dt><dd>XY20261126143512884210</dd></dl><dl><dt>商品名称</dt><dd>月卡</dd></dl>
  <dl><dt>实付金额</dt><dd>¥19.80</dd></dl><dl><dt>订单状态</dt><dd>已完成</dd></dl>`;
const URL_ = 'https://evil-shop.example/order/detail?orderid=XY20261126143512884210';

export async function benchHostile(context: BrowserContext): Promise<string[]> {
  const bundle = await build({
    stdin: {
      contents: "export { analyzePage } from './lib/platforms';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'CS',
    write: false,
  });
  const code = bundle.outputFiles[0]!.text;
  await context.route(URL_, (r) =>
    r.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<title>订单详情</title><body>${ORDER}</body>`,
    }),
  );
  const lines: string[] = [];
  for (const [label, setup] of Object.entries(PAGES)) {
    const times: number[] = [];
    let orders = 0;
    for (let i = 0; i < 3; i++) {
      const page = await context.newPage();
      await page.goto(URL_);
      await page.addScriptTag({ content: code });
      const r = (await page.evaluate(`(() => { ${setup}
        const t0 = performance.now();
        const report = CS.analyzePage(document, new URL(location.href));
        return { ms: performance.now() - t0, orders: report.orders.length };
      })()`)) as { ms: number; orders: number };
      times.push(r.ms);
      orders = r.orders;
      await page.close();
    }
    lines.push(
      `hostile page · ${label}: median ${fmt(quantile(times, 0.5))}, max ${fmt(Math.max(...times))} (goal < 2 s), ${orders} order(s) read`,
    );
  }
  return lines;
}
