// Playwright drives Debian's Chromium (Playwright's own browser download is
// not available here) against the release build served by the fixture server.
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
// The embed tests' host sites (tests/e2e/host-server.mjs): two more origins
// on the next ports, so a run on another E2E_PORT moves them too.
const hostPort = Number(process.env.E2E_HOST_PORT ?? port + 1);
// Which build and data set to serve (defaults: dist/ and its own api/).
const dist = process.env.E2E_DIST ? ` --dist ${process.env.E2E_DIST}` : '';
const api = process.env.E2E_API ? ` --api ${process.env.E2E_API}` : '';

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.mjs$/,
  timeout: 45_000,
  expect: { timeout: 8_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'vi-VN',
    timezoneId: 'America/New_York', // dates must still show in Vietnam time
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      command: `node tests/e2e/server.mjs --port ${port}${dist}${api}`,
      cwd: '../..',
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `node tests/e2e/host-server.mjs --port ${hostPort} --alt-port ${hostPort + 1} --portal http://127.0.0.1:${port}`,
      cwd: '../..',
      url: `http://127.0.0.1:${hostPort}/three-widgets.html`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
