import { useState } from 'react';
import type { OrderRow } from '../lib/model/order';
import type { CaptureState } from '../entrypoints/popup/use-capture';
import { t } from '../lib/i18n/t';
import { CaptureProgress } from './CaptureButtons';

export interface FailurePromptProps {
  orders: OrderRow[];
  state: CaptureState;
  onCapture: (orderKey: string) => void;
}

/**
 * On a page without an order (e.g. the official redeem page saying 卡密已被使用): capture it as a failure prompt
 * linked to the order the buyer picks; the order viewed last is preselected.
 */
export function FailurePrompt({ orders, state, onCapture }: FailurePromptProps) {
  const [choice, setChoice] = useState<string>();
  // Until the buyer chooses, the order viewed last (orders arrive newest first, possibly after first render).
  const picked = choice ?? orders[0]?.key ?? '';
  if (!orders.length) return null;
  return (
    <div className="failure-prompt">
      <p className="muted small">{t('popup_failure_intro')}</p>
      <label className="field">
        <span>{t('popup_failure_link')}</span>
        <select value={picked} onChange={(e) => setChoice(e.target.value)}>
          {orders.map((o) => (
            <option key={o.key} value={o.key} data-page-text>
              {o.orderNo} · {o.product ?? o.site}
            </option>
          ))}
        </select>
      </label>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={state.busy || !picked}
          onClick={() => onCapture(picked)}
        >
          {t('popup_failure_capture')}
        </button>
      </div>
      <CaptureProgress state={state} />
    </div>
  );
}
