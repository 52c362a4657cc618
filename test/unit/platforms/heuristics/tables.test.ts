import { describe, expect, it } from 'vitest';
import { tableOrders } from '../../../../lib/platforms/heuristics/tables';
import { pageOf } from './helpers';

describe('tableOrders', () => {
  it('maps header cells to roles and reads each row as an order', () => {
    const page = pageOf(`<table>
      <thead><tr><th>订单ID</th><th>订单名称</th><th>数量</th><th>金额(元)</th><th>卡密</th><th>状态</th></tr></thead>
      <tbody><tr><td>zlkb2026112619481703517</td><td>爱奇艺 月卡</td><td>2</td><td>36.00</td><td>AQY-1<br>AQY-2</td><td>已完成</td></tr>
      <tr><td>zlkb2026112621100448802</td><td>迅雷 周卡</td><td>1</td><td>9.90</td><td></td><td>待处理</td></tr></tbody></table>`);
    const { rows, covered } = tableOrders(page);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.pairs.map((p) => [p.role, p.value])).toEqual([
      ['orderNo', 'zlkb2026112619481703517'],
      ['product', '爱奇艺 月卡'],
      ['quantity', '2'],
      ['amount', '36.00'],
      ['status', '已完成'],
    ]);
    expect(rows[0]!.keyCells).toHaveLength(1);
    expect(covered).toHaveLength(3);
  });

  it('takes the order id from a row attribute when no column carries it', () => {
    const page = pageOf(`<table><thead><tr><th>商品名称</th><th>数量</th><th>状态</th></tr></thead>
      <tbody><tr orderid="20417"><td>QQ黄钻</td><td>1</td><td>待处理</td></tr></tbody></table>`);
    expect(tableOrders(page).rows[0]!.pairs[0]).toMatchObject({ role: 'orderNo', value: '20417' });
  });

  it('turns a header-mapped table without order ids into extra pairs (payment details)', () => {
    const page = pageOf(`<table><tr><th>支付时间</th><th>支付类型</th><th>支付状态</th></tr>
      <tr><td>2026-11-26 14:36:02</td><td>支付宝扫码</td><td>成功</td></tr></table>`);
    const { rows, extra } = tableOrders(page);
    expect(rows).toEqual([]);
    expect(extra.map((p) => p.role)).toEqual(['paidAt', 'payMethod', 'status']);
  });

  it('leaves vertical label/value tables alone', () => {
    const page = pageOf(
      '<table><tr><th>订单编号</th><td>KM202611260930005678</td></tr><tr><th>商品名称</th><td>x</td></tr></table>',
    );
    expect(tableOrders(page).rows).toEqual([]);
  });
});

describe('tableOrders on grid widgets', () => {
  it('applies a header table to the body table printed right after it (layui table.render)', () => {
    const page = pageOf(`<div class="layui-table-box">
      <div class="layui-table-header"><table><thead><tr><th>订单号</th><th>商品</th><th>状态</th></tr></thead></table></div>
      <div class="layui-table-body"><table><tbody><tr><td>zlkb2026112619481703517</td><td>爱奇艺 月卡</td><td>已完成</td></tr></tbody></table></div></div>`);
    expect(tableOrders(page).rows.map((r) => r.pairs.map((p) => p.value))).toEqual([
      ['zlkb2026112619481703517', '爱奇艺 月卡', '已完成'],
    ]);
  });
});
