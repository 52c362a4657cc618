import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { looksLikeCardPlatform } from '../lib/content/sentinel';

// Declared in the manifest by wxt.config.ts (every http/https page, document_idle). Must stay tiny and cheap.
export default defineUnlistedScript(() => {
  let done = false;
  const check = () => {
    if (done || !looksLikeCardPlatform(document, new URL(location.href))) return;
    done = true;
    void chrome.runtime.sendMessage({ type: 'sentinel-hit' }).catch(() => undefined);
  };
  check();
  if (done) return;
  // Late-rendered shops: look once more when the app has had time to render; SPAs: after each in-app navigation.
  setTimeout(check, 2000);
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', () => setTimeout(check, 500));
});
