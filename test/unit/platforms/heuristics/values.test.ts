import { describe, expect, it } from 'vitest';
import type { Pair } from '../../../../lib/platforms/heuristics/pairs';
import { pickStatus, promiseSentence, toSnapshot } from '../../../../lib/platforms/heuristics/values';

const pair = (role: Pair['role'], value: string, label = '', source: Pair['source'] = 'label'): Pair => ({
  role,
  label,
  value,
  anchor: 0,
  source,
});
const none = { keys: 0, notice: null };

describe('pickStatus', () => {
  it.each([
    [['已付款', '等待发货'], 'awaiting_delivery', '已付款 / 等待发货'],
    [['已付款', '已发货'], 'delivered', '已付款 / 已发货'],
    [['已完成'], 'delivered', '已完成'],
    [['订单已支付', '已支付'], 'awaiting_delivery', '订单已支付'],
    [['已退单'], 'refunded', '已退单'],
    [['部分交付', '已交付', '处理中'], 'partially_delivered', '部分交付'],
  ])('%j → %s', (texts, status, statusText) =>
    expect(
      pickStatus(
        texts.map((t) => pair('status', t)),
        none,
      ),
    ).toEqual({ status, statusText }),
  );

  it('reads delivery evidence when the words only say "paid" or nothing', () => {
    const paid = [pair('status', '已支付')];
    expect(pickStatus(paid, { keys: 2, notice: null }).status).toBe('delivered');
    expect(pickStatus(paid, { keys: 1, notice: '您还有1件未发货' }).status).toBe('partially_delivered');
    expect(pickStatus([], { keys: 0, notice: '付款成功，等待充值' })).toEqual({
      status: 'awaiting_delivery',
      statusText: null,
    });
    expect(pickStatus([pair('status', '订单完成')], { keys: 0, notice: '当前商品库存不足' }).status).toBe(
      'awaiting_delivery',
    );
  });
});

describe('promiseSentence', () => {
  it('takes the clause that states a delivery window', () =>
    expect(promiseSentence(['本商品为慢充，付款后24小时内到账，高峰期可能延迟。'])).toBe(
      '付款后24小时内到账',
    ));
  it.each([
    '24小时客服在线',
    '5分钟内未付款订单作废',
    '订单查询仅能查询最近30天的数据',
    '请在5分钟内完成支付后发货',
  ])('not a promise: %s', (line) => expect(promiseSentence([line])).toBeNull());
});

describe('toSnapshot', () => {
  const facts = (own: Pair[], region: Pair[] = []) => ({
    orderNo: 'XY20261126143512884210',
    siteAuto: false,
    own,
    region,
    cardKeys: [],
    keys: 0,
    notice: null,
    regionLines: () => [],
  });

  it('prefers the paid amount, and the price when the paid amount is 0', () => {
    expect(
      toSnapshot(facts([pair('amount', '¥148.00', '订单总价'), pair('amount', '¥138.00', '实付金额')]))
        .amount,
    ).toBe(138);
    expect(
      toSnapshot(facts([pair('amount', '0.00', '支付金额'), pair('amount', '19.80', '订单金额')])).amount,
    ).toBe(19.8);
  });

  it("falls back to the region's pairs for roles the block lacks, and parses values", () => {
    const s = toSnapshot(
      facts(
        [pair('product', '爱奇艺 年卡'), pair('quantity', '1 件')],
        [pair('createdAt', '2026年11月27日 10时05分'), pair('deliveryMode', '人工发货')],
      ),
    );
    expect(s).toMatchObject({
      product: '爱奇艺 年卡',
      quantity: 1,
      createdAt: '2026-11-27T10:05:00+08:00',
      deliveryMode: 'manual',
    });
  });

  it('defaults to auto delivery when the shop claims it', () =>
    expect(toSnapshot({ ...facts([]), siteAuto: true }).deliveryMode).toBe('auto'));
});
