// Playwright fixtures: the demo card platform, Chromium with the built extension, its service
// worker and id, and the egress guard that fails any test in which something left the machine.
import { test as base, expect, type BrowserContext, type Worker } from '@playwright/test';
import { startDemoServer } from '../../demo/server';
import { extensionWorker, launchWithExtension, type UiLang } from './browser';
import { EgressGuard } from './egress-guard';

export { expect };
export { tabIdOf } from './browser';

// Playwright skips "other" CDP targets, and offscreen documents are such targets. This switch makes
// it attach them like pages, so the egress guard sees their requests (checked on Chromium 156).
process.env.PW_CHROMIUM_ATTACH_TO_OTHER ??= '1';

export interface Demo {
  url: string;
  port: number;
  close(): Promise<void>;
}

interface TestFixtures {
  egress: EgressGuard;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** The extension's service worker now: Chrome may have stopped and restarted it since. */
  getServiceWorker: () => Promise<Worker>;
}

interface Options {
  /** The browser's UI language, which picks the extension's catalogue: `test.use({ lang: 'en-US' })`. */
  lang: UiLang;
}

export const test = base.extend<TestFixtures & Options, { demo: Demo }>({
  lang: ['zh-CN', { option: true }],

  demo: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the object pattern
    async ({}, use) => {
      const demo = await startDemoServer({ port: 0 });
      await use(demo);
      await demo.close();
    },
    { scope: 'worker' },
  ],

  // Checked after every test, after the browser has closed: nothing may have left the machine.
  egress: async ({ demo }, use) => {
    const guard = new EgressGuard(new URL(demo.url).host);
    await use(guard);
    await guard.stop();
    expect(guard.foreign, `foreign or extension-made requests:\n${guard.report()}`).toEqual([]);
  },

  context: async ({ egress, lang }, use) => {
    const context = await launchWithExtension({ headless: true, proxyServer: await egress.start(), lang });
    egress.observe(context);
    await use(context);
    await context.close();
  },

  serviceWorker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },

  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },

  getServiceWorker: async ({ context, extensionId }, use) => {
    await use(() => extensionWorker(context, extensionId));
  },
});
