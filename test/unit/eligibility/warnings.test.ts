import { describe, expect, it } from 'vitest';
import { assess, offPlatformMessages } from '../../../lib/eligibility';
import type { ChatMessage } from '../../../lib/model/order';
import { FIVE_KEYS, UNDELIVERED, input } from './helpers';

const msg = (author: ChatMessage['author'], text: string): ChatMessage => ({
  author,
  name: null,
  at: null,
  text,
});
const ids = (a: ReturnType<typeof assess>) => a.warnings.map((w) => w.id);

describe('off-platform requests in chat', () => {
  it.each([
    ['加我微信聊，给你便宜点', true],
    ['加QQ 123456 私聊', true],
    ['亲，私下转账给你打九折', true],
    ['扫码付款更快', true],
    ['vx号 abc123', true],
    ['请勿加微信私下交易，谨防诈骗', false],
    ['卡密已补发，请查收', false],
    ['平台内沟通即可。加我QQ更快', true],
  ])('merchant says %s → %s', (text, hit) => {
    expect(offPlatformMessages([msg('merchant', text)]).length > 0).toBe(hit);
  });

  it('only merchant messages count (platform notices and the buyer do not)', () => {
    expect(offPlatformMessages([msg('platform', '加微信交易'), msg('buyer', '可以加你微信吗')])).toEqual([]);
    expect(ids(assess(input({}, {}, { chat: [msg('merchant', '加我微信，私下处理')] })))).toContain(
      'off_platform',
    );
  });
});

describe('warnings', () => {
  it('"概不退换" notice (R11) from a fact or from the page', () => {
    expect(ids(assess(input({}, { noRefundNotice: true })))).toContain('no_refund_notice');
    const a = assess(input({}, {}, { noRefundNotices: ['虚拟商品一经售出概不退换'] }));
    expect(a.warnings.find((w) => w.id === 'no_refund_notice')!.zh).toContain('第二十六条');
  });

  it('large amount or many keys from an unknown merchant', () => {
    expect(ids(assess(input({ amount: 500 })))).toContain('large_unknown_merchant');
    expect(ids(assess(input({ ...FIVE_KEYS, amount: 30 })))).toContain('large_unknown_merchant');
    expect(ids(assess(input({ amount: 500 }, { merchantKnown: true })))).not.toContain(
      'large_unknown_merchant',
    );
    expect(ids(assess(input({ amount: 30 })))).not.toContain('large_unknown_merchant');
    expect(ids(assess(input({ amount: 100 }, {}, { limits: { largeAmount: 50 } })))).toContain('large_unknown_merchant'); // prettier-ignore
  });

  it('accepting a partial refund closes the dispute (R15): warned while a claim is open', () => {
    expect(ids(assess(input(UNDELIVERED)))).toContain('partial_refund');
    expect(ids(assess(input({}, { buyerMistake: true })))).toContain('partial_refund');
    expect(ids(assess(input({}, { changedMind: true })))).not.toContain('partial_refund');
    expect(ids(assess(input(UNDELIVERED, { refundAccepted: true })))).not.toContain('partial_refund');
  });

  it('check keys before confirming receipt', () => {
    expect(ids(assess(input()))).toContain('check_before_confirm');
    expect(ids(assess(input({}, { keyRedeemResult: 'ok' })))).not.toContain('check_before_confirm');
    expect(ids(assess(input(UNDELIVERED)))).not.toContain('check_before_confirm');
    expect(ids(assess(input({}, { receiptConfirmed: true })))).not.toContain('check_before_confirm');
  });

  it('WeChat Pay 365-day refund route limit', () => {
    expect(ids(assess(input(UNDELIVERED, {}, { now: '2027-02-10T12:00:00+08:00' })))).toContain('refund_route_365'); // prettier-ignore
    expect(ids(assess(input(UNDELIVERED)))).not.toContain('refund_route_365');
  });

  it('every warning is bilingual', () => {
    const a = assess(input({ amount: 999 }, { noRefundNotice: true }, { chat: [msg('merchant', '加我QQ')] }));
    expect(a.warnings.length).toBeGreaterThanOrEqual(4);
    for (const w of a.warnings) {
      expect(w.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(w.en).toMatch(/^[A-Z"]/);
    }
  });
});
