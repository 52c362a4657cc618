// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createOrder,
  getJson,
  orderInfo,
  page,
  post,
  startHarness,
  type CreatedOrder,
  type Harness,
} from './helpers.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.server.close();
});
beforeEach(async () => {
  await post(h, '/__control/reset', { seed: false });
});

const order = async (no: string): Promise<CreatedOrder> =>
  (await getJson<CreatedOrder>(h, `/__control/orders/${no}`)).body;

async function redeem(key: string): Promise<string> {
  const { doc } = await page(`${h.url}/official/redeem`, {
    method: 'POST',
    body: new URLSearchParams({ key }),
  });
  return doc.querySelector('div.redeem-result[role=alert] strong')?.textContent ?? '';
}

describe('scenarios', () => {
  it('instant delivers realistic keys at once', async () => {
    const o = await createOrder(h, { scenario: 'instant', goodsId: 1, quantity: 2 });
    expect(o.status).toBe('已发货');
    expect(o.keys).toHaveLength(2);
    for (const k of o.keys)
      expect(k).toMatch(/^卡号：8000 \d{4} \d{4} \d{4} 密码：[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const v = await createOrder(h, { scenario: 'instant', goodsId: 6 });
    expect(v.keys[0]).toMatch(/^([A-Z0-9]{5}-){4}[A-Z0-9]{5}$/);
  });

  it('late delivers after delaySeconds on the injected clock (no sleeping)', async () => {
    const o = await createOrder(h, { scenario: 'late', delaySeconds: 300 });
    expect(o.status).toBe('待发货');
    h.clock.advance(299_000);
    expect((await order(o.orderNo)).status).toBe('待发货');
    h.clock.advance(1_000);
    const after = await order(o.orderNo);
    expect(after.status).toBe('已发货');
    expect(after.keys).toHaveLength(1);
  });

  it('late defaults to 120 s and the control clock endpoint fires it too', async () => {
    const o = await createOrder(h, { scenario: 'late' });
    await post(h, '/__control/clock/advance', { seconds: 119 });
    expect((await order(o.orderNo)).status).toBe('待发货');
    await post(h, '/__control/clock/advance', { seconds: 1 });
    expect((await order(o.orderNo)).status).toBe('已发货');
  });

  it('late counts from payment for unpaid orders', async () => {
    const o = await createOrder(h, { scenario: 'late', delaySeconds: 60, paid: false });
    h.clock.advance(120_000);
    expect((await order(o.orderNo)).status).toBe('待付款');
    await post(h, `/__control/orders/${o.orderNo}/pay`);
    h.clock.advance(60_000);
    expect((await order(o.orderNo)).status).toBe('已发货');
  });

  it('unpaid orders close after 15 minutes', async () => {
    const o = await createOrder(h, { scenario: 'instant', paid: false });
    h.clock.advance(15 * 60_000);
    expect((await order(o.orderNo)).status).toBe('已关闭');
  });

  it('never stays undelivered with a notice', async () => {
    const o = await createOrder(h, { scenario: 'never' });
    h.clock.advance(7 * 24 * 3600_000);
    const { doc } = await page(o.urls.detail ?? '');
    expect(orderInfo(doc)['订单状态']).toBe('待发货');
    expect(doc.querySelector('section.card-keys p.undelivered-notice')?.textContent).toBe(
      '商家正在备货中，请耐心等待发货',
    );
    expect(doc.querySelectorAll('li.card-key')).toHaveLength(0);
  });

  it('invalid-key delivers a key the official redeem page calls used', async () => {
    const o = await createOrder(h, { scenario: 'invalid-key' });
    expect(o.status).toBe('已发货');
    expect(await redeem(o.keys[0] ?? '')).toBe('卡密已被使用');
  });

  it('redeem: success once, then used; unknown keys do not exist', async () => {
    const o = await createOrder(h, { scenario: 'instant', goodsId: 1 });
    const key = o.keys[0] ?? '';
    const password = /密码：(\S+)$/.exec(key)?.[1] ?? '';
    expect(await redeem(password)).toBe('充值成功');
    expect(await redeem(key)).toBe('卡密已被使用');
    expect(await redeem('ABCD-EFGH-JKLM-NPQR')).toBe('卡密不存在');
    const { doc } = await page(`${h.url}/official/redeem`);
    expect(doc.querySelector('meta[name=generator]')?.getAttribute('content')).toBe('Official Redeem Center');
  });

  it('partial ships N-1 keys with a partial notice', async () => {
    const o = await createOrder(h, { scenario: 'partial', quantity: 3 });
    expect(o.status).toBe('部分发货');
    expect(o.keys).toHaveLength(2);
    const { doc } = await page(o.urls.detail ?? '');
    expect(doc.querySelectorAll('section.card-keys li.card-key')).toHaveLength(2);
    expect(doc.querySelector('.undelivered-notice')?.textContent).toBe(
      '库存不足，您还有1件未发货，请联系商家',
    );
    const done = await post<CreatedOrder>(h, `/__control/orders/${o.orderNo}/deliver`);
    expect(done.body.status).toBe('已发货');
    expect(done.body.keys).toHaveLength(3);
  });

  it('manual-topup shows the account and delivers a note, never a key', async () => {
    const o = await createOrder(h, { scenario: 'manual-topup', account: '13900001111' });
    expect(o.status).toBe('待发货');
    let { doc } = await page(o.urls.detail ?? '');
    const info = orderInfo(doc);
    expect(info['充值账号']).toBe('13900001111');
    expect(info['发货方式']).toBe('人工直充');
    expect(info['发货时效']).toBe('人工直充，付款后2小时内到账');
    h.clock.advance(3 * 3600_000);
    expect((await order(o.orderNo)).status).toBe('待发货');
    await post(h, `/__control/orders/${o.orderNo}/deliver`);
    ({ doc } = await page(o.urls.detail ?? ''));
    expect(orderInfo(doc)['订单状态']).toBe('已发货');
    expect(doc.querySelectorAll('li.card-key')).toHaveLength(0);
    expect(doc.querySelector('.card-keys .delivery-note')?.textContent).toMatch(/^充值成功/);
  });

  it('offsite: the merchant asks to move to WeChat in chat, after a greeting', async () => {
    const o = await createOrder(h, { scenario: 'offsite' });
    const { doc } = await page(o.urls.chat ?? '');
    const msgs = [
      ...doc.querySelectorAll('section.chat-thread article.chat-msg.from-merchant p.chat-text'),
    ].map((p) => p.textContent);
    expect(msgs[0]).toMatch(/^亲，您好！欢迎光临/);
    expect(msgs[1]).toContain('加我微信 kf_xingchen88');
  });

  it('no-refund shows the notice on the product and the order', async () => {
    const o = await createOrder(h, { scenario: 'no-refund' });
    const { doc } = await page(o.urls.detail ?? '');
    expect(doc.querySelector('p.no-refund-notice')?.textContent).toBe('虚拟商品一经售出概不退换');
    const goods = await page(`${h.url}/goods/7`);
    expect(goods.doc.querySelector('p.no-refund-notice')?.textContent).toBe('虚拟商品一经售出概不退换');
    const normal = await createOrder(h, { scenario: 'instant' });
    expect((await page(normal.urls.detail ?? '')).doc.querySelector('.no-refund-notice')).toBeNull();
  });

  it('balance-fee: an accepted refund goes to 站内余额 minus 5%', async () => {
    const o = await createOrder(h, { scenario: 'balance-fee', goodsId: 1 });
    const r = await post<CreatedOrder & { refund: Record<string, unknown> }>(
      h,
      `/__control/orders/${o.orderNo}/refund`,
      { action: 'accept' },
    );
    expect(r.body.refund).toMatchObject({
      amount: '¥48.50',
      fee: '¥2.43',
      destination: '站内余额',
      state: 'accepted',
    });
    const { doc } = await page(o.urls.detail ?? '');
    const rows = Object.fromEntries(
      [...doc.querySelectorAll('section.refund-progress table.refund-info tr')].map((tr) => [
        tr.querySelector('th')?.textContent,
        tr.querySelector('td')?.textContent,
      ]),
    );
    expect(rows['退款去向']).toBe('站内余额');
    expect(rows['手续费']).toBe('¥2.43（退款金额的5%）');
    expect(rows['实际到账']).toBe('¥46.07');
    expect(orderInfo(doc)['订单状态']).toBe('已退款');
  });

  it('a normal accepted refund goes back the original way without a fee', async () => {
    const o = await createOrder(h, { scenario: 'instant', payMethod: 'alipay' });
    const r = await post<{ refund: Record<string, unknown> }>(h, `/__control/orders/${o.orderNo}/refund`, {
      action: 'accept',
    });
    expect(r.body.refund).toMatchObject({ destination: '原路返回', fee: '¥0.00' });
  });
});
