// Content first: every page arrives as HTML with its content and metadata,
// is readable without script, is adopted by its wasm bundle without being
// redrawn, and a page served for another URL never passes itself off as
// that URL's.
import { test, expect, watchErrors, appReady } from './helpers.mjs';

const ARTICLE = '/tin-tuc/gia-lam-doi-moi-san-xuat-nang-cao-san-pham-ocop';
const PRODUCT = '/san-pham/bo-san-pham-gom-men-suoi-ngoc';

test.describe('the HTML a crawler gets', () => {
  test('an article carries its title, body, Open Graph, Twitter card and JSON-LD', async ({ request, baseURL }) => {
    const article = await (await request.get(`api/articles/${ARTICLE.split('/').pop()}.json`)).json();
    const response = await request.get(ARTICLE);
    expect(response.status()).toBe(200);
    // Comments (the hydration's markers) are nothing to a crawler.
    const html = (await response.text()).replace(/<!--[\s\S]*?-->|<!>/g, '');
    expect(html).toContain(`<h1 class="article__title">${article.title}</h1>`);
    // A sentence from the middle of the body, as text.
    const sentence = article.body_html.replace(/<[^>]+>/g, ' ').split('.').map((s) => s.trim()).filter((s) => s.length > 40)[2];
    expect(html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain(sentence.replace(/\s+/g, ' '));
    const meta = (attribute, key) => html.match(new RegExp(`<meta data-page ${attribute}="${key}" content="([^"]*)"`))?.[1];
    expect(meta('property', 'og:type')).toBe('article');
    expect(meta('property', 'og:title')).toBe(article.title);
    expect(meta('property', 'og:description')).toBe(article.summary);
    expect(meta('property', 'og:url')).toMatch(new RegExp(`^https?://[^/]+${ARTICLE}$`));
    expect(meta('name', 'twitter:card')).toBe('summary_large_image');
    expect(meta('name', 'description')).toBe(article.summary);
    expect(html).toMatch(new RegExp(`<link data-page rel="canonical" href="https?://[^"]+${ARTICLE}">`));
    expect(html).toContain(`<title data-page>${article.title} — `);
    // The share card is a 1200 × 630 PNG the portal serves.
    const image = meta('property', 'og:image');
    expect(image).toMatch(/^https?:\/\/.+\.png$/);
    const card = await request.get(new URL(image).pathname);
    expect(card.headers()['content-type']).toBe('image/png');
    const png = await card.body();
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    const jsonLd = [...html.matchAll(/<script data-page type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
    const news = jsonLd.find((d) => d['@type'] === 'NewsArticle');
    expect(news.headline).toBe(article.title);
    expect(news.datePublished).toBe(article.published_at);
    const crumbs = jsonLd.find((d) => d['@type'] === 'BreadcrumbList');
    expect(crumbs.itemListElement.map((i) => i.name)).toContain('Tin tức');
    expect(baseURL).toBeTruthy();
  });

  test('every page kind is prerendered with its own title and a canonical link', async ({ request }) => {
    for (const [path, title] of [
      ['/', /^Cổng thông tin OCOP/],
      ['/tin-tuc', /^Tin tức — /],
      ['/tin-tuc/trang/2', /^Tin tức — trang 2 — /],
      ['/tim-kiem', /^Tìm kiếm — /],
      ['/san-pham', /^Sản phẩm OCOP — /],
      [PRODUCT, /^Bộ sản phẩm gốm men Suối Ngọc — /],
      [`${PRODUCT}/tem`, /^Tem QR: /],
      ['/diem-ban', /^Điểm giới thiệu và bán sản phẩm OCOP — /],
    ]) {
      const html = await (await request.get(path)).text();
      const shown = html.match(/<title data-page>([^<]*)<\/title>/)?.[1] ?? '';
      expect(shown, path).toMatch(title);
      expect(html, path).toMatch(/<link data-page rel="canonical" href="https?:\/\/[^"]+">/);
      expect(html, path).toContain('<div id="app"><');
    }
  });

  test('sitemap, robots.txt and the RSS feed', async ({ request }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text();
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    expect(locs).toContain('/');
    expect(locs).toContain(ARTICLE);
    expect(locs).toContain(PRODUCT);
    expect(locs).toContain('/tin-tuc/trang/2');
    expect(sitemap).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/);
    // Every listed page exists as a file.
    for (const path of locs.slice(0, 30)) expect((await request.get(path)).status(), path).toBe(200);
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
    const rss = await (await request.get('/rss.xml')).text();
    expect(rss).toContain('<rss version="2.0"');
    expect([...rss.matchAll(/<item>/g)]).toHaveLength(20);
    expect(rss).toMatch(/<pubDate>\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:00 \+0700<\/pubDate>/);
    const home = await (await request.get('/')).text();
    expect(home).toMatch(/<link rel="alternate" type="application\/rss\+xml"[^>]* href="\/rss\.xml">/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('home, news list, article, gallery and product show their content; links are plain navigation', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.lead-story h3')).not.toBeEmpty();
    await expect(page.locator('.product-grid .product-card')).toHaveCount(8);
    await expect(page.locator('footer .visitor-stats')).toContainText('3.219.712');
    await expect(page.locator('noscript')).toHaveCount(0);
    // The navigation shows without its menu button.
    await page.setViewportSize({ width: 360, height: 740 });
    await expect(page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tin tức' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tin tức' }).click();
    await expect(page).toHaveURL(/\/tin-tuc$/);
    await expect(page.locator('.article-card')).toHaveCount(12);
    await page.getByRole('link', { name: 'Trang 2', exact: true }).click();
    await expect(page).toHaveURL(/\/tin-tuc\/trang\/2$/);
    await expect(page.locator('.result-count')).toContainText('trang 2/4');
    await page.goto(ARTICLE);
    await expect(page.locator('.prose p').first()).not.toBeEmpty();
    await expect(page.locator('.prose figure img').first()).toHaveAttribute('src', /\/api\/images\//);
    await expect(page.locator('.byline')).toContainText('Nguồn');
    await expect(page.locator('.tags a').first()).toBeVisible();
    await page.goto('/san-pham');
    await expect(page.locator('.product-grid .product-card')).toHaveCount(24);
    await expect(page.locator('.toolbar__count')).toHaveText('149 sản phẩm');
    // The filters need script, and say so.
    await expect(page.locator('noscript')).toHaveCount(1);
    await page.locator('.product-grid .product-card__name a').first().click();
    await expect(page.locator('.product__description .prose p').first()).not.toBeEmpty();
    await expect(page.locator('.validity')).toBeVisible();
  });
});

test.describe('hydration', () => {
  // A page that reads no query is adopted whatever query a share adds.
  const shared = [`${ARTICLE}?fbclid=IwAR0abc`, '/?utm_source=zalo&utm_medium=chat'];
  for (const path of ['/', '/tin-tuc', '/tin-tuc/trang/3', ARTICLE, '/tim-kiem', '/san-pham', PRODUCT, `${PRODUCT}/tem`, '/diem-ban', ...shared]) {
    test(`${path} is adopted as it is`, async ({ page }) => {
      const watch = watchErrors(page);
      await page.addInitScript(() => {
        window.__changes = 0;
        document.addEventListener('DOMContentLoaded', () => {
          new MutationObserver((records) => {
            for (const r of records) window.__changes += r.addedNodes.length + r.removedNodes.length;
          }).observe(document.getElementById('app'), { childList: true, subtree: true });
        });
      });
      await page.goto(path);
      // Anything that changes after hydration is the app's own doing (a
      // date moving to today, say); hydration itself adds or removes nothing.
      expect(await page.evaluate(() => window.__changes)).toBe(0);
      expect(watch.errors).toEqual([]);
    });
  }
});

test.describe('a page served for another URL', () => {
  test('a filtered gallery URL never shows the unfiltered results as its own', async ({ page }) => {
    // Record every count the toolbar ever shows, from the first frame.
    await page.addInitScript(() => {
      window.__counts = [];
      const look = () => {
        const count = document.querySelector('.toolbar__count');
        const visible = count && count.getClientRects().length && getComputedStyle(count).visibility !== 'hidden';
        if (visible) window.__counts.push(count.textContent);
      };
      document.addEventListener('DOMContentLoaded', () => {
        look();
        new MutationObserver(look).observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
      });
    });
    await page.goto('/san-pham?stars=5');
    await expect(page.locator('.toolbar__count')).toHaveText('5 sản phẩm');
    await expect(page.getByRole('button', { name: 'Bỏ lọc 5 sao' })).toBeVisible();
    const counts = await page.evaluate(() => window.__counts);
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.filter((c) => c !== '5 sản phẩm')).toEqual([]);
  });

  test('until its app has run, the misleading content is hidden', async ({ page }) => {
    // The bundles never arrive: the HTML is all the reader has.
    await page.route(/\.wasm$/, (route) => route.abort());
    await page.goto('/san-pham?stars=5', { beforeApp: true });
    await expect(page.locator('html')).toHaveClass(/stale/);
    await expect(page.locator('.toolbar__count')).toBeHidden();
    await page.goto('/san-pham', { beforeApp: true });
    await expect(page.locator('html')).not.toHaveClass(/stale/);
    await expect(page.locator('.toolbar__count')).toHaveText('149 sản phẩm');
  });

  test('an article published after the build is drawn in the browser', async ({ page, context, baseURL }) => {
    const watch = watchErrors(page);
    // The host's fallback serves the home page's HTML for it.
    await context.route(/\/api\/articles\/bai-moi-sau-khi-dung\.json$/, async (route) => {
      const seed = await (await page.request.get(`${baseURL}/api/articles/${ARTICLE.split('/').pop()}.json`)).json();
      await route.fulfill({ json: { ...seed, slug: 'bai-moi-sau-khi-dung', title: 'Bài mới sau khi dựng trang' } });
    });
    await page.goto('/tin-tuc/bai-moi-sau-khi-dung');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bài mới sau khi dựng trang');
    await expect(page.locator('html')).not.toHaveClass(/stale/);
    await expect(page).toHaveTitle(/^Bài mới sau khi dựng trang — /);
    expect(watch.crashes()).toEqual([]);
  });
});

test('layout does not shift while the page loads and hydrates', async ({ page }) => {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/', ARTICLE, '/san-pham', PRODUCT]) {
      await page.addInitScript(() => {
        window.__cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(path);
      await appReady(page);
      await page.waitForTimeout(500);
      const cls = await page.evaluate(() => window.__cls);
      expect(cls, `${path} at ${width} px`).toBeLessThanOrEqual(0.02);
    }
  }
});

test('a prerendered page the app cannot adopt is drawn afresh, never left dead', async ({ page }) => {
  const documents = [];
  page.on('request', (r) => { if (r.isNavigationRequest() && r.frame() === page.mainFrame()) documents.push(r.url()); });
  // HTML that disagrees with what the app draws from the same data (here
  // text where the app has an element, as a render that differs leaves):
  // adopting it panics; the page must come back drawn afresh, once.
  let served = 0;
  await page.route((url) => url.pathname.endsWith(ARTICLE), async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    served += 1;
    const broken = served === 1 ? html.replace(/<h1 class="article__title">([^<]*)(<!>)?<\/h1>/, '$1') : html;
    await route.fulfill({ response, body: broken });
  });
  await page.goto(ARTICLE, { beforeApp: true });
  await appReady(page);
  await expect(page.locator('h1.article__title')).toBeVisible();
  await expect(page.getByText('Trang gặp sự cố')).toHaveCount(0);
  expect(documents).toHaveLength(2);
  // The page works: a link is followed in place.
  await page.locator('.breadcrumb a', { hasText: 'Tin tức' }).click();
  await expect(page.locator('.article-card').first()).toBeVisible();
  expect(documents).toHaveLength(2);
});

test.describe('HTML the guard hides fetches no pictures', () => {
  /** Opens `url` with the app held back, and counts the pictures asked for. */
  async function picturesWhileHidden(page, url, edit) {
    const asked = [];
    page.on('request', (r) => { if (r.resourceType() === 'image') asked.push(r.url()); });
    if (edit) {
      await page.route((u) => u.pathname === new URL(url, 'http://x').pathname, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: edit(await response.text()) });
      });
    }
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
    await page.goto(url, { beforeApp: true });
    await expect(page.locator('html')).toHaveClass(/stale/);
    await page.waitForTimeout(1500);
    const before = [...asked];
    release();
    await appReady(page);
    await expect(page.locator('html')).not.toHaveClass(/stale/);
    return before;
  }

  test('a page served for another URL (a filtered gallery)', async ({ page }) => {
    const asked = await picturesWhileHidden(page, '/san-pham?stars=4');
    expect(asked).toEqual([]);
    await expect(page.locator('.product-grid .product-card').first()).toBeVisible();
  });

  test('the page a host falls back to (an article newer than the build)', async ({ page }) => {
    // The home page was the fallback once: its lead picture was fetched.
    const asked = await picturesWhileHidden(page, '/tin-tuc/bai-moi-sau-khi-dung');
    expect(asked).toEqual([]);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('the embedded gallery, which is never prerendered', async ({ page }) => {
    const asked = await picturesWhileHidden(page, '/embed/san-pham?stars=5');
    expect(asked).toEqual([]);
    await expect(page.locator('.product-card').first()).toBeVisible();
  });

  const anotherBackEnd = (html) => html.replace('<meta charset="utf-8">', '<meta charset="utf-8"><meta name="ocop-api-base" content="api/">');

  test('a page served with another back end named (the ocop-api-base meta)', async ({ page }) => {
    const asked = await picturesWhileHidden(page, '/tin-tuc', anotherBackEnd);
    expect(asked).toEqual([]);
    await expect(page.locator('.article-card').first()).toBeVisible();
  });

  test('a page the guard shows has its top picture fetched once, before the app starts', async ({ page }) => {
    const asked = [];
    page.on('request', (r) => { if (r.resourceType() === 'image') asked.push(r.url()); });
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
    await page.goto('/tin-tuc/bat-trang-ra-mat-trung-tam-thiet-ke-sang-tao-gioi-thieu-san-pham-ocop', { beforeApp: true });
    const top = page.locator('main img[fetchpriority="high"]');
    // Shown by the prerendered HTML alone: the guard preloaded it.
    await expect(top).toHaveJSProperty('complete', true);
    expect(await top.evaluate((img) => img.naturalWidth)).toBeGreaterThan(0);
    const src = await top.evaluate((img) => img.currentSrc);
    expect(await page.evaluate(() => document.querySelector('link[rel="preload"][as="image"]')?.href)).toBe(src);
    release();
    await appReady(page);
    expect(asked.filter((u) => u === src)).toHaveLength(1);
  });

  // The pages with a picture at their top: the browser's preload scanner
  // used to ask for it before the guard could hide the page.
  for (const [kind, url] of [
    ['the home page', '/'],
    ['an article', '/tin-tuc/bat-trang-ra-mat-trung-tam-thiet-ke-sang-tao-gioi-thieu-san-pham-ocop'],
    ['a product', '/san-pham/banh-chung'],
  ]) {
    test(`${kind} served with another back end named asks for none of its pictures, not even the top one`, async ({ page }) => {
      const asked = await picturesWhileHidden(page, url, anotherBackEnd);
      expect(asked).toEqual([]);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // Drawn afresh, the page shows its top picture again.
      await expect(page.locator('main img[fetchpriority="high"]')).toHaveJSProperty('complete', true);
    });
  }
});
