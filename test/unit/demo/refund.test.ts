// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createOrder,
  getJson,
  orderInfo,
  page,
  parse,
  png,
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

const DESC = '付款后已超过约定的10分钟，商家一直没有发货，聊天也不回复，申请退款。';

function refundForm(o: CreatedOrder, over: Record<string, string> = {}, evidence: File[] = []): FormData {
  const fd = new FormData();
  const fields = {
    order_no: o.orderNo,
    amount: '48.50',
    reason: '未收到货/未发货',
    description: DESC,
    ...over,
  };
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  for (const f of evidence) fd.append('evidence', f);
  return fd;
}

async function submit(
  url: string,
  fd: FormData,
): Promise<{ status: number; location: string | null; text: string }> {
  const res = await fetch(url, { method: 'POST', body: fd, redirect: 'manual' });
  return { status: res.status, location: res.headers.get('location'), text: await res.text() };
}

describe('refund form', () => {
  it('renders the form contract', async () => {
    const o = await createOrder(h, { scenario: 'never', goodsId: 1 });
    const { doc } = await page(o.urls.refund ?? '');
    const form = doc.querySelector('form#refund-form');
    expect(form?.getAttribute('method')).toBe('post');
    expect(form?.getAttribute('enctype')).toBe('multipart/form-data');
    expect(doc.querySelector('input[name=order_no]')?.hasAttribute('readonly')).toBe(true);
    const amount = doc.querySelector('input[name=amount]');
    expect(amount?.getAttribute('type')).toBe('number');
    expect(amount?.getAttribute('value')).toBe('48.50');
    expect(amount?.getAttribute('max')).toBe('48.50');
    const options = [...doc.querySelectorAll('select[name=reason] option')]
      .map((x) => x.textContent)
      .slice(1);
    expect(options).toEqual([
      '未收到货/未发货',
      '卡密无效',
      '卡密已被使用',
      '充值未到账',
      '商品与描述不符',
      '拍错/不想要了',
      '其他',
    ]);
    expect(doc.querySelector('textarea[name=description]')?.getAttribute('minlength')).toBe('20');
    const file = doc.querySelector('input[type=file][name=evidence]');
    expect(file?.hasAttribute('multiple')).toBe(true);
    expect(file?.getAttribute('accept')).toBe('image/png,image/jpeg,image/webp');
    expect(doc.querySelector('form#refund-form button[type=submit]')?.textContent).toBe('提交退款申请');
  });

  it('multipart submit → 退款中, recorded and shown on the detail page', async () => {
    const o = await createOrder(h, { scenario: 'never', goodsId: 1 });
    const res = await submit(
      o.urls.refund ?? '',
      refundForm(o, { amount: '40' }, [png('订单截图.png', 2048), png('chat.jpg', 1000, 'image/jpeg')]),
    );
    expect(res.status).toBe(303);
    expect(res.location).toBe(`/user/order/${o.orderNo}`);
    const j = (
      await getJson<CreatedOrder & { refund: Record<string, unknown> }>(h, `/__control/orders/${o.orderNo}`)
    ).body;
    expect(j.status).toBe('退款中');
    expect(j.refund).toMatchObject({
      amount: '¥40.00',
      reason: '未收到货/未发货',
      description: DESC,
      state: 'pending',
      evidence: [
        { name: '订单截图.png', size: 2048, type: 'image/png' },
        { name: 'chat.jpg', size: 1000, type: 'image/jpeg' },
      ],
    });
    const { doc } = await page(o.urls.detail ?? '');
    expect(orderInfo(doc)['订单状态']).toBe('退款中');
    const box = doc.querySelector('section.refund-progress')?.textContent ?? '';
    expect(box).toContain('¥40.00');
    expect(box).toContain('订单截图.png（2.0 KB）');
    expect(box).toContain('等待商家处理');
    expect(doc.querySelector('a.action-appeal')).toBeNull();
  });

  const rejects: [string, () => [Record<string, string>, File[]], RegExp][] = [
    [
      'more than 5 files',
      () => [{}, Array.from({ length: 6 }, (_, i) => png(`p${i}.png`, 100))],
      /上传凭证最多5张，您选择了6张/,
    ],
    ['a file over 5 MB', () => [{}, [png('big.png', 5 * 1024 * 1024 + 1)]], /图片“big\.png”超过5MB/],
    ['a non-image file', () => [{}, [new File(['x'], 'a.txt', { type: 'text/plain' })]], /格式不支持/],
    ['a short description', () => [{ description: '没发货' }, []], /不少于20字/],
    ['an amount above the paid amount', () => [{ amount: '48.51' }, []], /不能超过实付金额/],
    ['an unknown reason', () => [{ reason: '就是想退' }, []], /请选择退款原因/],
  ];
  it.each(rejects)('rejects %s with a zh-CN error page', async (_name, make, message) => {
    const o = await createOrder(h, { scenario: 'never', goodsId: 1 });
    const [over, files] = make();
    const res = await submit(o.urls.refund ?? '', refundForm(o, over, files));
    expect(res.status).toBe(400);
    const doc = parse(res.text);
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(doc.querySelector('h1')?.textContent).toBe('提交失败');
    expect(doc.querySelector('.error-message')?.textContent).toMatch(message);
    const s = (await getJson<CreatedOrder>(h, `/__control/orders/${o.orderNo}`)).body.status;
    expect(s).toBe('待发货');
  });

  it('answers 413 with a readable zh-CN page when the whole upload is too large', async () => {
    const o = await createOrder(h, { scenario: 'never', goodsId: 1 });
    const files = Array.from({ length: 9 }, (_, i) => png(`p${i}.png`, 5 * 1024 * 1024));
    const res = await submit(o.urls.refund ?? '', refundForm(o, {}, files));
    expect(res.status).toBe(413);
    expect(parse(res.text).querySelector('.error-message')?.textContent).toMatch(/请求内容过大/);
  });

  it('accepts exactly 5 images', async () => {
    const o = await createOrder(h, { scenario: 'never', goodsId: 1 });
    const files = Array.from({ length: 5 }, (_, i) => png(`p${i}.webp`, 5 * 1024 * 1024, 'image/webp'));
    expect((await submit(o.urls.refund ?? '', refundForm(o, {}, files))).status).toBe(303);
  });
});

describe('merchant response and platform appeal', () => {
  async function refunded(): Promise<CreatedOrder> {
    const o = await createOrder(h, { scenario: 'invalid-key', goodsId: 3 });
    const r = await submit(o.urls.refund ?? '', refundForm(o, { amount: '45', reason: '卡密已被使用' }));
    expect(r.status).toBe(303);
    return o;
  }

  it('appeal becomes available once the merchant window (24 h) passes', async () => {
    const o = await refunded();
    expect((await page(o.urls.appeal ?? '')).doc.querySelector('form#appeal-form')).toBeNull();
    h.clock.advance(24 * 3600_000);
    const { doc } = await page(o.urls.detail ?? '');
    expect(doc.querySelector('a.action-appeal')?.getAttribute('href')).toBe(
      `/user/order/${o.orderNo}/appeal`,
    );
    expect(doc.querySelector('a.action-appeal')?.textContent).toBe('申请平台介入');
  });

  it('reject → 已驳回 → appeal → 平台介入中 → platform accepts → 已退款', async () => {
    const o = await refunded();
    const rej = await post<CreatedOrder>(h, `/__control/orders/${o.orderNo}/refund`, {
      action: 'reject',
      note: '卡密已发出',
    });
    expect(rej.body.status).toBe('已驳回');
    let doc = (await page(o.urls.detail ?? '')).doc;
    expect(doc.querySelector('a.action-appeal')).not.toBeNull();
    expect(doc.querySelector('.refund-progress')?.textContent).toContain('卡密已发出');

    const fd = new FormData();
    fd.set('order_no', o.orderNo);
    fd.set('reason', '商家拒绝退款');
    fd.set('description', '官方兑换中心提示卡密已被使用，商家拒绝退款，请平台核实处理。');
    fd.append('evidence', png('兑换失败.png', 4096));
    const res = await submit(o.urls.appeal ?? '', fd);
    expect(res.status).toBe(303);
    doc = (await page(o.urls.detail ?? '')).doc;
    expect(orderInfo(doc)['订单状态']).toBe('平台介入中');
    expect(doc.querySelector('.appeal-info')?.textContent).toContain('兑换失败.png');

    const acc = await post<CreatedOrder & { refund: { by: string } }>(
      h,
      `/__control/orders/${o.orderNo}/refund`,
      {
        action: 'accept',
      },
    );
    expect(acc.body.status).toBe('已退款');
    expect(acc.body.refund.by).toBe('platform');
  });

  it('platform rejection → 已驳回', async () => {
    const o = await refunded();
    await post(h, `/__control/orders/${o.orderNo}/refund`, { action: 'reject' });
    const fd = new FormData();
    fd.set('reason', '商家拒绝退款');
    fd.set('description', '官方兑换中心提示卡密已被使用，商家拒绝退款，请平台核实处理。');
    await submit(o.urls.appeal ?? '', fd);
    const r = await post<CreatedOrder>(h, `/__control/orders/${o.orderNo}/refund`, {
      action: 'reject',
      note: '证据不足',
    });
    expect(r.body.status).toBe('已驳回');
  });

  it('refuses an appeal before any refund request', async () => {
    const o = await createOrder(h, { scenario: 'never' });
    const fd = new FormData();
    fd.set('reason', '其他');
    fd.set('description', '这是一段超过二十个字的说明文字，用来测试平台介入。');
    expect((await submit(o.urls.appeal ?? '', fd)).status).toBe(409);
  });
});
