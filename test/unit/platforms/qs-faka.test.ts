import { describe, expect, it } from 'vitest';
import { qsFaka } from '../../../lib/platforms/qs-faka';
import { loadFixture } from './fixture-cases';

const url = new URL('https://fk.example/order?orderId=Ab261126101010c0ffee11');
const result = (rows: string, keys: string) =>
  loadFixture(`<div id="index" class="order-wrapper"><div class="order-search-box"></div><div class="order-list">
    <button class="t-button"><span class="t-button__text">订单号：Ab261126101010c0ffee11</span></button>
    <div class="h">${rows}</div><div id="copyText">${keys}</div></div></div>`);

describe('qs-faka variants', () => {
  it('uses a 订单状态 row when a theme prints one', () => {
    const doc = result(
      '<dl><dt>订单状态</dt><dd>已退款</dd></dl><dl><dt>支付金额</dt><dd>10.00元</dd></dl>',
      '',
    );
    expect(qsFaka.extractOrders(doc, url)[0]).toMatchObject({
      status: 'refunded',
      statusText: '已退款',
      amount: 10,
    });
  });

  it('keeps an oldest-first thread as it is', () => {
    const comment = (name: string, time: string, text: string) =>
      `<div class="t-comment"><span class="t-comment__name">${name}</span><span class="t-comment__time">${time}</span><div class="t-comment__detail">${text}</div></div>`;
    const doc =
      loadFixture(`<div class="order-wrapper"></div><div class="t-drawer"><div class="t-card message-list">
      ${comment('买家', '2026-11-25 10:00:00', '没收到')}${comment('商户', '2026-11-25 11:00:00', '已补发')}</div></div>`);
    expect(qsFaka.detect(doc, new URL('https://fk.example/order?tscx=1'))?.kinds).toEqual(['chat']);
    expect(qsFaka.extractChat!(doc, url).map((m) => m.author)).toEqual(['buyer', 'merchant']);
  });

  it('ignores the same markup off the /order route', () => {
    expect(qsFaka.detect(result('', 'KEY-1'), new URL('https://fk.example/links/abc'))).toBeUndefined();
  });
});
