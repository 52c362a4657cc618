import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n/t';
import type { MessageKey } from '../../lib/i18n/catalog';
import { ShieldLogo } from '../ShieldLogo';
import { CaptureSection } from './CaptureSection';
import { DeadlineSection } from './DeadlineSection';
import { PausedSitesSection } from './PausedSitesSection';
import { ProfileSection } from './ProfileSection';
import { PromiseSection } from './PromiseSection';
import { StorageSection } from './StorageSection';
import { useStoredSettings } from '../use-stored-settings';

const SECTIONS: [id: string, title: MessageKey][] = [
  ['profile', 'settings_profile_h'],
  ['paused', 'settings_paused_h'],
  ['capture', 'settings_capture_h'],
  ['promises', 'settings_promise_h'],
  ['deadlines', 'settings_deadlines_h'],
  ['storage', 'settings_storage_h'],
];

/** The settings page (entrypoints/options): every write goes through the background (lib/settings/messages.ts). */
export function SettingsPage() {
  const settings = useStoredSettings();
  return (
    <div className="page">
      <header className="page-head">
        <ShieldLogo size={36} />
        <div>
          <h1>{t('settings_heading')}</h1>
          <p className="tagline">{t('settings_intro')}</p>
        </div>
      </header>
      <div className="page-body">
        <nav className="page-nav" aria-label={t('settings_nav')}>
          <ul>
            {SECTIONS.map(([id, title]) => (
              <li key={id}>
                <a href={`#${id}`}>{t(title)}</a>
              </li>
            ))}
          </ul>
          <p>
            <a href={browser.runtime.getURL('/onboarding.html')}>{t('settings_open_onboarding')}</a>
          </p>
        </nav>
        <main className="page-main" aria-busy={!settings}>
          {settings ? (
            <>
              <ProfileSection settings={settings} />
              <PausedSitesSection settings={settings} />
              <CaptureSection settings={settings} />
              <PromiseSection settings={settings} />
              <DeadlineSection settings={settings} />
              <StorageSection />
            </>
          ) : (
            <p className="muted">{t('common_loading')}</p>
          )}
        </main>
      </div>
      <footer className="page-foot muted">{t('common_tagline')}</footer>
    </div>
  );
}
