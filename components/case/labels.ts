/** Labels the case page shares between its list, filters and detail. */
import type { Outcome } from '../../lib/case-page/merchant-history';
import { NO_PLATFORM } from '../../lib/case-page/filters';
import type { Verdict } from '../../lib/eligibility/rule-table';
import type { MessageKey } from '../../lib/i18n/catalog';
import { t } from '../../lib/i18n/t';
import { adapters } from '../../lib/platforms';

export const VERDICT_KEY = {
  ELIGIBLE: 'case_verdict_ELIGIBLE',
  CONSENT: 'case_verdict_CONSENT',
  UNLIKELY: 'case_verdict_UNLIKELY',
  UNKNOWN: 'case_verdict_UNKNOWN',
} as const satisfies Record<Verdict, MessageKey>;

export const VERDICT_TONE: Record<Verdict, 'success' | 'warning' | 'danger' | 'neutral'> = {
  ELIGIBLE: 'success',
  CONSENT: 'warning',
  UNLIKELY: 'danger',
  UNKNOWN: 'neutral',
};

export const OUTCOME_KEY = {
  refunded: 'case_outcome_refunded',
  refund_rejected: 'case_outcome_refund_rejected',
  refund_pending: 'case_outcome_refund_pending',
  delivery_failed: 'case_outcome_delivery_failed',
  not_delivered: 'case_outcome_not_delivered',
  delivered_late: 'case_outcome_delivered_late',
  delivered: 'case_outcome_delivered',
  awaiting: 'case_outcome_awaiting',
  other: 'case_outcome_other',
} as const satisfies Record<Outcome, MessageKey>;

export const OUTCOME_TONE: Record<Outcome, 'success' | 'warning' | 'danger' | 'neutral' | 'info'> = {
  refunded: 'success',
  refund_rejected: 'danger',
  refund_pending: 'info',
  delivery_failed: 'danger',
  not_delivered: 'danger',
  delivered_late: 'warning',
  delivered: 'success',
  awaiting: 'warning',
  other: 'neutral',
};

const NAMES = new Map(adapters.map((a) => [a.id, a.name]));

/** A platform id as people know it (adapter names are brand names; the generic heuristic gets a label). */
export function platformName(id: string | null): string {
  if (id === null || id === NO_PLATFORM) return t('case_platform_none');
  if (id === 'generic') return t('case_platform_generic');
  return NAMES.get(id) ?? id;
}
