import { describe, expect, it } from 'vitest';
import { fakanet } from '../../../lib/platforms/fakanet';
import { loadFixture } from './fixture-cases';

const url = new URL('https://fk.example/orderquery.htm?st=orderid&kw=2026112600000000001');
const query = (cardinfo: string, state: string) =>
  loadFixture(`<div class="search_result"><div class="search_list"><table>
    <tr><th>订单时间</th><th>订单号</th><th>卡密<span id="tips">(已发货/购买数：3/3)</span></th><th>订单金额</th><th>支付金额</th><th>订单状态</th></tr>
    <tr><td>2026-11-26 08:00:00</td><td>2026112600000000001</td><td><div id="cardinfo">${cardinfo}</div></td><td>30</td><td>30.00</td><td>${state}</td></tr>
    </table></div></div>`);

describe('fakanet variants', () => {
  it('keeps a card without password as its own key, a pair as one key', () => {
    const doc = query(
      '卡号：AAA111<br />卡号：BBB222<br />卡密：pw2<br />卡号：CCC333',
      '<span class="green">完成付款<br />订单完成</span>',
    );
    expect(fakanet.extractOrders(doc, url)[0]).toMatchObject({
      quantity: 3,
      status: 'delivered',
      cardKeys: ['卡号：AAA111', '卡号：BBB222 卡密：pw2', '卡号：CCC333'],
    });
  });

  it('treats a completed payment whose keys are still loading as awaiting delivery', () => {
    const doc = query(
      '<img src="tpl/default/images/load.gif" /> 请稍候，正在查询(请勿刷新)......<script>getgoods()</script>',
      '<span class="green">完成付款<br />订单完成</span>',
    );
    expect(fakanet.extractOrders(doc, url)[0]).toMatchObject({
      status: 'awaiting_delivery',
      cardKeys: [],
      undeliveredNotice: null,
    });
  });

  it('reads 部分付款 as unpaid and 订单已退款 as refunded', () => {
    expect(fakanet.extractOrders(query('', '<a>部分付款<br />继续支付</a>'), url)[0]?.status).toBe('unpaid');
    expect(
      fakanet.extractOrders(query('', '<span class="red">完成付款<br />订单已退款</span>'), url)[0]?.status,
    ).toBe('refunded');
  });

  it('recognises the report popup without an order-number field (t=0 variant)', () => {
    const doc =
      loadFixture(`<form name="report"><dl class="cuowuDl"><dt><b>举报原因：</b><select name="report_type">
      <option value="">--请选择--</option><option>无效卡密</option><option>虚假商品</option></select><br />
      <b>举报网址：</b><br />https://x.example/links/1<input type="hidden" name="report_url" value="x" /><br />
      <b>联系方式：</b><input type="text" name="report_contact" /></dt></dl></form>`);
    const lin = new URL('https://fk.example/lin/report.php?uid=1');
    expect(fakanet.detect(doc, lin)?.kinds).toEqual(['refund-form']);
    expect(fakanet.refundForm!(doc, lin)?.fields.map((f) => [f.role, f.label])).toEqual([
      ['reason', '举报原因'],
      ['contact', '联系方式'],
    ]);
  });
});
