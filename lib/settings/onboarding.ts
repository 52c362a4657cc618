/**
 * The onboarding page opens once, when CardShield is installed — not on updates or browser updates. A headless
 * browser (automation: the e2e suite, the bench, the scripted demo) has nobody to greet, so no tab is opened
 * there; test/e2e/onboarding.spec.ts runs a browser that reports an ordinary user agent to check the real path.
 */
import { browser } from 'wxt/browser';

export const ONBOARDING_PATH = '/onboarding.html';

export function shouldOpenOnboarding(reason: string, userAgent: string): boolean {
  return reason === 'install' && !/HeadlessChrome/.test(userAgent);
}

export async function openOnboarding(details: { reason: string }): Promise<void> {
  if (!shouldOpenOnboarding(details.reason, globalThis.navigator?.userAgent ?? '')) return;
  await browser.tabs.create({ url: browser.runtime.getURL(ONBOARDING_PATH) });
}
