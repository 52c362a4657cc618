import type { PageReport } from '../model/order';
import { analyzePage } from '../platforms';

interface Lifetime {
  signal: AbortSignal;
}

const MARK = '__cardshieldExtractor';
const DEBOUNCE_MS = 400;

/**
 * Returns false when a watcher already runs in this page (the extractor was injected twice).
 * Analyse the page now and again whenever it changes (status updates, keys appearing, SPA navigation, late
 * modals), debounced. Sends only reports that differ from the last one sent. Never throws into the page.
 */
export function watchPage(
  life: Lifetime,
  send: (report: PageReport) => Promise<unknown>,
  win: Window = window,
) {
  const flagged = win as unknown as Record<string, boolean>;
  if (flagged[MARK]) return false;
  flagged[MARK] = true;
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = () => {
    timer = undefined;
    try {
      const report = analyzePage(win.document, new URL(win.location.href));
      if (!report.kinds.length) return;
      const json = JSON.stringify(report);
      if (json === last) return;
      last = json;
      void send(report).catch(() => undefined);
    } catch (err) {
      console.warn('[cardshield] extraction failed', err);
    }
  };
  const schedule = () => {
    if (timer === undefined && !life.signal.aborted) timer = setTimeout(run, DEBOUNCE_MS);
  };

  run();
  const observer = new MutationObserver(schedule);
  observer.observe(win.document.documentElement, { childList: true, subtree: true, characterData: true });
  win.addEventListener('popstate', schedule, { signal: life.signal });
  win.addEventListener('hashchange', schedule, { signal: life.signal });
  life.signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    flagged[MARK] = false;
  });
  return true;
}
