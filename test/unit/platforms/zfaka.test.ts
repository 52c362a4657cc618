import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zfaka } from '../../../lib/platforms/zfaka';
import { FIXTURE_ROOT, loadFixture } from './fixture-cases';

const popup = readFileSync(join(FIXTURE_ROOT, 'zfaka', 'query-kami-popup.html'), 'utf8');
const CONTACT = new URL('https://fk.example.com/product/query/?zlkbmethod=contact');
const KEYS = ['AQY-VIP-7HQ2K9WD3XPL', 'AQY-VIP-M4TZ8RN2CE6B'];
const keysByOrder = (html: string, url = CONTACT) =>
  Object.fromEntries(zfaka.extractOrders(loadFixture(html), url).map((o) => [o.orderNo, o.cardKeys]));
/** Make the 待处理 row a second 已完成 row with its own 提取卡密 button. */
const twoCompleted = popup.replace(
  '<span class="layui-badge layui-bg-blue">待处理</span>',
  '<span class="layui-badge layui-bg-green">已完成</span> <button class="layui-btn layui-btn-xs view_kami" data-orderid="zlkb2026112621100448802">提取卡密</button>',
);

describe('zfaka adapter', () => {
  it('gives the popup keys to the order the popup names', () => {
    const html = twoCompleted.replace('<p id="km">', '<p>订单：zlkb2026112621100448802</p><p id="km">');
    expect(keysByOrder(html)).toMatchObject({ zlkb2026112621100448802: KEYS, zlkb2026112619481703517: [] });
  });

  it('falls back to the order id in the /query/auto/{orderid}.html URL', () => {
    const url = new URL('https://fk.example.com/query/auto/zlkb2026112621100448802.html');
    expect(zfaka.detect(loadFixture(twoCompleted), url)?.kinds).toEqual(['order']);
    expect(keysByOrder(twoCompleted, url)).toMatchObject({ zlkb2026112621100448802: KEYS });
  });

  it('leaves keys unattributed when several orders could own an unnamed popup', () => {
    expect(Object.values(keysByOrder(twoCompleted)).flat()).toEqual([]);
  });

  it('is not claimed off the query routes', () => {
    expect(
      zfaka.detect(loadFixture(popup), new URL('https://fk.example.com/product/12.html')),
    ).toBeUndefined();
  });
});
