import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { breachState, deliveryDeadline, formatDuration } from '../lib/deadlines/breach';
import { refundArrival, arrivalOverdue } from '../lib/deadlines/arrival';
import { resolvePromise, type PromiseSource } from '../lib/deadlines/resolve';
import { countdowns, rulesFor } from '../lib/deadlines/rules';
import type { MessageKey } from '../lib/i18n/catalog';
import { formatBeijing } from '../lib/i18n/status';
import { lang, pick, t } from '../lib/i18n/t';
import type { OrderRow } from '../lib/model/order';
import type { Settings } from '../lib/settings';
import { listEvents } from '../lib/store/events';
import { PromiseOverride } from './PromiseOverride';

const SOURCE: Record<PromiseSource, MessageKey> = {
  override: 'popup_source_override',
  page: 'popup_source_page',
  'product-page': 'popup_source_product_page',
  'mode-default': 'popup_source_mode_default',
  'platform-default': 'popup_source_platform_default',
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
  const en = lang() === 'en';
  const dur = (ms: number) => formatDuration(ms, lang());

  return (
    <div className="deadlines">
      {deadline && (
        <p className={`deadline ${state.state === 'breached' ? 'overdue' : ''}`} role="status">
          <strong>{t('popup_delivery_due', formatBeijing(deadline.dueAt))}</strong>
          <span>
            {state.state === 'breached'
              ? t('popup_overtime', dur(state.msOver))
              : state.state === 'pending'
                ? t('popup_remaining', dur(state.msLeft))
                : ''}
          </span>
          <span className="muted small">
            {t('common_minutes', promise.minutes)} · {t(SOURCE[promise.source])}
            {deadline.estimate ? ` · ${t('popup_deadline_estimate')}` : ''}
          </span>
          <button type="button" className="link small" onClick={() => setEditing((v) => !v)}>
            {t('popup_edit_limit')}
          </button>
        </p>
      )}
      {order.breachedAt && (
        <p className="breach-mark">{t('popup_breach_recorded', formatBeijing(order.breachedAt))}</p>
      )}
      {editing && <PromiseOverride order={order} onDone={() => setEditing(false)} />}
      {windows.length > 0 && (
        <ul className="windows" aria-label={t('popup_windows')}>
          {windows.map((c) => (
            <li
              key={c.rule.id}
              className={c.passed && c.rule.kind === 'closes' ? 'overdue' : ''}
              title={en ? c.rule.basisEn : c.rule.basis}
            >
              <span>{pick(c.rule)}</span>
              <span>
                {c.rule.kind === 'opens'
                  ? c.passed
                    ? t('popup_window_open_now')
                    : t('popup_window_opens_in', dur(c.msLeft))
                  : c.passed
                    ? t('popup_window_expired')
                    : t('popup_left', dur(c.msLeft))}
              </span>
            </li>
          ))}
        </ul>
      )}
      {arrival && (
        <p className={`arrival ${arrivalOverdue(arrival, now) ? 'overdue' : ''}`}>
          {arrival.by
            ? t('popup_arrival_by', en ? arrival.noteEn : arrival.noteZh, formatBeijing(arrival.by))
            : t('popup_arrival', en ? arrival.noteEn : arrival.noteZh)}
          {arrival.warnZh && <span className="small"> {en ? arrival.warnEn : arrival.warnZh}</span>}
        </p>
      )}
    </div>
  );
}
