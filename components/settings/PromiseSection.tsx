import { useState, type FormEvent } from 'react';
import { t } from '../../lib/i18n/t';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { SaveStatus } from './SaveStatus';
import { TextField } from './TextField';
import { useSave } from './use-save';

type Key = 'auto' | 'manual' | 'grace';

/** Field → (stored minutes ↔ shown unit), bounds in the shown unit. */
const SPEC: Record<Key, { min: number; max: number; per: number; field: keyof Settings }> = {
  auto: { min: 1, max: 24 * 60, per: 1, field: 'autoDeliveryMinutes' },
  manual: { min: 1, max: 30 * 24, per: 60, field: 'manualDeliveryMinutes' },
  grace: { min: 1, max: 120, per: 1, field: 'immediateGraceMinutes' },
};

const shown = (s: Settings, k: Key) =>
  String(Math.round(((s[SPEC[k].field] as number) / SPEC[k].per) * 100) / 100);

/** The promises assumed when no page states one (lib/deadlines/resolve.ts reads them). */
export function PromiseSection({ settings }: { settings: Settings }) {
  const [form, setForm] = useState<Record<Key, string>>({
    auto: shown(settings, 'auto'),
    manual: shown(settings, 'manual'),
    grace: shown(settings, 'grace'),
  });
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({});
  const [state, save, setState] = useSave();

  const check = (k: Key): number | undefined => {
    const n = Number(form[k]);
    const { min, max, per } = SPEC[k];
    return form[k].trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n * per : undefined;
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const values = { auto: check('auto'), manual: check('manual'), grace: check('grace') };
    const bad = (Object.keys(values) as Key[]).filter((k) => values[k] === undefined);
    setErrors(
      Object.fromEntries(bad.map((k) => [k, t('settings_promise_err_range', SPEC[k].min, SPEC[k].max)])),
    );
    if (bad.length) {
      setState({ kind: 'error', text: t('settings_fix_errors') });
      document.getElementById(`promise-${bad[0]}`)?.focus();
      return;
    }
    await save({
      autoDeliveryMinutes: values.auto,
      manualDeliveryMinutes: values.manual,
      immediateGraceMinutes: values.grace,
    });
  };
  const reset = async () => {
    setForm({
      auto: shown(DEFAULT_SETTINGS, 'auto'),
      manual: shown(DEFAULT_SETTINGS, 'manual'),
      grace: shown(DEFAULT_SETTINGS, 'grace'),
    });
    setErrors({});
    await save({
      autoDeliveryMinutes: DEFAULT_SETTINGS.autoDeliveryMinutes,
      manualDeliveryMinutes: DEFAULT_SETTINGS.manualDeliveryMinutes,
      immediateGraceMinutes: DEFAULT_SETTINGS.immediateGraceMinutes,
    });
  };
  const field = (k: Key, label: string, hint: string) => (
    <TextField
      id={`promise-${k}`}
      name={k}
      label={label}
      hint={hint}
      error={errors[k]}
      inputMode="numeric"
      value={form[k]}
      onValue={(v) => setForm((old) => ({ ...old, [k]: v }))}
    />
  );

  return (
    <section className="panel settings-section" id="promises" aria-labelledby="promises-h">
      <h2 id="promises-h">{t('settings_promise_h')}</h2>
      <p className="section-intro">{t('settings_promise_intro')}</p>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <fieldset>
          <legend>{t('settings_promise_legend')}</legend>
          <div className="field-grid">
            {field(
              'auto',
              t('settings_promise_auto'),
              t('settings_promise_auto_hint', shown(DEFAULT_SETTINGS, 'auto')),
            )}
            {field(
              'manual',
              t('settings_promise_manual'),
              t('settings_promise_manual_hint', shown(DEFAULT_SETTINGS, 'manual')),
            )}
            {field(
              'grace',
              t('settings_promise_grace'),
              t('settings_promise_grace_hint', shown(DEFAULT_SETTINGS, 'grace')),
            )}
          </div>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={state.kind === 'saving'}>
            {t('settings_promise_save')}
          </button>
          <button type="button" className="secondary" onClick={() => void reset()}>
            {t('settings_reset_defaults')}
          </button>
          <SaveStatus state={state} />
        </div>
      </form>
    </section>
  );
}
