import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../lib/db';
import type { ChatMessage, OrderRow } from '../../../lib/model/order';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { deliveryStatus } from '../../../lib/eligibility';
import { loadCaseData } from '../../../lib/service/case-data';
import {
  buildAssessInput,
  caseView,
  deriveFacts,
  merchantPromiseFrom,
  noRefundNotices,
  type CaseData,
} from '../../../lib/service/case-view';
import { newCase } from '../../../lib/store/cases';
import { addEvent } from '../../../lib/store/events';
import { appendEvidence } from '../../../lib/store/evidence';
import { KEY, NOW, addJsonEvidence, awaiting, delivered, storeOrder } from './helpers';

const now = new Date(NOW);
const empty = (over: Partial<CaseData> = {}): CaseData => ({
  evidence: [],
  chat: [],
  policies: [],
  events: [],
  row: undefined,
  ...over,
});
const msg = (author: ChatMessage['author'], text: string, at: string | null = null): ChatMessage => ({
  author,
  name: null,
  at,
  text,
});
const shot = (kind: 'order-page' | 'failure-prompt' | 'card-key', at: string) =>
  appendEvidence(KEY, { kind, capturedAt: at, url: 'https://km.example.cn/x', title: '游戏官方充值中心', mime: 'image/png', bytes: new Uint8Array([1]) }); // prettier-ignore

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('facts derived from what CardShield holds', () => {
  it('the buyer’s answers win over derived facts; a refusal in the case is a fact', () => {
    const row = { ...newCase(KEY, NOW), answers: { keyRedeemResult: 'used' as const } };
    expect(deriveFacts({ policies: [], row })).toEqual({ keyRedeemResult: 'used' });
    const refused = { ...row, state: { merchantRefusedAt: NOW } as never };
    expect(deriveFacts({ policies: [], row: refused })).toMatchObject({ merchantRefused: true });
  });

  it('reads no-refund notices from the product page policy and the merchant’s chat only', () => {
    const chat = [
      msg('merchant', '亲，虚拟商品一经售出概不退换哦。可以给你换一张'),
      msg('buyer', '概不退换是无效的'),
      msg('platform', '请勿私下交易'),
    ];
    expect(noRefundNotices(['付款后请尽快使用\n不退不换，请确认后购买'], chat)).toEqual([
      '不退不换，请确认后购买',
      '亲，虚拟商品一经售出概不退换哦',
    ]);
    expect(noRefundNotices(['未发货、卡密无效或已被使用，可在订单详情申请退款'], [])).toEqual([]);
  });

  it('takes the merchant’s after-sales promise from the policy, not a no-refund line', () => {
    expect(merchantPromiseFrom(['付款后请尽快使用\n卡密无效包换，售后24小时'])).toBe(
      '卡密无效包换，售后24小时',
    );
    expect(merchantPromiseFrom(['虚拟商品不支持无理由退货'])).toBeNull();
    expect(merchantPromiseFrom(['未发货、卡密无效或已被使用，可在订单详情申请退款'])).toBeNull();
  });
});

describe('evidence and the engine input', () => {
  it('maps stored evidence kinds to E-codes and feeds chat, notices and the case to assess()', async () => {
    const order = await storeOrder(delivered(), NOW);
    await shot('card-key', NOW);
    await shot('failure-prompt', NOW);
    await addJsonEvidence('chat', { type: 'chat-transcript', messages: [msg('merchant', '加我微信 kf88 私下处理', '2026-03-01T03:00:00.000Z')] }, NOW); // prettier-ignore
    await addJsonEvidence('chat', { type: 'chat-transcript', messages: [msg('merchant', '加我微信 kf88 私下处理', '2026-03-01T03:00:00.000Z'), msg('buyer', '好的')] }, NOW); // prettier-ignore
    await addJsonEvidence('product-page', { type: 'product-page', policy: '虚拟商品一经售出概不退换' }, NOW);
    const data = await loadCaseData(KEY);
    expect(data.chat.map((m) => m.text)).toEqual(['加我微信 kf88 私下处理', '好的']);
    expect(data.policies).toEqual(['虚拟商品一经售出概不退换']);

    const input = buildAssessInput(order as OrderRow, data, DEFAULT_SETTINGS, now);
    expect(input.evidence).toEqual(['E1', 'E3', 'E4', 'E5', 'E6']);
    expect(input.noRefundNotices).toEqual(['虚拟商品一经售出概不退换']);
    // demo-kameng: the merchant has 24 h; the after-sales clock keeps its 48 h default.
    expect(input.windows).toMatchObject({ merchantReplyHours: 24, interventionAfterHours: 24 });

    const view = caseView(order, data, DEFAULT_SETTINGS, now);
    expect(view.assessment.warnings.map((w) => w.id)).toEqual(
      expect.arrayContaining(['no_refund_notice', 'off_platform']),
    );
    // A failure capture says nothing by itself: the redeem question is asked, with the capture listed.
    expect(view.assessment.questions[0]?.id).toBe('keyRedeemResult');
    expect(view.failurePrompts.map((e) => e.kind)).toEqual(['failure-prompt']);
  });
});

describe('what the popup shows', () => {
  it('a paid order never delivered past its promise: ELIGIBLE, next step 提交退款申请', async () => {
    const order = await storeOrder(awaiting(), NOW);
    const view = caseView(order, empty(), DEFAULT_SETTINGS, now);
    expect(view.assessment.verdict).toBe('ELIGIBLE');
    expect(view.nextStep).toEqual(view.assessment.nextStep); // the engine's own answer
    expect(view.nextStep).toMatchObject({ id: 'refund_request', nameZh: '提交退款申请', actor: 'buyer' });
    expect(view.nextStep.availableAt).toBe(view.assessment.timing.dueAt);
    expect(view.texts.merchant.zh).toContain('请尽快发货，或原路退款¥96.00');
  });

  it('before the promised time the engine’s 联系商家 stands', async () => {
    const order = await storeOrder(awaiting(), NOW);
    const early = new Date(Date.parse('2026-03-01T02:05:00.000Z'));
    expect(caseView(order, empty(), DEFAULT_SETTINGS, early).nextStep.id).toBe('contact_merchant');
  });

  it('a change of mind on a valid key: UNLIKELY with the 换卡 suggestion first', async () => {
    const order = await storeOrder(delivered(), NOW);
    const row = { ...newCase(KEY, NOW), answers: { changedMind: true } };
    const view = caseView(order, empty({ row }), DEFAULT_SETTINGS, now);
    expect(view.assessment.verdict).toBe('UNLIKELY');
    expect(view.suggestions.map((s) => s.id)).toEqual(['exchange', 'extension']);
  });

  it('退款中 keeps the delivery status seen before it: a filed request does not drop R1', async () => {
    await storeOrder(awaiting(), NOW);
    await addEvent({ orderKey: KEY, at: NOW, type: 'first-seen', data: { status: 'awaiting_delivery' } });
    const order = await storeOrder(awaiting({ status: 'refunding', statusText: '退款中' }), NOW);
    await addEvent({ orderKey: KEY, at: NOW, type: 'status', data: { status: 'refunding' } });
    const data = await loadCaseData(KEY);
    expect(deliveryStatus(order, data.events)).toBe('awaiting_delivery');
    const view = caseView(order, data, DEFAULT_SETTINGS, now);
    expect(view.assessment.verdict).toBe('ELIGIBLE');
    expect(view.input.order).toMatchObject({ status: 'refunding', deliveryStatus: 'awaiting_delivery' });
    // No case yet: the refund is under way, the merchant has to act.
    expect(view.nextStep).toMatchObject({ id: 'refund_processing', actor: 'merchant' });
    // Without a timeline: keys seen or a recorded breach still tell.
    expect(deliveryStatus({ ...order, breachedAt: NOW }, [])).toBe('awaiting_delivery');
    expect(deliveryStatus({ ...order, cardKeys: ['K'] }, [])).toBe('delivered');
    expect(deliveryStatus(order, [])).toBe('refunding');
  });

  it('a status word CardShield cannot read (已驳回) keeps the delivery status seen before it', async () => {
    await storeOrder(awaiting(), NOW);
    await addEvent({ orderKey: KEY, at: NOW, type: 'first-seen', data: { status: 'awaiting_delivery' } });
    const order = await storeOrder(awaiting({ status: 'unknown', statusText: '已驳回' }), NOW);
    const data = await loadCaseData(KEY);
    expect(deliveryStatus(order, data.events)).toBe('awaiting_delivery');
    expect(caseView(order, data, DEFAULT_SETTINGS, now).assessment.verdict).toBe('ELIGIBLE');
    expect(deliveryStatus(order, [])).toBe('unknown');
  });

  it('lists form submissions not yet reflected in the case', async () => {
    const order = await storeOrder(awaiting(), NOW);
    const events = [
      { id: 4, orderKey: KEY, at: NOW, type: 'form-submitted' as const, data: {} },
      { id: 5, orderKey: KEY, at: NOW, type: 'form-submitted' as const, data: {} },
    ];
    const row = { ...newCase(KEY, NOW), synced: [4] };
    expect(caseView(order, empty({ events, row }), DEFAULT_SETTINGS, now).pendingSubmissions).toEqual([5]);
  });
});
