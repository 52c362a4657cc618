import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { looksLikeCardPlatform } from '../lib/content/sentinel';

// Declared in the manifest by wxt.config.ts (every http/https page, document_idle). Must stay tiny and cheap.
export default defineUnlistedScript(() => {
  const check = () => looksLikeCardPlatform(document, new URL(location.href));
  const hit = () => void chrome.runtime.sendMessage({ type: 'sentinel-hit' }).catch(() => undefined);
  if (check()) return hit();
  // Late-rendered shops (SPA): look once more when the app has had time to render.
  setTimeout(() => check() && hit(), 2000);
});
