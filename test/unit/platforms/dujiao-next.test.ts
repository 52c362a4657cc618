import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dujiaoNext } from '../../../lib/platforms/dujiao-next';
import { FIXTURE_ROOT, loadFixture } from './fixture-cases';

const fixture = (name: string) => readFileSync(join(FIXTURE_ROOT, 'dujiao-next', name), 'utf8');

describe('dujiao-next adapter', () => {
  it('claims the member route /orders/:order_no too, not the guest query list', () => {
    const doc = loadFixture(fixture('guest-delivered.html'));
    expect(dujiaoNext.detect(doc, new URL('https://a.example/orders/DJ20261126140309482716'))?.kinds).toEqual(
      ['order'],
    );
    expect(dujiaoNext.detect(doc, new URL('https://a.example/guest/orders'))).toBeUndefined();
    expect(dujiaoNext.detect(doc, new URL('https://a.example/detail-order-sn/DJ2026'))).toBeUndefined();
  });

  it('reads a truncated (>100 lines) payload box and leaves the hint out of the keys', () => {
    const html = fixture('guest-delivered.html').replace(
      /<div class="mt-4 theme-surface-soft[^"]*space-y-1[^"]*">[\s\S]*?<\/div>\s*<\/div>/,
      `<div class="mt-4"><div class="text-sm theme-text-muted mb-2">共 120 条交付内容</div>
       <div class="mb-2 rounded-lg bg-amber-50 px-3 py-2 text-xs text-amber-700">当前仅显示前 100 条预览，请下载获取完整交付内容</div>
       <div class="theme-surface-soft border rounded-xl p-4 text-sm whitespace-pre-wrap break-all overflow-hidden max-h-64 overflow-y-auto">SPTF-AAAA-0001
SPTF-AAAA-0002</div></div>`,
    );
    const [order] = dujiaoNext.extractOrders(loadFixture(html), new URL('https://a.example/guest/orders/x'));
    expect(order?.cardKeys).toEqual(['SPTF-AAAA-0001', 'SPTF-AAAA-0002']);
  });

  it('an unpaid order without 交付信息 has no keys and no notice', () => {
    const html = fixture('guest-delivered.html')
      .replace('>已完成<', '>待支付<')
      .replace(
        /<div class="theme-panel rounded-2xl p-6">\s*<div class="flex items-center justify-between mb-4">\s*<h2 class="text-lg font-bold">交付信息[\s\S]*?(?=<\/div>\s*<\/div>\s*<\/div>\s*<footer)/,
        '',
      );
    const [order] = dujiaoNext.extractOrders(loadFixture(html), new URL('https://a.example/guest/orders/x'));
    expect(order).toMatchObject({ status: 'unpaid', cardKeys: [], undeliveredNotice: null });
  });
});
