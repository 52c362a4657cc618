/**
 * Which orders the settings page offers for clean-up, and which of them count as closed cases. Pure: works on
 * rows read by the page (metadata only, no bytes).
 */
import { CLEANUP_META, isRemovable } from '../evidence/cleanup';
import type { EvidenceRow } from '../model/evidence';
import type { OrderRow } from '../model/order';

const CLOSED_STATUS: ReadonlySet<OrderRow['status']> = new Set(['refunded', 'closed']);

export interface CaseInfo {
  /** The five-step case ended (refunded or abandoned) at this time. */
  doneAt: string | null;
}

export interface CleanupEntry {
  order: OrderRow;
  /** Screenshots / archives still stored (not named by a clean-up record). */
  files: number;
  bytes: number;
  closed: boolean;
  /** When the case closed, as far as CardShield knows (case end, else the order last seen). */
  closedAt: string | null;
}

/** Closed: the shop says refunded / closed, or the buyer's case ended. */
export function closedAt(order: OrderRow, kase: CaseInfo | undefined): string | null {
  if (kase?.doneAt) return kase.doneAt;
  return CLOSED_STATUS.has(order.status) ? order.lastSeenAt : null;
}

/** Closed for more than `days` days at `now`. */
export function isClosedLongAgo(entry: Pick<CleanupEntry, 'closedAt'>, now: Date, days: number): boolean {
  return entry.closedAt !== null && now.getTime() - Date.parse(entry.closedAt) > days * 86_400_000;
}

/** Seqs named by the order's clean-up records (their meta; verification reads the records' bytes instead). */
function removedSeqs(rows: readonly EvidenceRow[]): Set<number> {
  const out = new Set<number>();
  for (const r of rows)
    if (r.kind === 'note' && r.meta[CLEANUP_META] === true && typeof r.meta.removedSeqs === 'string')
      for (const s of r.meta.removedSeqs.split(',')) out.add(Number(s));
  return out;
}

/** Orders with files left to remove, closed cases first (oldest first), then the rest by last seen. */
export function cleanupEntries(
  orders: readonly OrderRow[],
  evidence: readonly EvidenceRow[],
  cases: ReadonlyMap<string, CaseInfo>,
): CleanupEntry[] {
  const byOrder = new Map<string, EvidenceRow[]>();
  for (const r of evidence) byOrder.set(r.orderKey, [...(byOrder.get(r.orderKey) ?? []), r]);
  const entries: CleanupEntry[] = [];
  for (const order of orders) {
    const rows = byOrder.get(order.key) ?? [];
    const gone = removedSeqs(rows);
    const left = rows.filter((r) => isRemovable(r) && !gone.has(r.seq));
    if (!left.length) continue;
    const at = closedAt(order, cases.get(order.key));
    entries.push({
      order,
      files: left.length,
      bytes: left.reduce((n, r) => n + r.size, 0),
      closed: at !== null,
      closedAt: at,
    });
  }
  return entries.sort(
    (a, b) =>
      Number(b.closed) - Number(a.closed) ||
      (a.closed
        ? Date.parse(a.closedAt!) - Date.parse(b.closedAt!)
        : b.order.lastSeenAt.localeCompare(a.order.lastSeenAt)),
  );
}
