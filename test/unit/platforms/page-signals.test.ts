import { describe, expect, it } from 'vitest';
import { describeFields } from '../../../lib/platforms/form-fields';
import { extractContacts, findNoRefundNotices } from '../../../lib/platforms/page-signals';

const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('merchant contacts', () => {
  it('finds QQ, WeChat and phone handles, including wpa.qq.com links', () => {
    const page = doc(`<p>客服QQ：800012345 ，加我微信 kf_xingchen88 私下处理</p><p>售后电话：13912345678</p>
      <a href="http://wpa.qq.com/msgrd?v=3&uin=123456789&site=qq">联系商家</a>`);
    expect(extractContacts(page)).toEqual([
      { kind: 'qq', value: '800012345' },
      { kind: 'wechat', value: 'kf_xingchen88' },
      { kind: 'phone', value: '13912345678' },
      { kind: 'qq', value: '123456789' },
    ]);
  });

  it("ignores the buyer's own account inputs", () => {
    expect(extractContacts(doc('<table><tr><th>充值账号</th><td>QQ 12345678</td></tr></table>'))).toEqual([]);
  });
});

describe('no-refund notices', () => {
  it.each([
    ['虚拟商品一经售出概不退换。', true],
    ['本店商品一经发货，不予退款！', true],
    ['数字商品不支持退款', true],
    ['未发货订单可申请退款', false],
  ])('%s → %s', (text, hit) => expect(findNoRefundNotices(text).length > 0).toBe(hit));
});

describe('describeFields', () => {
  it('gives refund-form controls their roles, labels, options and limits', () => {
    const form = doc(`<form>
      <label for="o">订单号</label><input id="o" name="trade_no" readonly>
      <label>投诉类型 <select name="type"><option>无效卡密</option><option>未发货</option><option>其他投诉</option></select></label>
      <div class="form-group"><label>问题描述</label><textarea name="desc" minlength="20" required></textarea></div>
      <input name="qq" placeholder="您的QQ"><input name="mobile" placeholder="手机号">
      <input type="file" name="evidence" multiple><input type="hidden" name="token"><button>提交</button></form>`);
    const fields = describeFields(form.querySelector('form')!);
    expect(fields.map((f) => [f.role, f.name])).toEqual([
      ['orderNo', 'trade_no'],
      ['reason', 'type'],
      ['description', 'desc'],
      ['qq', 'qq'],
      ['mobile', 'mobile'],
      ['evidence', 'evidence'],
    ]);
    expect(fields[1]?.options).toEqual(['无效卡密', '未发货', '其他投诉']);
    expect(fields[2]).toMatchObject({ label: '问题描述', required: true, minLength: 20 });
  });
});
