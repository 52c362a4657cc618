// Fixtures for the evidence specs: the demo, egress guard and extension of fixtures.ts, in a real-sized
// browser window (see evidence-browser.ts for why), plus the evidence inspector and the demo shop.
import { launchRealWindow } from './evidence-browser';
import { EvidenceInspector } from './evidence-inspector';
import { test as base } from './fixtures';
import { DemoControl, Shop } from './pages/shop';

export { expect, tabIdOf } from './fixtures';
export { VIEWPORT } from './evidence-browser';

interface EvidenceFixtures {
  /** Device pixels per CSS pixel of the whole browser (1 = default). */
  deviceScale: number;
  inspector: EvidenceInspector;
  control: DemoControl;
  /** The demo shop in the browser's first tab (the active tab of the one normal window). */
  shop: Shop;
}

export const test = base.extend<EvidenceFixtures>({
  deviceScale: [1, { option: true }],

  context: async ({ egress, deviceScale }, use) => {
    const context = await launchRealWindow({ deviceScale, proxyServer: await egress.start() });
    egress.observe(context);
    await use(context);
    await context.close();
  },

  inspector: async ({ context, extensionId }, use) => {
    await use(await EvidenceInspector.open(context, extensionId));
  },

  control: async ({ demo }, use) => {
    await use(new DemoControl(demo.url));
  },

  shop: async ({ context, control }, use) => {
    const first = context.pages().find((p) => !p.url().startsWith('chrome-extension://'));
    await use(new Shop(first ?? (await context.newPage()), control));
  },
});
