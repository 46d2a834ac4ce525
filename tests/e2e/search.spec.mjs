// Search that forgives: the header's box suggests products and articles as
// the reader types (an ARIA combobox, by keyboard too), through missing
// accents and slips; `/tim-kiem` shows both kinds; the gallery follows its
// text box as the reader types; zero results always offer a way out. Runs
// at / (main) and under /ocop/ (subpath).
import { expect, test, watchErrors, expectNoAxeViolations } from './helpers.mjs';

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

/** The header's box, opened on phones (behind the menu button). */
async function headerBox(page) {
  const menu = page.locator('.menu-button');
  if (await menu.isVisible()) await menu.click();
  return page.locator('#header-search');
}

const list = (page) => page.getByRole('listbox', { name: 'Gợi ý tìm kiếm' });

test('typing "gom bat tran" on any page suggests the Bát Tràng ceramics, by keyboard too', async ({ page, data }) => {
  const watch = watchErrors(page);
  const documents = [];
  page.on('request', (r) => { if (r.isNavigationRequest() && r.frame() === page.mainFrame()) documents.push(r.url()); });
  // Bát Tràng's ceramics ("gốm" in the name, the producer or the summary).
  const ceramics = data.catalog.items.filter((p) => p.commune === 'bat-trang' && /\bgom\b/.test(fold(`${p.name} ${p.producer.name} ${p.summary}`)));
  test.skip(ceramics.length === 0, 'this data set has no Bát Tràng ceramics');
  await page.goto('/tin-tuc');
  const box = await headerBox(page);
  await expect(box).toHaveAttribute('role', 'combobox');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await box.pressSequentially('gom bat tran', { delay: 40 });
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  // Drawn for the whole text, not a prefix a slow machine paused on.
  await expect(list(page).getByRole('option').last()).toHaveText('Tìm tất cả: “gom bat tran”');
  const products = list(page).getByRole('group', { name: 'Sản phẩm OCOP' }).getByRole('option');
  await expect(products.first()).toBeVisible();
  const names = ceramics.map((p) => p.name);
  for (const text of await products.locator('.suggestion__title').allInnerTexts()) expect(names).toContain(text);
  // What matched is marked, accents as written.
  await expect(products.first().locator('mark').first()).toBeVisible();
  await expectNoAxeViolations(page);

  // Arrows move the highlight; Escape closes; Enter opens the chosen one.
  await box.press('ArrowDown');
  const first = list(page).getByRole('option').first();
  await expect(box).toHaveAttribute('aria-activedescendant', await first.getAttribute('id'));
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await box.press('ArrowDown');
  await box.press('ArrowUp');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  // Escape closes the list and keeps the text.
  await box.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await page.waitForTimeout(300);
  await expect(box).toHaveValue('gom bat tran');
  await box.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const chosen = await first.locator('.suggestion__title').innerText();
  await box.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(chosen);
  await expect(page).toHaveURL(/\/san-pham\/[a-z0-9-]+$/);
  expect(documents).toHaveLength(1);
  expect(watch.crashes()).toEqual([]);
});

test('"mat ong" and "mật ôngg" find the honey, and the last option searches everything', async ({ page, data }) => {
  const honey = data.catalog.items.filter((p) => /\bmat ong\b/.test(fold(p.name)));
  test.skip(honey.length === 0, 'this data set has no honey');
  await page.goto('/');
  const box = await headerBox(page);
  for (const typed of ['mat ong', 'mật ôngg']) {
    await box.fill('');
    await box.pressSequentially(typed, { delay: 40 });
    // The list is drawn after a pause in typing: on a slow machine a pause
    // mid-word draws a prefix's list first. Its last option names the text it
    // was drawn for, so wait for the whole word's list.
    await expect(list(page).getByRole('option').last()).toHaveText(`Tìm tất cả: “${typed}”`);
    const titles = list(page).getByRole('group', { name: 'Sản phẩm OCOP' }).locator('.suggestion__title');
    await expect(titles.first()).toBeVisible();
    expect(honey.map((p) => p.name)).toContain(await titles.first().innerText());
  }
  // The last option is "see all": /tim-kiem, drawn in place.
  const all = list(page).getByRole('option').last();
  await expect(all).toHaveText('Tìm tất cả: “mật ôngg”');
  await all.click();
  await expect(page).toHaveURL(/\/tim-kiem\?q=m%E1%BA%ADt%20%C3%B4ngg$/);
  await expect(page.locator('#search-products')).toContainText('Sản phẩm OCOP');
});

test('the empty search page\'s examples name no place (the same build serves every district)', async ({ page }) => {
  await page.goto('/tim-kiem');
  const hint = page.locator('.hint', { hasText: 'ví dụ' });
  await expect(hint).toBeVisible();
  expect(await hint.innerText()).not.toMatch(/bat trang|gia lam|b\u00e1t tr\u00e0ng|gia l\u00e2m/i);
});

test('/tim-kiem shows products and articles, each counted, with a way to all products', async ({ page }) => {
  await page.goto('/tim-kiem?q=gom%20bat%20trang');
  const groups = page.locator('.search-group h2');
  await expect(groups).toHaveCount(2);
  // The text names products: they come first.
  await expect(groups.first()).toHaveText(/^Sản phẩm OCOP \(\d+\)$/);
  await expect(groups.nth(1)).toHaveText(/^Tin tức \(\d+\)$/);
  const products = Number((await groups.first().innerText()).match(/\((\d+)\)/)[1]);
  const articles = Number((await groups.nth(1).innerText()).match(/\((\d+)\)/)[1]);
  await expect(page.locator('.result-count')).toHaveText(`${products + articles} kết quả`);
  await page.getByRole('link', { name: `Xem ${products} sản phẩm trong danh mục` }).click();
  await expect(page).toHaveURL(/\/san-pham\?q=gom(%20|\+)bat(%20|\+)trang$/);
  await expect(page.locator('.toolbar__count')).toHaveText(`${products} sản phẩm`);
});

test('zero results say so and offer the closest search', async ({ page }) => {
  await page.goto('/tim-kiem?q=gom%20bat%20trnagg');
  await expect(page.locator('.result-count')).toHaveText('0 kết quả');
  const offer = page.locator('.did-you-mean');
  await expect(offer).toHaveText('Có phải bạn muốn tìm: gốm Bát Tràng?');
  await offer.getByRole('link').click();
  await expect(page.locator('#search-products')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the gallery follows its text box as the reader types; one Back undoes the typing', async ({ page, viewport }) => {
  test.skip(viewport.width < 800, 'the filter panel is a drawer on phones');
  await page.goto('/san-pham');
  const count = page.locator('.toolbar__count');
  const total = await count.innerText();
  const box = page.getByLabel('Tìm sản phẩm, nhà sản xuất, xã');
  await box.pressSequentially('gom bat trang', { delay: 40 });
  await expect(page).toHaveURL(/q=gom(%20|\+)bat(%20|\+)trang$/);
  await expect(count).not.toHaveText(total);
  // The box keeps what was typed (the state never re-spells it mid-word).
  await expect(box).toHaveValue('gom bat trang');
  await page.goBack();
  await expect(page).toHaveURL(/\/san-pham$/);
  await expect(count).toHaveText(total);
});

test('a gallery emptied by its filters offers to drop each one, with what it would give', async ({ page, data }) => {
  const honey = data.catalog.items.filter((p) => /\bmat ong\b/.test(fold(p.name)));
  const missing = [1, 2, 3, 4, 5].find((s) => s >= 3 && !honey.some((p) => Number(p.stars) === s));
  test.skip(!honey.length || !missing, 'needs honey missing at some star level');
  await page.goto(`/san-pham?stars=${missing}&q=mat%20ong`);
  const empty = page.locator('.empty-state');
  await expect(empty).toContainText('Không có sản phẩm nào khớp với bộ lọc.');
  const withStars = data.catalog.items.filter((p) => Number(p.stars) === missing).length;
  await expect(empty.getByRole('button', { name: `Bỏ “mat ong”: ${withStars} sản phẩm` })).toBeVisible();
  await empty.getByRole('button', { name: /^Bỏ \d sao: \d+ sản phẩm$/ }).click();
  await expect(page.locator('.product-grid .product-card').first()).toBeVisible();
  await expect(page).toHaveURL(/\/san-pham\?q=mat(%20|\+)ong$/);
  // A slip too far: the closest text is offered.
  await page.goto('/san-pham?q=mat%20ongf');
  await empty.getByRole('button', { name: 'Mật ong' }).click();
  await expect(page.locator('.product-grid .product-card').first()).toBeVisible();
});

test.describe('without script', () => {
  test.use({ javaScriptEnabled: false });
  test('the header box is a form to /tim-kiem', async ({ page }) => {
    await page.goto('/');
    const box = page.locator('#header-search');
    await box.fill('gom bat trang');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/tim-kiem\?q=gom\+bat\+trang$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tìm kiếm');
  });
});
