// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOrder, getJson, post, startHarness, type CreatedOrder, type Harness } from './helpers.ts';

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

describe('control API', () => {
  it('exposes a url without trailing slash and the bound port', () => {
    expect(h.url).toBe(`http://127.0.0.1:${h.server.port}`);
  });

  it('creates an order and returns absolute urls', async () => {
    const res = await post<CreatedOrder>(h, '/__control/orders', { scenario: 'instant' });
    expect(res.status).toBe(201);
    const o = res.body;
    expect(o.orderNo).toMatch(/^KM20250314120506\d{4}$/);
    expect(o.status).toBe('已发货');
    expect(o.statusId).toBe('delivered');
    expect(o.skin).toBe('kameng');
    expect(o.keys).toHaveLength(1);
    expect(o.urls).toEqual({
      detail: `${h.url}/user/order/${o.orderNo}`,
      chat: `${h.url}/user/order/${o.orderNo}/chat`,
      refund: `${h.url}/user/order/${o.orderNo}/refund`,
      appeal: `${h.url}/user/order/${o.orderNo}/appeal`,
    });
  });

  it('honours payMethod, quantity, goodsId and paid:false', async () => {
    const o = await createOrder(h, {
      scenario: 'instant',
      goodsId: 2,
      payMethod: 'bank',
      quantity: 3,
      paid: false,
    });
    expect(o.status).toBe('待付款');
    expect(o.payMethod).toBe('银行卡');
    expect(o.quantity).toBe(3);
    expect(o.amount).toBe('¥47.40');
    expect(o.paidAt).toBe('—');
    const paid = await post<CreatedOrder>(h, `/__control/orders/${o.orderNo}/pay`);
    expect(paid.body.status).toBe('已发货');
    expect(paid.body.keys).toHaveLength(3);
  });

  it('uses skin-specific order numbers and urls', async () => {
    const d = await createOrder(h, { scenario: 'instant', skin: 'dujiaoka' });
    expect(d.orderNo).toMatch(/^[A-Z0-9]{16}$/);
    expect(d.urls).toEqual({ detail: `${h.url}/dujiaoka/detail-order-sn/${d.orderNo}` });
    expect(d.skinStatus).toBe('已完成');
    const a = await createOrder(h, { scenario: 'never', skin: 'acg' });
    expect(a.orderNo).toMatch(/^\d{3}250314120506\d{3}$/);
    expect(a.urls.detail).toBe(`${h.url}/acg/user/index/query?tradeNo=${a.orderNo}`);
    expect(a.urls.ticketCreate).toBe(`${h.url}/acg/user/ticket/create?tradeNo=${a.orderNo}`);
  });

  it('delivers, posts messages, resolves refunds and reads orders back', async () => {
    const o = await createOrder(h, { scenario: 'never' });
    expect(o.status).toBe('待发货');
    const d = await post<CreatedOrder>(h, `/__control/orders/${o.orderNo}/deliver`);
    expect(d.status).toBe(200);
    expect(d.body.status).toBe('已发货');
    const m = await post(h, `/__control/orders/${o.orderNo}/messages`, { text: '已补发，请查收' });
    expect(m.status).toBe(201);
    const r = await post<CreatedOrder>(h, `/__control/orders/${o.orderNo}/refund`, {
      action: 'accept',
      note: '同意',
    });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('已退款');
    const g = await getJson<CreatedOrder & { messages: { text: string; from: string }[] }>(
      h,
      `/__control/orders/${o.orderNo}`,
    );
    expect(g.status).toBe(200);
    expect(g.body.messages.some((x) => x.text === '已补发，请查收' && x.from === 'merchant')).toBe(true);
  });

  it('can mark a delivery as failed', async () => {
    const o = await createOrder(h, { scenario: 'never' });
    const d = await post<CreatedOrder>(h, `/__control/orders/${o.orderNo}/deliver`, { fail: true });
    expect(d.body.status).toBe('发货失败');
  });

  it('reset empties the store (and re-seeds on request)', async () => {
    const o = await createOrder(h, { scenario: 'instant' });
    expect((await post(h, '/__control/reset')).status).toBe(200);
    expect((await getJson(h, `/__control/orders/${o.orderNo}`)).status).toBe(404);
    const seeded = await post<{ orders: number }>(h, '/__control/reset', { seed: true });
    expect(seeded.body.orders).toBeGreaterThan(3);
  });

  it('advances the clock', async () => {
    const before = (await getJson<{ now: number }>(h, '/__control/clock')).body.now;
    const res = await post<{ now: number }>(h, '/__control/clock/advance', { seconds: 60 });
    expect(res.body.now - before).toBe(60_000);
  });
});

describe('control API errors', () => {
  const bad: [string, unknown, RegExp][] = [
    ['unknown scenario', { scenario: 'teleport' }, /scenario: Invalid option/],
    ['missing scenario', {}, /scenario/],
    ['bad payMethod', { scenario: 'instant', payMethod: 'paypal' }, /payMethod/],
    ['non-integer quantity', { scenario: 'instant', quantity: 1.5 }, /quantity/],
    ['unknown key', { scenario: 'instant', scenarion: 'x' }, /Unrecognized key/],
    ['partial with quantity 1', { scenario: 'partial', quantity: 1 }, /quantity >= 2/],
    ['unknown goods', { scenario: 'instant', goodsId: 99 }, /unknown goodsId 99/],
    ['bad skin', { scenario: 'instant', skin: 'taobao' }, /skin/],
    ['not JSON', '{"scenario":', /not valid JSON/],
    ['array body', [1, 2], /body/],
  ];
  it.each(bad)('400 for %s', async (_name, body, message) => {
    const res = await post<{ error: string }>(h, '/__control/orders', body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(message);
  });

  it('400 on malformed action bodies', async () => {
    const o = await createOrder(h, { scenario: 'instant' });
    const cases: [string, unknown][] = [
      [`/__control/orders/${o.orderNo}/messages`, { text: '' }],
      [`/__control/orders/${o.orderNo}/messages`, { text: 'hi', from: 'buyer' }],
      [`/__control/orders/${o.orderNo}/refund`, { action: 'maybe' }],
      [`/__control/orders/${o.orderNo}/deliver`, { fail: 'yes' }],
      ['/__control/clock/advance', { seconds: -1 }],
    ];
    for (const [path, body] of cases) {
      const res = await post<{ error: string }>(h, path, body);
      expect(res.status, path).toBe(400);
      expect(res.body.error.length).toBeGreaterThan(5);
    }
  });

  it('404 for unknown orders', async () => {
    for (const path of ['deliver', 'messages', 'refund']) {
      const res = await post<{ error: string }>(h, `/__control/orders/KM000/${path}`, {
        text: 'x',
        action: 'accept',
      });
      expect(res.status).toBe(404);
      expect(res.body.error).toMatch(/KM000 not found/);
    }
    expect((await getJson(h, '/__control/orders/KM000')).status).toBe(404);
  });

  it('409 when rejecting without a pending refund', async () => {
    const o = await createOrder(h, { scenario: 'instant' });
    const res = await post<{ error: string }>(h, `/__control/orders/${o.orderNo}/refund`, {
      action: 'reject',
    });
    expect(res.status).toBe(409);
  });
});
