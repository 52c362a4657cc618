import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { EMPTY_QUERY, formatQuery } from '../lib/case-page/filters';
import { merchantHistory, needsWarning, siteOf } from '../lib/case-page/merchant-history';
import { siteRecords } from '../lib/case-page/queries';
import { t } from '../lib/i18n/t';
import './case/merchant-notice.css';

/**
 * Before buying again (issue #9): on a page of a shop where the buyer's earlier orders were late, never delivered
 * or refused a refund, a short warning with the figures and a link to those orders on the case page. `exclude`:
 * the orders the tab itself shows (the warning is about the shop's other orders). `start`: the popup's own order
 * is on screen — the shop's history (hundreds of rows for a regular shop) is read after it, when the page is idle.
 */
export function MerchantHistoryNotice({
  url,
  exclude = [],
  start = true,
}: {
  url?: string;
  exclude?: readonly string[];
  start?: boolean;
}) {
  const id = useId();
  const site = useIdle(start) ? siteOf(url) : null;
  const records = useLiveQuery(async () => (site ? siteRecords(site) : undefined), [site]);
  if (!site || !records) return null;
  const h = merchantHistory(site, records.orders, records.cases, exclude);
  if (!needsWarning(h)) return null;
  const open = () =>
    void browser.tabs.create({
      url: browser.runtime.getURL('/case.html') + formatQuery({ ...EMPTY_QUERY, q: site }),
    });
  return (
    <section className="merchant-notice" aria-labelledby={id}>
      <h2 id={id}>{t('case_notice_title')}</h2>
      <p>
        {h.breached && h.refundRejected
          ? t('case_notice_both', site, h.total, h.breached, h.refundRejected)
          : h.breached
            ? t('case_notice_breached', site, h.total, h.breached)
            : t('case_notice_refused', site, h.total, h.refundRejected)}{' '}
        {t('case_notice_advice')}
      </p>
      <button type="button" className="link" onClick={open}>
        {t('case_notice_open')}
      </button>
    </section>
  );
}

/** True once `start` is true and the page has had an idle moment (at most 300 ms later). */
function useIdle(start: boolean): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!start || idle) return;
    const handle = requestIdleCallback(() => setIdle(true), { timeout: 300 });
    return () => cancelIdleCallback(handle);
  }, [start, idle]);
  return idle;
}
