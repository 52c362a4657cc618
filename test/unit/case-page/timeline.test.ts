import { describe, expect, it } from 'vitest';
import {
  buildTimeline,
  type Line,
  type TimelineEntry,
  type TimelineInput,
} from '../../../lib/case-page/timeline';
import type { EventRow } from '../../../lib/model/event';
import type { EvidenceRow } from '../../../lib/model/evidence';
import { lookupMessage } from '../../../lib/i18n/lookup';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { caseRow, NOW, PAID, row } from './helpers';

const at = (min: number) => new Date(Date.parse(PAID) + min * 60_000).toISOString();
const ev = (id: number, min: number, type: EventRow['type'], data: EventRow['data'] = {}): EventRow => ({
  id,
  orderKey: 'k',
  at: at(min),
  type,
  data,
});
const evidence = (seq: number, min: number, kind: EvidenceRow['kind'], mime = 'image/png'): EvidenceRow => ({
  id: 100 + seq,
  orderKey: 'k',
  seq,
  kind,
  capturedAt: at(min),
  url: 'https://km.example.cn/x',
  title: '游戏官方充值中心',
  mime,
  size: 1,
  sha256: 'a'.repeat(64),
  prevChainHash: 'b'.repeat(64),
  chainHash: 'c'.repeat(64),
  meta: {},
});

/** An entry as the zh-CN page shows it: title and detail lines. */
function zh(line: Line): string {
  if ('text' in line) return line.text;
  if ('pair' in line) return line.pair.zh;
  const subs = (line.subs ?? []).map((s) => (typeof s === 'object' ? s.zh : String(s)));
  return lookupMessage(line.key, subs);
}
const show = (e: TimelineEntry) => [zh(e.title), ...e.details.map(zh)].join(' | ');

function timeline(over: Partial<TimelineInput> = {}) {
  return buildTimeline({
    order: row(),
    events: [],
    evidence: [],
    chat: [],
    settings: DEFAULT_SETTINGS,
    now: NOW,
    ...over,
  });
}

describe('timeline of a breached order and its refund case', () => {
  const order = row({ breachedAt: at(10), status: 'refunding', statusText: '退款中', evidenceCount: 3 });
  const events = [
    ev(1, 1, 'first-seen', { status: 'awaiting_delivery', keys: 0 }),
    ev(2, 10, 'breach', { dueAt: at(10), minutes: 10, source: 'page', estimate: false, text: '付款后10分钟内自动发货' }), // prettier-ignore
    ev(3, 30, 'form-submitted', { url: 'https://km.example.cn/user/order/X/refund', fields: 4 }),
    ev(4, 30, 'case-step', { event: 'REFUND_REQUESTED', step: 'refund_request', auto: true }),
    ev(5, 31, 'status', { status: 'refunding', text: '退款中' }),
    ev(6, 40, 'case-step', { event: 'MERCHANT_REFUSED', step: 'platform_intervention', auto: false }),
    ev(7, 50, 'form-submitted', { url: 'https://km.example.cn/user/order/X/appeal', fields: 3 }),
    ev(8, 50, 'case-step', { event: 'INTERVENTION_REQUESTED', step: 'platform_intervention', auto: true }),
    ev(9, 55, 'note', { kind: 'answer', fact: 'keyRedeem', value: 'used' }),
    ev(10, 56, 'case-step', { event: 'SOMETHING_NEW' }),
  ];
  const entries = timeline({
    order,
    events,
    evidence: [evidence(1, 1, 'order-page'), evidence(2, 20, 'failure-prompt'), evidence(3, 30, 'submitted-form', 'application/json')], // prettier-ignore
    chat: [
      { author: 'merchant', name: '客服', at: at(15), text: '亲，马上给您处理' },
      { author: 'buyer', name: '我', at: at(16), text: '请尽快发货' },
      { author: 'merchant', name: '客服', at: null, text: '没有时间的消息' },
      { author: 'platform', name: '平台', at: at(45), text: '平台已收到您的申请' },
    ],
  });

  it('lists paid → deadline → breach → messages → failure prompt → refund steps, in time order', () => {
    expect(entries.map((e) => e.kind)).toEqual([
      'paid',
      'first-seen',
      'due',
      'breach',
      'message',
      'failure-prompt',
      'form',
      'case-step',
      'status',
      'case-step',
      'message',
      'form',
      'case-step',
    ]);
    expect(entries.map(show)).toEqual([
      '付款 | 实付 ¥96.00 | 微信支付',
      '卡盾首次记录订单（待发货）',
      '发货期限 | 商家承诺 10 分钟内发货 | 付款后10分钟内自动发货',
      '商家超时未发货 | 付款后10分钟内自动发货',
      '商家消息 | 亲，马上给您处理',
      '截取了失败提示 | 游戏官方充值中心',
      '提交了退款申请 | 表单 4 项已存证',
      '退款申请已记录 | 当前步骤：提交退款申请 | 卡盾根据你提交的表单自动记录',
      '订单状态变为“退款中” | 页面显示：退款中',
      '商家拒绝退款 | 当前步骤：申请平台介入',
      '平台消息 | 平台已收到您的申请',
      '提交了平台介入申请 | 表单 3 项已存证',
      '平台介入申请已记录 | 当前步骤：申请平台介入 | 卡盾根据你提交的表单自动记录',
    ]);
  });

  it('marks the breach and the missed deadline as danger, nothing as expected', () => {
    expect(entries.find((e) => e.kind === 'breach')?.tone).toBe('danger');
    expect(entries.find((e) => e.kind === 'due')?.tone).toBe('danger');
    expect(entries.some((e) => e.expected)).toBe(false);
    expect(entries.find((e) => e.kind === 'failure-prompt')?.evidenceId).toBe(102);
  });

  it('adds the expected arrival once the refund is issued, and drops it once it arrived', () => {
    const refund = { at: at(100), channel: 'wechat_balance' as const, amount: 96, estimate: null };
    const issued = ev(11, 100, 'case-step', { event: 'REFUND_ISSUED', step: 'confirm_arrival', channel: 'wechat_balance', amount: 96 }); // prettier-ignore
    const later = new Date(Date.parse(PAID) + 101 * 60_000);
    const withRefund = timeline({ order, events: [...events, issued], caseRow: caseRow(order, { refund }), now: later }); // prettier-ignore
    expect(withRefund.slice(-2).map(show)).toEqual([
      '退款已发起 | 退款渠道：微信零钱 | 金额 ¥96.00 | 当前步骤：确认到账',
      '预计到账 | 退款渠道：微信零钱 | 微信零钱：一般5分钟内到账（旧文档为20分钟内）',
    ]);
    expect(withRefund.at(-1)).toMatchObject({ kind: 'refund-eta', at: at(120), expected: true });

    const arrived = caseRow(order, { refund, arrival: { at: at(110), amount: 96, expected: 96 } });
    expect(timeline({ order, events, caseRow: arrived }).some((e) => e.kind === 'refund-eta')).toBe(false);
  });
});

describe('timeline of other orders', () => {
  it('a delivered order: the deadline met, keys seen', () => {
    const order = row({ status: 'delivered', cardKeys: ['K1', 'K2'], deliveredAt: at(2) });
    const entries = timeline({
      order,
      events: [
        ev(1, 0.5, 'first-seen', { status: 'awaiting_delivery', keys: 0 }),
        ev(2, 2, 'keys', { count: 2 }),
      ],
    });
    expect(entries.map(show)).toEqual([
      '付款 | 实付 ¥96.00 | 微信支付',
      '卡盾首次记录订单（待发货）',
      '看到卡密 2 条',
      '发货期限（按时发货） | 商家承诺 10 分钟内发货 | 付款后10分钟内自动发货',
    ]);
  });

  it('a deadline still ahead is expected; without a promise the default counts from first sight', () => {
    const fresh = row({ promise: null, paidAt: null, createdAt: null, firstSeenAt: at(0) });
    const [due] = timeline({ order: fresh, now: new Date(at(5)) });
    expect(due).toMatchObject({ kind: 'due', at: at(10), expected: true, tone: 'neutral' });
    expect(show(due!)).toBe(
      '发货期限 | 页面没有写明时限，按默认 10 分钟计算 | 页面没有付款时间，从卡盾首次记录时起算',
    );
  });

  it('the buyer’s own limit; a separate order time when it differs from payment', () => {
    const order = row({ promiseOverrideMinutes: 30, createdAt: at(-20) });
    const entries = timeline({ order });
    expect(entries.map((e) => e.kind)).toEqual(['created', 'paid', 'due']);
    expect(show(entries[2]!)).toBe('发货期限 | 按你设置的 30 分钟计算');
    expect(entries[2]!.at).toBe(at(30));
  });

  it('a breach known only from the order row still shows', () => {
    const entries = timeline({ order: row({ breachedAt: at(11) }) });
    expect(entries.filter((e) => e.kind === 'breach').map((e) => e.at)).toEqual([at(11)]);
  });

  it('the shop’s 已退款 without a case: arrival expected by the pay method', () => {
    const order = row({ status: 'refunded', payMethod: '支付宝', cardKeys: [] });
    const entries = timeline({ order, events: [ev(1, 60, 'status', { status: 'refunded', text: '已退款' })], now: new Date(at(61)) }); // prettier-ignore
    expect(entries.at(-1)).toMatchObject({ kind: 'refund-eta', at: at(65), expected: true });
    expect(show(entries.at(-1)!)).toBe(
      '预计到账（估计） | 退款渠道：支付宝余额 | 支付宝余额：退款成功后直接到账',
    );
  });

  it('keeps page text as text and cuts long merchant messages', () => {
    const text = '<img src=x onerror=alert(1)>' + '长'.repeat(400);
    const [msg] = timeline({ chat: [{ author: 'merchant', name: null, at: at(3), text }] }).filter((e) => e.kind === 'message'); // prettier-ignore
    expect(msg!.details).toEqual([{ text: `${text.slice(0, 300)}…` }]);
  });
});

describe('status words without a bucket', () => {
  it('are named in the page’s own words (已驳回 as danger)', () => {
    const entries = timeline({ events: [ev(1, 60, 'status', { status: 'unknown', text: '已驳回' }), ev(2, 61, 'status', { status: 'unknown', text: null })] }); // prettier-ignore
    const status = entries.filter((e) => e.kind === 'status');
    expect(status.map(show)).toEqual(['订单状态变为“已驳回”', '订单状态变为“状态未知”']);
    expect(status.map((e) => e.tone)).toEqual(['danger', 'neutral']);
  });
});

describe('no delivery deadline without payment', () => {
  it('an unpaid or expired order shows none', () => {
    expect(timeline({ order: row({ status: 'unpaid', paidAt: null }) }).map((e) => e.kind)).toEqual([
      'created',
    ]);
    expect(timeline({ order: row({ status: 'closed', paidAt: null, createdAt: null }) })).toEqual([]);
  });
});
