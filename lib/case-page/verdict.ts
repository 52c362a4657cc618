/**
 * An order's refund verdict for the case page's list and its verdict filter, from light records only: evidence
 * kinds (not bytes), the case record and the product page's after-sales policy. The chat transcript is left out:
 * it only adds warnings, never changes the verdict. The selected order gets the full view (lib/service/case-view).
 */
import { assess, evidenceFromRecords, orderInputFromRow, type Verdict } from '../eligibility';
import type { EventRow } from '../model/event';
import type { EvidenceKind } from '../model/evidence';
import type { OrderRow } from '../model/order';
import { caseWindows, deriveFacts, noRefundNotices } from '../service/case-view';
import type { Settings } from '../settings';
import type { CaseRow } from '../store/cases';

export interface LightRecords {
  kinds: readonly EvidenceKind[];
  row?: CaseRow;
  policies: readonly string[];
  /** Only needed for orders in 退款中 (the delivery status comes from the timeline then). */
  events: readonly EventRow[];
}

export function lightVerdict(order: OrderRow, r: LightRecords, settings: Settings, now: Date): Verdict {
  const a = assess({
    order: orderInputFromRow(order, { timeline: r.events }, settings),
    facts: deriveFacts({ policies: [...r.policies], row: r.row }),
    evidence: evidenceFromRecords(r.kinds, order),
    now: now.toISOString(),
    windows: caseWindows(order, settings),
    chat: [],
    noRefundNotices: noRefundNotices([...r.policies, ...order.noRefundNotices], []),
    case: r.row?.state ?? null,
  });
  return a.verdict;
}

/** Changes whenever something lightVerdict reads changes (the page re-assesses only those orders). */
export function verdictSignature(order: OrderRow, r: LightRecords): string {
  return [
    order.lastSeenAt,
    order.status,
    order.evidenceCount,
    order.breachedAt,
    order.deliveredAt,
    order.promiseOverrideMinutes,
    r.row?.updatedAt,
    r.kinds.length,
    r.policies.length,
    r.events.length,
  ].join('|');
}
