import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { loadSettings, type Settings } from '../../lib/settings';

/** The buyer's settings, live; undefined until read (so verdicts are not computed twice at start). */
export function useStoredSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    const read = () => void loadSettings(browser.storage.local).then(setSettings);
    read();
    const onChanged = (changes: Record<string, unknown>, area: string) =>
      area === 'local' && 'settings' in changes && read();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return settings;
}
