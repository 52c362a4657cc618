import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { browser } from 'wxt/browser';
import { EMPTY_QUERY, formatQuery } from '../lib/case-page/filters';
import { merchantHistory, needsWarning, siteOf } from '../lib/case-page/merchant-history';
import { siteRecords } from '../lib/case-page/queries';
import { t } from '../lib/i18n/t';
import './case/merchant-notice.css';

/**
 * Before buying again (issue #9): on a page of a shop where the buyer's earlier orders were late, never delivered
 * or refused a refund, a short warning with the figures and a link to those orders on the case page. `exclude`:
 * the orders the tab itself shows (the warning is about the shop's other orders).
 */
export function MerchantHistoryNotice({ url, exclude = [] }: { url?: string; exclude?: readonly string[] }) {
  const id = useId();
  const site = siteOf(url);
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
