import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { loadSettings, type Settings } from '../lib/settings';

/**
 * The stored settings, live (chrome.storage.local); undefined until first read — forms start from the stored values,
 * and pages that compute verdicts wait instead of computing twice.
 */
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
