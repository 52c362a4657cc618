import type { OrderStatus } from '../lib/model/order';
import { STATUS_LABEL, statusLabel } from '../lib/i18n/status';
import { t } from '../lib/i18n/t';

/** The normalised status; the page's own wording (shop text) in the tooltip. */
export function StatusBadge({ status, raw }: { status: OrderStatus; raw: string | null }) {
  return (
    <span
      className={`badge badge-${STATUS_LABEL[status].tone}`}
      title={raw ? t('popup_status_raw', raw) : undefined}
      data-page-title={raw ? '' : undefined}
    >
      {statusLabel(status)}
    </span>
  );
}
