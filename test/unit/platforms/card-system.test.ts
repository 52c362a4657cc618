import { describe, expect, it } from 'vitest';
import { cardSystem } from '../../../lib/platforms/card-system';
import { loadFixture } from './fixture-cases';

const page = (title: string, msg: string, keys?: string) =>
  loadFixture(
    `<body id="page"><h3>${title}</h3><div><p class="status-msg">${msg}</p>${
      keys === undefined ? '' : `<textarea id="card-txt" class="card-txt" readonly>${keys}</textarea>`
    }</div></body>`,
  );
const url = new URL('https://ka.example/pay/result/20261126090000Ab1Cd');

describe('card-system variants', () => {
  it('takes the order number of the message over the URL and keeps one key per line', () => {
    const doc = page(
      '订单已支付',
      '订单#20261126090000Zz9Yx&nbsp;已支付，卡号列表：',
      'AAAA-1111\r\n\r\nBBBB-2222\n',
    );
    const [order] = cardSystem.extractOrders(doc, url);
    expect(order).toMatchObject({
      orderNo: '20261126090000Zz9Yx',
      status: 'delivered',
      cardKeys: ['AAAA-1111', 'BBBB-2222'],
    });
  });

  it('claims nothing for "订单未找到" or an unpaid failure page', () => {
    expect(cardSystem.detect(page('支付失败！', '订单未找到，请重试'), url)).toBeUndefined();
    expect(cardSystem.detect(page('支付失败！', '订单支付失败，请重试'), url)).toBeUndefined();
  });

  it('needs its own structure: a p.status-msg elsewhere is not a result page', () => {
    const other = new URL('https://shop.example/notice');
    expect(cardSystem.detect(page('订单已支付', '订单#20261126090000Zz9Yx 已支付'), other)).toBeUndefined();
  });
});
