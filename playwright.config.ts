import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/chromium.ts';
import type { SandboxOptions } from './e2e/support/fixtures.ts';

// One browser (Debian's Chromium, found by e2e/support/chromium.ts), two context paths:
// Jira under the SDK serves at /jira, the official Docker image at the root.
export default defineConfig<SandboxOptions>({
  testDir: 'e2e/specs',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    launchOptions: chromiumLaunchOptions(),
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    trace: 'off',
  },
  projects: [
    { name: 'context-jira', use: { contextPath: '/jira' } },
    { name: 'context-root', use: { contextPath: '' } },
  ],
});
