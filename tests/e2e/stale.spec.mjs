// Never stale, never broken: the default build (prerendered from the
// default data) served with another district's API. Every page must show
// what the API serves now once it has loaded, with no hydration panic and
// no console error.
import { readFileSync } from 'node:fs';
import { test, expect, watchErrors, parseCsv } from './helpers.mjs';

test('the home page shows the API\'s site, news and products, not the prerendered ones', async ({ page, data }) => {
  const watch = watchErrors(page);
  await page.goto('/');
  await expect(page.locator('.brand__name')).toHaveText(data.site.name);
  await expect(page).toHaveTitle(data.site.name);
  const news = await (await page.request.get('api/news/page-1.json')).json();
  await expect(page.locator('.lead-story h3')).toHaveText(news.items[0].title);
  await expect(page.locator('footer .visitor-stats')).toContainText(data.stats.total_visits.toLocaleString('de-DE'));
  await expect(page.locator('main')).not.toContainText('Gia Lâm');
  expect(watch.errors).toEqual([]);
});

test('a prerendered article the API no longer has is not found', async ({ page }) => {
  const watch = watchErrors(page);
  await page.goto('/tin-tuc/gia-lam-doi-moi-san-xuat-nang-cao-san-pham-ocop');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
  expect(watch.crashes()).toEqual([]);
});

test('the gallery and a product show the API\'s catalogue', async ({ page, data }) => {
  const watch = watchErrors(page);
  await page.goto('/san-pham');
  await expect(page.locator('.toolbar__count')).toHaveText(`${data.catalog.items.length} sản phẩm`);
  await expect(page.locator('h1')).toHaveText(`Sản phẩm OCOP ${data.site.locality}`);
  const product = data.catalog.items[0];
  await page.goto(`/san-pham/${product.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(product.name);
  await page.goto('/san-pham/bo-san-pham-gom-men-suoi-ngoc');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy sản phẩm');
  expect(watch.crashes()).toEqual([]);
});

test('the news list and search follow the API', async ({ page }) => {
  const watch = watchErrors(page);
  const news = await (await page.request.get('api/news/page-1.json')).json();
  await page.goto('/tin-tuc');
  await expect(page.locator('.result-count')).toContainText(`${news.total_items} bài viết`);
  await expect(page.locator('.article-card h3').first()).toHaveText(news.items[0].title);
  // A news page the prerendered site had and the API does not.
  await page.goto('/tin-tuc/trang/4');
  await expect(page.getByText('Không có trang tin tức số 4.')).toBeVisible();
  expect(watch.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
});

test('the statistics page counts the API\'s catalogue and makes its open data from it in the browser', async ({ page, data }) => {
  const watch = watchErrors(page);
  await page.goto('/thong-ke');
  await expect(page.locator('.figures__totals dd').first()).toHaveText(data.catalog.items.length.toLocaleString('de-DE'));
  // The files beside the pages describe the catalogue they were built from:
  // the page makes them afresh instead.
  const button = page.getByRole('button', { name: 'Tải CSV' });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toBe('san-pham-ocop.csv');
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, ...rows] = parseCsv(text.slice(1));
  expect(header[1]).toBe('ten_san_pham');
  expect(rows.map((r) => r[1])).toEqual(data.catalog.items.map((p) => p.name));
  expect(watch.crashes()).toEqual([]);
});
