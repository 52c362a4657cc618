import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CAPTURE_PORT, DriverMessage } from '../lib/capture/driver-protocol';
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
    // The background holds a port for the whole capture: if its worker stops mid-capture, the port drops and the
    // page gets its scrollbar, sticky elements and scroll position back.
    browser.runtime.onConnect.addListener((port) => {
      if (port.name !== CAPTURE_PORT) return;
      port.onDisconnect.addListener(() => {
        driver?.restore();
        driver = undefined;
      });
    });
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
