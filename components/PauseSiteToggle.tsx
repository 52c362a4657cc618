import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../lib/i18n/t';
import type { Reply } from '../lib/messaging';
import { hostOfUrl, isPaused } from '../lib/settings/sites';
import { useSettings } from '../entrypoints/popup/use-settings';
import { useLocalCopy } from './settings/use-local-copy';

/**
 * The popup's "pause this site" switch (issue #9) for the tab it acts on, and the way to the settings page.
 * Paused: the background ignores the site's pages (no extraction, no automatic capture).
 */
export function PauseSiteToggle({ tabId }: { tabId: number | undefined }) {
  const settings = useSettings();
  const [host, setHost] = useState<string>();
  const [error, setError] = useState('');
  useEffect(() => {
    if (tabId === undefined) return;
    void browser.tabs.get(tabId).then(
      (tab) => setHost(hostOfUrl(tab.url)),
      () => setHost(undefined),
    );
  }, [tabId]);
  const stored = !!host && isPaused(host, settings);
  const [paused, setPaused] = useLocalCopy(stored);

  const toggle = async (on: boolean) => {
    if (!host) return;
    setPaused(on);
    const reply = (await browser.runtime.sendMessage({ type: 'pause-site', host, paused: on })) as Reply;
    setError(reply.ok ? '' : t('settings_save_failed', reply.error));
    if (!reply.ok) setPaused(stored);
  };

  return (
    <section className="panel pause-site" aria-label={t('settings_paused_h')}>
      {host && (
        <div className="pause-row" style={{ display: 'flex', gap: 8, alignItems: 'center', fontWeight: 600 }}>
          <input
            type="checkbox"
            role="switch"
            id="pause-site"
            checked={paused}
            aria-describedby="pause-site-hint"
            onChange={(e) => void toggle(e.target.checked)}
          />
          <label htmlFor="pause-site">{t('settings_pause_toggle')}</label>
        </div>
      )}
      {host && (
        <p id="pause-site-hint" className="small muted" style={{ margin: '4px 0' }}>
          {paused ? t('settings_paused_banner', host) : t('settings_pause_toggle_hint', host)}
        </p>
      )}
      {error && (
        <p role="alert" className="bad small">
          {error}
        </p>
      )}
      <p className="small" style={{ margin: 0 }}>
        <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('common_open_settings')}
        </button>
      </p>
    </section>
  );
}
