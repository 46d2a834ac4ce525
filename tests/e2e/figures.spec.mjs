// /thong-ke, the programme in figures: every count equals what the gallery
// shows for the filter its link opens; certificates expiring within 90
// days (and expired) for a fixed "today"; the page without script, at
// 360 px with 200 % text and under axe; the open-data files parsed back.
// Runs in the main, district and subpath projects: expectations come from
// the served data (`data`).
import { expect, test, watchErrors, expectNoAxeViolations, appReady, parseCsv } from './helpers.mjs';

/** The products the portal lists: stars 3–5 as a number, first of each id. */
const listed = (catalog) => {
  const seen = new Set();
  return catalog.items.filter((p) => [3, 4, 5].includes(p.stars) && !seen.has(p.id) && seen.add(p.id));
};

const countIn = async (page) => Number((await page.locator('.toolbar__count').innerText()).match(/\d+/)?.[0] ?? NaN);

test('every bar and the commune × stars table open the gallery with exactly their count', async ({ page }) => {
  test.setTimeout(180_000);
  const watch = watchErrors(page);
  await page.goto('/thong-ke');
  await appReady(page);
  const bars = await page.$$eval('a.bars__item', (links) => links.map((a) => ({
    href: a.getAttribute('href'), label: a.querySelector('.bars__label').textContent, count: parseInt(a.querySelector('.bars__value').textContent, 10),
  })));
  const cells = await page.$$eval('.chart__table a', (links) => links.map((a) => ({ href: a.getAttribute('href'), count: Number(a.textContent) })));
  // Every star level, group and commune with products has its bar.
  const sections = await page.$$eval('.chart', (charts) => charts.map((c) => [c.querySelector('h2').textContent, c.querySelectorAll('a.bars__item').length]));
  for (const [title, n] of sections) expect(n, title).toBeGreaterThan(0);
  expect(bars.some((b) => /stars=5$/.test(b.href))).toBe(true);
  // The cross table: its links name a commune and a star level.
  const crossed = cells.filter((c) => /commune=.*&stars=\d$/.test(c.href));
  expect(crossed.length).toBeGreaterThan(0);
  const checked = [...bars, ...crossed.slice(0, 12)];
  const wrong = [];
  for (const { href, count, label } of checked) {
    // Absolute: the href carries the base path already.
    await page.goto(new URL(href, page.url()).href);
    await expect(page.locator('.toolbar__count')).toBeVisible();
    await appReady(page);
    const shown = await countIn(page);
    if (shown !== count) wrong.push(`${label ?? href}: ${count} on /thong-ke, ${shown} in the gallery (${href})`);
  }
  expect(wrong).toEqual([]);
  expect(watch.crashes()).toEqual([]);
});

test('the totals count the catalogue, and every listed commune appears', async ({ page, data }) => {
  await page.goto('/thong-ke');
  const products = listed(data.catalog);
  const totals = page.locator('.figures__totals');
  await expect(totals.locator('dd').first()).toHaveText(products.length.toLocaleString('de-DE'));
  const producers = new Set(products.map((p) => p.producer.name.trim()));
  await expect(totals.locator('dd').nth(1)).toHaveText(producers.size.toLocaleString('de-DE'));
  const labels = await page.locator('#chart-communes ~ .bars .bars__label').allInnerTexts();
  // Two communes of one name are told apart by their kind ("thị trấn Yên Viên").
  for (const c of data.catalog.communes) {
    const shared = data.catalog.communes.some((o) => o.slug !== c.slug && o.name === c.name);
    expect(labels, c.name).toContain(shared ? `${c.kind} ${c.name}` : c.name);
  }
});

test('certificates expiring within 90 days, and those expired, for a fixed today', async ({ page, data }) => {
  // A day some certificates of the served data run out within 90 days of.
  const future = listed(data.catalog).map((p) => p.expires_on).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d ?? '')).sort();
  const pivot = future[Math.floor(future.length / 2)];
  const today = new Date(Date.parse(`${pivot}T00:00:00Z`) - 30 * 864e5).toISOString().slice(0, 10);
  await page.clock.setFixedTime(new Date(`${today}T10:00:00+07:00`));
  // The page prerendered for the build day is adopted, then redrawn for
  // this day: one document, nothing said about a mismatch.
  const watch = watchErrors(page);
  let documents = 0;
  page.on('request', (r) => { if (r.isNavigationRequest() && r.frame() === page.mainFrame()) documents += 1; });
  await page.goto('/thong-ke');
  await appReady(page);
  const dmy = (iso) => iso.split('-').reverse().join('/');
  await expect(page.locator('.figures__asof')).toContainText(`Số liệu tính đến ngày ${dmy(today)}`);
  const days = (iso) => Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 864e5);
  const products = listed(data.catalog).map((p, i) => ({ ...p, i })).filter((p) => /^\d{4}-\d{2}-\d{2}$/.test(p.expires_on ?? ''));
  const expiring = products.filter((p) => days(p.expires_on) >= 0 && days(p.expires_on) <= 90)
    .sort((a, b) => days(a.expires_on) - days(b.expires_on) || a.i - b.i);
  const expired = products.filter((p) => days(p.expires_on) < 0).sort((a, b) => days(b.expires_on) - days(a.expires_on) || a.i - b.i);
  expect(expiring.length).toBeGreaterThan(0);
  const section = page.locator('.figures__certificates');
  await expect(section.locator('#expiring-title')).toContainText(`(${expiring.length} trong 90 ngày tới)`);
  const tables = section.locator('table');
  await expect(tables.first().locator('tbody th')).toHaveText(expiring.slice(0, 100).map((p) => p.name));
  await expect(tables.first().locator('tbody tr').first()).toContainText(dmy(expiring[0].expires_on));
  await expect(tables.first().locator('tbody tr').first()).toContainText(days(expiring[0].expires_on) === 0 ? 'hôm nay' : `còn ${days(expiring[0].expires_on)} ngày`);
  await expect(section.locator('#expired-title')).toContainText(`(${expired.length})`);
  if (expired.length) await expect(tables.nth(1).locator('tbody th').first()).toHaveText(expired[0].name);
  expect(documents).toBe(1);
  expect(watch.errors).toEqual([]);
  // Each links to its product.
  await tables.first().locator('tbody a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(expiring[0].name);
});

test('the open data: CSV with a BOM and JSON, the same products, parsed back', async ({ page, request, data, baseURL, basePath }) => {
  await page.goto('/thong-ke');
  const csvLink = page.getByRole('link', { name: 'Tải CSV' });
  await expect(csvLink).toHaveAttribute('href', `${basePath}/du-lieu/san-pham-ocop.csv`);
  const root = basePath ? `${new URL(baseURL).origin}${basePath}` : baseURL.replace(/\/$/, '');
  const bytes = await (await request.get(`${root}/du-lieu/san-pham-ocop.csv`)).body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  const [header, ...items] = rows;
  expect(header.slice(0, 3)).toEqual(['ma_san_pham', 'ten_san_pham', 'so_sao']);
  const products = listed(data.catalog);
  expect(items.map((r) => r[0])).toEqual(products.map((p) => p.id));
  expect(items.map((r) => r[1])).toEqual(products.map((p) => p.name));
  expect(items.map((r) => Number(r[2]))).toEqual(products.map((p) => p.stars));
  const url = header.indexOf('duong_dan');
  expect(items[0][url]).toMatch(new RegExp(`${basePath}/san-pham/${products[0].id}$`));
  const json = await (await request.get(`${root}/du-lieu/san-pham-ocop.json`)).json();
  expect(json.san_pham.map((p) => p.ten_san_pham)).toEqual(products.map((p) => p.name));
  expect(json.truong.map((f) => f.ten)).toEqual(header);
  expect(json.giay_phep.url).toMatch(/creativecommons/);
  await expect(page.locator('.open-data')).toContainText('CC BY 4.0');
});

test('reached from the footer and the gallery, with its own title and share card, and in the sitemap', async ({ page, request, data, baseURL, basePath }) => {
  await page.goto('/san-pham');
  await appReady(page);
  await page.getByRole('link', { name: 'Thống kê OCOP và dữ liệu mở ›' }).click();
  await expect(page).toHaveURL(/\/thong-ke$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.site.locality ? `Thống kê OCOP ${data.site.locality}` : 'Thống kê OCOP');
  await expect(page).toHaveTitle(new RegExp(`^Thống kê OCOP.* — `));
  await page.goto('/');
  await page.locator('footer').getByRole('link', { name: 'Thống kê OCOP và dữ liệu mở' }).click();
  await expect(page).toHaveURL(/\/thong-ke$/);
  await page.goto('/thong-ke');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /Thống kê OCOP/);
  const root = basePath ? `${new URL(baseURL).origin}${basePath}` : baseURL.replace(/\/$/, '');
  expect(await (await request.get(`${root}/sitemap.xml`)).text()).toContain(`${basePath}/thong-ke</loc>`);
});

test('axe finds nothing, with every table open', async ({ page }) => {
  await page.goto('/thong-ke');
  await appReady(page);
  await page.$$eval('details', (all) => all.forEach((d) => { d.open = true; }));
  await expectNoAxeViolations(page, 'main');
});

test.describe('without script', () => {
  test.use({ javaScriptEnabled: false });
  test('every number and the download links are in the page', async ({ page, basePath }) => {
    await page.goto('/thong-ke');
    await expect(page.locator('.figures__totals dd').first()).toHaveText(/\d/);
    await expect(page.locator('#chart-stars ~ .bars a.bars__item')).toHaveCount(3);
    await expect(page.locator('#chart-communes ~ .bars li').first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Tải JSON' })).toHaveAttribute('href', `${basePath}/du-lieu/san-pham-ocop.json`);
  });
});

test.describe('on a 360 px phone with the text at 200 %', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  test('nothing scrolls sideways', async ({ page }) => {
    await page.goto('/thong-ke');
    await appReady(page);
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
    await page.$$eval('details', (all) => all.forEach((d) => { d.open = true; }));
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
});
