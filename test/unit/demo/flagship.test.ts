// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOrder, orderInfo, page, post, startHarness, type Harness } from './helpers.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(true);
});
afterAll(async () => {
  await h.server.close();
});
beforeEach(async () => {
  await post(h, '/__control/reset', { seed: false });
});

const GEN = 'XingChen KaMeng 3.2';
const generator = (doc: Document): string | null | undefined =>
  doc.querySelector('meta[name=generator]')?.getAttribute('content');

describe('flagship 星辰卡盟 pages', () => {
  it('every flagship page carries the generator, header nav and footer', async () => {
    const o = await createOrder(h, { scenario: 'instant' });
    const urls = ['/', '/goods/1', '/checkout/4', '/query', '/user/orders', `/user/order/${o.orderNo}`];
    for (const suffix of ['/chat', '/refund', '/appeal']) urls.push(`/user/order/${o.orderNo}${suffix}`);
    for (const u of urls) {
      const { status, doc } = await page(h.url + u);
      expect(status, u).toBe(200);
      expect(generator(doc), u).toBe(GEN);
      expect([...doc.querySelectorAll('nav.nav a')].map((a) => a.textContent)).toEqual([
        '首页',
        '商品分类',
        '订单查询',
        '个人中心',
      ]);
      expect(doc.querySelector('footer')?.textContent).toContain('本站商品均为虚拟商品');
      expect(doc.querySelector('footer')?.textContent).toContain('客服 QQ');
    }
  });

  it('home lists the four kinds of goods, each linking to /goods/:id', async () => {
    const { doc } = await page(`${h.url}/`);
    const names = [...doc.querySelectorAll('.goods-card h3')].map((x) => x.textContent ?? '');
    expect(names.some((n) => n.includes('点卡'))).toBe(true);
    expect(names.some((n) => n.includes('视频VIP'))).toBe(true);
    expect(names.some((n) => n.includes('话费直充'))).toBe(true);
    expect(names.some((n) => n.includes('密钥'))).toBe(true);
    for (const a of doc.querySelectorAll('.goods-card a'))
      expect(a.getAttribute('href')).toMatch(/^\/goods\/\d+$/);
  });

  it('product page: price, stock, promise, policy, quantity, buy button', async () => {
    const { doc } = await page(`${h.url}/goods/4`);
    expect(doc.querySelector('.price')?.textContent).toBe('¥98.50');
    expect(doc.querySelector('p.delivery-promise')?.textContent).toBe('人工直充，付款后2小时内到账');
    expect(doc.querySelector('section.after-sales-policy')).not.toBeNull();
    const form = doc.querySelector('form[action="/checkout/4"]');
    expect(form?.querySelector('input[name=quantity]')).not.toBeNull();
    expect(form?.querySelector('button')?.textContent?.trim()).toBe('立即购买');
    expect((await page(`${h.url}/goods/1`)).doc.querySelector('p.delivery-promise')?.textContent).toBe(
      '付款后10分钟内自动发货',
    );
  });

  it('buyer flow: checkout → pay page → 模拟支付 → order detail', async () => {
    const checkout = await page(`${h.url}/checkout/4?quantity=1`);
    expect(checkout.doc.querySelector('input[name=account]')).not.toBeNull();
    const methods = [...checkout.doc.querySelectorAll('input[name=pay_method]')].map((i) =>
      i.parentElement?.textContent?.trim(),
    );
    expect(methods).toEqual(['微信支付', '支付宝', '站内余额', '银行卡']);
    const res = await fetch(`${h.url}/checkout/4`, {
      method: 'POST',
      body: new URLSearchParams({ quantity: '1', account: '13800138000', pay_method: 'alipay' }),
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    const payUrl = res.headers.get('location') ?? '';
    expect(payUrl).toMatch(/^\/pay\/KM\d{18}$/);
    const pay = await page(h.url + payUrl);
    expect(pay.doc.querySelector('form[action^="/pay/"] button')?.textContent?.trim()).toBe('模拟支付');
    const paid = await fetch(h.url + payUrl, { method: 'POST', redirect: 'manual' });
    const detail = paid.headers.get('location') ?? '';
    expect(detail).toBe(payUrl.replace('/pay/', '/user/order/'));
    const info = orderInfo((await page(h.url + detail)).doc);
    expect(info['支付方式']).toBe('支付宝');
    expect(info['订单状态']).toBe('待发货');
    expect(info['充值账号']).toBe('13800138000');
    const list = await page(`${h.url}/user/orders`);
    expect([...list.doc.querySelectorAll('table.orders-table thead th')].map((t) => t.textContent)).toEqual([
      '订单编号',
      '商品',
      '金额',
      '状态',
      '下单时间',
      '操作',
    ]);
    expect(list.doc.querySelector(`a[href="${detail}"]`)).not.toBeNull();
  });

  it('order detail follows the markup contract', async () => {
    const o = await createOrder(h, { scenario: 'instant', goodsId: 2, payMethod: 'balance', quantity: 2 });
    const { doc } = await page(o.urls.detail ?? '');
    const main = doc.querySelector('main.order-detail');
    expect(main?.getAttribute('data-order-no')).toBe(o.orderNo);
    expect(main?.querySelector('h1')?.textContent).toBe('订单详情');
    expect(orderInfo(doc)).toEqual({
      订单编号: o.orderNo,
      商品名称: '腾讯视频VIP会员 月卡',
      购买数量: '2',
      实付金额: '¥31.60',
      支付方式: '站内余额',
      下单时间: '2025-03-14 12:05:06',
      付款时间: '2025-03-14 12:05:06',
      订单状态: '已发货',
      发货方式: '自动发货',
      发货时效: '付款后10分钟内自动发货',
    });
    expect(doc.querySelector('table.order-info span.status-tag')?.textContent).toBe('已发货');
    expect(doc.querySelector('section.card-keys > h2')?.textContent).toBe('卡密信息');
    const keys = [...doc.querySelectorAll('section.card-keys > ol > li.card-key')];
    expect(keys.map((li) => li.querySelector('code')?.textContent)).toEqual(o.keys);
    expect(keys[0]?.querySelector('button[type=button]')?.textContent).toBe('复制');
    const links = Object.fromEntries(
      [...doc.querySelectorAll('nav.order-actions a')].map((a) => [a.textContent, a.getAttribute('href')]),
    );
    expect(links).toEqual({
      联系商家: `/user/order/${o.orderNo}/chat`,
      申请退款: `/user/order/${o.orderNo}/refund`,
    });
  });

  it('unpaid order shows 待付款 and — for 付款时间', async () => {
    const o = await createOrder(h, { scenario: 'instant', paid: false });
    const info = orderInfo((await page(o.urls.detail ?? '')).doc);
    expect(info['订单状态']).toBe('待付款');
    expect(info['付款时间']).toBe('—');
  });

  it('the JSON endpoint the page polls reflects delivery', async () => {
    const o = await createOrder(h, { scenario: 'never' });
    const before = (await (await fetch(`${h.url}/api/order/${o.orderNo}`)).json()) as {
      status: string;
      sig: Record<string, string>;
    };
    await post(h, `/__control/orders/${o.orderNo}/deliver`);
    const after = (await (await fetch(`${h.url}/api/order/${o.orderNo}`)).json()) as typeof before & {
      keys: string[];
    };
    expect(before.status).toBe('待发货');
    expect(after.status).toBe('已发货');
    expect(after.keys).toHaveLength(1);
    expect(after.sig.keys).not.toBe(before.sig.keys);
    expect(after).not.toHaveProperty('scenario');
  });

  it('chat page: thread structure, buyer send, merchant messages', async () => {
    const o = await createOrder(h, { scenario: 'never' });
    await fetch(`${h.url}/user/order/${o.orderNo}/chat`, {
      method: 'POST',
      body: new URLSearchParams({ text: '请问什么时候发货？' }),
    });
    const api = await fetch(`${h.url}/api/order/${o.orderNo}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: '麻烦尽快' }),
    });
    expect(api.status).toBe(201);
    await post(h, `/__control/orders/${o.orderNo}/messages`, { text: '亲，马上安排' });
    const { doc } = await page(o.urls.chat ?? '');
    const thread = doc.querySelector('section.chat-thread[aria-label="与商家的聊天记录"]');
    expect(thread?.getAttribute('data-order-no')).toBe(o.orderNo);
    const msgs = [...(thread?.querySelectorAll('article.chat-msg') ?? [])];
    const buyer = msgs.filter((m) => m.classList.contains('from-buyer'));
    expect(buyer.map((m) => m.querySelector('p.chat-text')?.textContent)).toEqual([
      '请问什么时候发货？',
      '麻烦尽快',
    ]);
    const last = msgs.at(-1);
    expect(last?.classList.contains('from-merchant')).toBe(true);
    expect(last?.querySelector('header > span.chat-author')?.textContent).toBe('星辰数码专营店');
    expect(last?.querySelector('header > time')?.getAttribute('datetime')).toBe('2025-03-14T12:05:06+08:00');
    expect(last?.querySelector('header > time')?.textContent).toBe('2025-03-14 12:05:06');
    expect(msgs.some((m) => m.classList.contains('from-system'))).toBe(true);
    const poll = (await (await fetch(`${h.url}/api/order/${o.orderNo}/messages?after=0`)).json()) as {
      items: unknown[];
    };
    expect(poll.items).toHaveLength(msgs.length);
  });

  it('unknown pages and orders answer 404 in zh-CN', async () => {
    const a = await page(`${h.url}/user/order/KM123`);
    expect(a.status).toBe(404);
    expect(a.html).toContain('订单不存在');
    expect((await page(`${h.url}/nope`)).status).toBe(404);
    expect((await page(`${h.url}/user/order/%E0%A4%A`)).status).toBe(400);
  });
});
