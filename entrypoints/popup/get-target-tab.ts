import { browser } from 'wxt/browser';

/**
 * The tab the popup acts on: `popup.html?tabId=N` when given (tests, the demo, the case page), else the
 * active tab of the current window.
 */
export async function getTargetTabId(search = location.search): Promise<number | undefined> {
  const fromQuery = new URLSearchParams(search).get('tabId');
  if (fromQuery && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
