// The app shell: header, navigation, footer, routing, errors and retry.
// Names and figures come from the served data, so the suite runs against
// any district's back end (the `district` project).
import { expect, test, watchErrors, setFaults, clearFaults, expectNoAxeViolations, waitForShell } from './helpers.mjs';

/** A count as the portal writes it: 3.219.712. */
const figure = (n) => n.toLocaleString('vi-VN');

test('home shows the site name, tagline, links and visitor statistics', async ({ page, data }) => {
  const watch = watchErrors(page);
  await page.goto('/');
  await expect(page.locator('.brand__name')).toHaveText(data.site.name);
  await expect(page.locator('.brand__tagline')).toHaveText(data.site.tagline);
  const footer = page.locator('footer');
  await expect(footer.getByRole('heading', { name: 'Liên kết website' })).toBeVisible();
  await expect(footer.locator('.visitor-stats')).toContainText(`Số người đang online:${figure(data.stats.online)}`);
  await expect(footer.locator('.visitor-stats')).toContainText(`Tổng lượt truy cập:${figure(data.stats.total_visits)}`);
  const links = footer.locator('.link-list a');
  await expect(links).toHaveCount(data.site.links.length);
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /noopener/);
  }
  await expect(page).toHaveTitle(data.site.name);
  expect(watch.errors).toEqual([]);
});

test('a deep link loads and survives a reload; titles follow the page', async ({ page }) => {
  const watch = watchErrors(page);
  await page.goto('/tin-tuc');
  await waitForShell(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tin tức');
  await expect(page).toHaveTitle(/^Tin tức — /);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tin tức');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Sản phẩm OCOP', exact: true }).click();
  await expect(page).toHaveURL(/\/san-pham$/);
  await expect(page).toHaveTitle(/^Sản phẩm OCOP — /);
  await page.goBack();
  await expect(page).toHaveURL(/\/tin-tuc$/);
  expect(watch.errors).toEqual([]);
});

test('an unknown address shows the not-found page with a way home', async ({ page }) => {
  await page.goto('/khong-co-trang-nay');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
  await waitForShell(page);
  await page.getByRole('link', { name: 'Về trang chủ' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('.visitor-stats').first()).toBeVisible();
});

test('a server error shows a readable message, and retry recovers', async ({ page, context, baseURL, data }) => {
  const watch = watchErrors(page);
  await setFaults(context, baseURL, '500@stats.json');
  await page.goto('/');
  const footerStats = page.locator('footer section').filter({ hasText: 'Thống kê truy cập' });
  const alert = footerStats.getByRole('alert');
  await expect(alert).toContainText('Máy chủ đang gặp sự cố');
  await expect(alert).toContainText('mã lỗi 500');
  // The rest of the page still works.
  await expect(page.locator('.brand__name')).toHaveText(data.site.name);
  await clearFaults(context);
  await alert.getByRole('button', { name: 'Thử lại' }).click();
  await expect(footerStats.locator('.visitor-stats')).toContainText(figure(data.stats.total_visits));
  await expect(footerStats.getByRole('alert')).toHaveCount(0);
  expect(watch.crashes()).toEqual([]);
});

for (const [mode, message] of [
  ['html', 'Dữ liệu nhận được không hợp lệ'],
  ['truncated', 'Dữ liệu nhận được không hợp lệ'],
  ['503', 'Máy chủ đang gặp sự cố'],
]) {
  test(`site.json answered with ${mode} shows "${message}" and retries`, async ({ page, context, baseURL }) => {
    const watch = watchErrors(page);
    await setFaults(context, baseURL, `${mode}@site.json`);
    await page.goto('/');
    const alert = page.locator('header').getByRole('alert');
    await expect(alert).toContainText(message);
    await clearFaults(context);
    await alert.getByRole('button', { name: 'Thử lại' }).click();
    await waitForShell(page);
    expect(watch.crashes()).toEqual([]);
  });
}

test('a request that never answers times out with a message', async ({ page, context, baseURL, data }) => {
  test.setTimeout(40_000);
  await setFaults(context, baseURL, 'hang@stats.json');
  await page.goto('/', { beforeApp: true });
  const footerStats = page.locator('footer section').filter({ hasText: 'Thống kê truy cập' });
  // The prerendered figures show while the API is asked whether they still hold.
  await expect(footerStats.locator('.visitor-stats')).toContainText(figure(data.stats.online));
  await expect(footerStats.getByRole('alert')).toContainText('Máy chủ phản hồi quá lâu', { timeout: 15_000 });
  await clearFaults(context);
  await footerStats.getByRole('button', { name: 'Thử lại' }).click();
  await expect(footerStats.locator('.visitor-stats')).toContainText(figure(data.stats.online));
});

test('keyboard: the skip link comes first and jumps to the content', async ({ page }) => {
  await page.goto('/');
  await waitForShell(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: /Bỏ qua điều hướng/ });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#noi-dung')).toBeFocused();
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the menu button opens the navigation', async ({ page }) => {
    await page.goto('/');
    await waitForShell(page);
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await expect(nav).toBeHidden();
    const button = page.getByRole('button', { name: 'Danh mục' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await nav.getByRole('link', { name: 'Tin tức' }).click();
    await expect(page).toHaveURL(/\/tin-tuc$/);
    await expect(nav).toBeHidden();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('Escape closes the open menu and gives the focus back to its button', async ({ page }) => {
    await page.goto('/');
    await waitForShell(page);
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    const button = page.getByRole('button', { name: 'Danh mục' });
    await button.click();
    await expect(nav).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Trang chủ' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toBeFocused();
  });
});

/** One address of every kind of page the served data has. */
function everyPage(data) {
  const article = data.news.items[0];
  const product = data.catalog.items[0].id;
  return [
    '/',
    '/tin-tuc',
    ...(data.news.total_pages > 1 ? ['/tin-tuc/trang/2'] : []),
    `/tin-tuc/${article.slug}`,
    '/tim-kiem?q=ocop',
    ...(article.tags?.length ? [`/tim-kiem?tag=${encodeURIComponent(article.tags[0])}`] : []),
    '/san-pham',
    `/san-pham?stars=${data.catalog.items[0].stars}`,
    `/san-pham/${product}`,
    `/san-pham/${product}/tem`,
    ...(data.points ? ['/diem-ban'] : []),
    '/embed/san-pham',
    '/khong-co',
  ];
}

test('axe finds no violation on any page, moderate included', async ({ page, data }) => {
  test.setTimeout(120_000);
  for (const path of everyPage(data)) {
    await test.step(path, async () => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('on a 360 px phone with the text at 200 %', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('no page scrolls sideways', async ({ page, data }) => {
    test.setTimeout(120_000);
    const wide = [];
    for (const path of everyPage(data)) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      // A reader's larger default text: every rem and em doubles.
      // (Through the CSSOM: the Content-Security-Policy forbids inline styles.)
      await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
      // Against the screen's width (clientWidth), not innerWidth: on a
      // phone the layout viewport widens to fit a page wider than the
      // screen, so innerWidth grew with the overflow and hid it.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${path}: ${overflow} px`);
    }
    expect(wide, 'pages wider than the screen').toEqual([]);
  });

  test('the site\'s name wraps between words, never a letter a line', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
    // Its longest word fits on a line, and the name is wider than a few letters.
    const [width, word] = await page.locator('.brand__name').evaluate((name) => {
      const probe = document.createElement('span');
      probe.textContent = name.textContent.split(/\s+/).sort((x, y) => y.length - x.length)[0];
      probe.style.setProperty('white-space', 'nowrap');
      name.append(probe);
      const sizes = [name.getBoundingClientRect().width, probe.getBoundingClientRect().width];
      probe.remove();
      return sizes;
    });
    expect(width).toBeGreaterThanOrEqual(word);
    expect(width).toBeGreaterThan(100);
  });
});

test('the header retry reloads the site data and stays on the page', async ({ page, context, baseURL, data }) => {
  const watch = watchErrors(page);
  const stars = data.catalog.items[0].stars;
  await setFaults(context, baseURL, '503@site.json');
  await page.goto(`/san-pham?stars=${stars}`);
  const alert = page.locator('header').getByRole('alert');
  await expect(alert).toContainText('Máy chủ đang gặp sự cố');
  // A button inside a link is invalid HTML, and the link would win.
  await expect(page.locator('header a button, header a [role=button]')).toHaveCount(0);
  await clearFaults(context);
  await alert.getByRole('button', { name: 'Thử lại' }).click();
  await expect(page.locator('.brand__name')).toHaveText(data.site.name);
  await expect(alert).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`/san-pham\\?stars=${stars}$`));
  await expect(page.locator('.toolbar__count')).toHaveText(`${data.catalog.items.filter((p) => p.stars === stars).length} sản phẩm`);
  expect(watch.crashes()).toEqual([]);
});

test('with the site data failing, the tab still has a title, naming no place', async ({ page, context, baseURL, data }) => {
  await setFaults(context, baseURL, '503@site.json');
  await page.goto('/');
  const alert = page.locator('header').getByRole('alert');
  await expect(alert).toContainText('Máy chủ đang gặp sự cố');
  await expect(page).toHaveTitle('Cổng thông tin OCOP');
  await clearFaults(context);
  await alert.getByRole('button', { name: 'Thử lại' }).click();
  await expect(page).toHaveTitle(data.site.name);
});

test('the app works under the strict Content-Security-Policy', async ({ page, data }) => {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto('/');
  const policy = response.headers()['content-security-policy'];
  expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'/);
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toMatch(/'unsafe-eval'/);
  expect(policy).toContain("frame-ancestors 'none'");
  await waitForShell(page);
  for (const link of ['Tin tức', 'Sản phẩm OCOP']) {
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: link }).click();
    await expect(page.locator('main h1').first()).toBeVisible();
  }
  await page.goto(`/tin-tuc/${data.news.items[0].slug}`);
  await expect(page.locator('.prose p').first()).toBeVisible();
  await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
  await page.goto(`/san-pham/${data.catalog.items[0].id}`);
  await expect(page.locator('.product__description .prose p').first()).toBeVisible();
  expect(await page.evaluate(() => window.__csp)).toEqual([]);
});
