import { describe, expect, it } from 'vitest';
import {
  ComposeFacts,
  durationEn,
  durationZh,
  interventionRequest,
  maskKey,
  merchantMessage,
  MIN_DESCRIPTION_CHARS,
  refundDescription,
  timeCst,
  type ComposeFactsInput,
} from '../../../lib/compose';
import { assess, composeFacts, openCase, replay } from '../../../lib/eligibility';
import { FIVE_KEYS, KEY, UNDELIVERED, input } from '../eligibility/helpers';

const CJK = /[\u4e00-\u9fff]/;
const ORDER_NO = 'KM202603011000001234';
const facts = (i: Parameters<typeof assess>[0]) => composeFacts(i, assess(i));

/** An invalid-key case after step 1 and 2: message at 11:00, form at 13:00, merchant refused at 14:00. */
function refusedCase() {
  const c = replay(openCase({ at: '2026-03-01T10:30:00+08:00', orderAmount: 30 }), [
    { type: 'MESSAGE_SENT', at: '2026-03-01T11:00:00+08:00' },
    { type: 'REFUND_REQUESTED', at: '2026-03-01T13:00:00+08:00' },
    { type: 'MERCHANT_REFUSED', at: '2026-03-01T14:00:00+08:00' },
  ]).state;
  return input({}, { keyRedeemResult: 'used', failureMessage: '卡密已被使用', merchantRefused: true }, { case: c, now: '2026-03-01T15:00:00+08:00', evidence: ['E1', 'E4', 'E5'] }); // prettier-ignore
}

describe('format', () => {
  it('times in UTC+8, durations, masked keys', () => {
    expect(timeCst('2026-03-01T02:05:00Z')).toBe('2026-03-01 10:05');
    expect(durationZh(135)).toBe('2小时15分钟');
    expect(durationZh(1500)).toBe('1天1小时');
    expect(durationZh(0)).toBe('0分钟');
    expect(durationEn(135)).toBe('2 h 15 min');
    expect(durationEn(60)).toBe('1 h');
    expect(maskKey(KEY)).toBe('ABCD****5678');
    expect(maskKey('SHORT1')).toBe('SH****');
  });
});

describe('step 1: merchant message', () => {
  it('non-delivery: order no., the promise and breach, a deadline, escalation; zh-CN then English', () => {
    const m = merchantMessage(facts(input(UNDELIVERED)));
    expect(Object.keys(m)).toEqual(['zh', 'en']);
    expect(m.zh).toContain(ORDER_NO);
    expect(m.zh).toContain('至今未发货');
    expect(m.zh).toContain('已超时1小时50分钟');
    expect(m.zh).toContain('期限48小时（2026-03-03 12:00前）');
    expect(m.zh).toContain('申请平台介入');
    expect(m.zh).toContain('《电子商务法》第二十条');
    expect(m.en).toContain(ORDER_NO);
    expect(m.en).toContain('within 48 hours');
    expect(m.en).not.toMatch(/undefined|null/);
  });

  it('invalid key: masked key, the redeem message, 补发 or 原路退款, the void notice', () => {
    const m = merchantMessage(facts(input({}, { keyRedeemResult: 'used', failureMessage: '卡密已被使用', noRefundNotice: true }))); // prettier-ignore
    expect(m.zh).toContain('ABCD****5678');
    expect(m.zh).not.toContain(KEY);
    expect(m.zh).toContain('提示“卡密已被使用”');
    expect(m.zh).toContain('请补发有效卡密，或原路退款¥30.00');
    expect(m.zh).toContain('第二十六条');
  });

  it('the reply window follows the configured merchant window', () => {
    expect(merchantMessage(facts(input(UNDELIVERED, {}, { windows: { merchantReplyHours: 24 } }))).zh).toContain('期限24小时'); // prettier-ignore
  });

  it('without a right (误买): a polite request, no deadline or threat', () => {
    const m = merchantMessage(facts(input({}, { buyerMistake: true, keyUsedByBuyer: false })));
    expect(m.zh).toContain('我下单时选错了商品，卡密未使用');
    expect(m.zh).toContain('换成正确的商品、延期使用或退款');
    expect(m.zh).not.toContain('12315');
    expect(m.en).not.toContain('12315');
  });
});

describe('step 2: refund description for forms', () => {
  it('is at least 20 characters even with minimal facts', () => {
    const minimal: ComposeFactsInput = { orderNo: 'A1', problem: 'other', ask: 'refund', now: '2026-03-01T12:00:00+08:00' }; // prettier-ignore
    const d = refundDescription(minimal);
    expect([...d.zh].length).toBeGreaterThanOrEqual(MIN_DESCRIPTION_CHARS);
    expect(d.en.length).toBeGreaterThanOrEqual(MIN_DESCRIPTION_CHARS);
    expect(d.zh).toContain('A1');
  });

  it('non-delivery: order no., paid time, promise and breach duration', () => {
    const d = refundDescription(facts(input(UNDELIVERED)));
    expect(d.zh).toMatch(CJK);
    for (const s of [
      ORDER_NO,
      '2026-03-01 10:00 付款¥30.00',
      '付款后10分钟内自动发货',
      '已超时1小时50分钟',
      '申请原路退款¥30.00',
    ])
      // prettier-ignore
      expect(d.zh).toContain(s);
  });

  it('invalid key: the failure message and what was asked of the merchant, and when', () => {
    const d = refundDescription(facts(refusedCase()));
    expect(d.zh).toContain('卡密已被使用');
    expect(d.zh).toContain('2026-03-01 11:00已联系商家要求补发有效卡密或退款');
    expect(d.zh).toContain('商家于2026-03-01 14:00拒绝');
    expect(d.en).toContain('On 2026-03-01 11:00 I asked the merchant for a working key or a refund');
  });

  it('no reply within the window is stated', () => {
    const c = replay(openCase({ at: '2026-03-01T10:30:00+08:00', orderAmount: 30 }), [{ type: 'MESSAGE_SENT', at: '2026-03-01T11:00:00+08:00' }]).state; // prettier-ignore
    const d = refundDescription(facts(input(UNDELIVERED, {}, { case: c, now: '2026-03-03T12:00:00+08:00' })));
    expect(d.zh).toContain('商家超过48小时未处理（期限2026-03-03 11:00）');
  });

  it('partly invalid: asks for the pro-rata amount', () => {
    const d = refundDescription(facts(input(FIVE_KEYS, { keyRedeemResult: 'used', invalidKeys: 2 })));
    expect(d.zh).toContain('5个卡密中有2个');
    expect(d.zh).toContain('申请原路退款¥12.00');
  });
});

describe('step 3: platform intervention request', () => {
  it('a dated timeline showing the refusal, the request, basis and evidence', () => {
    const r = interventionRequest(facts(refusedCase()));
    const lines = r.zh.split('\n');
    expect(lines[0]).toContain(`申请平台介入：订单号${ORDER_NO}`);
    expect(r.zh).toContain('1. 2026-03-01 10:00 付款成功');
    expect(r.zh).toContain('2026-03-01 11:00 联系商家，要求补发有效卡密或退款');
    expect(r.zh).toContain('2026-03-01 13:00 提交退款申请');
    expect(r.zh).toContain('商家于2026-03-01 14:00拒绝');
    expect(r.zh).toContain('依据：《消费者权益保护法》第二十三条、第二十四条');
    expect(r.zh).toContain('证据：订单页截图');
    expect(r.en).toContain('Request for platform intervention');
    expect(r.en).toContain('refused at 2026-03-01 14:00');
  });

  it('non-delivery: how long it is overdue', () => {
    expect(interventionRequest(facts(input(UNDELIVERED))).zh).toContain('截至2026-03-01 12:00仍未发货，已超时1小时50分钟'); // prettier-ignore
  });

  it('facts are validated', () => {
    expect(() => merchantMessage({ orderNo: '', problem: 'other', ask: 'refund', now: '2026-03-01T12:00:00Z' })).toThrow(); // prettier-ignore
    expect(ComposeFacts.safeParse({ orderNo: 'X', problem: 'nope', ask: 'refund', now: '2026-03-01T12:00:00Z' }).success).toBe(false); // prettier-ignore
  });
});
