import type { OrderRow } from '../lib/model/order';
import { formatBeijing, formatMoney } from '../lib/i18n/status';
import { t } from '../lib/i18n/t';
import { StatusBadge } from './StatusBadge';

export function OrderListItem({ order }: { order: OrderRow }) {
  return (
    <li className="order-item">
      <div className="order-item-main">
        <span className="order-item-product" data-page-text>
          {order.product ?? order.orderNo}
        </span>
        <StatusBadge status={order.status} raw={order.statusText} />
      </div>
      <div className="order-item-sub">
        <span className="mono">{order.orderNo}</span>
        <span>{formatMoney(order.amount)}</span>
        <span className="evidence-count">{t('popup_evidence_count', order.evidenceCount)}</span>
      </div>
      <div className="order-item-sub muted">
        <span data-page-text>{order.site}</span>
        <span>{t('popup_last_seen', formatBeijing(order.lastSeenAt))}</span>
      </div>
    </li>
  );
}
