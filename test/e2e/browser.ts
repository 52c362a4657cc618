// Launching Chromium with the built extension: shared by the e2e fixtures and `npm run demo`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';

export const EXTENSION_DIR = path.resolve(
  process.env.EXTENSION_DIR ?? path.join(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3'),
);
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian Chromium headless on a closed network, as root (house-style §5): used by e2e, the demo and the bench. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface LaunchOptions {
  headless: boolean;
  /** Route all browser traffic (loopback included) through this HTTP proxy. */
  proxyServer?: string;
  /** Let the caller handle Ctrl+C / SIGTERM (Playwright would otherwise exit the process with 130). */
  callerHandlesSignals?: boolean;
  /** Browser UI language, which picks the extension's _locales catalogue (default zh-CN, the buyer's). */
  lang?: UiLang;
}

export type UiLang = 'zh-CN' | 'en-US';

/** Chromium on Linux takes its UI language from the environment (needs Debian's chromium-l10n packs). */
export function langEnv(lang: UiLang = 'zh-CN'): Record<string, string> {
  const tag = lang.replace('-', '_');
  return { ...(process.env as Record<string, string>), LANGUAGE: tag, LANG: `${tag}.UTF-8` };
}

/** Persistent context (extensions need one) on Debian Chromium, flags from house-style §5. */
export async function launchWithExtension({
  headless,
  proxyServer,
  callerHandlesSignals = false,
  lang,
}: LaunchOptions): Promise<BrowserContext> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run npm run build first`);
  }
  return chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless,
    handleSIGINT: !callerHandlesSignals,
    handleSIGTERM: !callerHandlesSignals,
    env: langEnv(lang),
    viewport: headless ? { width: 1280, height: 800 } : null,
    // Playwright adds <-loopback> to the bypass list, so 127.0.0.1 goes through the proxy too.
    ...(proxyServer ? { proxy: { server: proxyServer } } : {}),
    args: [
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
}

/** The extension's service worker, waiting for it on a fresh profile (~3 s on Chromium 156). */
export async function extensionWorker(context: BrowserContext, extensionId?: string): Promise<Worker> {
  const ours = (w: Worker) => w.url().startsWith(`chrome-extension://${extensionId ?? ''}`);
  return context.serviceWorkers().find(ours) ?? (await context.waitForEvent('serviceworker', ours));
}

/** Id of the tab showing `url`, asked from the service worker (the popup's `?tabId=` target). */
export async function tabIdOf(context: BrowserContext, extensionId: string, url: string): Promise<number> {
  const worker = await extensionWorker(context, extensionId);
  const id = await worker.evaluate(
    async (wanted) => (await chrome.tabs.query({})).find((tab) => tab.url === wanted)?.id,
    url,
  );
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
}
