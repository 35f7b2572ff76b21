import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_CANDIDATES } from '../electron/printing/chromium-engine';

/**
 * Browser-mode e2e against electron/host.ts on 127.0.0.1 (fixtures.ts starts one per worker),
 * plus the desktop app when an Electron binary is present (electron.spec.ts).
 * Debian's Chromium when installed; otherwise Playwright's own, on machines that have it.
 */
const systemChromium = CHROMIUM_CANDIDATES.find((file) => existsSync(file));

export default defineConfig({
  testDir: '.',
  outputDir: 'artifacts/test-results',
  globalSetup: './global-setup.ts',
  workers: 2,
  fullyParallel: false,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'artifacts/results.json' }]],
  use: {
    viewport: { width: 1366, height: 768 },
    locale: 'es-CO',
    timezoneId: 'America/Bogota',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /electron\.spec\.ts/,
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: systemChromium,
          args: CHROMIUM_ARGS,
        },
      },
    },
    {
      name: 'electron',
      testMatch: /electron\.spec\.ts/,
    },
  ],
});
