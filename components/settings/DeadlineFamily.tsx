import { useState, type FormEvent } from 'react';
import type { DeadlineRule } from '../../lib/deadlines/rules';
import { pick, t } from '../../lib/i18n/t';
import { SaveStatus } from './SaveStatus';
import { TextField } from './TextField';
import { useSave } from './use-save';

const MAX_HOURS = 10 * 365 * 24;

interface Props {
  family: string;
  name: string;
  rules: DeadlineRule[];
  overrides: Record<string, number>;
}

/** One platform family's case deadlines: defaults shown, overrides typed in hours, reset to defaults. */
export function DeadlineFamily({ family, name, rules, overrides }: Props) {
  const [form, setForm] = useState<Record<string, string>>(() =>
    Object.fromEntries(rules.map((r) => [r.id, overrides[r.id] ? String(overrides[r.id]) : ''])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [state, save, setState] = useSave();
  const idOf = (rule: string) => `deadline-${family}-${rule}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const next: Record<string, number> = {};
    const bad: string[] = [];
    for (const r of rules) {
      const text = form[r.id]?.trim() ?? '';
      if (!text) continue;
      const n = Number(text);
      if (Number.isFinite(n) && n > 0 && n <= MAX_HOURS) {
        if (n !== r.hours) next[r.id] = n;
      } else bad.push(r.id);
    }
    setErrors(Object.fromEntries(bad.map((id) => [id, t('settings_deadlines_err')])));
    if (bad.length) {
      setState({ kind: 'error', text: t('settings_fix_errors') });
      document.getElementById(idOf(bad[0]!))?.focus();
      return;
    }
    await save({ deadlineOverrides: { [family]: next } });
  };
  const reset = async () => {
    setForm(Object.fromEntries(rules.map((r) => [r.id, ''])));
    setErrors({});
    await save({ deadlineOverrides: { [family]: {} } });
  };
  const changed = Object.keys(overrides).length;

  return (
    <details className="deadline-family">
      <summary>
        <span>{name}</span>
        {changed > 0 && (
          <span className="badge badge-warning">{t('settings_deadlines_overridden', changed)}</span>
        )}
      </summary>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <fieldset>
          <legend className="sr-only">{name}</legend>
          <div className="field-grid">
            {rules.map((r) => (
              <TextField
                key={r.id}
                id={idOf(r.id)}
                name={r.id}
                label={pick({ zh: r.zh, en: r.en })}
                hint={`${t('settings_deadlines_default', r.hours)} · ${t('settings_deadlines_basis', pick({ zh: r.basis, en: r.basisEn }))}`}
                placeholder={String(r.hours)}
                inputMode="decimal"
                error={errors[r.id]}
                value={form[r.id] ?? ''}
                onValue={(v) => setForm((old) => ({ ...old, [r.id]: v }))}
              />
            ))}
          </div>
          <div className="form-actions">
            <button type="submit" className="secondary">
              {t('settings_deadlines_save', name)}
            </button>
            <button type="button" className="link-button" onClick={() => void reset()} disabled={!changed}>
              {t('settings_deadlines_reset', name)}
            </button>
            <SaveStatus state={state} />
          </div>
        </fieldset>
      </form>
    </details>
  );
}
