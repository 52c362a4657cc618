import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo } from 'react';
import { browser } from 'wxt/browser';
import { OrderDetail } from '../../components/case/OrderDetail';
import { OrderFilters } from '../../components/case/OrderFilters';
import { OrderList } from '../../components/case/OrderList';
import { ShieldLogo } from '../../components/ShieldLogo';
import { facets, filterOrders, formatQuery, isFiltered, type CaseQuery } from '../../lib/case-page/filters';
import { listAllOrders } from '../../lib/case-page/queries';
import { t } from '../../lib/i18n/t';
import type { OrderRow } from '../../lib/model/order';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { useNow } from '../popup/use-settings';
import { useCaseQuery } from './use-case-query';
import { useStoredSettings } from '../../components/use-stored-settings';
import { useVerdicts } from './use-verdicts';
import { EmptyState } from './EmptyState';

/** The list's identity: a new filter starts the list from its first page again. */
const listKey = (q: CaseQuery) => formatQuery({ ...q, order: null });

export function App() {
  const [query, update] = useCaseQuery();
  const orders = useLiveQuery(() => listAllOrders(), []);
  const settings = useStoredSettings();
  const { verdicts, pending } = useVerdicts(orders, settings);
  const filter = useDeferredValue(query);
  const matched = useMemo(
    () => orders && filterOrders(orders, filter, (k) => verdicts.get(k)),
    [orders, filter, verdicts],
  );
  const options = useMemo(() => facets(orders ?? []), [orders]);
  const selected = query.order ? orders?.find((o) => o.key === query.order) : undefined;
  const open = (key: string) => update({ order: key }, 'push');

  return (
    <div className="case-page">
      <a className="skip-link" href="#case-main">
        {t('case_skip_to_detail')}
      </a>
      <header className="case-top">
        <ShieldLogo />
        <div>
          <h1>{t('case_heading')}</h1>
          <p className="tagline">{t('case_tagline')}</p>
        </div>
        <a
          className="case-top-link"
          href={browser.runtime.getURL('/export.html')}
          target="_blank"
          rel="noreferrer"
        >
          {t('case_export_page')}
        </a>
        <a
          className="case-top-link"
          href={browser.runtime.getURL('/options.html')}
          target="_blank"
          rel="noreferrer"
        >
          {t('common_open_settings')}
        </a>
      </header>

      <div className="case-panes">
        <nav className="case-list-pane" aria-labelledby="case-list-heading">
          <h2 id="case-list-heading">{t('case_list_heading')}</h2>
          <OrderFilters query={query} options={options} onChange={(patch) => update(patch)} />
          <p role="status" className="case-count small muted">
            {!orders
              ? t('case_loading')
              : isFiltered(filter)
                ? t('case_count_filtered', matched?.length ?? 0, orders.length)
                : t('case_count', orders.length)}
            {filter.verdict && pending && orders ? ` · ${t('case_verdicts_pending')}` : ''}
          </p>
          {orders && orders.length === 0 && <EmptyState title="case_empty_title" hint="case_empty_hint" />}
          {orders && orders.length > 0 && matched?.length === 0 && (
            <EmptyState
              title="case_no_match_title"
              hint="case_no_match_hint"
              action={{
                label: t('case_filters_clear'),
                run: () => update({ q: '', platform: '', status: '', breach: '', verdict: '' }),
              }}
            />
          )}
          {matched && matched.length > 0 && (
            <OrderList
              key={listKey(filter)}
              orders={matched}
              selected={query.order}
              verdicts={verdicts}
              onOpen={open}
            />
          )}
        </nav>

        <main id="case-main" className="case-detail-pane" tabIndex={-1}>
          <Detail query={query} orders={orders} selected={selected} open={open} settings={settings} />
        </main>
      </div>
      <footer className="case-foot muted small">
        <p>{t('common_disclaimer')}</p>
        <p>{t('case_local_only')}</p>
      </footer>
    </div>
  );
}

function Detail({
  query,
  orders,
  selected,
  open,
  settings,
}: {
  query: CaseQuery;
  orders: readonly OrderRow[] | undefined;
  selected: OrderRow | undefined;
  open: (key: string) => void;
  settings: Settings | undefined;
}) {
  const now = useNow();
  if (selected)
    return <OrderDetail order={selected} settings={settings ?? DEFAULT_SETTINGS} now={now} onOpen={open} />;
  if (query.order && orders)
    return <EmptyState title="case_not_found_title" hint="case_not_found_hint" heading={2} />;
  return <EmptyState title="case_select_title" hint="case_select_hint" heading={2} />;
}
