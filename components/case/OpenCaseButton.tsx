import { browser } from 'wxt/browser';
import { EMPTY_QUERY, formatQuery } from '../../lib/case-page/filters';
import { t } from '../../lib/i18n/t';
import './open-case.css';

/** 打开维权中心 (popup): opens the case page in a tab, on `orderKey` when the popup shows an order. */
export function OpenCaseButton({ orderKey }: { orderKey?: string }) {
  const open = () =>
    void browser.tabs.create({
      url: browser.runtime.getURL('/case.html') + formatQuery({ ...EMPTY_QUERY, order: orderKey ?? null }),
    });
  return (
    <button type="button" className="link open-case" onClick={open}>
      {t('common_open_case_page')}
    </button>
  );
}
