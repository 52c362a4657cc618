import { useState, type FormEvent } from 'react';
import { t } from '../../lib/i18n/t';
import type { Settings } from '../../lib/settings';
import { normaliseHost } from '../../lib/settings/sites';
import { send } from './send';
import { SaveStatus } from './SaveStatus';
import { TextField } from './TextField';
import type { SaveState } from './use-save';

/** The hosts where CardShield does nothing automatically; add by typing a host or URL, resume with one click. */
export function PausedSitesSection({ settings }: { settings: Settings }) {
  const [host, setHost] = useState('');
  const [error, setError] = useState<string>();
  const [state, setState] = useState<SaveState>({ kind: 'idle' });

  const toggle = async (site: string, paused: boolean) => {
    setState({ kind: 'saving' });
    const reply = await send({ type: 'pause-site', host: site, paused });
    setState(reply.ok ? { kind: 'saved' } : { kind: 'error', text: t('settings_save_failed', reply.error) });
    return reply.ok;
  };
  const add = async (e: FormEvent) => {
    e.preventDefault();
    const entry = normaliseHost(host);
    if (!entry) return setError(t('settings_paused_err'));
    if (settings.pausedSites.includes(entry)) return setError(t('settings_paused_dup'));
    setError(undefined);
    if (await toggle(entry, true)) setHost('');
  };

  return (
    <section className="panel settings-section" id="paused" aria-labelledby="paused-h">
      <h2 id="paused-h">{t('settings_paused_h')}</h2>
      <p className="section-intro">{t('settings_paused_intro')}</p>
      {settings.pausedSites.length ? (
        <ul className="site-list" aria-label={t('settings_paused_list')}>
          {settings.pausedSites.map((site) => (
            <li key={site}>
              <span className="mono">{site}</span>
              <button
                type="button"
                className="secondary compact"
                aria-label={t('settings_paused_resume_label', site)}
                onClick={() => void toggle(site, false)}
              >
                {t('settings_paused_resume')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('settings_paused_empty')}</p>
      )}
      <form className="inline-form" noValidate onSubmit={(e) => void add(e)}>
        <TextField
          id="paused-host"
          name="host"
          label={t('settings_paused_add_label')}
          hint={t('settings_paused_add_hint')}
          error={error}
          value={host}
          autoComplete="off"
          spellCheck={false}
          onValue={(v) => {
            setHost(v);
            setError(undefined);
          }}
        />
        <button type="submit" className="secondary">
          {t('settings_paused_add')}
        </button>
      </form>
      <SaveStatus state={state} />
    </section>
  );
}
