// Issue #9, onboarding: a fresh install opens the welcome page (what CardShield does, what it keeps locally, every
// permission in plain words, a way to the settings, 开始使用). The other specs run a headless browser, where no
// welcome tab is opened (lib/settings/onboarding.ts); this one reports an ordinary browser's user agent, as a
// buyer's Chrome would, so the product's real install path runs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import type { MessageKey } from '../../lib/i18n/catalog';
import { lookupMessage } from '../../lib/i18n/lookup';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, EXTENSION_DIR, langEnv, type UiLang } from './browser';
import { expect, test as base } from './fixtures';

const USER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

/** The fixtures' browser, with an ordinary user agent, in `lang`. */
const withBrowser = (lang: UiLang) =>
  base.extend({
    context: async ({ egress }, use) => {
      const context = await chromium.launchPersistentContext('', {
        executablePath: CHROMIUM_PATH,
        headless: true,
        env: langEnv(lang),
        viewport: { width: 1280, height: 800 },
        proxy: { server: await egress.start() },
        args: [
          ...CHROMIUM_FLAGS,
          `--user-agent=${USER_AGENT}`,
          `--disable-extensions-except=${EXTENSION_DIR}`,
          `--load-extension=${EXTENSION_DIR}`,
        ],
      });
      egress.observe(context);
      await use(context);
      await context.close();
    },
  });
const test = withBrowser('zh-CN');
const testEn = withBrowser('en-US');

const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
  permissions: string[];
  host_permissions: string[];
};

/** The onboarding tab the install opened (it may first show about:blank). */
async function onboardingTab(context: BrowserContext, extensionId: string): Promise<Page> {
  const url = `chrome-extension://${extensionId}/onboarding.html`;
  let page: Page | undefined;
  await expect.poll(() => (page = context.pages().find((p) => p.url() === url)) !== undefined).toBe(true);
  await page!.getByRole('heading', { level: 1 }).waitFor();
  return page!;
}

async function checkContents(page: Page, L: (key: MessageKey) => string) {
  await expect(page).toHaveTitle(L('onboarding_title'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(L('onboarding_heading'));
  const what = page.getByRole('region', { name: L('onboarding_what_h') });
  await expect(what.getByRole('heading', { level: 3 })).toHaveText([
    L('onboarding_card_detect_h'),
    L('onboarding_card_evidence_h'),
    L('onboarding_card_deadline_h'),
    L('onboarding_card_refund_h'),
  ]);
  const local = page.getByRole('region', { name: L('onboarding_local_h') });
  await expect(local).toContainText(L('onboarding_local_where'));
  // Every permission the built manifest asks for is named and explained.
  const perms = page.getByRole('region', { name: L('onboarding_perm_h') });
  for (const name of [...manifest.permissions, ...manifest.host_permissions]) {
    const item = perms.locator(`[data-permissions~="${name}"]`);
    await expect(item, name).toHaveCount(1);
    await expect(item.locator('dd'), name).not.toBeEmpty();
  }
}

test('a fresh install opens the welcome page: contents, settings link, 开始使用', async ({
  context,
  extensionId,
}) => {
  const L = (key: MessageKey) => lookupMessage(key, []);
  const page = await onboardingTab(context, extensionId);
  await checkContents(page, L);

  await page.getByRole('link', { name: L('onboarding_settings_link') }).click();
  await page.waitForURL(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(L('settings_heading'));
  // …and back, from the settings page's own link.
  await page.getByRole('link', { name: L('settings_open_onboarding') }).click();
  await page.waitForURL(`chrome-extension://${extensionId}/onboarding.html`);

  // The click closes the tab, possibly before Playwright has finished the click (which then rejects): the
  // tab closing is what counts — a click that did nothing leaves `closed` unresolved and the test fails.
  const closed = page.waitForEvent('close');
  await page
    .getByRole('button', { name: L('onboarding_start') })
    .click()
    .catch(() => undefined);
  await closed;
  expect(context.pages().filter((p) => p.url().includes('/onboarding.html'))).toEqual([]);
});

testEn('in an English browser the welcome page is in English', async ({ context, extensionId }) => {
  const page = await onboardingTab(context, extensionId);
  await checkContents(page, (key) => lookupMessage(key, [], 1));
});
