// The reader's path through the news: list, pages, article, tags, search.
import { expect, test, watchErrors, setFaults, expectNoAxeViolations, waitForShell, appReady } from './helpers.mjs';

const SEED = '/tin-tuc/gia-lam-doi-moi-san-xuat-nang-cao-san-pham-ocop';

test('list → page 2 → article → tag → back and forward', async ({ page }) => {
  const watch = watchErrors(page);
  await page.goto('/tin-tuc');
  const cards = page.locator('.article-card');
  await expect(cards).toHaveCount(12);
  await expect(page.locator('.result-count')).toContainText('trang 1/4');
  const firstOnPage1 = await cards.first().locator('h3').innerText();
  await page.getByRole('link', { name: 'Trang 2', exact: true }).click();
  await expect(page).toHaveURL(/\/tin-tuc\/trang\/2$/);
  await expect(page.locator('.result-count')).toContainText('trang 2/4');
  await expect(cards.first().locator('h3')).not.toHaveText(firstOnPage1);
  await expect(page.getByRole('link', { name: /Trang 2, trang hiện tại/ })).toHaveAttribute('aria-current', 'page');
  const title = await cards.first().locator('h3').innerText();
  await cards.first().locator('h3 a').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page).toHaveTitle(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} — `));
  const tag = page.locator('.tags a').first();
  const tagName = await tag.innerText();
  await tag.click();
  await expect(page).toHaveURL(/\/tim-kiem\?tag=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Từ khóa: ${tagName}`);
  await expect(page.locator('.search-hit a', { hasText: title })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await page.goBack();
  await expect(page).toHaveURL(/\/tin-tuc\/trang\/2$/);
  await expect(page.locator('.result-count')).toContainText('trang 2/4');
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  expect(watch.errors).toEqual([]);
});

test('a link or search to another section shows it at once, with no stopover', async ({ page }) => {
  const watch = watchErrors(page);
  // Each document records, in the tab's session storage, every page it
  // showed a placeholder for; a stopover would show "Đang mở trang…".
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.body?.textContent.includes('Đang mở trang')) sessionStorage.setItem('stopover', location.pathname);
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/tin-tuc');
  const link = page.locator('.article-card h3 a').first();
  const title = await link.innerText();
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await page.goBack();
  await expect(page.locator('.result-count')).toContainText('trang 1/4');
  await page.locator('#header-search').fill('gốm');
  await page.locator('#header-search').press('Enter');
  await expect(page).toHaveURL(/\/tim-kiem\?q=g%E1%BB%91m$/);
  await expect(page.locator('.search-hit').first()).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.getItem('stopover'))).toBeNull();
  expect(watch.errors).toEqual([]);
});

test('text typed into the search box before the app has started is still there, and searched', async ({ page }) => {
  // A slow phone: the page is there, its wasm is not yet.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto('/tin-tuc', { beforeApp: true });
  await page.locator('#header-search').fill('gốm');
  release();
  await appReady(page);
  await expect(page.locator('#header-search')).toHaveValue('gốm');
  await page.locator('#header-search').press('Enter');
  await expect(page).toHaveURL(/\/tim-kiem\?q=g%E1%BB%91m$/);
  await expect(page.locator('.search-hit').first()).toBeVisible();
});

test('a page number past the last says so and offers the first page', async ({ page }) => {
  await page.goto('/tin-tuc?page=99');
  await expect(page.getByText('Không có trang tin tức số 99.')).toBeVisible();
  await page.getByRole('link', { name: 'Về trang tin mới nhất' }).click();
  await expect(page.locator('.article-card')).toHaveCount(12);
  for (const junk of ['0', '-1', 'abc', '1000000000000', '%zz']) {
    await page.goto(`/tin-tuc?page=${junk}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tin tức');
    await expect(page.locator('.article-card, .notice').first()).toBeVisible();
  }
});

test('while the next page loads, the current one stays with a busy mark', async ({ page, context, baseURL }) => {
  await page.goto('/tin-tuc');
  await expect(page.locator('.article-card')).toHaveCount(12);
  await setFaults(context, baseURL, 'slow@news/page-2.json');
  const first = await page.locator('.article-card h3').first().innerText();
  await page.getByRole('link', { name: 'Trang 2', exact: true }).click();
  await expect(page.locator('.loaded[aria-busy="true"]').first()).toBeVisible();
  await expect(page.locator('.article-card h3').first()).toHaveText(first);
  await expect(page.locator('.result-count')).toContainText('trang 2/4', { timeout: 10_000 });
});

test('while an article loads, neither the page nor its tab title says "not found"', async ({ page, context, baseURL }) => {
  await page.goto('/tin-tuc');
  await expect(page.locator('.article-card')).toHaveCount(12);
  await setFaults(context, baseURL, 'slow@articles/');
  const titles = [];
  await page.exposeFunction('__title', (t) => titles.push(t));
  await page.evaluate(() => new MutationObserver(() => window.__title(document.title))
    .observe(document.head, { subtree: true, childList: true, characterData: true }));
  const name = await page.locator('.article-card h3').first().innerText();
  await page.locator('.article-card h3 a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name, { timeout: 10_000 });
  await expect(page).toHaveTitle(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} — `));
  expect(titles.filter((t) => /Không tìm thấy/.test(t))).toEqual([]);
  await expect(page.locator('.not-found')).toHaveCount(0);
});

test('the seed article: date, views, byline, figures, related and latest news', async ({ page }) => {
  const watch = watchErrors(page);
  await page.goto(SEED);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Huyện Gia Lâm: Đổi mới hoạt động sản xuất để phát triển và nâng cao sản phẩm OCOP',
  );
  await expect(page.locator('.article__toolbar .meta')).toHaveText('Thứ Hai, 24/06/2024 · Lượt xem: 15');
  await expect(page.locator('.byline')).toHaveText('Tổng hợp: Thanh Tuyền (Nguồn: Tạp chí Công nghiệp & Tiêu dùng)');
  await expect(page.locator('.breadcrumb')).toContainText('Chương trình OCOP');
  const figures = page.locator('.prose figure');
  expect(await figures.count()).toBeGreaterThanOrEqual(2);
  await expect(figures.first().locator('img')).toHaveAttribute('loading', 'lazy');
  await expect(figures.first().locator('figcaption')).not.toBeEmpty();
  await expect(page.locator('.prose')).toContainText('149');
  expect(await page.locator('.related li').count()).toBeGreaterThan(0);
  expect(await page.locator('.latest li').count()).toBeGreaterThan(0);
  await expect(page.locator('.latest')).not.toContainText('Huyện Gia Lâm: Đổi mới hoạt động sản xuất');
  const description = await page.locator('meta[name=description]').getAttribute('content');
  expect(description).toContain('2024');
  const share = page.locator('.share');
  await expect(share.getByRole('link', { name: 'Facebook' })).toHaveAttribute('href', /facebook\.com\/sharer.*gia-lam-doi-moi/);
  await expect(share.getByRole('link', { name: 'Zalo' })).toHaveAttribute('href', /zalo\.me.*gia-lam-doi-moi/);
  expect(watch.errors).toEqual([]);
});

test('A+ enlarges the text and the choice survives a reload', async ({ page }) => {
  await page.goto(SEED);
  const prose = page.locator('.prose');
  const before = await prose.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
  await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
  const after = await prose.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(after).toBeGreaterThan(before * 1.2);
  await page.reload();
  await expect(page.locator('.prose')).toBeVisible();
  const reloaded = await page.locator('.prose').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(reloaded).toBeCloseTo(after, 1);
});

test('printing shows the article only', async ({ page }) => {
  await page.goto(SEED);
  await expect(page.locator('.prose')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.site-header')).toBeHidden();
  await expect(page.locator('footer')).toBeHidden();
  await expect(page.locator('.share')).toBeHidden();
  await expect(page.locator('.latest')).toBeHidden();
  await expect(page.locator('.prose')).toBeVisible();
});

test('an unknown article is the not-found page, not an error', async ({ page }) => {
  await page.goto('/tin-tuc/khong-co-bai-nay');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.goto('/tin-tuc/<script>');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
});

test('search ignores diacritics and case, ranks titles first, highlights', async ({ page }) => {
  await page.goto('/');
  await waitForShell(page);
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('combobox').fill('gom su bat trang');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tim-kiem\?q=gom%20su%20bat%20trang$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kết quả tìm kiếm: gom su bat trang');
  // The articles' group lists every article found, titles first.
  const hits = page.locator('[aria-labelledby="search-articles"] .search-hit');
  expect(await hits.count()).toBeGreaterThan(1);
  await expect(page.locator('#search-articles')).toHaveText(`Tin tức (${await hits.count()})`);
  const firstMarks = await hits.first().locator('mark').allInnerTexts();
  expect(firstMarks.join(' ').toLowerCase()).toMatch(/gốm/);
  await page.goto('/tim-kiem?q=PHU%20DONG');
  await expect(page.locator('[aria-labelledby="search-articles"] .search-hit').first().locator('mark')).toHaveText(['Phù', 'Đổng']);
  await page.goto('/tim-kiem?q=zzzzkhongco');
  await expect(page.locator('.result-count')).toHaveText('0 kết quả');
});

test('category view names the category', async ({ page }) => {
  await page.goto('/tim-kiem?category=ocop');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chuyên mục: Chương trình OCOP');
  expect(await page.locator('.search-hit').count()).toBeGreaterThan(3);
});

test('a hostile article body executes nothing in the browser', async ({ page, context, baseURL }) => {
  const watch = watchErrors(page);
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs += 1; await d.dismiss(); });
  await setFaults(context, baseURL, 'fixture:hostile-article.json@articles/');
  await page.goto('/tin-tuc/bai-doc-hai');
  await expect(page.locator('.prose h2')).toHaveText('Nội dung an toàn');
  await expect(page.locator('.prose')).toContainText('Đoạn cuối bài.');
  await expect(page.locator('.prose')).toContainText('Bấm vào đây');
  await expect(page.locator('.prose script, .prose iframe, .prose object, .prose embed, .prose svg, .prose form, .prose style')).toHaveCount(0);
  await page.locator('.prose').getByText('Bấm vào đây').click();
  await page.locator('.prose').getByText('Di chuột qua đây').hover();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  expect(dialogs).toBe(0);
  await expect(page.locator('.byline a')).toHaveCount(0);
  await expect(page).toHaveURL(/bai-doc-hai$/);
  await expect(page.locator('body')).toBeVisible();
  expect(watch.crashes()).toEqual([]);
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  for (const path of ['/', '/tin-tuc', SEED, '/tim-kiem?q=ocop']) {
    test(`${path} fits the screen`, async ({ page }) => {
      await page.goto(path);
      await waitForShell(page);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

for (const path of ['/tin-tuc?page=2', SEED, '/tim-kiem?q=gom%20su', '/tim-kiem?tag=OCOP']) {
  test(`axe finds no violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await waitForShell(page);
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
  });
}

test('an article with a pasted form (named controls shadowing DOM properties) renders, and stays alive', async ({ page, context, baseURL }) => {
  const watch = watchErrors(page);
  await setFaults(context, baseURL, 'fixture:clobbering-article.json@articles/');
  // Not prerendered: the browser's sanitiser reads the parsed tree itself.
  await page.goto('/tin-tuc/bai-co-bieu-mau');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bài viết dán cả biểu mẫu');
  const prose = page.locator('.prose');
  await expect(prose).toContainText('Đầu bài viết.');
  await expect(prose).toContainText('Sau biểu mẫu namespaceURI.');
  await expect(prose).toContainText('Sau biểu mẫu textContent.');
  await expect(prose).toContainText('Cuối bài viết.');
  await expect(prose.locator('form, input, button')).toHaveCount(0);
  await expect(prose).not.toContainText('Trong biểu mẫu');
  // The page still works: its links and buttons answer.
  await page.getByRole('button', { name: 'A+ tăng cỡ chữ' }).click();
  await expect(page.locator('article.article')).toHaveAttribute('data-text-scale', '115');
  // (Every article is the fixture here, so go to the news list.)
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tin tức' }).click();
  await expect(page).toHaveURL(/\/tin-tuc$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tin tức');
  expect(watch.crashes()).toEqual([]);
});
