// Playwright drives Debian's Chromium (Playwright's own browser download is
// not available here) against the release build served by the fixture server.
//
// Projects, each on its own fixture server:
// - main:     the production build (dist/) with its own data;
// - subpath:  the same bundles prerendered for /ocop/ (dist-ocop/), served
//             under /ocop: the gallery, news, product, label, search and
//             figures specs;
// - district: a build prerendered from another district's data
//             (dist-district/ with target/district-api): the shell and
//             gallery and figures specs, and no page may say "Gia Lâm";
// - stale:    the default build served with the other district's API: the
//             pages must show what the API serves now (stale.spec.mjs);
// - messy:    a build prerendered from a back end with faults in every file
//             (dist-messy/ with target/messy-api, tests/e2e/messy-api.mjs).
// scripts/test.sh builds all five; a project whose build is missing is left
// out, so `npx playwright test` works with dist/ alone.
import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

const port = Number(process.env.E2E_PORT ?? 4173);
// The embed tests' host sites (tests/e2e/host-server.mjs): two more origins
// on the next ports, so a run on another E2E_PORT moves them too.
const hostPort = Number(process.env.E2E_HOST_PORT ?? port + 1);
const dist = process.env.E2E_DIST ?? 'dist';
const api = process.env.E2E_API ? ` --api ${process.env.E2E_API}` : '';
const root = new URL('../../', import.meta.url).pathname;
const has = (path) => existsSync(`${root}${path}`);
const district = 'target/district-api';

const server = (serverPort, args) => ({
  command: `node tests/e2e/server.mjs --port ${serverPort} ${args}`,
  cwd: '../..',
  url: `http://127.0.0.1:${serverPort}/${args.includes('--base /ocop') ? 'ocop/' : ''}`,
  reuseExistingServer: false,
  stdout: 'ignore',
});

const projects = [{ name: 'main', testIgnore: /(stale|messy)\.spec\.mjs/, use: { baseURL: `http://127.0.0.1:${port}` } }];
const webServer = [
  server(port, `--dist ${dist}${api}`),
  {
    command: `node tests/e2e/host-server.mjs --port ${hostPort} --alt-port ${hostPort + 1} --portal http://127.0.0.1:${port}`,
    cwd: '../..',
    url: `http://127.0.0.1:${hostPort}/three-widgets.html`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
];
if (has('dist-ocop') && !process.env.E2E_DIST) {
  projects.push({
    name: 'subpath',
    testMatch: /(gallery|news|label|spa|search|figures)\.spec\.mjs$/,
    use: { baseURL: `http://127.0.0.1:${port + 10}/ocop/`, basePath: '/ocop' },
  });
  webServer.push(server(port + 10, '--dist dist-ocop --base /ocop'));
}
if (has('dist-district') && has(district) && !process.env.E2E_DIST) {
  projects.push({
    name: 'district',
    testMatch: /(shell|gallery|figures)\.spec\.mjs$/,
    use: { baseURL: `http://127.0.0.1:${port + 11}`, otherDistrict: true },
  });
  webServer.push(server(port + 11, `--dist dist-district --api ${district}`));
}
if (has('dist-messy') && has('target/messy-api') && !process.env.E2E_DIST) {
  projects.push({ name: 'messy', testMatch: /messy\.spec\.mjs$/, use: { baseURL: `http://127.0.0.1:${port + 13}` } });
  webServer.push(server(port + 13, '--dist dist-messy --api target/messy-api'));
}
if (has(district) && !process.env.E2E_DIST) {
  projects.push({ name: 'stale', testMatch: /stale\.spec\.mjs$/, use: { baseURL: `http://127.0.0.1:${port + 12}` } });
  webServer.push(server(port + 12, `--dist dist --api ${district}`));
}

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
  projects,
  webServer,
});
