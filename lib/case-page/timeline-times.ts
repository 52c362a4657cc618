/** Timeline entries for times rather than events: the delivery deadline and the refund's expected arrival. */
import { channelOf } from '../deadlines/arrival';
import { deliveryDeadline } from '../deadlines/breach';
import { resolvePromise } from '../deadlines/resolve';
import type { RefundChannel } from '../eligibility/case-model';
import { refundEta } from '../eligibility/refund-eta';
import type { EventRow } from '../model/event';
import type { OrderRow } from '../model/order';
import type { Settings } from '../settings';
import type { CaseRow } from '../store/cases';
import { channelKey } from './timeline-steps';
import type { Draft, Line } from './timeline-types';

/** The delivery deadline the order is held to: from the breach record when there is one, else computed now. */
export function dueEntry(
  order: OrderRow,
  events: readonly EventRow[],
  settings: Settings,
  now: Date,
): Draft[] {
  const promise = resolvePromise(order, settings);
  const breach = events.find((e) => e.type === 'breach');
  const recorded = typeof breach?.data.dueAt === 'string' ? breach.data.dueAt : null;
  const running = deliveryDeadline(order, promise)?.dueAt;
  // Without a payment time, a deadline is shown only while it runs or as the breach recorded it (not for unpaid).
  const afterPayment = order.paidAt
    ? new Date(Date.parse(order.paidAt) + promise.minutes * 60_000).toISOString()
    : undefined;
  const dueAt = recorded ?? running ?? afterPayment;
  if (!dueAt || !Number.isFinite(Date.parse(dueAt))) return [];
  const delivered = order.deliveredAt !== null && Date.parse(order.deliveredAt) <= Date.parse(dueAt);
  const details: Line[] = [
    promise.text
      ? { key: 'case_tl_due_stated', subs: [promise.minutes] }
      : {
          key: promise.source === 'override' ? 'case_tl_due_override' : 'case_tl_due_default',
          subs: [promise.minutes],
        },
  ];
  if (promise.text) details.push({ text: promise.text });
  if (!order.paidAt) details.push({ key: 'case_tl_due_from_first_seen' });
  const future = Date.parse(dueAt) > now.getTime();
  return [
    {
      id: 'due',
      at: dueAt,
      kind: 'due',
      tone: delivered || future ? 'neutral' : order.breachedAt ? 'danger' : 'neutral',
      title: { key: delivered ? 'case_tl_due_met' : 'case_tl_due' },
      details,
      expected: future,
    },
  ];
}

/** When the refund should arrive: the case's recorded refund, else the shop's 已退款 by its pay method. */
export function etaEntry(order: OrderRow, events: readonly EventRow[], row: CaseRow | undefined): Draft[] {
  const s = row?.state;
  if (s?.arrival) return [];
  let channel: RefundChannel;
  let at: string;
  let given: string | null = null;
  if (s?.refund) ({ channel, at, estimate: given } = s.refund);
  else {
    const refunded = events.find((e) => e.type === 'status' && e.data.status === 'refunded');
    if (order.status !== 'refunded' || !refunded) return [];
    channel = channelOf(order.payMethod);
    at = refunded.at;
  }
  const eta = refundEta(channel, at, given);
  if (!eta.eta) return [];
  return [
    {
      id: 'eta',
      at: eta.eta,
      kind: 'refund-eta',
      tone: 'info',
      title: { key: eta.estimate ? 'case_tl_refund_eta_estimate' : 'case_tl_refund_eta' },
      details: [{ key: channelKey(channel) }, { pair: { zh: eta.zh, en: eta.en } }],
      expected: true,
    },
  ];
}
