import { useId } from 'react';
import { isFiltered, VERDICTS, type CaseQuery } from '../../lib/case-page/filters';
import { statusLabel } from '../../lib/i18n/status';
import { t } from '../../lib/i18n/t';
import type { OrderStatus } from '../../lib/model/order';
import { platformName, VERDICT_KEY } from './labels';

export interface FilterOptions {
  platforms: { id: string; count: number }[];
  statuses: { id: OrderStatus; count: number }[];
}

type Field = 'platform' | 'status' | 'breach' | 'verdict';
type Patch = Partial<Omit<CaseQuery, 'order'>>;
type Choice = { value: string; label: string };

const CLEARED: Patch = { q: '', platform: '', status: '', breach: '', verdict: '' };

/** Search box and the four filters of the list; every change lands in the page URL (the caller's `onChange`). */
export function OrderFilters({
  query,
  options,
  onChange,
}: {
  query: CaseQuery;
  options: FilterOptions;
  onChange: (patch: Patch) => void;
}) {
  const id = useId();
  const count = (label: string, n: number) => t('case_filter_option_count', label, n);
  const current = (field: Field, label: (value: string) => string): Choice[] => {
    const v = query[field];
    return v ? [{ value: v, label: label(v) }] : [];
  };
  const select = (field: Field, label: string, listed: Choice[], fallback: Choice[] = []) => {
    // A value from the URL that no order has (any more) stays selectable: the menu shows what filters the list.
    const choices = listed.some((c) => c.value === query[field]) ? listed : [...listed, ...fallback];
    return (
      <div className="field">
        <label htmlFor={`${id}-${field}`}>{label}</label>
        <select
          id={`${id}-${field}`}
          value={query[field]}
          onChange={(e) => onChange({ [field]: e.target.value } as Patch)}
        >
          <option value="">{t('case_filter_all')}</option>
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
    );
  };
  return (
    <form
      role="search"
      aria-label={t('case_filters')}
      className="case-filters"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="field case-search">
        <label htmlFor={`${id}-q`}>{t('case_search_label')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={query.q}
          placeholder={t('case_search_placeholder')}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => onChange({ q: e.target.value })}
        />
      </div>
      <div className="case-filter-grid">
        {select(
          'platform',
          t('case_filter_platform'),
          options.platforms.map((p) => ({ value: p.id, label: count(platformName(p.id), p.count) })),
          current('platform', platformName),
        )}
        {select(
          'status',
          t('case_filter_status'),
          options.statuses.map((s) => ({ value: s.id, label: count(statusLabel(s.id), s.count) })),
          current('status', (v) => statusLabel(v as OrderStatus)),
        )}
        {select('breach', t('case_filter_breach'), [
          { value: 'yes', label: t('case_breach_yes') },
          { value: 'no', label: t('case_breach_no') },
        ])}
        {select(
          'verdict',
          t('case_filter_verdict'),
          VERDICTS.map((v) => ({ value: v, label: t(VERDICT_KEY[v]) })),
        )}
      </div>
      {isFiltered(query) && (
        <button type="button" className="secondary compact" onClick={() => onChange(CLEARED)}>
          {t('case_filters_clear')}
        </button>
      )}
    </form>
  );
}
