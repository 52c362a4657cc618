import { describe, expect, it } from 'vitest';
import { plan } from '../../../lib/refund-form/plan';
import type { CollectedForm, Plan } from '../../../lib/refund-form/types';
import { byLabel, collected, evidence, facts, MB } from './helpers';

const valueOf = (p: Plan, form: CollectedForm, re: RegExp) => {
  const f = byLabel(form, re);
  return f ? p.values.find((v) => v.id === f.id)?.value : undefined;
};
const chars = (s: string | undefined) => [...(s ?? '')].length;

describe('plan() over the adapters’ fixture forms', () => {
  it('flagship 申请退款: amount, 卡密已被使用, description ≥ 20 chars, best images within 5 × 5 MB; readonly order no. untouched', () => {
    const form = collected('demo-kameng/refund-form.html');
    const p = plan({ form, facts: facts(), evidence, profile: null });
    expect(valueOf(p, form, /退款金额/)).toBe('45.00');
    expect(valueOf(p, form, /退款原因/)).toBe('卡密已被使用');
    const desc = valueOf(p, form, /问题描述/)!;
    expect(chars(desc)).toBeGreaterThanOrEqual(20);
    expect(chars(desc)).toBeLessThanOrEqual(500);
    expect(desc).toContain('KM202611261503579943');
    expect(desc).toContain('卡密已被使用');
    expect(p.values.find((v) => v.id === byLabel(form, /订单编号/)!.id)).toBeUndefined();
    // failure-prompt, newest card-key, order-page, chat, then the older card-key; the 6 MB order page is over the 5 MB cap, JSON never.
    expect(p.files).toEqual([{ id: byLabel(form, /上传凭证/)!.id, evidence: [3, 6, 1, 5, 2] }]);
    expect(p.notes.join()).toMatch(/#7 太大/);
  });

  it('partial case: the pro-rata amount, not the order amount', () => {
    const form = collected('demo-kameng/refund-form.html');
    const p = plan({
      form,
      facts: facts({ problem: 'partial_invalid', ask: 'partial', refundAmount: 15 }),
      evidence,
      profile: null,
    });
    expect(valueOf(p, form, /退款金额/)).toBe('15.00');
  });

  it('undelivered order: 未收到货/未发货 and the order-page screenshot first', () => {
    const form = collected('demo-kameng/refund-form.html');
    const p = plan({
      form,
      facts: facts({
        problem: 'not_delivered',
        ask: 'deliver_or_refund',
        failure: null,
        promiseText: '付款后10分钟内自动发货',
        breachMinutes: 90,
      }),
      evidence,
      profile: null,
    });
    expect(valueOf(p, form, /退款原因/)).toBe('未收到货/未发货');
    expect(p.files[0]!.evidence[0]).toBe(1);
    expect(valueOf(p, form, /问题描述/)).toContain('付款后10分钟内自动发货');
  });

  it('no matching reason → 其他, and the problem is written into the description', () => {
    const form = collected('demo-kameng/refund-form.html');
    const p = plan({
      form,
      facts: facts({ problem: 'late_used', ask: 'negotiate', failure: null }),
      evidence,
      profile: null,
    });
    expect(valueOf(p, form, /退款原因/)).toBe('其他');
    expect(valueOf(p, form, /问题描述/)).toMatch(/^问题类型：超时发货。/);
    expect(p.notes.join()).toContain('其他');
  });

  it('qs-faka complaint dialog: reason tiles, ≥ 20 chars, QQ and phone from the profile', () => {
    const form = collected('qs-faka/complaint-dialog.html');
    const p = plan({
      form,
      facts: facts(),
      evidence,
      profile: { qq: '123456789', phone: '13800138000', email: null },
    });
    expect(byLabel(form, /投诉类型/)!.kind).toBe('tiles');
    expect(valueOf(p, form, /投诉类型/)).toBe('无效卡密');
    expect(valueOf(p, form, /订单编号/)).toBe('KM202611261503579943');
    expect(valueOf(p, form, /QQ/)).toBe('123456789');
    expect(valueOf(p, form, /手机/)).toBe('13800138000');
    expect(chars(valueOf(p, form, /投诉原因/))).toBeGreaterThanOrEqual(20);
    expect(p.files).toEqual([]); // the dialog has no upload
  });

  it('qs-faka without a fitting tile nor 其他: the buyer picks, the description names the problem', () => {
    const form = collected('qs-faka/complaint-dialog.html');
    const p = plan({
      form,
      facts: facts({ problem: 'not_delivered', failure: null }),
      evidence,
      profile: null,
    });
    expect(valueOf(p, form, /投诉类型/)).toBeUndefined();
    expect(p.left.map((l) => l.label)).toEqual(
      expect.arrayContaining(['请选择投诉类型', 'QQ号码', '手机号码']),
    );
    expect(valueOf(p, form, /投诉原因/)).toMatch(/^问题类型：付款后未发货。/);
  });

  it('fakanet 举报投诉: 无效卡密, contact left for the buyer without a profile', () => {
    const form = collected('fakanet/report-popup.html');
    const p = plan({ form, facts: facts({ failure: null }), evidence, profile: null });
    expect(valueOf(p, form, /举报原因/)).toBe('无效卡密');
    expect(p.left).toContainEqual({ label: '联系方式', why: expect.stringContaining('联系方式') });
    expect(valueOf(p, form, /订单号/)).toBe('KM202611261503579943');
  });

  it('fakanet with a profile: the contact is the QQ', () => {
    const form = collected('fakanet/report-popup.html');
    const p = plan({ form, facts: facts(), evidence, profile: { qq: '10001', phone: null, email: null } });
    expect(valueOf(p, form, /联系方式/)).toBe('QQ 10001');
  });

  it('彩虹 工单: order picked from the select by number, 充值没到账, captcha left', () => {
    const form = collected('caihong/workorder-add.html');
    const p = plan({
      form,
      facts: facts({ orderNo: '10090', problem: 'not_credited', failure: null }),
      evidence,
      profile: null,
    });
    expect(valueOf(p, form, /订单编号/)).toMatch(/^10090_/);
    expect(valueOf(p, form, /问题类型/)).toBe('充值没到账');
    expect(p.left).toContainEqual({ label: '验证码', why: '请输入验证码' });
    // The readonly picurl mirror is not a file input: only the real one gets files (single, no stated cap).
    expect(p.files).toHaveLength(1);
    expect(p.files[0]!.evidence).toHaveLength(1);
  });

  it('彩虹 工单 with an unknown order: the buyer picks it', () => {
    const form = collected('caihong/workorder-add.html');
    const p = plan({ form, facts: facts({ orderNo: '99999' }), evidence, profile: null });
    expect(p.left.some((l) => l.label === '订单编号')).toBe(true);
  });

  it('acg-faka 工单: 售后支持 tile, title, one image ≤ 10 MB, priority left as is', () => {
    const form = collected('acg-faka/ticket-create.html');
    const p = plan({ form, facts: facts(), evidence, profile: null });
    expect(valueOf(p, form, /工单类型/)).toBe('售后支持');
    expect(valueOf(p, form, /工单优先级/)).toBeUndefined();
    expect(valueOf(p, form, /工单标题/)).toBe('卡密无效，申请售后（订单KM202611261503579943）');
    expect(p.files[0]!.evidence).toEqual([3]);
    expect(
      chars(p.values.find((v) => v.id === form.fields.find((f) => f.role === 'description')!.id)?.value),
    ).toBeGreaterThan(20);
  });

  it('generic 投诉 form: 卡密无效 (not used), captcha optional so not listed', () => {
    const form = collected('generic/tousu-complaint-form.html');
    const p = plan({
      form,
      facts: facts({ failure: { zh: '卡密不存在', en: 'not found' } }),
      evidence,
      profile: null,
    });
    expect(valueOf(p, form, /投诉类型/)).toBe('卡密无效');
    expect(p.left.map((l) => l.label)).toEqual(['联系方式']);
  });
});

describe('plan() edge cases (test/fixtures/refund-form/custom-dropdown.html)', () => {
  const form = collected('refund-form/custom-dropdown.html');
  const p = plan({ form, facts: facts(), evidence, profile: { qq: '1', phone: null, email: null } });

  it('a custom dropdown is a reason with its options', () => {
    expect(byLabel(form, /售后原因/)).toMatchObject({ kind: 'dropdown', role: 'reason' });
    expect(valueOf(p, form, /售后原因/)).toBe('卡密已被使用');
  });

  it('disabled and readonly fields are never planned', () => {
    expect(byLabel(form, /订单号/)!.disabled).toBe(true);
    expect(valueOf(p, form, /订单号/)).toBeUndefined();
    expect(valueOf(p, form, /联系方式/)).toBeUndefined();
  });

  it('2 MB upload limit: the 3 MB card-key shot is swapped for the 1 MB one; at most 3 files; webp not accepted', () => {
    expect(byLabel(form, /问题截图/)).toMatchObject({ maxBytes: 2 * MB, maxFiles: 3, multiple: true });
    // 3 failure (jpeg), 1 order-page, 5 chat; #2 too big, #6 webp not in accept.
    expect(p.files[0]!.evidence).toEqual([3, 1, 5]);
    expect(p.notes.join()).toMatch(/#2 太大（3.0 MB，上限 2.0 MB）/);
  });

  it('the page’s own minimum ("不少于30字") and maxlength are met', () => {
    const d = valueOf(p, form, /问题描述/)!;
    expect(chars(d)).toBeGreaterThanOrEqual(30);
    expect(chars(d)).toBeLessThanOrEqual(300);
  });

  it('radio tiles without a 售后 option are left alone', () => {
    expect(byLabel(form, /退款方式/)!.kind).toBe('tiles');
    expect(valueOf(p, form, /退款方式/)).toBeUndefined();
  });

  it('a chat box gets the step-1 merchant message', () => {
    const chat: CollectedForm = {
      kind: 'chat',
      url: 'http://127.0.0.1/user/order/X/chat',
      title: '',
      fields: [{ ...form.fields.find((f) => f.role === 'description')!, maxLength: 1000, minLength: null }],
    };
    const c = plan({ form: chat, facts: facts(), evidence, profile: null });
    expect(c.values[0]!.value).toMatch(/^您好，我的订单号KM202611261503579943/);
    expect(c.files).toEqual([]);
  });
});
