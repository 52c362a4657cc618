import type { OrderRow } from '../lib/model/order';
import { formatBeijing, formatMoney } from '../lib/i18n/status';
import { StatusBadge } from './StatusBadge';

export function OrderListItem({ order }: { order: OrderRow }) {
  return (
    <li className="order-item">
      <div className="order-item-main">
        <span className="order-item-product">{order.product ?? order.orderNo}</span>
        <StatusBadge status={order.status} raw={order.statusText} />
      </div>
      <div className="order-item-sub">
        <span className="mono">{order.orderNo}</span>
        <span>{formatMoney(order.amount)}</span>
        <span className="evidence-count">证据 {order.evidenceCount} 份</span>
      </div>
      <div className="order-item-sub muted">
        <span>{order.site}</span>
        <span>最近查看 {formatBeijing(order.lastSeenAt)}</span>
      </div>
    </li>
  );
}
