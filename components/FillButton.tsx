import { useState } from 'react';
import { browser } from 'wxt/browser';
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
  const rest = left.length ? `；还需你处理：${left.map((l) => l.label).join('、')}` : '';
  return `已填写 ${reply.filled?.length ?? 0} 项${rest}。卡盾不会提交，请核对后自行提交。`;
}

/** 填写退款申请: fills the refund / complaint / ticket form (or the merchant chat box) in the tab (issue #7). */
export function FillButton({ tabId, orders, currentKeys = [], send = defaultSend }: FillButtonProps) {
  const [picked, setPicked] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const orderKey = picked ?? preselect(orders, currentKeys);

  async function fill() {
    setBusy(true);
    setStatus('正在填写…');
    try {
      const reply = await send({ type: 'fill-form', tabId, ...(orderKey ? { orderKey } : {}) });
      setStatus(reply ? summary(reply) : '没有收到回应，请重试');
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
          订单{' '}
          <select aria-label="要填写的订单" value={orderKey} onChange={(e) => setPicked(e.target.value)}>
            {orders.map((o) => (
              <option key={o.key} value={o.key}>
                {o.orderNo}
                {o.product ? ` · ${o.product}` : ''}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="button" onClick={() => void fill()} disabled={busy}>
        填写退款申请
      </button>
      <p role="status">{status}</p>
    </div>
  );
}
