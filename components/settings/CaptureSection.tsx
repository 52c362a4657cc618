import { t } from '../../lib/i18n/t';
import type { MessageKey } from '../../lib/i18n/catalog';
import type { Settings } from '../../lib/settings';
import { SaveStatus } from './SaveStatus';
import { useLocalCopy } from './use-local-copy';
import { useSave } from './use-save';

type Option = 'band' | 'fullPage' | 'mhtml';

const OPTIONS: { key: Option; label: MessageKey; hint: MessageKey }[] = [
  { key: 'band', label: 'settings_capture_band', hint: 'settings_capture_band_hint' },
  { key: 'fullPage', label: 'settings_capture_fullpage', hint: 'settings_capture_fullpage_hint' },
  // Firefox has no pageCapture: no MHTML there.
  ...(import.meta.env.FIREFOX
    ? []
    : [
        {
          key: 'mhtml' as const,
          label: 'settings_capture_mhtml' as const,
          hint: 'settings_capture_mhtml_hint' as const,
        },
      ]),
];

function CaptureCheck({
  option,
  stored,
  onSave,
}: {
  option: (typeof OPTIONS)[number];
  stored: boolean;
  onSave: (on: boolean) => Promise<boolean>;
}) {
  const [checked, setChecked] = useLocalCopy(stored);
  const id = `capture-${option.key}`;
  return (
    <div className="check">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const on = e.target.checked;
          setChecked(on);
          void onSave(on).then((ok) => ok || setChecked(stored));
        }}
      />
      <div>
        <label htmlFor={id}>{t(option.label)}</label>
        <p id={`${id}-hint`} className="hint">
          {t(option.hint)}
        </p>
      </div>
    </div>
  );
}

/** Switches the background reads for every automatic capture; each change is saved at once. */
export function CaptureSection({ settings }: { settings: Settings }) {
  const [state, save] = useSave();
  return (
    <section className="panel settings-section" id="capture" aria-labelledby="capture-h">
      <h2 id="capture-h">{t('settings_capture_h')}</h2>
      <fieldset>
        <legend>{t('settings_capture_legend')}</legend>
        {OPTIONS.map((o) => (
          <CaptureCheck
            key={o.key}
            option={o}
            stored={settings[o.key]}
            onSave={(on) => save({ [o.key]: on })}
          />
        ))}
      </fieldset>
      <SaveStatus state={state} />
    </section>
  );
}
