/**
 * `npm run bench`: speed goals measured in the real browser, printed as numbers (never asserted in tests).
 * Needs a build (`npm run build`) and Chromium.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, EXTENSION_DIR } from '../test/e2e/browser';
import { benchEvidence } from './bench/evidence';
import { benchHostile } from './bench/hostile';
import { benchPopup } from './bench/popup';
import { benchSentinel } from './bench/sentinel';

if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
  console.error('bench: no build found — run `npm run build` first');
  process.exit(1);
}

const context = await chromium.launchPersistentContext('', {
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: CHROMIUM_FLAGS,
});
try {
  console.log('CardShield benchmarks');
  for (const line of await benchSentinel(context)) console.log(`  ${line}`);
  for (const line of await benchHostile(context)) console.log(`  ${line}`);
} finally {
  await context.close();
}
// Evidence capture runs in a browser of its own: the built extension in a real-sized window.
for (const line of await benchEvidence()) console.log(`  ${line}`);
// The popup with a heavy history (2,000 orders, 20,000 evidence records): a browser of its own too.
for (const line of await benchPopup()) console.log(`  ${line}`);
