// Order status derivation, refund requests, platform appeals and their resolution.
import { yuan } from './clock.ts';
import { StoreError, type Evidence, type Order, type Store } from './store.ts';

export type OrderStatus =
  | 'unpaid'
  | 'awaiting'
  | 'delivered'
  | 'partial'
  | 'failed'
  | 'refunding'
  | 'appealing'
  | 'refunded'
  | 'rejected'
  | 'closed';

export const STATUS_TEXT: Record<OrderStatus, string> = {
  unpaid: '待付款',
  awaiting: '待发货',
  delivered: '已发货',
  partial: '部分发货',
  failed: '发货失败',
  refunding: '退款中',
  appealing: '平台介入中',
  refunded: '已退款',
  rejected: '已驳回',
  closed: '已关闭',
};

export const REFUND_REASONS = [
  '未收到货/未发货',
  '卡密无效',
  '卡密已被使用',
  '充值未到账',
  '商品与描述不符',
  '拍错/不想要了',
  '其他',
] as const;

/** The merchant's window to answer a refund request before the buyer may escalate. */
export const MERCHANT_WINDOW_MS = 24 * 3600_000;

/** Where a refund of `amount` goes and what fee the shop keeps (balance-fee: 站内余额 minus 5%). */
export function refundTerms(o: Order, amount: number): { toBalance: boolean; fee: number } {
  const toBalance = o.scenario === 'balance-fee' || o.payMethod === 'balance';
  return { toBalance, fee: o.scenario === 'balance-fee' ? Math.round(amount * 0.05) : 0 };
}

export function orderStatus(o: Order): OrderStatus {
  if (o.closedAt !== undefined) return 'closed';
  if (o.paidAt === undefined) return 'unpaid';
  if (o.refund?.state === 'accepted') return 'refunded';
  if (o.appeal && !o.appeal.outcome) return 'appealing';
  if (o.appeal?.outcome === 'rejected' || o.refund?.state === 'rejected') return 'rejected';
  if (o.refund?.state === 'pending') return 'refunding';
  return ({ none: 'awaiting', partial: 'partial', full: 'delivered', failed: 'failed' } as const)[o.shipped];
}

export function canRefund(o: Order): boolean {
  const s = orderStatus(o);
  return s !== 'unpaid' && s !== 'closed' && s !== 'refunded' && s !== 'refunding' && s !== 'appealing';
}

export function canAppeal(o: Order, now: number): boolean {
  const r = o.refund;
  if (!r || r.state === 'accepted') return false;
  if (o.appeal && o.appeal.outcome !== 'rejected') return false;
  return r.state === 'rejected' || now - r.createdAt >= MERCHANT_WINDOW_MS;
}

export interface RefundInput {
  amount: number;
  reason: string;
  description: string;
  evidence: Evidence[];
}

export function requestRefund(store: Store, o: Order, input: RefundInput): void {
  if (!canRefund(o)) throw new StoreError(409, '当前订单状态不能申请退款');
  const now = store.clock.now();
  o.refund = { ...input, createdAt: now, state: 'pending' };
  o.appeal = undefined;
  store.post(
    o,
    'system',
    `买家申请退款 ${yuan(input.amount)}，原因：${input.reason}。商家需在24小时内处理`,
    now,
  );
}

export function requestAppeal(store: Store, o: Order, input: Omit<RefundInput, 'amount'>): void {
  if (!canAppeal(o, store.clock.now())) throw new StoreError(409, '当前订单不满足申请平台介入的条件');
  const now = store.clock.now();
  o.appeal = { ...input, createdAt: now };
  store.post(o, 'system', '买家已申请平台介入，平台客服将在1-3个工作日内审核处理', now);
}

/** Merchant decision (refund pending), platform decision (appeal pending), or a merchant-initiated refund. */
export function resolveRefund(store: Store, o: Order, action: 'accept' | 'reject', note?: string): void {
  const now = store.clock.now();
  const platform = o.appeal !== undefined && !o.appeal.outcome;
  if (orderStatus(o) === 'refunded') throw new StoreError(409, 'order is already refunded');
  if (!platform && o.refund?.state !== 'pending' && action === 'reject') {
    throw new StoreError(409, 'order has no pending refund request to reject');
  }
  if (o.paidAt === undefined) throw new StoreError(409, 'order is not paid');
  const by = platform ? 'platform' : 'merchant';
  if (platform && o.appeal) Object.assign(o.appeal, { outcome: `${action}ed`, resolvedAt: now, note });
  if (action === 'reject') {
    Object.assign(o.refund ?? {}, { state: 'rejected', resolvedAt: now, note, by });
    const who = platform ? '平台审核驳回了退款申请' : '商家拒绝了退款申请';
    store.post(o, 'system', `${who}${note ? `：${note}` : ''}`, now);
    return;
  }
  const refund = o.refund ?? {
    amount: o.amount,
    reason: '商家主动退款',
    description: '',
    evidence: [],
    createdAt: now,
    state: 'pending' as const,
  };
  const { toBalance, fee } = refundTerms(o, refund.amount);
  Object.assign(refund, {
    state: 'accepted',
    resolvedAt: now,
    note,
    by,
    destination: toBalance ? '站内余额' : '原路返回',
    fee,
  });
  o.refund = refund;
  const credited = yuan(refund.amount - fee);
  const where = toBalance ? `站内余额（扣除手续费 ${yuan(fee)}）` : '原支付账户';
  store.post(o, 'system', `${platform ? '平台' : '商家'}已同意退款，${credited} 已退回${where}`, now);
}
