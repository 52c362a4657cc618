// Live regions of the 星辰卡盟 order detail page as VNodes: rendered to HTML on the server and rebuilt
// with createElement in the browser from GET /api/order/:no, so both always produce the same markup.
import { PAY_METHODS, DELIVERY_LABEL } from '../../catalog.ts';
import { fmtTime, yuan } from '../../clock.ts';
import { h, type VNode } from '../../html.ts';
import {
  canAppeal,
  canRefund,
  MERCHANT_WINDOW_MS,
  orderStatus,
  refundTerms,
  STATUS_TEXT,
} from '../../refunds.ts';
import type { Evidence, Order } from '../../store.ts';

export function undeliveredText(o: Order): string | undefined {
  const status = orderStatus(o);
  if (status === 'closed') return '订单已关闭，未发货';
  if (o.paidAt === undefined) return '订单尚未付款，付款后商家将按约定时效发货';
  if (o.shipped === 'failed') return '发货失败：商品库存不足，请联系商家或申请退款';
  if (o.shipped === 'partial') return `库存不足，您还有${o.quantity - o.keys.length}件未发货，请联系商家`;
  if (o.shipped === 'none') {
    return o.delivery === 'topup' ? '商家正在为您充值，请耐心等待到账' : '商家正在备货中，请耐心等待发货';
  }
  return undefined;
}

export function keysNodes(o: Order): VNode[] {
  const notice = undeliveredText(o);
  const section = h(
    'section',
    { class: 'card-keys' },
    h('h2', null, '卡密信息'),
    o.keys.length > 0 &&
      h(
        'ol',
        null,
        o.keys.map((k) =>
          h('li', { class: 'card-key' }, h('code', null, k), h('button', { type: 'button' }, '复制')),
        ),
      ),
    o.topupNote !== undefined && h('p', { class: 'delivery-note' }, o.topupNote),
    notice !== undefined && h('p', { class: 'undelivered-notice' }, notice),
    o.keys.length > 0 &&
      h(
        'p',
        { class: 'redeem-tip' },
        '卡密使用：前往 ',
        h('a', { href: '/official/redeem' }, '游戏官方充值中心'),
        ' 兑换',
      ),
  );
  return [section];
}

const evidenceText = (files: Evidence[]): string =>
  files.length === 0
    ? '未上传'
    : files.map((f) => `${f.name}（${(f.size / 1024).toFixed(1)} KB）`).join('、');

const row = (label: string, value: string): VNode =>
  h('tr', null, h('th', null, label), h('td', null, value));

export function refundNodes(o: Order, now: number): VNode[] {
  const r = o.refund;
  if (!r) return [];
  const platform = o.appeal !== undefined;
  const state =
    r.state === 'accepted'
      ? r.by === 'platform'
        ? '平台已判定退款'
        : '商家已同意退款'
      : o.appeal && !o.appeal.outcome
        ? '平台介入中'
        : r.state === 'rejected'
          ? r.by === 'platform'
            ? '平台已驳回'
            : '商家已拒绝'
          : '等待商家处理';
  const steps = ['提交申请', '商家处理', '平台介入', '退款完成'];
  const reached = r.state === 'accepted' ? 4 : platform ? 3 : r.state === 'rejected' ? 2 : 1;
  const rows: VNode[] = [
    row('退款状态', state),
    row('申请金额', yuan(r.amount)),
    row('退款原因', r.reason),
    row('问题描述', r.description || '—'),
    row('上传凭证', evidenceText(r.evidence)),
    row('申请时间', fmtTime(r.createdAt)),
  ];
  if (r.state === 'pending' && !platform) {
    const left = r.createdAt + MERCHANT_WINDOW_MS - now;
    rows.push(
      row(
        '处理时限',
        left > 0
          ? `商家需在 ${fmtTime(r.createdAt + MERCHANT_WINDOW_MS)} 前处理`
          : '商家已超时未处理，可申请平台介入',
      ),
    );
  }
  if (r.note) rows.push(row('处理说明', r.note));
  const { toBalance, fee } = refundTerms(o, r.amount);
  const done = r.state === 'accepted';
  rows.push(row('退款去向', toBalance ? '站内余额' : `原路返回（${PAY_METHODS[o.payMethod]}）`));
  rows.push(row('手续费', fee > 0 ? `${yuan(fee)}（退款金额的5%）` : yuan(0)));
  const open = r.state === 'pending' || (o.appeal !== undefined && !o.appeal.outcome);
  if (done || open) rows.push(row(done ? '实际到账' : '预计到账', yuan(r.amount - fee)));
  if (done && r.resolvedAt !== undefined) rows.push(row('退款时间', fmtTime(r.resolvedAt)));
  const a = o.appeal;
  return [
    h(
      'section',
      { class: 'refund-progress' },
      h('h2', null, '退款进度'),
      h(
        'ol',
        { class: 'refund-steps' },
        steps.map((s, i) => h('li', { class: i < reached ? 'done' : 'todo' }, s)),
      ),
      h('table', { class: 'refund-info' }, rows),
      a &&
        h(
          'div',
          { class: 'appeal-info' },
          h('h3', null, '平台介入'),
          h(
            'table',
            { class: 'refund-info' },
            row(
              '介入状态',
              a.outcome === 'accepted' ? '已判定退款' : a.outcome === 'rejected' ? '已驳回' : '审核中',
            ),
            row('介入原因', a.reason),
            row('补充说明', a.description || '—'),
            row('上传凭证', evidenceText(a.evidence)),
            row('申请时间', fmtTime(a.createdAt)),
          ),
        ),
    ),
  ];
}

export function actionNodes(o: Order, now: number): VNode[] {
  const base = `/user/order/${o.orderNo}`;
  const unpaid = o.paidAt === undefined && o.closedAt === undefined;
  return [
    h(
      'nav',
      { class: 'order-actions', 'aria-label': '订单操作' },
      unpaid && h('a', { class: 'btn btn-primary', href: `/pay/${o.orderNo}` }, '去付款'),
      h('a', { class: 'btn btn-blue action-chat', href: `${base}/chat` }, '联系商家'),
      (canRefund(o) || orderStatus(o) === 'refunding') &&
        h('a', { class: 'btn action-refund', href: `${base}/refund` }, '申请退款'),
      canAppeal(o, now) &&
        h('a', { class: 'btn btn-primary action-appeal', href: `${base}/appeal` }, '申请平台介入'),
    ),
  ];
}

/** Public order JSON (what the page polls). Contains no scenario information. */
export function orderJson(o: Order, now: number) {
  const status = orderStatus(o);
  return {
    orderNo: o.orderNo,
    skin: o.skin,
    goodsId: o.goodsId,
    goodsName: o.goodsName,
    quantity: o.quantity,
    amount: yuan(o.amount),
    amountCents: o.amount,
    payMethod: PAY_METHODS[o.payMethod],
    createdAt: fmtTime(o.createdAt),
    paidAt: o.paidAt === undefined ? '—' : fmtTime(o.paidAt),
    status: STATUS_TEXT[status],
    statusId: status,
    deliveryType: DELIVERY_LABEL[o.delivery],
    promise: o.promise,
    account: o.account ?? null,
    keys: [...o.keys],
    topupNote: o.topupNote ?? null,
    undeliveredNotice: undeliveredText(o) ?? null,
    noRefund: o.noRefund,
    refund: o.refund ? { ...o.refund, amount: yuan(o.refund.amount), fee: yuan(o.refund.fee ?? 0) } : null,
    appeal: o.appeal ?? null,
    canAppeal: canAppeal(o, now),
    view: { keys: keysNodes(o), refund: refundNodes(o, now), actions: actionNodes(o, now) },
  };
}
