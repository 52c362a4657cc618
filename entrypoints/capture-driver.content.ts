import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { DriverMessage } from '../lib/capture/driver-protocol';
import { createFullPageDriver } from '../lib/capture/fullpage-driver';

// Injected by the background only for the duration of a full-page capture.
export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  main() {
    const flag = window as unknown as { __cardshieldDriver?: boolean };
    if (flag.__cardshieldDriver) return;
    flag.__cardshieldDriver = true;
    let driver: ReturnType<typeof createFullPageDriver> | undefined;
    browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
      const parsed = DriverMessage.safeParse(raw);
      if (!parsed.success) return false;
      const msg = parsed.data;
      const run = async () => {
        if (msg.type === 'fp-measure') return (driver = createFullPageDriver()).measure();
        if (!driver) throw new Error('capture driver not prepared');
        if (msg.type === 'fp-scroll') return driver.scroll(msg.y, msg.hideFixed);
        driver.restore();
        driver = undefined;
        return { ok: true };
      };
      run().then(sendResponse, (err: unknown) => sendResponse({ error: String(err) }));
      return true;
    });
  },
});
