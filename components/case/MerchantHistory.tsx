import { useLiveQuery } from 'dexie-react-hooks';
import { merchantHistory, type MerchantHistory as History } from '../../lib/case-page/merchant-history';
import { siteRecords } from '../../lib/case-page/queries';
import { formatBeijing } from '../../lib/i18n/status';
import { t } from '../../lib/i18n/t';
import type { MessageKey } from '../../lib/i18n/catalog';
import { OUTCOME_KEY, OUTCOME_TONE } from './labels';

const STATS: [keyof History, MessageKey, string][] = [
  ['breached', 'case_mh_breached', 'danger'],
  ['notDelivered', 'case_mh_not_delivered', 'danger'],
  ['deliveredLate', 'case_mh_late', 'warning'],
  ['deliveryFailed', 'case_mh_failed', 'danger'],
  ['refundRejected', 'case_mh_rejected', 'danger'],
  ['refundPending', 'case_mh_pending', 'info'],
  ['refunded', 'case_mh_refunded', 'success'],
];

const SHOWN = 20;

/** The shop's record across the buyer's orders (same site), with its other orders one click away. */
export function MerchantHistory({
  site,
  current,
  onOpen,
}: {
  site: string;
  current: string;
  onOpen: (key: string) => void;
}) {
  const records = useLiveQuery(() => siteRecords(site), [site]);
  if (!records) return <p className="muted small">{t('common_loading')}</p>;
  const h = merchantHistory(site, records.orders, records.cases);
  return (
    <div className="merchant-history">
      <p>{t('case_mh_summary', site, h.total)}</p>
      <dl className="mh-stats" aria-label={t('case_mh_stats')}>
        {STATS.map(([field, key, tone]) => (
          <div key={field} className={Number(h[field]) > 0 ? `mh-stat mh-${tone}` : 'mh-stat'}>
            <dt>{t(key)}</dt>
            <dd>{String(h[field])}</dd>
          </div>
        ))}
      </dl>
      {h.total <= 1 ? (
        <p className="muted small">{t('case_mh_only_this')}</p>
      ) : (
        <ul className="mh-orders" aria-label={t('case_mh_orders')}>
          {h.orders.slice(0, SHOWN).map((o) => (
            <li key={o.key}>
              <button
                type="button"
                className="mh-order"
                aria-current={o.key === current ? 'true' : undefined}
                onClick={() => onOpen(o.key)}
              >
                <span className="mh-order-product">{o.product ?? o.orderNo}</span>
                <span className={`chip chip-${OUTCOME_TONE[o.outcome]}`}>{t(OUTCOME_KEY[o.outcome])}</span>
                <span className="muted small">
                  {o.key === current ? t('case_mh_current') : <span className="mono">{o.orderNo}</span>} ·{' '}
                  {formatBeijing(o.at)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
