import type { OrderStatus } from '../lib/model/order';
import { STATUS_LABEL } from '../lib/i18n/status';

export function StatusBadge({ status, raw }: { status: OrderStatus; raw: string | null }) {
  const { zh, tone } = STATUS_LABEL[status];
  return (
    <span className={`badge badge-${tone}`} title={raw ? `页面显示：${raw}` : undefined}>
      {zh}
    </span>
  );
}
