import { useState } from 'react';
import { t } from '../../lib/i18n/t';
import type { SettingsPatch } from '../../lib/settings/patch';
import { send } from './send';

export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; text: string };

/** Saves a patch through the background and says how it went (for a role=status line). */
export function useSave(): [SaveState, (patch: SettingsPatch) => Promise<boolean>, (s: SaveState) => void] {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const save = async (patch: SettingsPatch) => {
    setState({ kind: 'saving' });
    const reply = await send({ type: 'save-settings', patch });
    setState(reply.ok ? { kind: 'saved' } : { kind: 'error', text: t('settings_save_failed', reply.error) });
    return reply.ok;
  };
  return [state, save, setState];
}
