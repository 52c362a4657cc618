import { useState, type FormEvent } from 'react';
import { t } from '../../lib/i18n/t';
import type { MessageKey } from '../../lib/i18n/catalog';
import type { Settings } from '../../lib/settings';
import { buildProfile, type ProfileField } from '../../lib/settings/profile';
import { SaveStatus } from './SaveStatus';
import { TextField } from './TextField';
import { useSave } from './use-save';

const FIELDS: {
  field: ProfileField;
  label: MessageKey;
  hint: MessageKey;
  error: MessageKey;
  type: string;
}[] = [
  {
    field: 'qq',
    label: 'settings_profile_qq',
    hint: 'settings_profile_qq_hint',
    error: 'settings_profile_err_qq',
    type: 'text',
  },
  {
    field: 'phone',
    label: 'settings_profile_phone',
    hint: 'settings_profile_phone_hint',
    error: 'settings_profile_err_phone',
    type: 'tel',
  },
  {
    field: 'email',
    label: 'settings_profile_email',
    hint: 'settings_profile_email_hint',
    error: 'settings_profile_err_email',
    type: 'email',
  },
];

const AUTOCOMPLETE: Record<ProfileField, string> = { qq: 'off', phone: 'tel', email: 'email' };

/** QQ, phone, email for the forms the buyer asks CardShield to fill; checked here and again in the background. */
export function ProfileSection({ settings }: { settings: Settings }) {
  const [form, setForm] = useState<Record<ProfileField, string>>({
    qq: settings.profile?.qq ?? '',
    phone: settings.profile?.phone ?? '',
    email: settings.profile?.email ?? '',
  });
  const [errors, setErrors] = useState<Partial<Record<ProfileField, string>>>({});
  const [state, save, setState] = useSave();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const built = buildProfile(form);
    if (!built.ok) {
      const shown = Object.fromEntries(
        FIELDS.filter((f) => built.errors[f.field]).map((f) => [f.field, t(f.error)]),
      );
      setErrors(shown);
      setState({ kind: 'error', text: t('settings_fix_errors') });
      const first = FIELDS.find((f) => built.errors[f.field]);
      if (first) document.getElementById(`profile-${first.field}`)?.focus();
      return;
    }
    setErrors({});
    await save({ profile: built.profile });
  };

  return (
    <section className="panel settings-section" id="profile" aria-labelledby="profile-h">
      <h2 id="profile-h">{t('settings_profile_h')}</h2>
      <p className="section-intro">{t('settings_profile_intro')}</p>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <fieldset>
          <legend>{t('settings_profile_legend')}</legend>
          <div className="field-grid">
            {FIELDS.map((f) => (
              <TextField
                key={f.field}
                id={`profile-${f.field}`}
                name={f.field}
                type={f.type}
                label={t(f.label)}
                hint={t(f.hint)}
                error={errors[f.field]}
                autoComplete={AUTOCOMPLETE[f.field]}
                inputMode={f.field === 'qq' ? 'numeric' : undefined}
                value={form[f.field]}
                onValue={(v) => {
                  setForm((old) => ({ ...old, [f.field]: v }));
                  if (errors[f.field]) setErrors((old) => ({ ...old, [f.field]: undefined }));
                }}
              />
            ))}
          </div>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={state.kind === 'saving'}>
            {t('settings_profile_save')}
          </button>
          <SaveStatus state={state} />
        </div>
      </form>
    </section>
  );
}
