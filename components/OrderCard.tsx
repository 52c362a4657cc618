import type { OrderRow } from '../lib/model/order';
import { formatBeijing, formatMoney } from '../lib/i18n/status';
import { t } from '../lib/i18n/t';
import { StatusBadge } from './StatusBadge';

/**
 * The order on the page the popup looks at: facts first, then what CardShield holds as evidence. The shop's own
 * words (product, promise, notices) are marked data-page-text: they stay as the page wrote them.
 */
export function OrderCard({ order }: { order: OrderRow }) {
  return (
    <article className="order-card" aria-label={t('popup_order_label', order.orderNo)}>
      <header className="order-card-head">
        <h3 className="order-product" data-page-text={order.product ? '' : undefined}>
          {order.product ?? t('popup_unknown_product')}
        </h3>
        <StatusBadge status={order.status} raw={order.statusText} />
      </header>
      <dl className="facts">
        <div>
          <dt>{t('popup_order_no')}</dt>
          <dd className="mono">{order.orderNo}</dd>
        </div>
        <div>
          <dt>{t('popup_paid_amount')}</dt>
          <dd>{formatMoney(order.amount)}</dd>
        </div>
        <div>
          <dt>{t('popup_paid_at')}</dt>
          <dd>{formatBeijing(order.paidAt)}</dd>
        </div>
        <div>
          <dt>{t('popup_delivery_mode')}</dt>
          <dd>
            {order.deliveryMode === 'auto'
              ? t('popup_mode_auto')
              : order.deliveryMode === 'manual'
                ? t('popup_mode_manual')
                : '—'}
          </dd>
        </div>
      </dl>
      {order.promise && (
        <p className="promise">
          {t('popup_promise_label')}
          <span data-page-text>{order.promise.text}</span>
        </p>
      )}
      {order.undeliveredNotice && (
        <p className="notice">
          {t('popup_notice_label')}
          <span data-page-text>{order.undeliveredNotice}</span>
        </p>
      )}
      <p className="evidence-line">
        <span className="evidence-count">{t('popup_evidence_count', order.evidenceCount)}</span>
        {order.cardKeys.length > 0 && <span> · {t('popup_keys_count', order.cardKeys.length)}</span>}
      </p>
    </article>
  );
}
