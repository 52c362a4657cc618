/** OrderRow (what the extension stored) → the engine's order input. Pure. */
import type { OrderSnapshot } from '../model/order';
import type { OrderInput } from './input';

export interface OrderExtras {
  itemType?: 'virtual' | 'physical';
  /** First time a key was seen (e.g. the card-key evidence's capturedAt): the delivery time (电商法 Art. 51 ¶2). */
  deliveredAt?: string | null;
  signedAt?: string | null;
  directCharge?: boolean | null;
}

export function orderInputFromRow(row: OrderSnapshot, extra: OrderExtras = {}): OrderInput {
  return {
    status: row.status,
    amount: row.amount,
    paidAt: row.paidAt,
    deliveryMode: row.deliveryMode,
    cardKeys: row.cardKeys,
    itemType: extra.itemType ?? 'virtual',
    promiseMinutes: row.promise?.minutes ?? null,
    orderNo: row.orderNo,
    product: row.product,
    quantity: row.quantity,
    promiseText: row.promise?.text ?? null,
    deliveredAt: extra.deliveredAt ?? null,
    signedAt: extra.signedAt ?? null,
    directCharge: extra.directCharge ?? null,
  };
}
