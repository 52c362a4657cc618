import type { OrderRow } from '../lib/model/order';
import { formatBeijing, formatMoney } from '../lib/i18n/status';
import { StatusBadge } from './StatusBadge';

/** The order on the page the popup looks at: facts first, then what CardShield holds as evidence. */
export function OrderCard({ order }: { order: OrderRow }) {
  return (
    <article className="order-card" aria-label={`订单 ${order.orderNo}`}>
      <header className="order-card-head">
        <h3 className="order-product">{order.product ?? '未识别商品'}</h3>
        <StatusBadge status={order.status} raw={order.statusText} />
      </header>
      <dl className="facts">
        <div>
          <dt>订单号</dt>
          <dd className="mono">{order.orderNo}</dd>
        </div>
        <div>
          <dt>实付</dt>
          <dd>{formatMoney(order.amount)}</dd>
        </div>
        <div>
          <dt>付款时间</dt>
          <dd>{formatBeijing(order.paidAt)}</dd>
        </div>
        <div>
          <dt>发货方式</dt>
          <dd>
            {order.deliveryMode === 'auto' ? '自动发货' : order.deliveryMode === 'manual' ? '手动/直充' : '—'}
          </dd>
        </div>
      </dl>
      {order.promise && <p className="promise">商家承诺：{order.promise.text}</p>}
      {order.undeliveredNotice && <p className="notice">页面提示：{order.undeliveredNotice}</p>}
      <p className="evidence-line">
        <span className="evidence-count">证据 {order.evidenceCount} 份</span>
        {order.cardKeys.length > 0 && <span> · 已记录卡密 {order.cardKeys.length} 条</span>}
      </p>
    </article>
  );
}
