import { t } from '../../lib/i18n/t';
import type { SaveState } from './use-save';

/** One polite live region per form: saving… / saved / the error. */
export function SaveStatus({ state, id }: { state: SaveState; id?: string }) {
  const text =
    state.kind === 'saving'
      ? t('settings_saving')
      : state.kind === 'saved'
        ? t('settings_saved')
        : state.kind === 'error'
          ? state.text
          : '';
  return (
    <p id={id} role="status" className={`save-status ${state.kind === 'error' ? 'bad' : 'ok'}`}>
      {text}
    </p>
  );
}
