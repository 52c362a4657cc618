import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { CaptureButtons } from '../../components/CaptureButtons';
import { DeadlinePanel } from '../../components/DeadlinePanel';
import { EligibilityPanel } from '../../components/EligibilityPanel';
import { EvidenceGallery } from '../../components/EvidenceGallery';
import { FailurePrompt } from '../../components/FailurePrompt';
import { FillButton } from '../../components/FillButton';
import { MerchantHistoryNotice } from '../../components/MerchantHistoryNotice';
import { OpenCaseButton } from '../../components/case/OpenCaseButton';
import { OrderCard } from '../../components/OrderCard';
import { OrderListItem } from '../../components/OrderListItem';
import { PauseSiteToggle } from '../../components/PauseSiteToggle';
import { ShieldLogo } from '../../components/ShieldLogo';
import { t } from '../../lib/i18n/t';
import { getOrders, listOrders } from '../../lib/store/orders';
import { getTargetTabId } from './get-target-tab';
import { useCapture } from './use-capture';
import { formatBytes, useStorageAlert, useUsage } from './use-storage';
import { useNow, useSettings } from './use-settings';
import { useTabState } from './use-tab-state';

export function App() {
  const [tabId, setTabId] = useState<number | undefined>();
  useEffect(() => void getTargetTabId().then(setTabId), []);
  const tab = useTabState(tabId);
  const keys = tab?.orderKeys ?? [];
  const current = useLiveQuery(() => getOrders(keys), [keys.join('\n')]);
  const recent = useLiveQuery(() => listOrders(30), []);
  // Refund / complaint / ticket forms and merchant chats can be filled; the orders are those of the tab's site.
  const fillable = !!tab && (tab.kinds.includes('refund-form') || tab.kinds.includes('chat'));
  const site = tab ? new URL(tab.url).host : '';
  const siteOrders = (recent ?? []).filter((o) => o.site === site);
  const { state, run } = useCapture(tabId);
  const [alert, dismissAlert] = useStorageAlert();
  const used = useUsage();
  const settings = useSettings();
  const now = useNow();

  const ready = !!tab && current?.length === keys.length && !!recent;

  return (
    // data-ready: the tab's state, its orders and the order list are loaded (bench and e2e wait on it).
    <div className="popup" data-ready={ready ? '' : undefined}>
      <header className="brand">
        <ShieldLogo />
        <div>
          <h1>{t('common_brand')}</h1>
          <p className="tagline">{t('common_tagline')}</p>
        </div>
      </header>

      {alert && (
        <div role="alert" className="alert">
          <span>{alert.kind === 'storage-full' ? t('popup_storage_full') : alert.message}</span>
          <button type="button" className="link" onClick={dismissAlert}>
            {t('common_dismiss')}
          </button>
        </div>
      )}

      <MerchantHistoryNotice url={tab?.url} exclude={keys} start={ready} />
      <section aria-label={t('popup_current_page')} className="panel">
        <h2>{t('popup_current_page')}</h2>
        {current && current.length > 0 ? (
          <>
            {current.map((o) => (
              <div key={o.key} className="order-block">
                <OrderCard order={o} />
                <DeadlinePanel order={o} settings={settings} now={now} />
                <EligibilityPanel order={o} settings={settings} now={now}>
                  <EvidenceGallery orderKey={o.key} />
                </EligibilityPanel>
              </div>
            ))}
            {fillable && tabId !== undefined && (
              <FillButton tabId={tabId} orders={siteOrders} currentKeys={keys} />
            )}
            <CaptureButtons
              state={state}
              onViewport={() => void run({ mode: 'viewport' }, () => t('popup_saved_viewport'))}
              onFullPage={() => void run({ mode: 'full-page' }, () => t('popup_saved_fullpage'))}
              onArchive={() => void run({ mode: 'archive' }, () => t('popup_saved_archive'))}
            />
          </>
        ) : (
          <>
            <p className="empty">{tab?.kinds.length ? t('popup_empty_shop') : t('popup_empty_not_order')}</p>
            {fillable && tabId !== undefined && (
              <FillButton tabId={tabId} orders={siteOrders} currentKeys={keys} />
            )}
            <FailurePrompt
              orders={recent ?? []}
              state={state}
              onCapture={(orderKey) =>
                void run({ mode: 'viewport', kind: 'failure-prompt', orderKey }, (no) =>
                  t('popup_saved_failure', no ?? ''),
                )
              }
            />
          </>
        )}
      </section>

      <section aria-labelledby="recent-title" className="panel">
        <h2 id="recent-title">{t('popup_my_orders')}</h2>
        <p className="small">
          <a href={browser.runtime.getURL('/export.html')} target="_blank" rel="noreferrer">
            {t('popup_export_link')}
          </a>
          <OpenCaseButton orderKey={keys[0]} />
        </p>
        {recent && recent.length > 0 ? (
          <ul role="list" aria-label={t('popup_my_orders')} className="order-list">
            {recent.map((o) => (
              <OrderListItem key={o.key} order={o} />
            ))}
          </ul>
        ) : (
          <p className="empty">{t('popup_no_orders')}</p>
        )}
      </section>
      <PauseSiteToggle tabId={tabId} />
      <footer className="foot muted">
        {/* Shown once, under the verdicts (refund-rules.md: the UI says the rules are no legal advice). */}
        {current && current.length > 0 && <p className="disclaimer">{t('common_disclaimer')}</p>}
        {t('popup_local_only')}
        {used !== undefined && <span> {t('popup_storage_used', formatBytes(used))}</span>}
      </footer>
    </div>
  );
}
