import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, loadSettings, type Settings } from '../../lib/settings';

export function useSettings(): Settings {
  const [settings, setSettings] = useState(DEFAULT_SETTINGS);
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

/** The current time, ticking (countdowns). */
export function useNow(intervalMs = 1000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}
