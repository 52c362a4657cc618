import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n/t';
import type { ManualCapture, Reply } from '../../lib/messaging';

export interface CaptureState {
  busy: boolean;
  message: string;
  progress?: { done: number; total: number };
}

/** Send a manual capture to the background and follow its progress (full-page captures take seconds). */
export function useCapture(tabId: number | undefined) {
  const [state, setState] = useState<CaptureState>({ busy: false, message: '' });
  useEffect(() => {
    if (tabId === undefined) return;
    const key = `progress:${tabId}`;
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const p = changes[key]?.newValue as { done: number; total: number } | undefined;
      if (area === 'session' && key in changes) setState((s) => ({ ...s, progress: p }));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [tabId]);

  const run = async (req: Omit<ManualCapture, 'tabId'>, success: (detail?: string) => string) => {
    if (tabId === undefined) return;
    setState({
      busy: true,
      message: req.mode === 'full-page' ? t('popup_capturing_fullpage') : t('popup_capturing'),
    });
    const reply = (await browser.runtime
      .sendMessage({ type: 'capture-now', tabId, ...req })
      .catch((): Reply => ({
        ok: false,
        error: t('popup_capture_interrupted'),
      }))) as Reply;
    setState({ busy: false, message: reply.ok ? success(reply.detail) : reply.error });
  };
  return { state, run };
}
