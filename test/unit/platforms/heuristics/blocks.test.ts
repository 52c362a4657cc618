import { describe, expect, it } from 'vitest';
import { findBlocks, orderNoOf } from '../../../../lib/platforms/heuristics/blocks';
import { extractPairs } from '../../../../lib/platforms/heuristics/pairs';
import { tableOrders } from '../../../../lib/platforms/heuristics/tables';
import { pageOf } from './helpers';

function blocks(html: string) {
  const page = pageOf(html);
  const { rows } = tableOrders(page);
  return { page, found: findBlocks(page, extractPairs(page), rows) };
}

const card = (no: string, product = '腾讯视频 月卡') =>
  `<div class="card"><p>订单号：${no}</p><p>商品：${product}</p><p>状态：已完成</p><p>下单时间：2026-11-27 10:00:00</p></div>`;

describe('orderNoOf', () => {
  it.each([
    ['A1B2C3D4E5F6G7H8 复制', 'A1B2C3D4E5F6G7H8'],
    ['#936261125201144073', '936261125201144073'],
    ['请输入订单号', undefined],
    ['10086', undefined],
  ])('%s → %s', (v, want) => expect(orderNoOf(v)).toBe(want));
  it('accepts short numeric ids only when asked (explicit labels, table columns)', () =>
    expect(orderNoOf('10086', true)).toBe('10086'));
});

describe('findBlocks', () => {
  it('finds the smallest container holding an order number and two other roles', () => {
    const { page, found } = blocks(`<main><h1>订单详情</h1>${card('XY20261126143512884210')}</main>`);
    expect(found.map((o) => o.orderNo)).toEqual(['XY20261126143512884210']);
    expect(page.els[found[0]!.blocks[0]!]!.className).toBe('card');
  });

  it('splits repeated sibling cards into separate orders with separate regions', () => {
    const { found } = blocks(
      `<div class="list">${card('JS20261127101502338841')}${card('JS20261127094411902217')}</div>`,
    );
    expect(found.map((o) => o.orderNo)).toEqual(['JS20261127101502338841', 'JS20261127094411902217']);
    expect(found[0]!.regions[0]!.to).toBeLessThan(found[1]!.regions[0]!.from);
  });

  it('splits a flat list at each order number', () => {
    const { found } = blocks(
      '<div><p>订单号：XH202611262318450021</p><p>商品名称：A</p><p>状态：已完成</p><p>订单号：XH202611262301120019</p><p>商品名称：B</p><p>状态：未付款</p></div>',
    );
    expect(found.map((o) => [o.orderNo, o.pairs.find((p) => p.role === 'product')?.value])).toEqual([
      ['XH202611262318450021', 'A'],
      ['XH202611262301120019', 'B'],
    ]);
  });

  it('does not make an order of a lone echo (breadcrumb, search box)', () => {
    const { found } = blocks(
      '<p class="crumb">首页 &gt; 订单号：JS20261127101502338841</p><form><input value="JS20261127101502338841"></form><p>未找到相关订单</p>',
    );
    expect(found.filter((o) => !o.weak)).toEqual([]);
  });

  it('needs a shop fact: a number, a time and an amount alone read like a bank line', () => {
    const { found } = blocks(
      '<div><p>交易号：4200002871202611263312749851</p><p>交易时间：2026-11-26 14:35:40</p><p>金额：138.00</p></div>',
    );
    expect(found.filter((o) => !o.weak)).toEqual([]);
  });

  it('merges a list row and its detail modal into one order', () => {
    const { found } = blocks(`<table><thead><tr><th>订单ID</th><th>名称</th><th>状态</th></tr></thead>
      <tbody><tr><td>10086</td><td>腾讯视频 月卡</td><td>已完成</td></tr><tr><td>10071</td><td>腾讯视频 月卡</td><td>已退单</td></tr></tbody></table>
      <div class="layer"><table><tr><td>订单编号</td><td>10086</td></tr><tr><td>商品名称</td><td>腾讯视频 月卡</td></tr>
      <tr><td>订单状态</td><td>已完成</td></tr></table></div>`);
    expect(found.map((o) => [o.orderNo, o.blocks.length])).toEqual([
      ['10086', 2],
      ['10071', 1],
    ]);
  });
});
