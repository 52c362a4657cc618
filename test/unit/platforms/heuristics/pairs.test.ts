import { describe, expect, it } from 'vitest';
import { extractPairs } from '../../../../lib/platforms/heuristics/pairs';
import { pageOf } from './helpers';

const found = (html: string) => extractPairs(pageOf(html)).map((p) => [p.role, p.value] as [string, string]);

describe('extractPairs: one pair from every common structure', () => {
  it.each([
    ['dt/dd', '<dl><dt>下单时间</dt><dd>2026-11-26 20:11:48</dd></dl>'],
    ['th/td', '<table><tr><th>下单时间</th><td>2026-11-26 20:11:48</td></tr></table>'],
    [
      'td.title + td.content',
      '<table><tr><td class="title">下单时间</td><td class="content">2026-11-26 20:11:48</td></tr></table>',
    ],
    ['label + span', '<div class="mb-1"><label>下单时间：</label><span>2026-11-26 20:11:48</span></div>'],
    ['strong + text', '<li><strong>下单时间:</strong> 2026-11-26 20:11:48</li>'],
    ['b + text, no colon', '<li><b>下单时间</b> 2026-11-26 20:11:48</li>'],
    [
      'span.label + span.value',
      '<div><span class="label">下单时间</span><span class="value">2026-11-26 20:11:48</span></div>',
    ],
    [
      'wrapped label',
      '<div class="row"><div class="k"><span>下单时间</span></div><div class="v">2026-11-26 20:11:48</div></div>',
    ],
    ['"标签：值" text', '<p>下单时间：2026-11-26 20:11:48</p>'],
    ['"标签：" + element', '<div class="order-time">下单时间：<span>2026-11-26 20:11:48</span></div>'],
    [
      'readonly input',
      '<div><label>下单时间</label><div><input readonly value="2026-11-26 20:11:48"></div></div>',
    ],
  ])('%s', (_name, html) => expect(found(html)).toContainEqual(['createdAt', '2026-11-26 20:11:48']));

  it('reads several pairs on one line', () => {
    expect(
      found('<div>订单号：2026112700152210384&nbsp;&nbsp;商品：网易云 月卡&nbsp;&nbsp;数量：1</div>'),
    ).toEqual([
      ['orderNo', '2026112700152210384'],
      ['product', '网易云 月卡'],
      ['quantity', '1'],
    ]);
  });

  it('reads "#" order numbers, "订单#…" sentences and order-number attributes', () => {
    expect(found('<div class="order-no">#<span>936261125201144073</span></div>')).toContainEqual([
      'orderNo',
      '936261125201144073',
    ]);
    expect(found('<p>订单#20261126140309aB3xZ&nbsp;已支付，您购买的内容如下：</p>')).toEqual([
      ['orderNo', '20261126140309aB3xZ'],
      ['status', '已支付'],
    ]);
    expect(found('<div data-order-no="KM202611261403091234"></div>')).toEqual([
      ['orderNo', 'KM202611261403091234'],
    ]);
  });

  it('adds unlabelled status badges, goods titles and delivery-mode tags', () => {
    expect(
      found(
        '<div><span class="status-badge">已付款</span><h6 class="goods-name">原神 创世结晶</h6><i>x</i><span>自动发货</span></div>',
      ),
    ).toEqual([
      ['status', '已付款'],
      ['product', '原神 创世结晶'],
      ['deliveryMode', '自动发货'],
    ]);
  });

  it('ignores editable inputs (search boxes echo the number), buttons and prose', () => {
    expect(found('<form><label>订单号</label><input name="q" value="2026112700152210384"></form>')).toEqual(
      [],
    );
    expect(
      found(
        '<p>付款后页面会显示订单号：2026112614030912345，如果页面关掉了，可以在支付宝账单里找到商户订单号，再回到网站的订单查询页面输入订单号查询。这是一段很长的说明文字。</p>',
      ),
    ).toEqual([]);
    expect(found('<p>订单号：2026112614030912345，金额：¥10.00，状态：已付款</p>')).toEqual([]);
  });
});
