// One single-page app: a reader's journey through every section, by clicks
// and Back/Forward, loads one document; after each move the new page's
// heading has the focus and its title is announced; Back returns to where
// the reader was; what a page needs is fetched on intent, once; a link to
// a file of the site is still the browser's to load. Runs at / (main) and
// under /ocop/ (subpath).
import { expect, test, watchErrors } from './helpers.mjs';

/** Counts the documents the tab loads (its main frame's navigations). */
function countDocuments(page) {
  const seen = [];
  page.on('request', (r) => {
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) seen.push(r.url());
  });
  return seen;
}

const h1 = (page) => page.getByRole('heading', { level: 1 });
const nav = (page, name) => page.locator('#site-nav').getByRole('link', { name, exact: true });

test('a journey through every section by clicks, and back, loads one document', async ({ page, data }) => {
  const watch = watchErrors(page);
  const documents = countDocuments(page);
  await page.goto('/');
  await page.evaluate(() => { window.journeyMark = 'still here'; });
  const steps = [];
  const step = async (what, act, check) => {
    await act();
    await check();
    steps.push(what);
  };
  // home → an article
  const lead = page.locator('.lead-story__title a');
  const leadTitle = await lead.innerText();
  await step('article', () => lead.click(), () => expect(h1(page)).toHaveText(leadTitle));
  // → its category
  const category = page.locator('.breadcrumb a').nth(2);
  const categoryName = await category.innerText();
  await step('category', () => category.click(), () => expect(h1(page)).toHaveText(`Chuyên mục: ${categoryName}`));
  // → the gallery
  await step('gallery', () => nav(page, 'Sản phẩm OCOP').click(), () => expect(page.locator('.product-grid .product-card').first()).toBeVisible());
  // → 5 stars
  const top = Math.max(...data.catalog.items.map((p) => Number(p.stars)).filter((s) => s >= 3 && s <= 5));
  await step(`${top} stars`, () => page.locator('fieldset.facet').filter({ has: page.locator('legend', { hasText: 'Hạng sao' }) }).getByLabel(new RegExp(`${top} sao`)).check(), () => expect(page).toHaveURL(new RegExp(`stars=${top}`)));
  // → a product
  const card = page.locator('.product-grid .product-card h3 a').first();
  const productName = await card.innerText();
  await step('product', () => card.click(), () => expect(h1(page)).toHaveText(productName));
  // → sale points (when the back end has them)
  if (data.points) {
    await step('points', () => nav(page, 'Điểm bán').click(), () => expect(page).toHaveURL(/\/diem-ban$/));
  }
  // → the news
  await step('news', () => nav(page, 'Tin tức').click(), () => expect(page.locator('.article-card').first()).toBeVisible());
  // → the gallery again, another product, its label
  await step('gallery', () => nav(page, 'Sản phẩm OCOP').click(), () => expect(page.locator('.product-grid .product-card').first()).toBeVisible());
  const second = page.locator('.product-grid .product-card h3 a').nth(1);
  const secondName = await second.innerText();
  await step('product', () => second.click(), () => expect(h1(page)).toHaveText(secondName));
  await step('label', () => page.getByRole('link', { name: 'Tem QR của sản phẩm' }).click(), () => expect(page.locator('.label').first()).toContainText(secondName));
  // Back four times: the product, the gallery, the news, (the points).
  await page.goBack();
  await expect(h1(page)).toHaveText(secondName);
  await page.goBack();
  await expect(page.locator('.product-grid .product-card').first()).toBeVisible();
  await page.goBack();
  await expect(page.locator('.article-card').first()).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(data.points ? /\/diem-ban$/ : new RegExp(`/san-pham/[^/?]+`));
  await page.goForward();
  await expect(page.locator('.article-card').first()).toBeVisible();

  expect(steps.length).toBeGreaterThanOrEqual(9);
  expect(documents, 'documents loaded during the journey').toHaveLength(1);
  expect(await page.evaluate(() => window.journeyMark)).toBe('still here');
  expect(watch.crashes()).toEqual([]);
});

test('after a move the heading has the focus, the title is announced, the tab title and meta follow', async ({ page }) => {
  await page.goto('/tin-tuc');
  const link = page.locator('.article-card h3 a').first();
  const title = await link.innerText();
  await link.click();
  await expect(h1(page)).toHaveText(title);
  await expect(h1(page)).toBeFocused();
  await expect(page).toHaveTitle(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} — `));
  await expect(page.locator('[aria-live="polite"][role="status"]').last()).toContainText(title);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical).toMatch(/\/tin-tuc\/[a-z0-9-]+$/);
  expect(await page.locator('link[rel="canonical"]').count()).toBe(1);
  // The header's section follows.
  await expect(nav(page, 'Tin tức')).toHaveAttribute('aria-current', 'page');
  await expect(nav(page, 'Trang chủ')).not.toHaveAttribute('aria-current', 'page');
});

test('Back returns to where the reader was on the page', async ({ page }) => {
  const documents = countDocuments(page);
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('/tin-tuc');
  const last = page.locator('.article-card h3 a').last();
  await last.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(500);
  const title = await last.innerText();
  await last.click();
  await expect(h1(page)).toHaveText(title);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(50);
  await page.goBack();
  await expect(page.locator('.article-card').last()).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before - 40);
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(40);
  expect(documents).toHaveLength(1);
});

test('the header search shows results in place', async ({ page }) => {
  const documents = countDocuments(page);
  await page.goto('/san-pham');
  await page.locator('#header-search').fill('gốm');
  await page.locator('#header-search').press('Enter');
  await expect(page).toHaveURL(/\/tim-kiem\?q=g%E1%BB%91m$/);
  await expect(page.locator('.search-hit').first()).toBeVisible();
  await expect(h1(page)).toBeFocused();
  expect(documents).toHaveLength(1);
});

test('what a page needs is fetched when the reader points at its link, and only once', async ({ page }) => {
  await page.goto('/tin-tuc');
  const link = page.locator('.article-card h3 a').nth(2);
  const slug = (await link.getAttribute('href')).split('/').pop();
  const asked = [];
  page.on('request', (r) => { if (r.url().endsWith(`/articles/${slug}.json`)) asked.push(r.url()); });
  await link.hover();
  await expect.poll(() => asked.length).toBe(1);
  await link.click();
  await expect(page.locator('.prose')).toBeVisible();
  expect(asked).toHaveLength(1);
});

test('a link to a file of the site is loaded by the browser, not shown as a page', async ({ page }) => {
  await page.goto('/');
  const feed = page.getByRole('link', { name: 'Tin mới qua RSS' });
  const [response] = await Promise.all([
    page.waitForEvent('response', (r) => r.url().endsWith('/rss.xml') && r.request().isNavigationRequest()),
    feed.click(),
  ]);
  expect(response.status()).toBe(200);
  await expect(page).toHaveURL(/\/rss\.xml$/);
});
