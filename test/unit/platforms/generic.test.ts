import { describe, expect, it } from 'vitest';
import { generic } from '../../../lib/platforms/generic';
import { docOf } from './heuristics/helpers';

const URL_ = new URL('https://unknown-shop.example/order/query?orderid=XY20261126143512884210');
const ORDER = `<div class="order"><h3>订单信息</h3>
  <dl><dt>订单编号</dt><dd>XY20261126143512884210</dd></dl>
  <dl><dt>商品名称</dt><dd>爱奇艺黄金会员 月卡</dd></dl>
  <dl><dt>实付金额</dt><dd>¥19.80</dd></dl>
  <dl><dt>下单时间</dt><dd>2026-11-26 14:35:12</dd></dl>
  <dl><dt>订单状态</dt><dd>已完成</dd></dl>
  <h4>卡密</h4><textarea readonly>AQY-7H2K-9QXM-4TNB</textarea></div>`;

describe('generic adapter', () => {
  it('detects an unknown order page below the confidence of specific adapters', () => {
    const hit = generic.detect(docOf(ORDER), URL_)!;
    expect(hit.kinds).toEqual(['order']);
    expect(hit.confidence).toBeGreaterThan(0.5);
    expect(hit.confidence).toBeLessThan(0.9);
    expect(generic.extractOrders(docOf(ORDER), URL_)[0]).toMatchObject({
      orderNo: 'XY20261126143512884210',
      amount: 19.8,
      status: 'delivered',
      cardKeys: ['AQY-7H2K-9QXM-4TNB'],
    });
  });

  it('says nothing about a page without orders, forms or threads', () =>
    expect(
      generic.detect(docOf('<h1>天气预报</h1><p>明天多云。</p>'), new URL('https://news.example/')),
    ).toBeUndefined());

  it('sees the page as it is now (no stale analysis across tasks)', async () => {
    const doc = docOf('<div id="x"></div>');
    expect(generic.detect(doc, URL_)).toBeUndefined();
    await Promise.resolve();
    doc.getElementById('x')!.innerHTML = ORDER; // eslint-disable-line no-restricted-syntax -- building a test page
    expect(generic.detect(doc, URL_)?.kinds).toEqual(['order']);
  });

  it('takes an order number from the URL only when the page shows keys or a notice', () => {
    const url = new URL('https://shop.example/pay/result/20261126213045Xp2Wd');
    expect(
      generic.extractOrders(docOf('<h3>订单已支付</h3><p>商家库存不足，请联系商家客服发货</p>'), url),
    ).toMatchObject([
      { orderNo: '20261126213045Xp2Wd', status: 'awaiting_delivery', statusText: '订单已支付' },
    ]);
    expect(generic.detect(docOf('<h3>订单已支付</h3><p>感谢购买</p>'), url)).toBeUndefined();
  });
});
