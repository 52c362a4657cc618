import { describe, expect, it } from 'vitest';
import { caihong } from '../../../lib/platforms/caihong';
import { loadFixture } from './fixture-cases';

const SKEY = '0123456789abcdef0123456789abcdef';
const url = new URL('https://ds.example/?mod=query&data=123');
const modal = (rows: string) => `<table id="orderItem">
  <tr><td colspan="6" class="orderTitle"><b>订单基本信息</b></td></tr>
  <tr><td class="info orderTitle">订单编号</td><td colspan="5" class="orderContent">321</td></tr>
  <tr><td class="info orderTitle">订单状态</td><td colspan="5"><span class="label label-success">已完成</span></td></tr>${rows}</table>`;

describe('彩虹 variants', () => {
  it('does not take the "点此查看卡密" link of long keys for a key, and appends a popup order missing from the list', () => {
    const doc = loadFixture(
      modal(`<tr><td colspan="6" class="orderTitle"><b>以下是你的卡密信息</b></td>
      <tr><td colspan="6" class="orderContent"><center><a href="./?mod=faka&id=321&skey=${SKEY}">点此查看卡密</a></center></td></tr>`),
    );
    expect(caihong.extractOrders(doc, url)).toMatchObject([
      { orderNo: '321', status: 'delivered', cardKeys: [] },
    ]);
  });

  it('takes no orders from the 工单 list, whose 状态 is the ticket status', () => {
    const doc =
      loadFixture(`<table><thead><tr><th>ID</th><th>类型</th><th>订单号</th><th>问题描述</th><th>状态</th><th>提交时间</th></tr></thead>
      <tbody><tr><td>7</td><td>卡密错误</td><td><a href="javascript:showOrder(321,'${SKEY}')">321</a></td><td>换一张</td>
      <td><font color="blue">待处理</font></td><td>2026-11-26 10:00:00</td></tr></tbody></table>`);
    expect(caihong.detect(doc, new URL('https://ds.example/user/workorder.php'))).toBeUndefined();
  });

  it('keeps a preselected order (disabled text box + hidden id) as the orderNo field', () => {
    const doc = loadFixture(`<form action="./workorder.php?my=add_submit" method="POST">
      <div class="input-group"><div class="input-group-addon">订单编号</div><input type="text" name="orderid" value="321_腾讯视频月卡_138" disabled/><input type="hidden" name="orderid" value="321"/></div>
      <div class="input-group"><div class="input-group-addon">问题类型</div><select name="type"><option value="2">卡密错误</option><option value="3">充值没到账</option></select></div>
      <textarea name="content" required></textarea></form>`);
    const wo = new URL('https://ds.example/user/workorder.php?my=add&orderid=321&skey=' + SKEY);
    expect(caihong.refundForm!(doc, wo)?.fields.map((f) => [f.role, f.label])).toEqual([
      ['orderNo', '订单编号'],
      ['reason', '问题类型'],
      ['description', null],
    ]);
  });
});
