import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { readTabState, type TabState } from '../../lib/tab-state';

/** The background's record of what the target tab shows; follows updates live. */
export function useTabState(tabId: number | undefined): TabState | undefined {
  const [state, setState] = useState<TabState | undefined>();
  useEffect(() => {
    if (tabId === undefined) return;
    let alive = true;
    const load = () => void readTabState(browser.storage.session, tabId).then((s) => alive && setState(s));
    load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && `tab:${tabId}` in changes) load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [tabId]);
  return state;
}
