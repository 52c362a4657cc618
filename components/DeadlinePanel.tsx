import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { breachState, deliveryDeadline, formatDuration } from '../lib/deadlines/breach';
import { refundArrival, arrivalOverdue } from '../lib/deadlines/arrival';
import { resolvePromise, type PromiseSource } from '../lib/deadlines/resolve';
import { countdowns, rulesFor } from '../lib/deadlines/rules';
import { formatBeijing } from '../lib/i18n/status';
import type { OrderRow } from '../lib/model/order';
import type { Settings } from '../lib/settings';
import { listEvents } from '../lib/store/events';
import { PromiseOverride } from './PromiseOverride';

const SOURCE: Record<PromiseSource, string> = {
  override: '你设置的时限',
  page: '订单页写明',
  'product-page': '下单前商品页写明',
  'mode-default': '自动发货默认',
  'platform-default': '人工发货平台默认',
};

/** Delivery deadline with countdown, the platform's case windows, and the refund's expected arrival. */
export function DeadlinePanel({ order, settings, now }: { order: OrderRow; settings: Settings; now: Date }) {
  const events = useLiveQuery(() => listEvents(order.key), [order.key]) ?? [];
  const [editing, setEditing] = useState(false);
  const promise = resolvePromise(order, settings);
  const deadline = deliveryDeadline(order, promise);
  const state = breachState(deadline, now);
  const at = (type: string, pred: (d: Record<string, unknown>) => boolean = () => true) =>
    events.find((e) => e.type === type && pred(e.data))?.at ?? null;
  const anchors = { paid: order.paidAt, delivered: order.deliveredAt, refundRequested: at('form-submitted') };
  const windows = countdowns(
    rulesFor(order.platform, order.payMethod, settings.deadlineOverrides),
    anchors,
    now,
  );
  const refundedAt = order.status === 'refunded' ? at('status', (d) => d.status === 'refunded') : null;
  const arrival = refundedAt ? refundArrival(order.payMethod, new Date(refundedAt)) : null;

  return (
    <div className="deadlines">
      {deadline && (
        <p className={`deadline ${state.state === 'breached' ? 'overdue' : ''}`} role="status">
          <strong>发货期限 {formatBeijing(deadline.dueAt)}</strong>
          <span>
            {state.state === 'breached'
              ? `已超时 ${formatDuration(state.msOver)}`
              : state.state === 'pending'
                ? `剩余 ${formatDuration(state.msLeft)}`
                : ''}
          </span>
          <span className="muted small">
            {promise.minutes} 分钟 · {SOURCE[promise.source]}
            {deadline.estimate ? ' · 页面无付款时间，按首次看到估算' : ''}
          </span>
          <button type="button" className="link small" onClick={() => setEditing((v) => !v)}>
            修改时限
          </button>
        </p>
      )}
      {order.breachedAt && <p className="breach-mark">已记录超时：{formatBeijing(order.breachedAt)}</p>}
      {editing && <PromiseOverride order={order} onDone={() => setEditing(false)} />}
      {windows.length > 0 && (
        <ul className="windows" aria-label="维权期限">
          {windows.map((c) => (
            <li
              key={c.rule.id}
              className={c.passed && c.rule.kind === 'closes' ? 'overdue' : ''}
              title={c.rule.basis}
            >
              <span>{c.rule.zh}</span>
              <span>
                {c.rule.kind === 'opens'
                  ? c.passed
                    ? '现在可以申请'
                    : `${formatDuration(c.msLeft)}后可申请`
                  : c.passed
                    ? '已过期'
                    : `剩 ${formatDuration(c.msLeft)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {arrival && (
        <p className={`arrival ${arrivalOverdue(arrival, now) ? 'overdue' : ''}`}>
          退款到账：{arrival.noteZh}
          {arrival.by && `（预计 ${formatBeijing(arrival.by)} 前）`}
          {arrival.warnZh && <span className="small"> {arrival.warnZh}</span>}
        </p>
      )}
    </div>
  );
}
