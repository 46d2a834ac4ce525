// A site prerendered from a back end with the faults real back ends have
// (tests/e2e/messy-api.mjs, served as the `messy` project): every page it
// wrote is adopted as it is (one document, no panic, no crash screen), and
// the pages the prerender skipped still show their not-found view.
import { expect, parseCsv, test } from './helpers.mjs';

test('every page prerendered from messy data is adopted as it is, and none crashes', async ({ page, request }) => {
  test.setTimeout(300_000);
  const sitemap = await (await request.get('sitemap.xml')).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const labels = paths.filter((p) => /\/san-pham\/[^/]+$/.test(p)).map((p) => `${p}/tem`);
  expect(paths.length).toBeGreaterThan(20);
  const problems = [];
  let said = [];
  let documents = 0;
  page.on('pageerror', (e) => said.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (/panicked|disagree|unreachable/.test(m.text())) said.push(`console: ${m.text().slice(0, 200)}`); });
  page.on('request', (r) => { if (r.isNavigationRequest() && r.frame() === page.mainFrame()) documents += 1; });
  for (const path of [...paths, ...labels, '/404']) {
    said = [];
    documents = 0;
    await page.goto(path);
    const crashed = await page.getByText('Trang gặp sự cố').count();
    if (said.length || crashed || documents !== 1) problems.push(`${path}: ${documents} documents${crashed ? ', crash screen' : ''} ${said.join(' | ')}`);
  }
  expect(problems).toEqual([]);
});

test('the pages the prerender skipped show their not-found view', async ({ page }) => {
  await page.goto('/san-pham/khong-co-chi-tiet');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Không tìm thấy|không có/i);
  await page.goto('/tin-tuc/trang/3');
  await expect(page.locator('.notice, .error-panel').first()).toBeVisible();
  await expect(page.getByText('Trang gặp sự cố')).toHaveCount(0);
});

test('the open-data CSV keeps hostile names as text a spreadsheet will not run', async ({ request }) => {
  const catalog = await (await request.get('api/products.json')).json();
  const csv = (await (await request.get('du-lieu/san-pham-ocop.csv')).body()).toString('utf8');
  const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
  expect(header[1]).toBe('ten_san_pham');
  // No cell starts as a formula; a name that did is kept after a quote.
  for (const row of rows) for (const cell of row) expect(cell, row[0]).not.toMatch(/^[=+\-@\t\r]/);
  const named = (id) => rows.find((r) => r[0] === id);
  const formula = catalog.items.find((p) => p.id === 'cong-thuc').name;
  expect(named('cong-thuc')[1]).toBe(`'${formula}`);
  expect(named('cong-thuc-2')[7]).toBe('\'+84 HTX "Mật, ong"');
  expect(named('emoji')[1]).toBe(catalog.items.find((p) => p.id === 'emoji').name);
  expect(named('rtl')[1]).toBe(catalog.items.find((p) => p.id === 'rtl').name);
  // Items the app skips (stars 7, 4.5, missing) are not rows.
  expect(named('bay-sao')).toBeUndefined();
});

test.describe('on a 360 px phone with the text at 200 %', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('no page of messy data scrolls sideways', async ({ page }) => {
    test.setTimeout(120_000);
    const wide = [];
    for (const path of ['/', '/tin-tuc', '/san-pham', '/diem-ban', '/san-pham/ten-rat-dai', '/san-pham/emoji',
      '/san-pham/rtl', '/san-pham/zalgo', '/san-pham/xa-la', '/san-pham/ten-rat-dai/tem', '/tim-kiem?q=m%E1%BA%ADt', '/thong-ke']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${path}: ${overflow} px`);
    }
    expect(wide, 'pages wider than the screen').toEqual([]);
  });
});
