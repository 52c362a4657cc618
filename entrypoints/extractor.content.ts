import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchPage } from '../lib/content/watch';
import { watchSubmissions } from '../lib/content/watch-submit';

// Injected by the background into tabs the sentinel flagged (registration: runtime keeps it out of the manifest).
export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  main(ctx) {
    if (!watchPage(ctx, (report) => browser.runtime.sendMessage({ type: 'page-report', report }))) return;
    watchSubmissions(ctx.signal, (msg) => browser.runtime.sendMessage(msg));
  },
});
