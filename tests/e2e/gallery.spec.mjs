// The OCOP gallery: filters, facet counts, URL state, sorting, paging, and
// product pages.
import { expect, test, watchErrors, setFaults, expectNoAxeViolations, waitForShell } from './helpers.mjs';

const count = (page) => page.locator('.toolbar__count');
const cards = (page) => page.locator('.product-grid .product-card');
const facet = (page, legend) => page.locator('fieldset.facet').filter({ has: page.locator('legend', { hasText: legend }) });

test('all 149 products, 24 a page, with the page in the URL', async ({ page }) => {
  const watch = watchErrors(page);
  await page.goto('/san-pham');
  await expect(count(page)).toHaveText('149 sản phẩm');
  await expect(cards(page)).toHaveCount(24);
  await page.getByRole('link', { name: 'Trang 7', exact: true }).click();
  await expect(page).toHaveURL(/\/san-pham\?page=7$/);
  await expect(cards(page)).toHaveCount(149 - 6 * 24);
  await page.goBack();
  await expect(cards(page)).toHaveCount(24);
  expect(watch.errors).toEqual([]);
});

test('each filter narrows the results, and every card satisfies it', async ({ page }) => {
  await page.goto('/san-pham');
  await expect(count(page)).toHaveText('149 sản phẩm');
  // Stars
  await facet(page, 'Hạng sao').getByLabel(/5 sao/).check();
  await expect(page).toHaveURL(/stars=5/);
  await expect(count(page)).toHaveText('5 sản phẩm');
  for (const label of await cards(page).locator('.stars').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))) {
    expect(label).toBe('5 sao');
  }
  await page.getByRole('button', { name: 'Bỏ lọc 5 sao' }).click();
  await expect(count(page)).toHaveText('149 sản phẩm');
  // Commune
  await facet(page, 'Xã, thị trấn').getByLabel(/Kiêu Kỵ/).check();
  await expect(page).toHaveURL(/commune=kieu-ky/);
  const n = Number((await count(page).innerText()).split(' ')[0]);
  expect(n).toBeGreaterThan(0);
  expect(await cards(page).locator('.product-card__place').allInnerTexts()).toEqual(Array(Math.min(n, 24)).fill('Kiêu Kỵ'));
  // Group, on top: AND across facets
  await facet(page, 'Nhóm sản phẩm').getByLabel(/Hàng thủ công mỹ nghệ/).check();
  await expect(page).toHaveURL(/commune=kieu-ky/);
  await expect(page).toHaveURL(/group=thu-cong-my-nghe/);
  const m = Number((await count(page).innerText()).split(' ')[0]);
  expect(m).toBeGreaterThan(0);
  expect(m).toBeLessThanOrEqual(n);
  // Producer kind
  await facet(page, 'Loại hình chủ thể').getByLabel(/Hợp tác xã/).check();
  await expect(page).toHaveURL(/kind=htx/);
  await page.getByRole('button', { name: 'Xóa bộ lọc' }).first().click();
  await expect(count(page)).toHaveText('149 sản phẩm');
  await expect(page).toHaveURL(/\/san-pham$/);
});

test('facet counts tell what a click gives; impossible options are disabled', async ({ page }) => {
  await page.goto('/san-pham?stars=5');
  await expect(count(page)).toHaveText('5 sản phẩm');
  const communes = facet(page, 'Xã, thị trấn');
  const batTrang = communes.locator('li').filter({ has: page.locator('#f-commune-bat-trang') });
  await expect(batTrang.locator('.facet__count')).toHaveText('5');
  const vanDuc = communes.locator('li').filter({ has: page.locator('#f-commune-van-duc') });
  await expect(vanDuc.locator('.facet__count')).toHaveText('0');
  await expect(vanDuc.locator('input')).toBeDisabled();
  // Counts within the stars facet ignore the stars selection itself.
  const four = facet(page, 'Hạng sao').locator('li').filter({ hasText: '4 sao' });
  const fourCount = Number(await four.locator('.facet__count').innerText());
  await four.locator('input').check();
  await expect(count(page)).toHaveText(`${fourCount + 5} sản phẩm`);
});

test('text search ignores diacritics and matches producer and commune', async ({ page }) => {
  await page.goto('/san-pham');
  await page.getByLabel('Tìm sản phẩm, nhà sản xuất, xã').fill('quang vinh');
  await page.getByLabel('Tìm sản phẩm, nhà sản xuất, xã').press('Enter');
  await expect(page).toHaveURL(/q=quang(%20|\+)vinh/);
  await expect(count(page)).toHaveText('4 sản phẩm');
  await page.goto('/san-pham?q=GOM%20SU');
  const n = Number((await count(page).innerText()).split(' ')[0]);
  expect(n).toBeGreaterThan(5);
  await page.goto('/san-pham?q=khong-co-san-pham-nay');
  await expect(page.getByText('Không có sản phẩm nào khớp với bộ lọc.')).toBeVisible();
  await page.locator('.empty-state').getByRole('button', { name: 'Xóa bộ lọc' }).click();
  await expect(count(page)).toHaveText('149 sản phẩm');
});

test('a filtered link reproduces the view; Back steps through filter changes', async ({ page }) => {
  await page.goto('/san-pham?commune=bat-trang&stars=5');
  await expect(count(page)).toHaveText('5 sản phẩm');
  await expect(page.getByRole('button', { name: 'Bỏ lọc Bát Tràng' })).toBeVisible();
  await facet(page, 'Hạng sao').getByLabel(/4 sao/).check();
  await expect(page).toHaveURL(/stars=4,5/);
  const both = await count(page).innerText();
  expect(both).not.toBe('5 sản phẩm');
  await page.selectOption('.toolbar__sort select', 'name');
  await expect(page).toHaveURL(/sort=name/);
  await page.goBack();
  await expect(page).not.toHaveURL(/sort=name/);
  await expect(count(page)).toHaveText(both);
  await page.goBack();
  await expect(count(page)).toHaveText('5 sản phẩm');
  await expect(facet(page, 'Hạng sao').getByLabel(/4 sao/)).not.toBeChecked();
});

test('sorting by name follows Vietnamese order', async ({ page }) => {
  await page.goto('/san-pham?sort=name');
  const names = await cards(page).locator('.product-card__name').allInnerTexts();
  const collator = new Intl.Collator('vi');
  const sorted = [...names].sort((a, b) => collator.compare(a, b));
  expect(names).toEqual(sorted);
  await page.goto('/san-pham?sort=newest&stars=4');
  await expect(cards(page).first()).toBeVisible();
});

test('unknown or malformed query values are ignored', async ({ page }) => {
  const watch = watchErrors(page);
  await page.goto('/san-pham?stars=9,abc&commune=%3Cscript%3E&group=&sort=xyz&page=-3&foo=bar&stars=&kind=%E2%9C%93');
  await expect(count(page)).toHaveText('149 sản phẩm');
  await expect(cards(page)).toHaveCount(24);
  await page.goto('/san-pham?q=%zz%ff');
  await expect(page.getByText('Không có sản phẩm nào khớp với bộ lọc.')).toBeVisible();
  await page.goto('/san-pham?page=1000000000000');
  await expect(count(page)).toHaveText('149 sản phẩm');
  expect(watch.crashes()).toEqual([]);
});

test('expired certificates are marked and can be hidden', async ({ page }) => {
  await page.goto('/san-pham?sort=newest');
  await page.getByLabel('Ẩn sản phẩm đã hết hạn chứng nhận').check();
  await expect(page).toHaveURL(/valid=1/);
  await expect(page.locator('.badge--expired')).toHaveCount(0);
  const n = Number((await count(page).innerText()).split(' ')[0]);
  expect(n).toBeLessThan(149);
  expect(n).toBeGreaterThan(0);
});

test('a merged commune shows where it belongs now', async ({ page }) => {
  await page.goto('/san-pham');
  await expect(facet(page, 'Xã, thị trấn').locator('li').filter({ hasText: 'Văn Đức' })).toContainText('nay thuộc xã Bát Tràng');
});

test('product page, and back to the gallery with the filters intact', async ({ page }) => {
  const watch = watchErrors(page);
  await page.goto('/san-pham?commune=bat-trang&stars=5&sort=name');
  await expect(count(page)).toHaveText('5 sản phẩm');
  const name = await cards(page).first().locator('.product-card__name').innerText();
  await cards(page).first().locator('.product-card__name a').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.locator('.product__stars')).toContainText('5 sao');
  await expect(page.locator('.product__facts')).toContainText('Bát Tràng');
  await expect(page.locator('.producer')).toContainText('Loại hình');
  await expect(page.locator('.product__description .prose p').first()).not.toBeEmpty();
  await page.getByRole('navigation', { name: 'Đường dẫn' }).getByRole('link', { name: 'Sản phẩm OCOP' }).click();
  await expect(page).toHaveURL(/\/san-pham\?commune=bat-trang&stars=5&sort=name$/);
  await expect(count(page)).toHaveText('5 sản phẩm');
  expect(watch.errors).toEqual([]);
});

test('the image gallery works with buttons, keys and thumbnails', async ({ page }) => {
  await page.goto('/san-pham?stars=4&commune=ninh-hiep');
  await cards(page).first().locator('.product-card__name a').click();
  const main = page.locator('.image-gallery__main img');
  const first = await main.getAttribute('src');
  await page.getByRole('button', { name: 'Ảnh sau' }).click();
  await expect(main).not.toHaveAttribute('src', first);
  await page.locator('.image-gallery__main').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(main).toHaveAttribute('src', first);
  await page.locator('.image-gallery__thumb').nth(2).click();
  await expect(page.locator('.image-gallery__thumb').nth(2)).toHaveAttribute('aria-current', 'true');
});

test('a certificate shows its decision, dates and validity', async ({ page }) => {
  await page.goto('/san-pham?sort=newest&valid=1');
  await cards(page).first().locator('.product-card__name a').click();
  const certificate = page.locator('.certificate');
  await expect(certificate).toContainText('Quyết định');
  await expect(certificate).toContainText(/Hiệu lực đến\d{2}\/\d{2}\/\d{4}/);
  await expect(certificate).toContainText('Còn hiệu lực');
  const phone = page.locator('.producer a[href^="tel:"]');
  await expect(phone).toHaveAttribute('href', /^tel:\d+$/);
});

test('an unknown product says plainly that the portal has no such product', async ({ page }) => {
  await page.goto('/san-pham/khong-co-san-pham-nay');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy sản phẩm');
  await expect(page.locator('main')).toContainText('không có sản phẩm OCOP được chứng nhận nào mang mã “khong-co-san-pham-nay”');
});

test('a hostile product description executes nothing', async ({ page, context, baseURL }) => {
  const watch = watchErrors(page);
  await setFaults(context, baseURL, 'fixture:hostile-product.json@products/');
  await page.goto('/san-pham/san-pham-doc-hai');
  await expect(page.locator('.product__description .prose')).toContainText('Đoạn cuối bài.');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('<img src=x');
  await page.locator('.prose').getByText('Bấm vào đây').click();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  await expect(page.locator('.producer a[href^="javascript"]')).toHaveCount(0);
  await expect(page.locator('img[src^="javascript"]')).toHaveCount(0);
  expect(watch.crashes()).toEqual([]);
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('5-star ceramics of Bát Tràng in three taps, shared as a link', async ({ page }) => {
    await page.goto('/san-pham');
    await expect(count(page)).toHaveText('149 sản phẩm');
    await expect(page.locator('#gallery-filters')).toBeHidden();
    await page.getByRole('button', { name: /^Bộ lọc/ }).tap();                      // 1
    await facet(page, 'Hạng sao').locator('label').filter({ hasText: '5 sao' }).tap(); // 2
    await facet(page, 'Xã, thị trấn').locator('label').filter({ hasText: /^Bát Tràng/ }).tap(); // 3
    await expect(page.locator('.filters__done')).toHaveText('Xem 5 sản phẩm');
    await expect(page).toHaveURL(/commune=bat-trang/);
    await expect(page).toHaveURL(/stars=5/);
    const shared = page.url();
    await page.locator('.filters__done').tap();
    await expect(page.locator('#gallery-filters')).toBeHidden();
    await page.goto(shared);
    await expect(count(page)).toHaveText('5 sản phẩm');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

for (const path of ['/san-pham', '/san-pham?commune=bat-trang&stars=5', '/san-pham/bo-san-pham-gom-men-suoi-ngoc']) {
  test(`axe finds no violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await waitForShell(page);
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
  });
}
