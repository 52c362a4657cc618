import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { CaptureButtons } from '../../components/CaptureButtons';
import { DeadlinePanel } from '../../components/DeadlinePanel';
import { EligibilityPanel } from '../../components/EligibilityPanel';
import { EvidenceGallery } from '../../components/EvidenceGallery';
import { FailurePrompt } from '../../components/FailurePrompt';
import { FillButton } from '../../components/FillButton';
import { OrderCard } from '../../components/OrderCard';
import { OrderListItem } from '../../components/OrderListItem';
import { ShieldLogo } from '../../components/ShieldLogo';
import { getOrders, listOrders } from '../../lib/store/orders';
import { getTargetTabId } from './get-target-tab';
import { useCapture } from './use-capture';
import { formatBytes, useStorageAlert, useUsage } from './use-storage';
import { useNow, useSettings } from './use-settings';
import { useTabState } from './use-tab-state';

/** Shown once, under the verdicts (refund-rules.md: the UI says the rules are no legal advice). */
const DISCLAIMER = '本工具提供的是维权参考，不构成法律意见。';

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

  return (
    <div className="popup">
      <header className="brand">
        <ShieldLogo />
        <div>
          <h1>卡盾</h1>
          <p className="tagline">卡盟买家维权助手 · 证据只存本机</p>
        </div>
      </header>

      {alert && (
        <div role="alert" className="alert">
          <span>{alert.message}</span>
          <button type="button" className="link" onClick={dismissAlert}>
            知道了
          </button>
        </div>
      )}

      <section aria-label="当前页面" className="panel">
        <h2>当前页面</h2>
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
              onViewport={() => void run({ mode: 'viewport' }, () => '已保存截图，并写入证据链')}
              onFullPage={() => void run({ mode: 'full-page' }, () => '已保存整页截图，并写入证据链')}
              onArchive={() => void run({ mode: 'archive' }, () => '已保存网页存档（MHTML）')}
            />
          </>
        ) : (
          <>
            <p className="empty">
              {tab?.kinds.length
                ? '已识别为卡盟页面，此页没有订单信息。'
                : '当前页面不是订单页。打开卡盟/发卡网的订单详情或订单查询页，卡盾会自动识别并取证。'}
            </p>
            {fillable && tabId !== undefined && (
              <FillButton tabId={tabId} orders={siteOrders} currentKeys={keys} />
            )}
            <FailurePrompt
              orders={recent ?? []}
              state={state}
              onCapture={(orderKey) =>
                void run(
                  { mode: 'viewport', kind: 'failure-prompt', orderKey },
                  (no) => `已截取失败提示，关联到订单 ${no}`,
                )
              }
            />
          </>
        )}
      </section>

      <section aria-labelledby="recent-title" className="panel">
        <h2 id="recent-title">我的订单</h2>
        <p className="small">
          <a href={browser.runtime.getURL('/export.html')} target="_blank" rel="noreferrer">
            导出证据包 · 核验 · 备份
          </a>
        </p>
        {recent && recent.length > 0 ? (
          <ul role="list" aria-label="我的订单" className="order-list">
            {recent.map((o) => (
              <OrderListItem key={o.key} order={o} />
            ))}
          </ul>
        ) : (
          <p className="empty">还没有记录任何订单。</p>
        )}
      </section>
      <footer className="foot muted">
        {current && current.length > 0 && <p className="disclaimer">{DISCLAIMER}</p>}
        所有数据只保存在本机浏览器中，卡盾不会上传任何内容。
        {used !== undefined && <span> 已用空间 {formatBytes(used)}</span>}
      </footer>
    </div>
  );
}
