import { useState } from 'react';
import type { OrderRow } from '../lib/model/order';
import type { CaptureState } from '../entrypoints/popup/use-capture';
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
      <p className="muted small">兑换失败、充值未到账？截下这个页面的提示，作为该订单的证据。</p>
      <label className="field">
        <span>关联到订单</span>
        <select value={picked} onChange={(e) => setChoice(e.target.value)}>
          {orders.map((o) => (
            <option key={o.key} value={o.key}>
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
          截取失败提示
        </button>
      </div>
      <CaptureProgress state={state} />
    </div>
  );
}
