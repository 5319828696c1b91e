import { defineConfig } from '@playwright/test';

// A dedicated port with --strictPort and no reuse: something else on this machine may already
// listen on Vite's default 4173, and Playwright would silently test that app instead.
const PORT = Number(process.env.E2E_PORT ?? 4391);
// No browser can be downloaded here: use the system Chromium (Debian package `chromium`).
// Several people may run suites at once on one machine: each can pick its own port and build folder.
const DIST = process.env.E2E_DIST ?? 'dist';
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    acceptDownloads: true,
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    },
  },
  webServer: {
    // E2E_NO_BUILD=1 serves an existing build (CI builds once, then runs e2e against it).
    command: `${process.env.E2E_NO_BUILD ? '' : `npx vite build --outDir ${DIST} && `}npx vite preview --outDir ${DIST} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
