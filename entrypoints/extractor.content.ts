import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchPage } from '../lib/content/watch';

// Injected by the background into tabs the sentinel flagged (registration: runtime keeps it out of the manifest).
export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  main(ctx) {
    watchPage(ctx, (report) => browser.runtime.sendMessage({ type: 'page-report', report }));
  },
});
