import { useState } from 'react';
import { browser } from 'wxt/browser';
import { lang, t } from '../lib/i18n/t';
import type { Message } from '../lib/messaging';
import type { FillReply } from '../lib/service/fill';

export interface FillOrder {
  key: string;
  orderNo: string;
  product?: string | null;
  lastSeenAt?: string;
}

export interface FillButtonProps {
  /** The tab whose form is filled. */
  tabId: number;
  /** Known orders of the tab's site. */
  orders: readonly FillOrder[];
  /** Orders shown on the tab's page: preselected (else the one viewed last). */
  currentKeys?: readonly string[];
  /** @default browser.runtime.sendMessage */
  send?: (msg: Message) => Promise<FillReply>;
}

const defaultSend = (msg: Message) => browser.runtime.sendMessage(msg) as Promise<FillReply>;

function preselect(orders: readonly FillOrder[], current: readonly string[]): string {
  const here = orders.find((o) => current.includes(o.key));
  if (here) return here.key;
  const last = [...orders].sort((a, b) => (b.lastSeenAt ?? '').localeCompare(a.lastSeenAt ?? ''))[0];
  return last?.key ?? '';
}

function summary(reply: FillReply): string {
  if (!reply.ok) return reply.error;
  const left = reply.left ?? [];
  const labels = left.map((l) => l.label).join(lang() === 'en' ? ', ' : '、');
  return t('popup_fill_done', reply.filled?.length ?? 0, left.length ? t('popup_fill_left', labels) : '');
}

/** 填写退款申请: fills the refund / complaint / ticket form (or the merchant chat box) in the tab (issue #7). */
export function FillButton({ tabId, orders, currentKeys = [], send = defaultSend }: FillButtonProps) {
  const [picked, setPicked] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const orderKey = picked ?? preselect(orders, currentKeys);

  async function fill() {
    setBusy(true);
    setStatus(t('popup_filling'));
    try {
      const reply = await send({ type: 'fill-form', tabId, ...(orderKey ? { orderKey } : {}) });
      setStatus(reply ? summary(reply) : t('popup_fill_no_reply'));
    } catch (err) {
      setStatus(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="fill-button">
      {orders.length > 1 && (
        <label>
          {t('popup_fill_order')}{' '}
          <select
            aria-label={t('popup_fill_pick')}
            value={orderKey}
            onChange={(e) => setPicked(e.target.value)}
          >
            {orders.map((o) => (
              <option key={o.key} value={o.key} data-page-text>
                {o.orderNo}
                {o.product ? ` · ${o.product}` : ''}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="button" onClick={() => void fill()} disabled={busy}>
        {t('popup_fill_button')}
      </button>
      <p role="status">{status}</p>
    </div>
  );
}
