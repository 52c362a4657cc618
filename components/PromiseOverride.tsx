import { useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../lib/i18n/t';
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
        else setError(t('popup_override_bad'));
      }}
    >
      <label className="field">
        <span>{t('popup_override_label')}</span>
        <input
          inputMode="numeric"
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          aria-describedby="override-error"
        />
      </label>
      <div className="actions">
        <button type="submit" className="secondary">
          {t('common_save')}
        </button>
        {order.promiseOverrideMinutes && (
          <button type="button" className="link" onClick={() => void save(null)}>
            {t('popup_override_reset')}
          </button>
        )}
      </div>
      <span id="override-error" role="alert" className="bad small">
        {error}
      </span>
    </form>
  );
}
