// Fault injection: for every page kind, every way a back end fails ends in
// a specific Vietnamese message, the rest of the page keeps working, retry
// recovers once the server does, and nothing panics.
import { expect, test, watchErrors, setFaults, clearFaults, FAULT_MODES as MODES } from './helpers.mjs';

const PAGES = [
  { name: 'home', url: '/', api: 'news/page-1.json', ready: '.lead-story' },
  { name: 'news list', url: '/tin-tuc', api: 'news/page-1.json', ready: '.article-card' },
  { name: 'article', url: '/tin-tuc/gia-lam-doi-moi-san-xuat-nang-cao-san-pham-ocop', api: 'articles/', ready: '.prose p', notFoundPage: true },
  { name: 'search', url: '/tim-kiem?q=ocop', api: 'news/index.json', ready: '.search-hit' },
  { name: 'gallery', url: '/san-pham', api: 'products.json', ready: '.product-card' },
  { name: 'product', url: '/san-pham/bo-san-pham-gom-men-suoi-ngoc', api: 'products/bo-san-pham', ready: '.product__description .prose p', notFoundPage: 'Không tìm thấy sản phẩm' },
  { name: 'embed', url: '/embed/san-pham', api: 'products.json', ready: '.product-card', embed: true },
];

for (const p of PAGES) {
  test.describe(p.name, () => {
    for (const { mode, message } of MODES) {
      test(`${mode} → a clear message, the rest works, retry recovers`, async ({ page, context, baseURL }) => {
        test.setTimeout(mode === 'hang' ? 45_000 : 30_000);
        const watch = watchErrors(page);
        await setFaults(context, baseURL, `${mode}@${p.api}`);
        await page.goto(p.url);
        if (mode === '404' && p.notFoundPage) {
          // A missing article or product is a page that does not exist.
          const heading = typeof p.notFoundPage === 'string' ? p.notFoundPage : 'Không tìm thấy trang';
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
        } else {
          const alert = page.locator('main, .embed').getByRole('alert').first();
          await expect(alert).toContainText(message, { timeout: mode === 'hang' ? 15_000 : 8_000 });
          if (!p.embed) {
            // Everything else on the page still works.
            await expect(page.locator('footer .visitor-stats')).toContainText('3.219.712');
            await expect(page.locator('.brand__name')).toHaveText(/OCOP/);
          }
          await clearFaults(context);
          await alert.getByRole('button', { name: 'Thử lại' }).click();
          await expect(page.locator(p.ready).first()).toBeVisible();
          await expect(page.locator('main, .embed').getByRole('alert')).toHaveCount(0);
        }
        expect(watch.crashes()).toEqual([]);
      });
    }

    // A prerendered page shows its content with the HTML, whatever the
    // API's speed; a page drawn in the browser (the embed) shows loading.
    test('a 5-second delay: the content or a loading state at once, then the page works', async ({ page, context, baseURL }) => {
      const watch = watchErrors(page);
      await setFaults(context, baseURL, `slow@${p.api}`);
      await page.goto(p.url);
      await expect(page.locator(`${p.ready}:visible, [role=status]:visible`).first()).toBeVisible({ timeout: 1_500 });
      await expect(page.locator(p.ready).first()).toBeVisible({ timeout: 12_000 });
      await page.waitForTimeout(5_500);
      await expect(page.locator(p.ready).first()).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
      expect(watch.crashes()).toEqual([]);
    });
  });
}

test('a failing stats.json does not blank the article', async ({ page, context, baseURL }) => {
  await setFaults(context, baseURL, '500@stats.json', 'html@site.json');
  await page.goto(PAGES[2].url);
  await expect(page.locator('.prose p').first()).toBeVisible();
  await expect(page.locator('footer').getByRole('alert').first()).toBeVisible();
  await expect(page.locator('.latest li').first()).toBeVisible();
});

test('related and latest news failing leave the article readable', async ({ page, context, baseURL }) => {
  await setFaults(context, baseURL, '503@news/page-1.json');
  await page.goto(PAGES[2].url);
  await expect(page.locator('.prose p').first()).toBeVisible();
  await expect(page.locator('.latest').getByRole('alert')).toContainText('Máy chủ đang gặp sự cố');
});

test('bad URLs give sensible pages', async ({ page }) => {
  const watch = watchErrors(page);
  for (const url of [
    '/?x=1&x=2&%zz=%zz',
    '/tin-tuc?page=0',
    '/tin-tuc?page=1000000000000',
    '/tin-tuc?page=abc&page=2',
    '/tim-kiem?q=%E0%A4%A&tag=&category=%00',
    '/tim-kiem?q=' + 'a'.repeat(5000),
    '/san-pham?stars=0,6,%FF&page=999999999999&sort[]=x',
    '/san-pham/KHONG-HOP-LE',
    '/san-pham/%2e%2e%2fsite',
    '/tin-tuc/..%2f..%2fsite',
    '/embed/san-pham?limit=-5&theme=%3Cb%3E&filters=2&id=%22%3E',
    '/khong/co/trang/nay',
  ]) {
    await page.goto(url);
    await expect(page.locator('h1').first()).toBeVisible();
  }
  expect(watch.crashes()).toEqual([]);
});

test('a path with percent-encoded letters shows its page, once (no reload loop)', async ({ page, data }) => {
  const article = data.news.items[0];
  const product = data.catalog.items[0];
  for (const [url, heading] of [
    [`/%74in-tuc/${article.slug}`, article.title],
    [`/san-pham/${product.id}/%74em`, null],
    ['/%64iem-ban', null],
  ]) {
    // Documents, not history entries: the app respells the address in place.
    let loads = 0;
    const count = (r) => { if (r.isNavigationRequest() && r.frame() === page.mainFrame()) loads += 1; };
    page.on('request', count);
    await page.goto(url);
    if (heading) await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    else await expect(page.locator('h1').first()).toBeVisible();
    await expect(page.locator('h1').first()).not.toHaveText('Không tìm thấy trang');
    await page.waitForTimeout(1500);
    page.off('request', count);
    expect(loads, `${url}: documents loaded`).toBe(1);
  }
});

test('a link to a file of the site (the feed) is the server\'s, not the app\'s not-found page', async ({ page }) => {
  await page.goto('/');
  const feed = page.locator('footer a', { hasText: 'RSS' });
  await feed.evaluate((a) => a.removeAttribute('rel'));
  // The browser asks the server for it (and, a feed, downloads or shows it).
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.isNavigationRequest() && new URL(r.url()).pathname.endsWith('/rss.xml')),
    feed.click(),
  ]);
  expect((await request.response())?.headers()['content-type']).toMatch(/xml/);
  await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toHaveCount(0);
});

test('pictures that never arrive do not keep the app from starting', async ({ page }) => {
  // Every picture of the page hangs: its `load` event never comes.
  await page.route(/\.(svg|png|jpe?g|webp)(\?|$)/, () => {});
  await page.goto('/san-pham', { beforeApp: true, waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 8_000 });
  await page.locator('fieldset.facet input').first().check();
  await expect(page).toHaveURL(/\?/);
});

test('a page that was not prerendered, with a back end that never answers, says so', async ({ page, context, baseURL }) => {
  test.setTimeout(45_000);
  await setFaults(context, baseURL, 'hang@');
  await page.route(/\.(svg|png|jpe?g|webp)(\?|$)/, () => {});
  await page.goto('/tin-tuc/bai-moi-hon-ban-dung-trang', { beforeApp: true, waitUntil: 'domcontentloaded' });
  await expect(page.getByText('Máy chủ phản hồi quá lâu').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Thử lại' }).first()).toBeVisible();
});

test('an article the back end did not have yet shows once it does, by "Thử lại"', async ({ page, context, baseURL }) => {
  const watch = watchErrors(page);
  await setFaults(context, baseURL, '404@articles/');
  await page.goto(PAGES[2].url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
  await clearFaults(context);
  await page.getByRole('button', { name: 'Thử lại' }).click();
  await expect(page.locator('.prose p').first()).toBeVisible();
  expect(watch.crashes()).toEqual([]);
});
