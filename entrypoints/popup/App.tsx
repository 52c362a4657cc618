import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { OrderCard } from '../../components/OrderCard';
import { OrderListItem } from '../../components/OrderListItem';
import { ShieldLogo } from '../../components/ShieldLogo';
import { getOrders, listOrders } from '../../lib/db';
import type { Reply } from '../../lib/messaging';
import { getTargetTabId } from './get-target-tab';
import { useTabState } from './use-tab-state';

export function App() {
  const [tabId, setTabId] = useState<number | undefined>();
  const [status, setStatus] = useState('');
  useEffect(() => void getTargetTabId().then(setTabId), []);
  const tab = useTabState(tabId);
  const keys = tab?.orderKeys ?? [];
  const current = useLiveQuery(() => getOrders(keys), [keys.join('\n')]);
  const recent = useLiveQuery(() => listOrders(30), []);

  const captureNow = async () => {
    if (tabId === undefined) return;
    setStatus('正在取证…');
    const reply = (await browser.runtime.sendMessage({ type: 'capture-now', tabId })) as Reply;
    setStatus(
      reply.ok ? (reply.detail ? '页面不在前台，切回该页面后自动取证' : '已保存截图证据') : reply.error,
    );
  };

  return (
    <div className="popup">
      <header className="brand">
        <ShieldLogo />
        <div>
          <h1>卡盾</h1>
          <p className="tagline">卡盟买家维权助手 · 证据只存本机</p>
        </div>
      </header>

      <section aria-label="当前页面" className="panel">
        <h2>当前页面</h2>
        {current && current.length > 0 ? (
          <>
            {current.map((o) => (
              <OrderCard key={o.key} order={o} />
            ))}
            <div className="actions">
              <button type="button" className="primary" onClick={() => void captureNow()}>
                立即取证
              </button>
              <span role="status" className="muted">
                {status}
              </span>
            </div>
          </>
        ) : (
          <p className="empty">
            {tab?.kinds.length
              ? '已识别为卡盟页面，此页没有订单信息。'
              : '当前页面不是订单页。打开卡盟/发卡网的订单详情或订单查询页，卡盾会自动识别并取证。'}
          </p>
        )}
      </section>

      <section aria-labelledby="recent-title" className="panel">
        <h2 id="recent-title">我的订单</h2>
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
      <footer className="foot muted">所有数据只保存在本机浏览器中，卡盾不会上传任何内容。</footer>
    </div>
  );
}
