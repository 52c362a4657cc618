// Chromium with the built extension in a real-sized window (no Playwright viewport emulation), shared by
// the evidence specs (evidence-fixtures.ts) and `npm run bench`. Under Playwright's default 1280×800
// emulation, Chromium's real tab is 87 px shorter than the emulated viewport and captureVisibleTab returns
// the emulated size, and an emulated deviceScaleFactor is not applied to captures at all (checked on
// Chromium 156): pixel-exact checks would measure the emulation, not the product. A device scale other
// than 1 uses --force-device-scale-factor, which is what a HiDPI screen gives.
import { chromium, type BrowserContext } from '@playwright/test';
import { CHROMIUM_PATH, EXTENSION_DIR, CHROMIUM_FLAGS, langEnv } from './browser';

/** CSS viewport of the browser window; the headless browser UI above it is 87 px tall. */
export const VIEWPORT = { width: 1280, height: 800 };
const BROWSER_UI_HEIGHT = 87;

export interface RealWindowOptions {
  /** Device pixels per CSS pixel (default 1). */
  deviceScale?: number;
  /** Route all browser traffic (loopback included) through this HTTP proxy (the egress guard). */
  proxyServer?: string;
}

export function launchRealWindow({
  deviceScale = 1,
  proxyServer,
}: RealWindowOptions = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    env: langEnv(),
    viewport: null,
    ...(proxyServer ? { proxy: { server: proxyServer } } : {}),
    args: [
      ...CHROMIUM_FLAGS,
      `--window-size=${VIEWPORT.width},${VIEWPORT.height + BROWSER_UI_HEIGHT}`,
      ...(deviceScale === 1 ? [] : [`--force-device-scale-factor=${deviceScale}`]),
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
}
