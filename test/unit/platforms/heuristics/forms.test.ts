import { describe, expect, it } from 'vitest';
import { findRefundForm } from '../../../../lib/platforms/heuristics/forms';
import { pageOf } from './helpers';

const roles = (html: string) => findRefundForm(pageOf(html))?.form.fields.map((f) => [f.role, f.label]);

describe('findRefundForm', () => {
  it('recognises an order control + reason select + description textarea', () => {
    expect(
      roles(`<form><span>*</span>订单号：<input name="report_orderid">
        <select name="report_type"><option>无效卡密</option><option>虚假商品</option><option>其他投诉</option></select>
        <div>补充说明：</div><div><textarea name="remark"></textarea></div></form>`),
    ).toEqual([
      ['orderNo', '订单号'],
      ['reason', null],
      ['description', '补充说明'],
    ]);
  });

  it('finds a script-built dialog without <form>, with reason tiles', () => {
    const fields = findRefundForm(
      pageOf(`<div class="t-dialog" role="dialog"><div class="plaint-form">
        <div class="item"><input type="text" placeholder="订单编号"></div>
        <div class="box"><div class="title"><span>请选择投诉类型</span></div><div class="tile"> 无效卡密 </div><div class="tile"> 描述不符 </div><div class="tile"> 涉嫌赌博 <i>全额退款</i></div></div>
        <div class="item"><textarea placeholder="填写投诉原因,20字以上"></textarea></div></div></div>`),
    )!.form.fields;
    expect(fields.map((f) => f.role)).toEqual(['orderNo', 'reason', 'description']);
    expect(fields[1]).toMatchObject({
      control: 'tiles',
      label: '请选择投诉类型',
      options: ['无效卡密', '描述不符', '涉嫌赌博'],
    });
  });

  it.each([
    [
      'a login form',
      '<form><input name="user"><input type="password" name="pwd"><textarea name="note"></textarea></form>',
    ],
    ['a search box', '<form><input name="order_no" placeholder="请输入订单号"><button>查询</button></form>'],
    [
      'a chat reply box',
      '<div class="reply-box"><textarea name="content"></textarea><button>发送回复</button></div>',
    ],
  ])('is not fooled by %s', (_n, html) => expect(findRefundForm(pageOf(html))).toBeUndefined());
});
