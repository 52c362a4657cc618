import { describe, expect, it } from 'vitest';
import { KEY_LABEL, colonPairs, labelRole } from '../../../../lib/platforms/heuristics/labels';

describe('labelRole', () => {
  it.each([
    ['订单号', 'orderNo'],
    ['*订单编号：', 'orderNo'],
    ['【订单编号】', 'orderNo'],
    ['实付金额(元)', 'amount'],
    ['实付金额（元）:', 'amount'],
    ['下单时间:', 'createdAt'],
    ['ORDER NO', 'orderNo'],
    ['已发卡密', 'quantity'],
    ['优惠金额', undefined],
    ['商品单价', undefined],
    ['这是一段很长的文字而不是一个字段标签', undefined],
  ])('%s → %s', (label, role) => expect(labelRole(label)).toBe(role));
});

describe('KEY_LABEL', () => {
  it.each(['卡密', '卡密信息：', '以下是你的卡密信息', '宝贝内容', '发货内容', '交付信息', 'Your keys'])(
    '%s',
    (t) => expect(KEY_LABEL.test(t)).toBe(true),
  );
  it.each(['复制卡密', '查看卡密', '已发卡密', '卡密无效怎么办'])('not %s', (t) =>
    expect(KEY_LABEL.test(t)).toBe(false),
  );
});

describe('colonPairs', () => {
  it('splits several pairs on one line, full- and half-width colons', () => {
    const { pairs, prose } = colonPairs('订单号：2026112700152210384   商品:网易云音乐 黑胶VIP 数量：1');
    expect(prose).toBe(false);
    expect(pairs.map((p) => [p.role, p.value])).toEqual([
      ['orderNo', '2026112700152210384'],
      ['product', '网易云音乐 黑胶VIP'],
      ['quantity', '1'],
    ]);
  });

  it('keeps times and URLs whole, and ends a value at an unknown label after a separator', () => {
    const { pairs } = colonPairs(
      '付款时间：2026-11-27 00:16:03 QQ：2783301945 | 支付方式：http://pay.example/x',
    );
    expect(pairs.map((p) => [p.role, p.value])).toEqual([
      ['paidAt', '2026-11-27 00:16:03'],
      ['payMethod', 'http://pay.example/x'],
    ]);
  });

  it('accepts a prefixed order-number label but no prefixed amount', () => {
    expect(colonPairs('您的订单号：A1B2C3D4E5F6').pairs[0]).toMatchObject({
      role: 'orderNo',
      label: '订单号',
    });
    expect(colonPairs('优惠金额：¥3.00').pairs).toEqual([]);
  });

  it('leaves an empty value for the label that ends the text (the value sits in the next node)', () => {
    expect(colonPairs('下单时间：').pairs).toEqual([{ role: 'createdAt', label: '下单时间', value: '' }]);
  });

  it.each([
    '订单号：2026112614030912345，金额：¥10.00，状态：已付款',
    '例如：订单号：KM202611261403091234 商品：某某会员 订单状态：已发货',
  ])('flags prose: %s', (line) => expect(colonPairs(line).prose).toBe(true));
});
