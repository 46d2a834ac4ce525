// Where to see and buy OCOP products: the points page (`/diem-ban`), its
// commune filter and URL state, the product page's "Mua ở đâu" block and
// the producer's online stores, the validity banner a shopper who scanned a
// label sees first, a back end without sale points, hostile and partial
// data, and points.json failing in every way.
//
// Expectations are read from the served data set (`/api/…`), so the suite
// runs against any E2E_API, e.g. the district set:
//   E2E_API=/work/helper-dist/district-api npx playwright test … points.spec.mjs
import { expect, test, watchErrors, setFaults, clearFaults, expectNoAxeViolations, waitForShell, FAULT_MODES } from './helpers.mjs';

// ---- dates, as the portal counts them (Vietnam time) ----
const todayVN = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
const addDays = (iso, n) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 864e5).toISOString().slice(0, 10);
const dmy = (iso) => iso.split('-').reverse().join('/');
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const KINDS = { 'diem-ban': 'Điểm giới thiệu và bán sản phẩm', 'trung-tam': 'Trung tâm giới thiệu sản phẩm' };

// ---- the served data ----
const json = async (request, path) => {
  const res = await request.get(`/api/${path}`);
  expect(res.ok(), `/api/${path}`).toBeTruthy();
  return res.json();
};
const isPlanned = (p) => Boolean(p.planned) || (/^\d{4}-\d{2}-\d{2}$/.test(p.opened_on ?? '') && p.opened_on > todayVN());

async function data(request) {
  const [points, catalog, site] = await Promise.all([json(request, 'points.json'), json(request, 'products.json'), json(request, 'site.json')]);
  const communeName = (slug) => catalog.communes.find((c) => c.slug === slug)?.name ?? slug;
  const groupName = (slug) => catalog.groups.find((g) => g.slug === slug)?.name ?? slug;
  const product = (id) => catalog.items.find((p) => p.id === id);
  const communes = [...new Set(points.items.map((p) => p.commune))];
  return { points: points.items, catalog, site, communeName, groupName, product, communes };
}

/** The open points that sell a product, as the product page lists them:
 *  by name first, then those that carry its group. */
const selling = (points, product) => {
  const open = points.filter((p) => !isPlanned(p));
  return [
    ...open.filter((p) => (p.products ?? []).includes(product.id)),
    ...open.filter((p) => !(p.products ?? []).includes(product.id) && (p.groups ?? []).includes(product.group)),
  ];
};

/** A product some open point sells by name, whose detail has no shops. */
async function soldProduct(request, d, { shops = false } = {}) {
  for (const point of d.points.filter((p) => !isPlanned(p))) {
    for (const id of point.products ?? []) {
      const summary = d.product(id);
      if (!summary) continue;
      const detail = await json(request, `products/${id}.json`);
      if (Boolean(detail.shops?.length) === shops) return detail;
    }
  }
  return null;
}

/** A product whose detail lists online stores. */
async function productWithShops(request, d) {
  for (const p of d.catalog.items) {
    const detail = await json(request, `products/${p.id}.json`);
    if (detail.shops?.some((s) => /^https?:\/\//.test(s.url))) return detail;
  }
  return null;
}

// ---- page parts ----
const cards = (page) => page.locator('.point-list .point-card');
const cardNamed = (scope, name) => scope.locator('.point-card').filter({ has: scope.page().getByRole('heading', { name, exact: true }) });
const fact = (card, term) => card.locator('.facts > div').filter({ has: card.page().locator('dt', { hasText: new RegExp(`^${term}$`) }) }).locator('dd');
const resultCount = (page) => page.locator('.points__list [role=status]');
const filter = (page) => page.getByRole('group', { name: 'Lọc theo xã' });
const pointsLinks = (page) => page.locator('a[href$="/diem-ban"], a[href*="/diem-ban?"]');
const whereToBuy = (page) => page.locator('.where-to-buy');

/** Waits until the page has asked for points.json and had its answer. */
const pointsAnswer = (page) => page.waitForResponse((r) => new URL(r.url()).pathname.endsWith('/api/points.json'), { timeout: 15_000 });

// ---------------------------------------------------------------------------
// The points page

test('/diem-ban lists every point with its kind, address, phone, hours, groups, products and map', async ({ page, request }) => {
  const watch = watchErrors(page);
  const d = await data(request);
  await page.goto('/diem-ban');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Điểm giới thiệu và bán sản phẩm OCOP');
  await expect(resultCount(page)).toHaveText(`${d.points.length} điểm`);
  await expect(cards(page).locator('.point-card__name')).toHaveText(d.points.map((p) => p.name));
  for (const point of d.points) {
    const card = cardNamed(page.locator('.point-list'), point.name);
    await expect(card).toHaveCount(1);
    if (point.kind) await expect(card.locator('.point-card__kind')).toContainText(KINDS[point.kind] ?? point.kind);
    await expect(fact(card, 'Xã')).toHaveText(d.communeName(point.commune));
    if (point.address) await expect(fact(card, 'Địa chỉ')).toHaveText(point.address);
    if (point.phone) {
      const tel = fact(card, 'Điện thoại').getByRole('link', { name: point.phone });
      await expect(tel).toHaveAttribute('href', `tel:${point.phone.replace(/[^\d+]/g, '')}`);
    } else {
      await expect(card.locator('a[href^="tel:"]')).toHaveCount(0);
    }
    if (point.hours) await expect(fact(card, 'Giờ mở cửa')).toHaveText(point.hours);
    if (point.groups?.length) await expect(fact(card, 'Nhóm sản phẩm')).toHaveText(point.groups.map(d.groupName).join(', '));
    const sold = (point.products ?? []).map(d.product).filter(Boolean);
    await expect(card.locator('.point-card__products a')).toHaveText(sold.map((p) => p.name));
    for (const [i, p] of sold.entries()) {
      await expect(card.locator('.point-card__products a').nth(i)).toHaveAttribute('href', new RegExp(`/san-pham/${p.id}$`));
    }
    const map = card.locator('a[href^="https://www.openstreetmap.org/"]');
    if (point.geo) {
      await expect(map).toHaveCount(1);
      const href = new URL(await map.getAttribute('href'));
      expect(href.origin + href.pathname).toBe('https://www.openstreetmap.org/');
      expect(Math.abs(Number(href.searchParams.get('mlat')) - point.geo.lat)).toBeLessThan(1e-5);
      expect(Math.abs(Number(href.searchParams.get('mlon')) - point.geo.lng)).toBeLessThan(1e-5);
      await expect(map).toHaveAttribute('target', '_blank');
      await expect(map).toHaveAttribute('rel', /noopener/);
    } else {
      await expect(map).toHaveCount(0);
    }
    // A planned point says so; an open one does not.
    if (isPlanned(point)) {
      await expect(card.locator('.point-card__kind')).toContainText('Sắp mở');
    } else {
      await expect(card).not.toContainText('Sắp mở');
    }
  }
  // A product sold there opens its page.
  const first = cards(page).locator('.point-card__products a').first();
  const name = await first.innerText();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  expect(watch.errors).toEqual([]);
});

test('the served data set’s points only: no other district’s points or names', async ({ page, request }) => {
  const d = await data(request);
  await page.goto('/diem-ban');
  await expect(resultCount(page)).toHaveText(`${d.points.length} điểm`);
  await expect(cards(page).locator('.point-card__name')).toHaveText(d.points.map((p) => p.name));
  await expect(filter(page).locator('.facet__label')).toHaveText(d.communes.map(d.communeName));
  await expect(page.locator('.brand__name')).toHaveText(d.site.name);
  // The district data set (E2E_API) names nothing of huyện Gia Lâm.
  if (!/Gia Lâm/.test(JSON.stringify(d.points)) && !/Gia Lâm/.test(d.site.name)) {
    await expect(page.locator('body')).not.toContainText('Gia Lâm');
    await expect(page.locator('body')).not.toContainText('Bát Tràng');
  }
});

test('a commune filter narrows the list and lives in the URL; Back undoes it; a shared link reproduces it', async ({ page, request }) => {
  const d = await data(request);
  expect(d.communes.length, 'points in two communes at least').toBeGreaterThanOrEqual(2);
  const [a, b] = d.communes;
  const inA = d.points.filter((p) => p.commune === a);
  const inAB = d.points.filter((p) => p.commune === a || p.commune === b);
  const box = (slug) => filter(page).getByRole('checkbox', { name: new RegExp(`^${escapeRe(d.communeName(slug))}\\b`) });
  await page.goto('/diem-ban');
  await expect(resultCount(page)).toHaveText(`${d.points.length} điểm`);
  await expect(filter(page).getByRole('checkbox')).toHaveCount(d.communes.length);
  // Each option counts its points.
  await expect(filter(page).locator('.facet__count')).toHaveText(d.communes.map((c) => String(d.points.filter((p) => p.commune === c).length)));
  await box(a).check();
  await expect(page).toHaveURL(new RegExp(`/diem-ban\\?commune=${a}$`));
  await expect(resultCount(page)).toHaveText(`${inA.length} điểm`);
  await expect(cards(page).locator('.point-card__name')).toHaveText(inA.map((p) => p.name));
  await box(b).check();
  await expect(page).toHaveURL(new RegExp(`commune=${[a, b].sort().join(',')}$`));
  await expect(cards(page).locator('.point-card__name')).toHaveText(inAB.map((p) => p.name));
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/diem-ban\\?commune=${a}$`));
  await expect(box(b)).not.toBeChecked();
  await expect(box(a)).toBeChecked();
  await expect(cards(page).locator('.point-card__name')).toHaveText(inA.map((p) => p.name));
  await page.goBack();
  await expect(page).toHaveURL(/\/diem-ban$/);
  await expect(box(a)).not.toBeChecked();
  await expect(resultCount(page)).toHaveText(`${d.points.length} điểm`);
  // The link someone shared.
  await page.goto(`/diem-ban?commune=${b}`);
  await expect(box(b)).toBeChecked();
  await expect(box(a)).not.toBeChecked();
  const inB = d.points.filter((p) => p.commune === b);
  await expect(resultCount(page)).toHaveText(`${inB.length} điểm`);
  await expect(cards(page).locator('.point-card__name')).toHaveText(inB.map((p) => p.name));
  // Unknown communes in a stale link are ignored, not an empty page.
  await page.goto('/diem-ban?commune=khong-co-xa-nay,%3Cb%3E');
  await expect(resultCount(page)).toHaveText(`${d.points.length} điểm`);
});

test('the header and footer link to the points page', async ({ page, request }) => {
  const d = await data(request);
  await page.goto('/');
  await waitForShell(page);
  await expect(page.locator('footer').getByRole('link', { name: 'Điểm giới thiệu và bán sản phẩm OCOP' })).toHaveAttribute('href', /\/diem-ban$/);
  await page.locator('header').getByRole('link', { name: 'Điểm bán' }).click();
  await expect(page).toHaveURL(/\/diem-ban$/);
  await expect(resultCount(page)).toHaveText(`${d.points.length} điểm`);
});

for (const path of ['/diem-ban', '/diem-ban?commune=__SECOND__']) {
  test(`axe finds no violation on ${path.replace('__SECOND__', 'second commune')}`, async ({ page, request }) => {
    const d = await data(request);
    await page.goto(path.replace('__SECOND__', d.communes[1] ?? d.communes[0]));
    await waitForShell(page);
    await expect(cards(page).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
  });
}

// ---------------------------------------------------------------------------
// Arriving by scan: the product page says first whether the certificate holds.

for (const expired of [false, true]) {
  test(`a ${expired ? 'lapsed' : 'valid'} certificate: the banner says so in words, before the product’s name`, async ({ page, request }) => {
    const today = todayVN();
    const fits = (day) => (expired ? day < addDays(today, -30) : day > addDays(today, 30));
    const catalog = await json(request, 'products.json');
    let product = null;
    for (const p of catalog.items.filter((x) => x.expires_on && fits(x.expires_on))) {
      const detail = await json(request, `products/${p.id}.json`);
      const until = detail.certificate?.valid_until ?? detail.expires_on;
      if (until && fits(until)) {
        product = { ...detail, until };
        break;
      }
    }
    expect(product, 'a product of that kind in the data').not.toBeNull();
    await page.goto(`/san-pham/${product.id}`);
    const banner = page.locator('.validity');
    await expect(banner).toHaveText(
      expired
        ? new RegExp(`Chứng nhận OCOP ${product.stars} sao đã hết hạn ngày ${dmy(product.until)}`)
        : new RegExp(`Chứng nhận OCOP ${product.stars} sao còn hiệu lực đến ${dmy(product.until)}`),
    );
    await expect(banner).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(product.name);
    const before = await page.evaluate(() => {
      const b = document.querySelector('.validity');
      const h1 = document.querySelector('h1');
      return Boolean(b.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(before, 'the banner comes before the h1').toBe(true);
    // And it is on screen at once, above the name.
    const [bannerBox, h1Box] = [await banner.boundingBox(), await page.getByRole('heading', { level: 1 }).boundingBox()];
    expect(bannerBox.y).toBeLessThan(h1Box.y);
  });
}

// ---------------------------------------------------------------------------
// The product page's "Mua ở đâu"

test('“Mua ở đâu” lists the open points that sell the product or carry its group', async ({ page, request }) => {
  const watch = watchErrors(page);
  const d = await data(request);
  const product = await soldProduct(request, d);
  expect(product, 'a product some point sells').not.toBeNull();
  const expected = selling(d.points, product);
  await page.goto(`/san-pham/${product.id}`);
  const block = whereToBuy(page);
  await expect(block.getByRole('heading', { name: 'Mua ở đâu' })).toBeVisible();
  await expect(block.locator('.point-card__name')).toHaveText(expected.map((p) => p.name));
  for (const point of expected) {
    const card = cardNamed(block, point.name);
    if (point.address) await expect(fact(card, 'Địa chỉ')).toHaveText(point.address);
    if (point.phone) await expect(card.locator('a[href^="tel:"]')).toHaveText(point.phone);
    if (point.hours) await expect(fact(card, 'Giờ mở cửa')).toHaveText(point.hours);
    if (point.geo) await expect(card.locator('a[href^="https://www.openstreetmap.org/?mlat="]')).toHaveCount(1);
  }
  // Planned points sell nothing yet.
  for (const point of d.points.filter(isPlanned)) await expect(cardNamed(block, point.name)).toHaveCount(0);
  await expect(block.locator('.shop-links')).toHaveCount(0);
  expect(watch.errors).toEqual([]);
});

test('a product no point carries says so', async ({ page, request }) => {
  const d = await data(request);
  const lonely = d.catalog.items.find((p) => selling(d.points, p).length === 0);
  test.skip(!lonely, 'every product of this data set is sold somewhere');
  await page.goto(`/san-pham/${lonely.id}`);
  await expect(whereToBuy(page)).toContainText('Chưa có điểm bán nào đăng ký sản phẩm này.');
  await expect(whereToBuy(page).locator('.point-card')).toHaveCount(0);
});

test('the producer’s online stores open in a new tab, safely', async ({ page, request }) => {
  const d = await data(request);
  const product = await productWithShops(request, d);
  test.skip(!product, 'no product of this data set has shops');
  const shops = product.shops.filter((s) => /^https?:\/\//i.test(s.url) && s.name.trim());
  await page.goto(`/san-pham/${product.id}`);
  const links = whereToBuy(page).locator('.shop-links a');
  await expect(whereToBuy(page).getByRole('heading', { name: 'Cửa hàng trực tuyến của chủ thể' })).toBeVisible();
  await expect(links).toHaveCount(shops.length);
  for (const [i, shop] of shops.entries()) {
    await expect(links.nth(i)).toHaveAttribute('href', shop.url);
    await expect(links.nth(i)).toContainText(shop.name);
    await expect(links.nth(i)).toHaveAttribute('target', '_blank');
    await expect(links.nth(i)).toHaveAttribute('rel', /(^|\s)noopener(\s|$)/);
  }
  // The points part is there too.
  await expect(whereToBuy(page).locator('.point-card').first()).toBeVisible();
});

// ---------------------------------------------------------------------------
// A back end without sale points (points.json: 404)

test('points.json 404: no points block and no link to /diem-ban anywhere', async ({ page, context, baseURL, request }) => {
  const watch = watchErrors(page);
  const d = await data(request);
  const sold = await soldProduct(request, d);
  const withShops = await productWithShops(request, d);
  // First, with points: the links and the block are there (so this test can fail).
  let answered = pointsAnswer(page);
  await page.goto(`/san-pham/${sold.id}`);
  await answered;
  await expect(pointsLinks(page).first()).toBeAttached();
  await expect(whereToBuy(page).locator('.point-card').first()).toBeVisible();
  // Now without.
  await setFaults(context, baseURL, '404@points.json');
  const pages = ['/', '/tin-tuc', '/san-pham', `/san-pham/${sold.id}`, ...(withShops ? [`/san-pham/${withShops.id}`] : []), `/san-pham/${sold.id}?x=1`];
  for (const path of pages) {
    answered = pointsAnswer(page);
    await page.goto(path);
    expect((await answered).status(), `${path}: points.json`).toBe(404);
    await waitForShell(page);
    await expect(page.locator('footer .visitor-stats')).not.toBeEmpty();
    await expect(pointsLinks(page), `${path}: links to /diem-ban`).toHaveCount(0);
    await expect(page.locator('header').getByRole('link', { name: 'Điểm bán' })).toHaveCount(0);
    await expect(page.locator('.point-card, .point-list'), `${path}: sale points`).toHaveCount(0);
    await expect(page.getByText('Chưa có điểm bán nào')).toHaveCount(0);
    await expect(page.locator('main').getByRole('alert')).toHaveCount(0);
  }
  // The product without shops has no "Mua ở đâu" at all …
  await page.goto(`/san-pham/${sold.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sold.name);
  await expect(page.locator('.product__description .prose')).not.toBeEmpty();
  await expect(whereToBuy(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Mua ở đâu' })).toHaveCount(0);
  // … the one with shops keeps them, and only them.
  if (withShops) {
    await page.goto(`/san-pham/${withShops.id}`);
    await expect(whereToBuy(page).locator('.shop-links a').first()).toBeVisible();
    await expect(whereToBuy(page).locator('.point-card, .skeleton, [role=alert]')).toHaveCount(0);
  }
  // The points page itself, reached by an old link, says there are none.
  await page.goto('/diem-ban');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Điểm giới thiệu và bán sản phẩm OCOP');
  await expect(page.locator('main')).toContainText('chưa có danh sách điểm giới thiệu và bán sản phẩm OCOP');
  await expect(cards(page)).toHaveCount(0);
  await expect(page.locator('main').getByRole('alert')).toHaveCount(0);
  expect(watch.crashes()).toEqual([]);
});

// ---------------------------------------------------------------------------
// Hostile and partial data

const HOSTILE_POINTS = 'fixture:hostile-points.json@points.json';
const HOSTILE_PRODUCT = 'fixture:hostile-shops-product.json@products/';
// What tests/e2e/fixtures/hostile-points.json leaves after decoding: six
// points; the rest (no id, no name, no commune, wrong types, a duplicate id,
// items that are not objects) drop one by one.
const HOSTILE_NAMES = [
  'Điểm bán kiểm thử đầy đủ',
  'Điểm chỉ có trường bắt buộc',
  'Điểm lạ',
  '<img src=x onerror="window.__xss=1">Điểm <b>độc hại</b>',
  'Điểm sẽ mở năm 2099',
  'Điểm có ngày khai trương hỏng',
];

test('hostile points.json: the page degrades point by point, shows HTML as text, runs nothing', async ({ page, context, baseURL, request }) => {
  const watch = watchErrors(page);
  const catalog = await json(request, 'products.json');
  await setFaults(context, baseURL, HOSTILE_POINTS);
  await page.goto('/diem-ban');
  await expect(resultCount(page)).toHaveText(`${HOSTILE_NAMES.length} điểm`);
  await expect(cards(page).locator('.point-card__name')).toHaveText(HOSTILE_NAMES);
  const list = page.locator('.point-list');
  // Only the required fields: a name and a commune, nothing invented.
  const bare = cardNamed(list, 'Điểm chỉ có trường bắt buộc');
  await expect(fact(bare, 'Xã')).not.toBeEmpty();
  await expect(bare.locator('dt')).toHaveText(['Xã']);
  await expect(bare.locator('a')).toHaveCount(0);
  await expect(bare).not.toContainText('Sắp mở');
  // Unknown kind, commune and group shown as sent; unknown products and an
  // out-of-range position give no link; a phone without digits no tel: link.
  const odd = cardNamed(list, 'Điểm lạ');
  await expect(odd.locator('.point-card__kind')).toHaveText('cho-phien');
  await expect(fact(odd, 'Xã')).toHaveText('xa-khong-co-that');
  await expect(fact(odd, 'Nhóm sản phẩm')).toHaveText('nhom-la');
  await expect(fact(odd, 'Điện thoại')).toContainText('liên hệ sau');
  await expect(odd.locator('.point-card__products')).toHaveCount(0);
  await expect(odd.locator('a[href*="openstreetmap"]')).toHaveCount(0);
  await expect.soft(odd.locator('a[href="tel:"]'), 'a tel: link with nothing to dial').toHaveCount(0);
  // HTML in every field is text.
  const evil = cardNamed(list, HOSTILE_NAMES[3]);
  await expect(evil.locator('.point-card__kind')).toHaveText('<script>window.__xss=2</script>');
  await expect(fact(evil, 'Địa chỉ')).toHaveText('<a href="javascript:window.__xss=3">Bấm</a> địa chỉ');
  await expect(fact(evil, 'Giờ mở cửa')).toHaveText('<svg onload="window.__xss=5">8:00</svg>');
  await expect(fact(evil, 'Nhóm sản phẩm')).toContainText('<b>nhom</b>');
  await expect(evil.locator('a[href*="openstreetmap"]')).toHaveCount(0);
  await expect(list.locator('img, svg, script, b, iframe')).toHaveCount(0);
  // A future opening date means planned; an unreadable one is left out.
  const later = cardNamed(list, 'Điểm sẽ mở năm 2099');
  await expect(later.locator('.point-card__kind')).toContainText('Sắp mở');
  await expect(fact(later, 'Dự kiến mở')).toHaveText('01/01/2099');
  await expect(later.locator('a[href*="openstreetmap"]')).toHaveCount(1);
  const broken = cardNamed(list, 'Điểm có ngày khai trương hỏng');
  await expect(broken.locator('dt')).toHaveText(['Xã']);
  await expect(broken.locator('a')).toHaveCount(0);
  // The complete point is intact, with its known product linked.
  const good = cardNamed(list, 'Điểm bán kiểm thử đầy đủ');
  await expect(good.locator('a[href^="tel:"]')).toHaveAttribute('href', 'tel:0900111222');
  await expect(good.locator('a[href^="https://www.openstreetmap.org/?mlat=20.9756"]')).toHaveCount(1);
  // (long-nhan-say is in the default catalogue; the fixture's own product is not.)
  const known = ['long-nhan-say', 'cua-hang-doc-hai'].map((id) => catalog.items.find((p) => p.id === id)).filter(Boolean);
  await expect(good.locator('.point-card__products a')).toHaveText(known.map((p) => p.name));
  // The filter offers the unknown commune under its slug, and it works.
  await filter(page).getByRole('checkbox', { name: /^xa-khong-co-that/ }).check();
  await expect(page).toHaveURL(/commune=xa-khong-co-that$/);
  await expect(cards(page).locator('.point-card__name')).toHaveText(['Điểm lạ']);
  // No bad link anywhere, nothing ran.
  await expect(page.locator('a[href^="javascript:" i], a[href^="data:" i], a[href^="vbscript:" i]')).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  expect(watch.crashes()).toEqual([]);
});

test('hostile shops and points on a product page: one good store link, HTML as text, nothing runs', async ({ page, context, baseURL }) => {
  const watch = watchErrors(page);
  await setFaults(context, baseURL, HOSTILE_POINTS, HOSTILE_PRODUCT);
  await page.goto('/san-pham/cua-hang-doc-hai');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sản phẩm kiểm thử cửa hàng');
  const block = whereToBuy(page);
  // Only the one https store is linked, named as text.
  const shops = block.locator('.shop-links a');
  await expect(shops).toHaveCount(1);
  await expect(shops).toHaveAttribute('href', 'https://shop.example.vn/cua-hang');
  await expect(shops).toContainText('Cửa hàng <b>chính hãng</b>');
  await expect(shops).toHaveAttribute('target', '_blank');
  await expect(shops).toHaveAttribute('rel', /noopener/);
  for (const bad of ['javascript', 'data:', 'evil.example', 'vbscript', 'ftp:', 'mailto:', 'khong-ten']) {
    await expect(page.locator(`main a[href*="${bad}" i]`), bad).toHaveCount(0);
  }
  await expect(block).not.toContainText('Không giao thức');
  await expect(block).not.toContainText('Đường dẫn tương đối');
  // The open points that sell it by name; the planned one and the point
  // whose groups were not a list are not shown.
  await expect(block.locator('.point-card__name')).toHaveText([HOSTILE_NAMES[0], HOSTILE_NAMES[3]]);
  await expect(block.locator('img, svg, script, b')).toHaveCount(0);
  // The rest of the page is whole.
  await expect(page.locator('.product__description .prose')).toHaveText('Mô tả sản phẩm kiểm thử.');
  await expect(page.locator('.validity')).toContainText('còn hiệu lực đến 31/12/2099');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  expect(watch.crashes()).toEqual([]);
});

// ---------------------------------------------------------------------------
// points.json failing

// A 404 means the back end has no points: tested on its own above.
const MODES = FAULT_MODES.filter((m) => m.mode !== '404');

for (const { mode, message } of MODES) {
  test(`/diem-ban, points.json ${mode}: a clear message, the page stays, “Thử lại” recovers`, async ({ page, context, baseURL, request }) => {
    test.setTimeout(mode === 'hang' ? 35_000 : 25_000);
    const watch = watchErrors(page);
    const d = await data(request);
    await setFaults(context, baseURL, `${mode}@points.json`);
    await page.goto('/diem-ban');
    const alert = page.locator('main').getByRole('alert');
    await expect(alert).toContainText(message, { timeout: mode === 'hang' ? 15_000 : 8_000 });
    await expect(alert).toHaveCount(1);
    await expect(cards(page)).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Điểm giới thiệu và bán sản phẩm OCOP');
    await expect(page.locator('.brand__name')).toHaveText(d.site.name);
    await expect(page.locator('footer .visitor-stats')).not.toBeEmpty();
    await clearFaults(context);
    await alert.getByRole('button', { name: 'Thử lại' }).click();
    await expect(resultCount(page)).toHaveText(`${d.points.length} điểm`);
    await expect(page.locator('main').getByRole('alert')).toHaveCount(0);
    expect(watch.crashes()).toEqual([]);
  });
}

for (const { mode, message } of MODES.filter((m) => m.mode !== 'hang')) {
  test(`product page, points.json ${mode}: “Mua ở đâu” shows the message alone, the rest stays`, async ({ page, context, baseURL, request }) => {
    test.setTimeout(mode === 'hang' ? 35_000 : 25_000);
    const watch = watchErrors(page);
    const d = await data(request);
    const product = await soldProduct(request, d);
    await setFaults(context, baseURL, `${mode}@points.json`);
    await page.goto(`/san-pham/${product.id}`);
    const block = whereToBuy(page);
    const alert = block.getByRole('alert');
    await expect(alert).toContainText(message, { timeout: mode === 'hang' ? 15_000 : 8_000 });
    await expect(block.getByRole('heading', { name: 'Mua ở đâu' })).toBeVisible();
    await expect(block.locator('.point-card, .hint')).toHaveCount(0);
    // Everything else is there, and no other block complains.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(product.name);
    await expect(page.locator('.validity')).toBeVisible();
    await expect(page.locator('.product__description .prose')).not.toBeEmpty();
    await expect(page.locator('.certificate')).toBeVisible();
    await expect(page.locator('main').getByRole('alert')).toHaveCount(1);
    await expect(page.locator('footer .visitor-stats')).not.toBeEmpty();
    await clearFaults(context);
    await alert.getByRole('button', { name: 'Thử lại' }).click();
    await expect(block.locator('.point-card__name')).toHaveText(selling(d.points, product).map((p) => p.name));
    await expect(block.getByRole('alert')).toHaveCount(0);
    expect(watch.crashes()).toEqual([]);
  });
}
