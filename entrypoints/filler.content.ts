import { defineContentScript } from 'wxt/utils/define-content-script';
import { startFiller } from '../lib/refund-form/filler';

// Injected by the background when the buyer clicks 填写退款申请 (lib/service/fill.ts); runtime registration keeps
// it out of the manifest. Injection may repeat: the flag keeps one message loop per frame.
export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  main() {
    const w = window as unknown as { __cardshieldFiller?: true };
    if (w.__cardshieldFiller) return;
    w.__cardshieldFiller = true;
    startFiller(document);
  },
});
