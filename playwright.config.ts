import { defineConfig } from '@playwright/test';

// E2E against the built extension (.output/chrome-mv3) in Debian Chromium; see test/e2e/fixtures.ts.
// No webServer: the demo card platform is started in-process by the `demo` fixture.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000, // browser + extension start-up (~3 s) included
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    trace: 'retain-on-failure',
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
  },
});
