import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { z } from 'zod';

const Alert = z.object({ kind: z.string(), message: z.string(), at: z.string() });
export type StorageAlert = z.infer<typeof Alert>;

/** A storage-full alert raised by the background (kept in storage.session), live. */
export function useStorageAlert(): [StorageAlert | undefined, () => void] {
  const [alert, setAlert] = useState<StorageAlert>();
  useEffect(() => {
    const read = () =>
      void browser.storage.session.get('alert').then((v) => setAlert(Alert.safeParse(v.alert).data));
    read();
    const onChanged = (changes: Record<string, unknown>, area: string) =>
      area === 'session' && 'alert' in changes && read();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  const dismiss = () => void browser.storage.session.remove('alert').then(() => setAlert(undefined));
  return [alert, dismiss];
}

/** Bytes used by the extension's storage (IndexedDB evidence included). */
export function useUsage(): number | undefined {
  const [used, setUsed] = useState<number>();
  useEffect(() => void navigator.storage?.estimate().then((e) => setUsed(e.usage)), []);
  return used;
}

export function formatBytes(n: number): string {
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}
