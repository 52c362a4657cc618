/**
 * Statuses that say nothing about delivery (issue #6): 退款中 says where the refund stands, and a word CardShield
 * cannot read (a shop's 已驳回) says nothing at all. Read alone, the engine would see "delivery unknown" and drop
 * R1 the moment the buyer files the request; it reads the delivery status the timeline saw last instead. Pure.
 */
import type { EventRow } from '../model/event';
import type { OrderRow, OrderStatus } from '../model/order';
import type { OrderInput } from './input';

const SILENT = new Set<OrderStatus>(['refunding', 'unknown']);
const DELIVERY_STATES = new Set<string>(['awaiting_delivery', 'delivered', 'partially_delivered', 'failed']);

type Row = Pick<OrderRow, 'status' | 'cardKeys'> & Partial<Pick<OrderRow, 'deliveredAt' | 'breachedAt'>>;

/** The order's status, or for a silent one the delivery status seen last (timeline, else keys or a recorded breach). */
export function deliveryStatus(row: Row, events: readonly Pick<EventRow, 'type' | 'data'>[]): OrderStatus {
  if (!SILENT.has(row.status)) return row.status;
  const seen = events
    .filter(
      (e) => (e.type === 'status' || e.type === 'first-seen') && DELIVERY_STATES.has(String(e.data.status)),
    )
    .at(-1);
  if (seen) return seen.data.status as OrderStatus;
  if (row.cardKeys.length || row.deliveredAt) return 'delivered';
  return row.breachedAt ? 'awaiting_delivery' : row.status;
}

/** What the rules read as the order's status: the page's, unless silent and a delivery status was seen before. */
export const effectiveStatus = (o: Pick<OrderInput, 'status' | 'deliveryStatus'>): OrderStatus =>
  SILENT.has(o.status) ? (o.deliveryStatus ?? o.status) : o.status;
