import { useState } from 'react';
import { browser } from 'wxt/browser';
import type { Reply } from '../lib/messaging';
import type { OrderRow } from '../lib/model/order';

/** The buyer's own delivery time limit for one order (e.g. the merchant promised it in chat). */
export function PromiseOverride({ order, onDone }: { order: OrderRow; onDone: () => void }) {
  const [minutes, setMinutes] = useState(String(order.promiseOverrideMinutes ?? ''));
  const [error, setError] = useState('');
  const save = async (value: number | null) => {
    const reply = (await browser.runtime.sendMessage({
      type: 'set-promise',
      orderKey: order.key,
      minutes: value,
    })) as Reply;
    if (reply.ok) onDone();
    else setError(reply.error);
  };
  return (
    <form
      className="override"
      onSubmit={(e) => {
        e.preventDefault();
        const n = Number(minutes);
        if (Number.isInteger(n) && n > 0) void save(n);
        else setError('请输入正整数分钟数');
      }}
    >
      <label className="field">
        <span>商家承诺的发货时限（分钟）</span>
        <input
          inputMode="numeric"
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          aria-describedby="override-error"
        />
      </label>
      <div className="actions">
        <button type="submit" className="secondary">
          保存
        </button>
        {order.promiseOverrideMinutes && (
          <button type="button" className="link" onClick={() => void save(null)}>
            恢复页面承诺
          </button>
        )}
      </div>
      <span id="override-error" role="alert" className="bad small">
        {error}
      </span>
    </form>
  );
}
