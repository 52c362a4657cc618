import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dujiaoka } from '../../../lib/platforms/dujiaoka';
import { FIXTURE_ROOT, loadFixture } from './fixture-cases';

const fixture = (name: string) => readFileSync(join(FIXTURE_ROOT, 'dujiaoka', name), 'utf8');
const DETAIL = new URL('https://shop.example.cn/detail-order-sn/P9T4WMX2C8RJN6QE');

describe('dujiaoka adapter', () => {
  it('infers failed from the stock-shortage info when hyper prints no status (unreachable 状态异常 branch)', () => {
    const html = fixture('hyper-abnormal.html').replace('<span>状态异常</span>', '<span>\n  </span>');
    const [order] = dujiaoka.extractOrders(loadFixture(html), DETAIL);
    expect(order).toMatchObject({ status: 'failed', statusText: null, cardKeys: [] });
    expect(order?.undeliveredNotice).toMatch(/库存可使用卡密不足/);
  });

  it("reads hyper's 已处理 (code 3, processing) as awaiting delivery, not delivered", () => {
    const html = fixture('hyper-manual-pending.html').replace('<span>待处理</span>', '<span>已处理</span>');
    const [order] = dujiaoka.extractOrders(loadFixture(html), DETAIL);
    expect(order).toMatchObject({ status: 'awaiting_delivery', statusText: '已处理', cardKeys: [] });
  });

  it('keeps delivered content of a completed manual order but drops vocabulary buyer-input lines', () => {
    const html = fixture('hyper-manual-pending.html')
      .replace('<span>待处理</span>', '<span>已完成</span>')
      .replace(
        '联系电话:13912345678',
        '联系电话:13912345678\n充值账号:2836451907\n到账凭证：QB20261127100512',
      );
    const [order] = dujiaoka.extractOrders(loadFixture(html), DETAIL);
    expect(order?.status).toBe('delivered');
    expect(order?.cardKeys).toContain('到账凭证：QB20261127100512');
    expect(order?.cardKeys).not.toContain('充值账号:2836451907');
  });

  it('claims the by-sn / by-browser search routes but not the bill page or unrelated paths', () => {
    const doc = loadFixture(fixture('luna-email-search.html'));
    for (const path of ['/search-order-by-sn', '/search-order-by-browser'])
      expect(dujiaoka.detect(doc, new URL(path, DETAIL))?.kinds).toEqual(['order']);
    for (const path of ['/bill/B2XK7ND4QW9ZLM3F', '/orders/B2XK7ND4QW9ZLM3F'])
      expect(dujiaoka.detect(doc, new URL(path, DETAIL))).toBeUndefined();
  });

  it('needs a theme fingerprint, not just the route', () => {
    const doc = loadFixture('<main><p>订单号：K7WQ2M9XZ4RTB8LC</p><textarea>x</textarea></main>');
    expect(dujiaoka.detect(doc, DETAIL)).toBeUndefined();
  });
});
