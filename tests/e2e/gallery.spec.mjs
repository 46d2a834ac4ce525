// The OCOP gallery: filters, facet counts, URL state, sorting, paging, and
// product pages. Every expectation is computed from the served catalogue,
// so the suite runs against any district's data (the `district` project).
import { expect, test, watchErrors, setFaults, expectNoAxeViolations, waitForShell } from './helpers.mjs';

const count = (page) => page.locator('.toolbar__count');
const cards = (page) => page.locator('.product-grid .product-card');
const facet = (page, legend) => page.locator('fieldset.facet').filter({ has: page.locator('legend', { hasText: legend }) });
const option = (page, key, value) => page.locator(`#f-${key}-${value}`);
const shown = (n) => `${n} sản phẩm`;
const PAGE_SIZE = 24;

/** What the gallery's rules say about the served catalogue. */
function catalogue(data) {
  const { items, communes, groups } = data.catalog;
  const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
  const communeName = (slug) => communes.find((c) => c.slug === slug)?.name ?? slug;
  const tally = (key, list = items) => {
    const counts = new Map();
    for (const p of list) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]);
  };
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
  return {
    items,
    total: items.length,
    communeName,
    groupName: (slug) => groups.find((g) => g.slug === slug)?.name ?? slug,
    tally,
    /** The highest star level any product holds. */
    top: Math.max(...items.map((p) => p.stars)),
    where: (pred) => items.filter(pred),
    // The products whose words hold every typed word (the search also
    // forgives slips, so it may find a few more, never fewer).
    matching: (text) => {
      const words = fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      return items.filter((p) => {
        const hay = new Set(fold(`${p.name} ${p.producer.name} ${communeName(p.commune)}`).split(/[^\p{L}\p{N}]+/u));
        return words.every((w) => hay.has(w));
      }).length;
    },
    valid: () => items.filter((p) => !p.expires_on || p.expires_on >= today).length,
    merged: () => communes.find((c) => (c.successors ?? []).length > 0),
  };
}

test('every product, 24 a page, with the page in the URL', async ({ page, data }) => {
  const c = catalogue(data);
  const watch = watchErrors(page);
  await page.goto('/san-pham');
  await expect(count(page)).toHaveText(shown(c.total));
  await expect(cards(page)).toHaveCount(Math.min(PAGE_SIZE, c.total));
  const last = Math.ceil(c.total / PAGE_SIZE);
  test.skip(last < 2, 'the catalogue fits on one page');
  await page.getByRole('link', { name: `Trang ${last}`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/san-pham\\?page=${last}$`));
  await expect(cards(page)).toHaveCount(c.total - (last - 1) * PAGE_SIZE);
  await page.goBack();
  await expect(cards(page)).toHaveCount(PAGE_SIZE);
  expect(watch.errors).toEqual([]);
});

test('each filter narrows the results, and every card satisfies it', async ({ page, data }) => {
  const c = catalogue(data);
  await page.goto('/san-pham');
  await expect(count(page)).toHaveText(shown(c.total));
  // Stars
  await facet(page, 'Hạng sao').getByLabel(new RegExp(`${c.top} sao`)).check();
  await expect(page).toHaveURL(new RegExp(`stars=${c.top}`));
  await expect(count(page)).toHaveText(shown(c.where((p) => p.stars === c.top).length));
  for (const label of await cards(page).locator('.stars').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))) {
    expect(label).toBe(`${c.top} sao`);
  }
  await page.getByRole('button', { name: `Bỏ lọc ${c.top} sao` }).click();
  await expect(count(page)).toHaveText(shown(c.total));
  // Commune: the one with the most products
  const [commune, n] = c.tally((p) => p.commune)[0];
  await option(page, 'commune', commune).check();
  await expect(page).toHaveURL(new RegExp(`commune=${commune}`));
  await expect(count(page)).toHaveText(shown(n));
  expect(await cards(page).locator('.product-card__place').allInnerTexts()).toEqual(Array(Math.min(n, PAGE_SIZE)).fill(c.communeName(commune)));
  // Group, on top: AND across facets
  const inCommune = c.where((p) => p.commune === commune);
  const [group, m] = c.tally((p) => p.group, inCommune)[0];
  await option(page, 'group', group).check();
  await expect(page).toHaveURL(new RegExp(`commune=${commune}`));
  await expect(page).toHaveURL(new RegExp(`group=${group}`));
  await expect(count(page)).toHaveText(shown(m));
  // Producer kind
  const [kind, k] = c.tally((p) => p.producer.kind, inCommune.filter((p) => p.group === group))[0];
  await option(page, 'kind', kind).check();
  await expect(page).toHaveURL(new RegExp(`kind=${kind}`));
  await expect(count(page)).toHaveText(shown(k));
  await page.getByRole('button', { name: 'Xóa bộ lọc' }).first().click();
  await expect(count(page)).toHaveText(shown(c.total));
  await expect(page).toHaveURL(/\/san-pham$/);
});

test('facet counts tell what a click gives; impossible options are disabled', async ({ page, data }) => {
  const c = catalogue(data);
  const topItems = c.where((p) => p.stars === c.top);
  await page.goto(`/san-pham?stars=${c.top}`);
  await expect(count(page)).toHaveText(shown(topItems.length));
  const communes = facet(page, 'Xã, thị trấn');
  const [best, bestCount] = c.tally((p) => p.commune, topItems)[0];
  await expect(communes.locator('li').filter({ has: option(page, 'commune', best) }).locator('.facet__count')).toHaveText(String(bestCount));
  const none = data.catalog.communes.find((x) => c.items.some((p) => p.commune === x.slug) && !topItems.some((p) => p.commune === x.slug));
  if (none) {
    const row = communes.locator('li').filter({ has: option(page, 'commune', none.slug) });
    await expect(row.locator('.facet__count')).toHaveText('0');
    await expect(row.locator('input')).toBeDisabled();
  }
  // Counts within the stars facet ignore the stars selection itself.
  const other = c.tally((p) => p.stars).find(([s]) => s !== c.top);
  test.skip(!other, 'every product holds the same star level');
  const row = facet(page, 'Hạng sao').locator('li').filter({ has: option(page, 'stars', other[0]) });
  await expect(row.locator('.facet__count')).toHaveText(String(other[1]));
  await row.locator('input').check();
  await expect(count(page)).toHaveText(shown(other[1] + topItems.length));
});

test('text search ignores diacritics and matches producer and commune', async ({ page, data }) => {
  const c = catalogue(data);
  const box = () => page.getByLabel('Tìm sản phẩm, nhà sản xuất, xã');
  // Two words of a producer's name, typed without diacritics.
  const producer = c.items[0].producer.name.split(' ').slice(-2).join(' ');
  const typed = producer.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
  await page.goto('/san-pham');
  await box().fill(typed);
  await box().press('Enter');
  await expect(page).toHaveURL(new RegExp(`q=${typed.split(' ').join('(%20|\\+)')}`));
  const atLeast = async (n) => {
    await expect(count(page)).toHaveText(/^\d+ sản phẩm$/);
    const found = Number((await count(page).innerText()).match(/\d+/)[0]);
    expect(found).toBeGreaterThanOrEqual(n);
    expect(found).toBeLessThan(c.total);
  };
  await atLeast(c.matching(typed));
  // Upper case, and a commune's name.
  const commune = c.communeName(c.items[0].commune).toUpperCase();
  await page.goto(`/san-pham?q=${encodeURIComponent(commune)}`);
  const n = c.matching(commune);
  expect(n).toBeGreaterThan(0);
  await atLeast(n);
  await page.goto('/san-pham?q=xyzzyqwv');
  await expect(page.getByText('Không có sản phẩm nào khớp với bộ lọc.')).toBeVisible();
  await page.locator('.empty-state').getByRole('button', { name: 'Xóa bộ lọc' }).click();
  await expect(count(page)).toHaveText(shown(c.total));
});

test('a filtered link reproduces the view; Back steps through filter changes', async ({ page, data }) => {
  const c = catalogue(data);
  const topItems = c.where((p) => p.stars === c.top);
  const [commune, n] = c.tally((p) => p.commune, topItems)[0];
  const other = c.tally((p) => p.stars).find(([s]) => s !== c.top)?.[0];
  test.skip(other === undefined, 'every product holds the same star level');
  const both = c.where((p) => p.commune === commune && (p.stars === c.top || p.stars === other)).length;
  await page.goto(`/san-pham?commune=${commune}&stars=${c.top}`);
  await expect(count(page)).toHaveText(shown(n));
  await expect(page.getByRole('button', { name: `Bỏ lọc ${c.communeName(commune)}` })).toBeVisible();
  await option(page, 'stars', other).check();
  await expect(page).toHaveURL(new RegExp(`stars=${[c.top, other].sort().join(',')}`));
  await expect(count(page)).toHaveText(shown(both));
  await page.selectOption('.toolbar__sort select', 'name');
  await expect(page).toHaveURL(/sort=name/);
  await page.goBack();
  await expect(page).not.toHaveURL(/sort=name/);
  await expect(count(page)).toHaveText(shown(both));
  await page.goBack();
  await expect(count(page)).toHaveText(shown(n));
  await expect(option(page, 'stars', other)).not.toBeChecked();
});

test('sorting by name follows Vietnamese order', async ({ page, data }) => {
  const c = catalogue(data);
  await page.goto('/san-pham?sort=name');
  const names = await cards(page).locator('.product-card__name').allInnerTexts();
  const collator = new Intl.Collator('vi');
  const sorted = [...names].sort((a, b) => collator.compare(a, b));
  expect(names).toEqual(sorted);
  await page.goto(`/san-pham?sort=newest&stars=${c.top}`);
  await expect(cards(page).first()).toBeVisible();
});

test('unknown or malformed query values are ignored', async ({ page, data }) => {
  const c = catalogue(data);
  const watch = watchErrors(page);
  await page.goto('/san-pham?stars=9,abc&commune=%3Cscript%3E&group=&sort=xyz&page=-3&foo=bar&stars=&kind=%E2%9C%93');
  await expect(count(page)).toHaveText(shown(c.total));
  await expect(cards(page)).toHaveCount(Math.min(PAGE_SIZE, c.total));
  await page.goto('/san-pham?q=%zz%ff');
  await expect(page.getByText('Không có sản phẩm nào khớp với bộ lọc.')).toBeVisible();
  await page.goto('/san-pham?page=1000000000000');
  await expect(count(page)).toHaveText(shown(c.total));
  expect(watch.crashes()).toEqual([]);
});

test('a value naming no commune, group or level is dropped: the full list, no chip', async ({ page, data }) => {
  const c = catalogue(data);
  await page.goto('/san-pham?commune=nowhere');
  await expect(count(page)).toHaveText(shown(c.total));
  await expect(page.locator('.chips')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Bỏ lọc/ })).toHaveCount(0);
  // Next to a real filter, only the real one holds.
  const [commune, n] = c.tally((p) => p.commune)[0];
  await page.goto(`/san-pham?commune=nowhere,${commune}&group=no-such-group&stars=2`);
  await expect(count(page)).toHaveText(shown(n));
  await expect(page.getByRole('button', { name: /^Bỏ lọc/ })).toHaveCount(1);
  await expect(page.getByRole('button', { name: `Bỏ lọc ${c.communeName(commune)}` })).toBeVisible();
  // A change of filter writes a clean address (a level the commune has).
  const level = Math.max(...data.catalog.items.filter((p) => p.commune === commune).map((p) => p.stars));
  await option(page, 'stars', level).check();
  await expect(page).toHaveURL(new RegExp(`\\?commune=${commune}&stars=${level}$`));
});

test('expired certificates are marked and can be hidden', async ({ page, data }) => {
  const c = catalogue(data);
  const valid = c.valid();
  test.skip(valid === c.total, 'no certificate in the catalogue has expired');
  await page.goto('/san-pham?sort=newest');
  await page.getByLabel('Ẩn sản phẩm đã hết hạn chứng nhận').check();
  await expect(page).toHaveURL(/valid=1/);
  await expect(page.locator('.badge--expired')).toHaveCount(0);
  await expect(count(page)).toHaveText(shown(valid));
});

test('a merged commune shows where it belongs now', async ({ page, data }) => {
  const c = catalogue(data);
  const merged = c.merged();
  test.skip(!merged, 'no commune of the catalogue was merged');
  await page.goto('/san-pham');
  const row = facet(page, 'Xã, thị trấn').locator('li').filter({ has: option(page, 'commune', merged.slug) });
  await expect(row).toContainText('nay thuộc');
  await expect(row).toContainText(c.communeName(merged.successors[0]));
});

test('product page, and back to the gallery with the filters intact', async ({ page, data }) => {
  const c = catalogue(data);
  const topItems = c.where((p) => p.stars === c.top);
  const [commune, n] = c.tally((p) => p.commune, topItems)[0];
  const watch = watchErrors(page);
  const filtered = `/san-pham?commune=${commune}&stars=${c.top}&sort=name`;
  await page.goto(filtered);
  await expect(count(page)).toHaveText(shown(n));
  const name = await cards(page).first().locator('.product-card__name').innerText();
  await cards(page).first().locator('.product-card__name a').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.locator('.product__stars')).toContainText(`${c.top} sao`);
  await expect(page.locator('.product__facts')).toContainText(c.communeName(commune));
  await expect(page.locator('.producer')).toContainText('Loại hình');
  await expect(page.locator('.product__description .prose p').first()).not.toBeEmpty();
  await page.getByRole('navigation', { name: 'Đường dẫn' }).getByRole('link', { name: 'Sản phẩm OCOP' }).click();
  await expect(page).toHaveURL(new RegExp(`${filtered.replace('?', '\\?')}$`));
  await expect(count(page)).toHaveText(shown(n));
  expect(watch.errors).toEqual([]);
});

test('the image gallery works with buttons, keys and thumbnails', async ({ page, data }) => {
  // A product with three images or more.
  let id;
  for (const p of data.catalog.items) {
    const detail = await (await page.request.get(data.api(`products/${p.id}.json`))).json();
    if ((detail.images ?? []).length >= 3) {
      id = p.id;
      break;
    }
  }
  test.skip(!id, 'no product has three images');
  await page.goto(`/san-pham/${id}`);
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
  await expect(phone).toHaveAttribute('href', /^tel:\+?\d+$/);
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

  test('the best products of a commune in three taps, shared as a link', async ({ page, data }) => {
    const c = catalogue(data);
    const [commune, n] = c.tally((p) => p.commune, c.where((p) => p.stars === c.top))[0];
    await page.goto('/san-pham');
    await expect(count(page)).toHaveText(shown(c.total));
    await expect(page.locator('#gallery-filters')).toBeHidden();
    await page.getByRole('button', { name: /^Bộ lọc/ }).tap(); // 1
    await page.locator(`label[for="f-stars-${c.top}"]`).tap(); // 2
    await page.locator(`label[for="f-commune-${commune}"]`).tap(); // 3
    await expect(page.locator('.filters__done')).toHaveText(`Xem ${shown(n)}`);
    await expect(page).toHaveURL(new RegExp(`commune=${commune}`));
    await expect(page).toHaveURL(new RegExp(`stars=${c.top}`));
    const shared = page.url();
    await page.locator('.filters__done').tap();
    await expect(page.locator('#gallery-filters')).toBeHidden();
    await page.goto(shared);
    await expect(count(page)).toHaveText(shown(n));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('axe finds no violation on the gallery, a filtered gallery and a product', async ({ page, data }) => {
  const c = catalogue(data);
  const [commune] = c.tally((p) => p.commune)[0];
  for (const path of ['/san-pham', `/san-pham?commune=${commune}&stars=${c.top}`, `/san-pham/${c.items[0].id}`]) {
    await page.goto(path);
    await waitForShell(page);
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
  }
});
