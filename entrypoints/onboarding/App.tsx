import { browser } from 'wxt/browser';
import type { MessageKey } from '../../lib/i18n/catalog';
import { t } from '../../lib/i18n/t';
import { permissionItems } from '../../lib/settings/permissions';
import { ShieldLogo } from '../../components/ShieldLogo';
import { CardIcon, type IconName } from './icons';

const CARDS: [icon: IconName, title: MessageKey, text: MessageKey][] = [
  ['detect', 'onboarding_card_detect_h', 'onboarding_card_detect'],
  ['evidence', 'onboarding_card_evidence_h', 'onboarding_card_evidence'],
  ['deadline', 'onboarding_card_deadline_h', 'onboarding_card_deadline'],
  ['refund', 'onboarding_card_refund_h', 'onboarding_card_refund'],
];

/** Closes this tab (the buyer is done reading); CardShield needs nothing else to start. */
async function start() {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  else window.close();
}

/** Opened once on install (lib/settings/onboarding.ts): what it does, what it keeps, why each permission. */
export function OnboardingPage() {
  const manifest = browser.runtime.getManifest();
  const perms = permissionItems(manifest.permissions ?? [], manifest.host_permissions ?? []);
  return (
    <div className="page onboarding">
      <header className="page-head hero">
        <ShieldLogo size={48} />
        <div>
          <h1>{t('onboarding_heading')}</h1>
          <p className="lead">{t('onboarding_lead')}</p>
        </div>
      </header>
      <main className="page-main">
        <section aria-labelledby="what-h">
          <h2 id="what-h">{t('onboarding_what_h')}</h2>
          <ul className="cards">
            {CARDS.map(([icon, title, text]) => (
              <li key={title} className="panel card">
                <span className="card-icon">
                  <CardIcon name={icon} />
                </span>
                <h3>{t(title)}</h3>
                <p>{t(text)}</p>
              </li>
            ))}
          </ul>
        </section>
        <section className="panel" aria-labelledby="local-h">
          <h2 id="local-h">{t('onboarding_local_h')}</h2>
          <ul className="points">
            <li>{t('onboarding_local_stores')}</li>
            <li>{t('onboarding_local_where')}</li>
            <li>{t('onboarding_local_backup')}</li>
          </ul>
        </section>
        <section className="panel" aria-labelledby="perm-h">
          <h2 id="perm-h">{t('onboarding_perm_h')}</h2>
          <p className="section-intro">{t('onboarding_perm_intro')}</p>
          <dl className="perms">
            {perms.map((p) => (
              <div key={p.names.join(' ')} data-permissions={p.names.join(' ')}>
                <dt>
                  {p.title ? t(p.title) : p.names.join(', ')}{' '}
                  <code className="perm-name">{p.names.join(' · ')}</code>
                </dt>
                <dd>{p.why ? t(p.why) : ''}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section className="panel next" aria-labelledby="next-h">
          <h2 id="next-h">{t('onboarding_next_h')}</h2>
          <p>{t('onboarding_next_text')}</p>
          <div className="form-actions">
            <button
              type="button"
              className="primary big"
              onClick={() => void start()}
              aria-describedby="start-hint"
            >
              {t('onboarding_start')}
            </button>
            <a className="settings-link" href={browser.runtime.getURL('/options.html')}>
              {t('onboarding_settings_link')}
            </a>
          </div>
          <p id="start-hint" className="hint">
            {t('onboarding_start_hint')}
          </p>
        </section>
      </main>
      <footer className="page-foot muted">
        <p>{t('common_tagline')}</p>
        <p>{t('common_disclaimer')}</p>
      </footer>
    </div>
  );
}
