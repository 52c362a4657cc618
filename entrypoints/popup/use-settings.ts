import { useEffect, useState } from 'react';
import { useStoredSettings } from '../../components/use-stored-settings';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';

/** The stored settings, live; the defaults until the first read (the popup renders at once). */
export function useSettings(): Settings {
  return useStoredSettings() ?? DEFAULT_SETTINGS;
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
