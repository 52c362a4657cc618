// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOrder, page, post, startHarness, type Harness } from './helpers.ts';

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

const generator = (doc: Document): string | null | undefined =>
  doc.querySelector('meta[name=generator]')?.getAttribute('content');

describe('dujiaoka hyper skin', () => {
  it('order detail structure', async () => {
    const o = await createOrder(h, { scenario: 'instant', skin: 'dujiaoka', goodsId: 2, quantity: 2 });
    const { status, doc } = await page(o.urls.detail ?? '');
    expect(status).toBe(200);
    expect(doc.querySelector('h4.page-title')?.textContent).toBe('订单详情');
    expect(doc.querySelector('span.badge.badge-outline-primary')?.textContent).toBe(`订单号：${o.orderNo}`);
    const rows = [...doc.querySelectorAll('div.orderinfo-info div.mb-1')].map((r) => [
      r.querySelector('label')?.textContent,
      r.querySelector('label + span')?.textContent,
    ]);
    expect(rows.map((r) => r[0])).toEqual([
      '订单名称：',
      '下单数量：',
      '下单时间：',
      '邮箱：',
      '订单类型：',
      '订单总价：',
      '订单状态：',
      '支付方式：',
    ]);
    expect(Object.fromEntries(rows)).toMatchObject({
      '订单类型：': '自动发货',
      '订单状态：': '已完成',
      '下单数量：': '2',
    });
    expect(doc.querySelector('div.orderinfo-kami h5.card-title')?.textContent).toBe('卡密');
    const ta = doc.querySelector('textarea.form-control.textarea-kami');
    expect(ta?.textContent).toBe(o.keys.join('\n'));
    expect(doc.querySelector('.kami-btn')?.getAttribute('data-clipboard-text')).toBe(o.keys.join('\n'));
    expect(generator(doc)).toBeUndefined();
  });

  it('abnormal (stock short), pending and manual states', async () => {
    const p = await createOrder(h, { scenario: 'partial', skin: 'dujiaoka' });
    let doc = (await page(p.urls.detail ?? '')).doc;
    expect(doc.querySelector('textarea.textarea-kami')?.textContent).toBe(
      '库存可使用卡密不足，请联系管理员核查',
    );
    expect(doc.body.textContent).toContain('状态异常');
    const n = await createOrder(h, { scenario: 'never', skin: 'dujiaoka' });
    doc = (await page(n.urls.detail ?? '')).doc;
    expect(doc.body.textContent).toContain('待处理');
    const m = await createOrder(h, { scenario: 'manual-topup', skin: 'dujiaoka' });
    doc = (await page(m.urls.detail ?? '')).doc;
    expect(doc.body.textContent).toContain('人工发货');
    const u = await createOrder(h, { scenario: 'instant', skin: 'dujiaoka', paid: false });
    h.clock.advance(5 * 60_000);
    expect((await page(u.urls.detail ?? '')).doc.body.textContent).toContain('已过期');
  });

  it('order search page and search by order number', async () => {
    const o = await createOrder(h, { scenario: 'instant', skin: 'dujiaoka' });
    expect(
      (await page(`${h.url}/dujiaoka/order-search`)).doc.querySelector('input[name=order_sn]'),
    ).not.toBeNull();
    const found = await page(`${h.url}/dujiaoka/search-order-by-sn`, {
      method: 'POST',
      body: new URLSearchParams({ order_sn: o.orderNo }),
    });
    expect(found.doc.querySelector('span.badge-outline-primary')?.textContent).toBe(`订单号：${o.orderNo}`);
    const none = await page(`${h.url}/dujiaoka/search-order-by-sn`, {
      method: 'POST',
      body: new URLSearchParams({ order_sn: 'NOPE' }),
    });
    expect(none.doc.querySelector('h4.text-danger')?.textContent).toBe('没有找到订单信息');
  });
});

describe('acg-faka Cartoon skin', () => {
  it('query result structure for a delivered order', async () => {
    const o = await createOrder(h, {
      scenario: 'instant',
      skin: 'acg',
      goodsId: 1,
      quantity: 2,
      payMethod: 'alipay',
    });
    const { doc } = await page(o.urls.detail ?? '');
    const form = doc.querySelector('form.order-query-form');
    expect(form?.querySelector('input[name=keywords]')?.getAttribute('placeholder')).toBe('订单号/联系方式');
    expect(form?.querySelector('button')?.textContent?.trim()).toBe('查询订单');
    const item = doc.querySelector('.order-list > div.order-item');
    expect(item?.querySelector('.order-header .order-status > span.status-badge')?.textContent).toBe(
      '已付款',
    );
    expect(item?.querySelector('.order-no')?.textContent).toBe(`#${o.orderNo}`);
    expect(item?.querySelector('.order-no span.order-no-text')?.textContent).toBe(o.orderNo);
    expect(item?.querySelector('.order-time span.order-time-text')?.textContent).toBe(o.createdAt);
    expect(item?.querySelector('.payment-time span.payment-time-text')?.textContent).toBe(o.paidAt);
    expect(o.paidAt).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect(item?.querySelector('.payment-method span.payment-name')?.textContent).toBe('支付宝');
    expect(item?.querySelector('.order-amount span.amount-label')?.textContent).toBe('订单金额');
    expect(item?.querySelector('.order-amount span.amount-value')?.textContent).toBe('¥97.00');
    expect(item?.querySelector('span.amount-value span.amount-number')?.textContent).toBe('97.00');
    expect(item?.querySelector('.goods-section h6.goods-name')?.textContent).toBe('网易一卡通 50元 点卡');
    expect(item?.querySelector('.goods-meta')?.textContent).toContain('数量: 2');
    expect(item?.querySelector('.card-section .shipment-title')?.textContent).toBe('宝贝内容');
    expect(item?.querySelector('.card-section span.shipment-badge.shipment-paid')?.textContent).toBe(
      '已发货',
    );
    const display = item?.querySelector('div.card-display');
    expect(display?.querySelectorAll('br')).toHaveLength(1);
    expect(display?.textContent).toBe(o.keys.join(''));
  });

  it('waiting, unpaid and empty states', async () => {
    const w = await createOrder(h, { scenario: 'never', skin: 'acg' });
    let doc = (await page(w.urls.detail ?? '')).doc;
    expect(doc.querySelector('span.shipment-badge.shipment-waiting')?.textContent).toBe('等待发货');
    expect(doc.querySelector('div.card-display')?.textContent).toBe(
      '正在发货中，请耐心等待，如有疑问，请联系客服。',
    );
    const u = await createOrder(h, { scenario: 'instant', skin: 'acg', paid: false });
    doc = (await page(u.urls.detail ?? '')).doc;
    expect(doc.querySelector('span.status-badge')?.textContent).toBe('待付款');
    expect(doc.querySelector('.payment-time-text')?.textContent).toBe('-');
    expect(doc.querySelector('.card-section')).toBeNull();
    doc = (await page(`${h.url}/acg/user/index/query?tradeNo=000000000000000000`)).doc;
    expect(doc.body.textContent).toContain('未找到相关订单');
  });

  it('ticket create → detail thread; control messages post admin replies', async () => {
    const o = await createOrder(h, { scenario: 'never', skin: 'acg' });
    const create = await page(o.urls.ticketCreate ?? '');
    const d = create.doc;
    expect(
      [...d.querySelectorAll('.uc-ticket-type[data-ticket-type]')].map((b) =>
        b.firstChild?.textContent?.trim(),
      ),
    ).toEqual(['售前咨询', '售后支持']);
    expect(d.querySelector('input[name=trade_no]')?.getAttribute('value')).toBe(o.orderNo);
    expect(d.querySelector('input[type=file][name=proof]')?.getAttribute('accept')).toContain('image/png');
    expect(d.querySelector('input[type=hidden][name=proof_path]')).not.toBeNull();
    expect([...d.querySelectorAll('[data-priority]')].map((b) => b.firstChild?.textContent?.trim())).toEqual([
      '低',
      '中',
      '高',
    ]);
    expect(d.querySelector('input[name=title]')?.getAttribute('minlength')).toBe('4');
    expect(d.querySelector('input[name=title]')?.getAttribute('maxlength')).toBe('100');
    expect(d.querySelector('textarea[name=content]')).not.toBeNull();
    expect(d.querySelector('.uc-ticket-submit')?.textContent?.trim()).toBe('提交工单');
    expect(d.body.textContent).toContain('工单由管理员处理，请勿提交密码或完整卡密');

    const fd = new FormData();
    for (const [k, v] of Object.entries({
      type: '1',
      trade_no: o.orderNo,
      priority: '2',
      title: '付款后一直不发货',
      content: '付款一小时了还是等待发货',
    }))
      fd.set(k, v);
    fd.set('proof', new File([new Uint8Array(500)], '付款截图.png', { type: 'image/png' }));
    const res = await fetch(`${h.url}/acg/user/ticket/create`, {
      method: 'POST',
      body: fd,
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    const loc = res.headers.get('location') ?? '';
    expect(loc).toMatch(/^\/acg\/user\/ticket\/detail\?id=\d+$/);

    const m = await post(h, `/__control/orders/${o.orderNo}/messages`, { text: '已联系商家补发' });
    expect(m.status).toBe(201);
    const detail = (await page(h.url + loc)).doc;
    const msgs = [...detail.querySelectorAll('.uc-ticket-messages > article.uc-ticket-message')];
    expect(msgs.map((a) => [...a.classList].find((c) => c.startsWith('is-')))).toEqual([
      'is-user',
      'is-system',
      'is-admin',
    ]);
    for (const a of msgs) expect(a.getAttribute('data-message-id')).toMatch(/^\d+$/);
    const admin = msgs[2];
    expect(admin?.querySelector('.uc-ticket-message__meta strong')?.textContent).toBe('客服小异');
    expect(admin?.querySelector('.uc-ticket-message__meta')?.textContent).toContain('官方客服');
    expect(admin?.querySelector('.uc-ticket-message__meta time')).not.toBeNull();
    expect(admin?.querySelector('.uc-ticket-message__bubble')?.textContent).toBe('已联系商家补发');
    const side = detail.querySelector('.uc-ticket-side')?.textContent ?? '';
    for (const label of ['工单信息', '创建时间', '最后更新', '当前状态', '优先级'])
      expect(side).toContain(label);
    expect(detail.querySelector('.uc-ticket-status')?.textContent).toBe('待我回复');
    expect(detail.querySelector('.uc-ticket-priority')?.textContent).toBe('高');
    const ctl = (await (await fetch(`${h.url}/__control/orders/${o.orderNo}`)).json()) as {
      urls: { ticket?: string };
    };
    expect(ctl.urls.ticket).toBe(h.url + loc);
  });

  it('after-sales ticket requires a proof image ≤ 10 MB', async () => {
    const o = await createOrder(h, { scenario: 'never', skin: 'acg' });
    const fd = new FormData();
    for (const [k, v] of Object.entries({
      type: '1',
      trade_no: o.orderNo,
      title: '没有发货',
      content: '一直等待发货中',
    }))
      fd.set(k, v);
    expect((await fetch(`${h.url}/acg/user/ticket/create`, { method: 'POST', body: fd })).status).toBe(400);
    fd.set('proof', new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'big.png', { type: 'image/png' }));
    const res = await fetch(`${h.url}/acg/user/ticket/create`, { method: 'POST', body: fd });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('10MB');
  });
});
