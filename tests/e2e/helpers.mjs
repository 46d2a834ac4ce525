// Shared steps of the end-to-end suites.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export { expect };

/**
 * The suites' `test`: Playwright's, plus
 * - `basePath` (project option): the sub-path the site is served under;
 *   `page.goto('/san-pham')` then opens `/ocop/san-pham`;
 * - `otherDistrict` (project option): the data set is another district's;
 *   after every test, the page must not name Gia Lâm anywhere;
 * - `data`: the served API's site, stats and catalogue, so a spec can say
 *   what a page must show whichever data set is served.
 */
export const test = base.extend({
  basePath: ['', { option: true }],
  otherDistrict: [false, { option: true }],
  page: async ({ page, basePath, otherDistrict, javaScriptEnabled, baseURL }, use, testInfo) => {
    // A failed test prints what the page said (a panic's message says
    // more than the screen that replaced the page).
    const said = watchErrors(page);
    // A prerendered page shows before its wasm runs; a test acts on a
    // portal page once the app runs (`beforeApp: true` looks at the page
    // as it arrives). Other pages (the embed hosts, the demo) load as usual.
    const portal = new URL(baseURL).origin;
    const onPortal = async () => page.url().startsWith(portal) && (await page.locator('#app').count()) > 0;
    const goto = page.goto.bind(page);
    page.goto = async (url, options = {}) => {
      const { beforeApp, ...rest } = options;
      const response = await goto(basePath && url.startsWith('/') ? `${basePath}${url}` : url, rest);
      if (!beforeApp && javaScriptEnabled !== false && (await onPortal())) await appReady(page);
      return response;
    };
    const reload = page.reload.bind(page);
    page.reload = async (options) => {
      const response = await reload(options);
      if (javaScriptEnabled !== false && (await onPortal())) await appReady(page);
      return response;
    };
    await use(page);
    if (testInfo.status !== testInfo.expectedStatus && said.errors.length) {
      console.log(`${testInfo.title}: the page said\n  ${said.errors.join('\n  ')}`);
    }
    if (otherDistrict && !page.isClosed() && page.url().startsWith('http')) {
      const shown = await page.evaluate(() => `${document.title}\n${document.head.innerHTML}\n${document.body.innerText}`);
      expect(shown, 'a page of another district names Gia Lâm').not.toMatch(/Gia\s*L[âa]m/i);
    }
  },
  data: async ({ request, baseURL, basePath }, use) => {
    const root = basePath ? `${new URL(baseURL).origin}${basePath}` : baseURL;
    const api = (path) => `${root}/api/${path}`;
    const get = async (path) => (await request.get(api(path))).json();
    const maybe = async (path) => {
      const response = await request.get(api(path));
      return response.ok() ? response.json() : null;
    };
    await use({
      api,
      site: await get('site.json'),
      stats: await get('stats.json'),
      catalog: await get('products.json'),
      news: await get('news/page-1.json'),
      points: await maybe('points.json'),
      href: (path) => `${basePath}${path}`,
    });
  },
});

/** Records console errors, page errors and wasm panics of a page. */
export function watchErrors(page) {
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return {
    errors,
    /** Page errors and panics only: failed requests are expected in fault tests. */
    crashes: () => errors.filter((e) => e.startsWith('pageerror') || /panicked|unreachable/.test(e)),
  };
}

/** Each way the fixture server can fail a request (`setFaults`), and the
 *  message a reader then sees. */
export const FAULT_MODES = [
  { mode: '404', message: 'Không tìm thấy dữ liệu' },
  { mode: '500', message: 'Máy chủ đang gặp sự cố' },
  { mode: '503', message: 'Máy chủ đang gặp sự cố' },
  { mode: 'reset', message: 'Không kết nối được máy chủ' },
  { mode: 'hang', message: 'Máy chủ phản hồi quá lâu' },
  { mode: 'html', message: 'Dữ liệu nhận được không hợp lệ' },
  { mode: 'truncated', message: 'Dữ liệu nhận được không hợp lệ' },
  { mode: 'wrongshape', message: 'Dữ liệu nhận được không hợp lệ' },
  { mode: 'empty', message: 'Dữ liệu nhận được không hợp lệ' },
];

/** Makes the fixture server misbehave for this browser context only. */
export async function setFaults(context, baseURL, ...rules) {
  await context.addCookies([
    { name: 'ocop-fault', value: encodeURIComponent(rules.join('~')), url: baseURL },
  ]);
}

export async function clearFaults(context) {
  await context.clearCookies();
}

/** axe-core, WCAG 2.1 A and AA rules and axe's best practices (heading
 *  order, unique landmarks…): no violation allowed, moderate included. */
export async function expectNoAxeViolations(page, include) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, 'axe violations').toEqual([]);
}

/** Waits until the app runs: a prerendered page is hydrated, or a page
 *  drawn in the browser is drawn (`web::boot` marks `<html data-app>`). */
export async function appReady(page) {
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 20_000 });
}

/** Waits until the app runs and the site name has loaded. */
export async function waitForShell(page) {
  await appReady(page);
  await expect(page.locator('.brand__name')).toHaveText(/OCOP/);
}

/** RFC 4180 rows of a CSV text (quoted cells, doubled quotes, CRLF). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i += 1; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell); rows.push(row); row = []; cell = ''; i += 1;
    } else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}
