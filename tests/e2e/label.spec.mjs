// The printable QR label (`/san-pham/{id}/tem`): what it says, where its
// code leads (decoded with zbarimg from a screenshot and from the printed
// PDF), its sizes on paper, accessibility, and an id the portal lacks.
//
// The products are picked from the served data set (any E2E_API works):
// one whose certificate holds well past today, one long expired.
//
// The `subpath` project runs the whole file under /ocop/.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, watchErrors, expectNoAxeViolations } from './helpers.mjs';

// ---- dates, as the portal counts them (Vietnam time) ----
const todayVN = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
const addDays = (iso, n) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 864e5).toISOString().slice(0, 10);
const dmy = (iso) => iso.split('-').reverse().join('/');

/** The first product of the served data whose certificate (with a decision
 *  number) is valid for a month more, or expired a month ago. */
async function pickProduct(request, { expired = false, prefix = '', api } = {}) {
  const url = api ?? ((path) => `${prefix}/api/${path}`);
  const today = todayVN();
  const fits = (day) => (expired ? day < addDays(today, -30) : day > addDays(today, 30));
  const catalog = await (await request.get(url('products.json'))).json();
  for (const p of catalog.items) {
    if (!p.expires_on || !fits(p.expires_on)) continue;
    const res = await request.get(url(`products/${p.id}.json`));
    if (!res.ok()) continue;
    const detail = await res.json();
    const until = detail.certificate?.valid_until ?? detail.expires_on;
    if (detail.certificate?.decision && until && fits(until)) return { ...detail, until };
  }
  throw new Error(`no ${expired ? 'expired' : 'valid'} product with a decision in the served data`);
}

// ---- QR decoding ----
/** Every QR code zbarimg finds in an image file, as text. */
function decodeQr(file) {
  try {
    return execFileSync('zbarimg', ['-q', '--raw', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n')
      .filter(Boolean);
  } catch (e) {
    if (e.status === 4) return []; // zbarimg: no symbol found
    throw e;
  }
}

async function decodeScreenshot(locator, file) {
  await locator.screenshot({ path: file });
  return decodeQr(file);
}

/** Prints the page to PDF (Chromium), renders it at 300 dpi, decodes it. */
async function printAndDecode(page, testInfo, name) {
  const pdfFile = testInfo.outputPath(`${name}.pdf`);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  writeFileSync(pdfFile, pdf);
  const prefix = testInfo.outputPath(name);
  execFileSync('pdftoppm', ['-r', '300', '-png', pdfFile, prefix]);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' }))?.[1]);
  const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
  // pdftoppm numbers pages -1, -01 or -001 depending on their count.
  const firstPng = [`${prefix}-1.png`, `${prefix}-01.png`, `${prefix}-001.png`].find((f) => {
    try {
      readFileSync(f);
      return true;
    } catch {
      return false;
    }
  });
  return { pdf, pages, text, codes: firstPng ? decodeQr(firstPng) : [] };
}

const canonical = (page) => page.evaluate(() => document.querySelector('link[rel="canonical"]')?.href ?? null);

/** The product page's own canonical URL: what a label must encode. */
async function productCanonical(page, path) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => canonical(page)).toMatch(/\/san-pham\/[^/]+$/);
  return canonical(page);
}

const labels = (page) => page.locator('.label-sheet .label');

// ---------------------------------------------------------------------------

test('the label names the product, its stars, decision, validity and the portal', async ({ page, request, data }) => {
  const watch = watchErrors(page);
  const product = await pickProduct(request, { api: data.api });
  const site = data.site;
  // The product page links to its label.
  await page.goto(`/san-pham/${product.id}`);
  const link = page.getByRole('link', { name: 'Tem QR của sản phẩm' });
  await expect(link).toHaveAttribute('href', new RegExp(`/san-pham/${product.id}/tem$`));
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/san-pham/${product.id}/tem$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Tem QR: ${product.name}`);
  const label = labels(page).first();
  await expect(labels(page)).toHaveCount(1);
  await expect(label.locator('svg.qr')).toBeVisible();
  await expect(label.locator('svg.qr')).toHaveAttribute('role', 'img');
  await expect(label.locator('.label__name')).toHaveText(product.name);
  await expect(label.locator('.label__stars [aria-hidden="true"]')).toHaveText('★'.repeat(product.stars));
  await expect(label.locator('.label__stars')).toContainText(`${product.stars} sao`);
  await expect(label).toContainText(`QĐ số ${product.certificate.decision}`);
  await expect(label.locator('.label__valid')).toHaveText(`Hiệu lực đến ${dmy(product.until)}`);
  await expect(label).toContainText(site.name);
  await expect(label).toContainText(/Quét mã/);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(watch.crashes()).toEqual([]);
});

test('an expired product’s label says so, and the page warns before printing', async ({ page, request, data }) => {
  const product = await pickProduct(request, { expired: true, api: data.api });
  await page.goto(`/san-pham/${product.id}/tem`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Tem QR: ${product.name}`);
  await expect(labels(page).first().locator('.label__valid')).toHaveText(`Hết hạn ngày ${dmy(product.until)}`);
  await expect(labels(page).first()).not.toContainText('Hiệu lực đến');
  await expect(page.locator('main').getByRole('alert')).toContainText('hết hạn');
});

test('the prerendered label’s QR code decodes to the product’s canonical URL', async ({ page, request, data }, testInfo) => {
  const product = await pickProduct(request, { api: data.api });
  const productUrl = await productCanonical(page, `/san-pham/${product.id}`);
  expect(productUrl).toMatch(new RegExp(`^https?://[^/]+(/.*)?/san-pham/${product.id}$`));
  await page.goto(`/san-pham/${product.id}/tem`);
  await expect(labels(page).first().locator('.label__name')).toHaveText(product.name);
  const codes = await decodeScreenshot(page.locator('svg.qr').first(), testInfo.outputPath('qr.png'));
  expect(codes).toEqual([productUrl]);
  expect(codes[0]).toMatch(new RegExp(`/san-pham/${product.id}$`));
  // The label page's own canonical is the label's address: the product's plus /tem.
  expect(await canonical(page)).toBe(`${codes[0]}/tem`);
  // The code's accessible name tells the same address.
  await expect(page.locator('svg.qr').first()).toHaveAttribute('aria-label', new RegExp(`${codes[0].replace(/[.?]/g, '\\$&')}$`));
});

test('a label drawn in the browser (not prerendered) encodes the same URL', async ({ page, request, data }, testInfo) => {
  const watch = watchErrors(page);
  const product = await pickProduct(request, { api: data.api });
  const productUrl = await productCanonical(page, `/san-pham/${product.id}`);
  // A query string the prerenderer never saw: the app draws the page afresh.
  await page.goto(`/san-pham/${product.id}/tem?x=1`);
  await expect(labels(page).first().locator('.label__name')).toHaveText(product.name);
  await expect(labels(page)).toHaveCount(1);
  const codes = await decodeScreenshot(page.locator('svg.qr').first(), testInfo.outputPath('qr-fresh.png'));
  expect(codes).toEqual([productUrl]);
  expect(codes[0]).toMatch(new RegExp(`/san-pham/${product.id}$`));
  expect(codes[0]).toBe((await canonical(page)).replace(/\/tem(\?.*)?$/, ''));
  expect(watch.crashes()).toEqual([]);
});

test('drawn in the browser, the code follows <meta name="ocop-site-url">, else the page’s origin', async ({ page, request, baseURL, data }, testInfo) => {
  const product = await pickProduct(request, { api: data.api });
  const rewriteMeta = async (replacement) => {
    await page.unroute('**/*');
    await page.route('**/*', async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      const body = (await response.text()).replace(/<meta name="ocop-site-url"[^>]*>/, replacement);
      await route.fulfill({ response, body });
    });
  };
  // An operator moved the portal: the served page names its new address.
  await rewriteMeta('<meta name="ocop-site-url" content="https://ocop.example.vn/">');
  await page.goto(`/san-pham/${product.id}/tem?x=1`);
  await expect(labels(page).first().locator('.label__name')).toHaveText(product.name);
  await expect(page.locator('svg.qr').first()).toHaveAttribute('aria-label', /ocop\.example\.vn/);
  expect(await decodeScreenshot(page.locator('svg.qr').first(), testInfo.outputPath('qr-meta.png'))).toEqual([
    `https://ocop.example.vn/san-pham/${product.id}`,
  ]);
  // No meta at all: the address the page was loaded from.
  await rewriteMeta('');
  await page.goto(`/san-pham/${product.id}/tem?x=2`);
  await expect(labels(page).first().locator('.label__name')).toHaveText(product.name);
  await expect(page.locator('svg.qr').first()).toHaveAttribute('aria-label', new RegExp(new URL(baseURL).host.replace(/\./g, '\\.')));
  expect(await decodeScreenshot(page.locator('svg.qr').first(), testInfo.outputPath('qr-origin.png'))).toEqual([
    `${new URL(baseURL).origin}${data.href(`/san-pham/${product.id}`)}`,
  ]);
});

test('three sizes to choose from, 5 × 5 cm first, and “In tem” prints', async ({ page, request, data }) => {
  const product = await pickProduct(request, { api: data.api });
  await page.addInitScript(() => {
    window.__printed = 0;
    window.print = () => {
      window.__printed += 1;
    };
  });
  await page.goto(`/san-pham/${product.id}/tem`);
  const sizes = page.getByRole('group', { name: 'Khổ tem' });
  await expect(sizes.getByRole('radio')).toHaveCount(3);
  const small = sizes.getByRole('radio', { name: /3 × 3 cm/ });
  const large = sizes.getByRole('radio', { name: /^1 tem 5 × 5 cm/ });
  const sheet = sizes.getByRole('radio', { name: /A4/ });
  await expect(large).toBeChecked();
  await expect(labels(page)).toHaveCount(1);
  const largeWidth = (await labels(page).first().boundingBox()).width;
  await small.check();
  await expect(small).toBeChecked();
  await expect(large).not.toBeChecked();
  await expect.poll(async () => (await labels(page).first().boundingBox()).width).toBeLessThan(largeWidth * 0.7);
  await sheet.check();
  await expect(labels(page)).toHaveCount(15);
  await large.check();
  await expect(labels(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'In tem' }).click();
  await expect.poll(() => page.evaluate(() => window.__printed)).toBe(1);
});

test.describe('before the app has started (the prerendered HTML alone)', () => {
  test.use({ javaScriptEnabled: false });

  test('the label and its code are there, and the size shown is the size chosen', async ({ page, request, data }, testInfo) => {
    const product = await pickProduct(request, { api: data.api });
    await page.goto(`/san-pham/${product.id}/tem`);
    await expect(labels(page)).toHaveCount(1);
    await expect(labels(page).first().locator('.label__name')).toHaveText(product.name);
    const codes = await decodeScreenshot(page.locator('svg.qr').first(), testInfo.outputPath('qr-nojs.png'));
    expect(codes).toHaveLength(1);
    expect(codes[0]).toMatch(new RegExp(`/san-pham/${product.id}$`));
    // The sheet shows one 5 × 5 cm label: the radio group must say so.
    await expect(page.locator('.label-sheet')).toHaveAttribute('data-size', '5');
    await expect(page.getByRole('radio', { name: /^1 tem 5 × 5 cm/ })).toBeChecked();
  });
});

const SIZES = [
  { key: '3', radio: /3 × 3 cm/, px: 113.4, count: 1, lines: ['.label__name', '.label__stars', '.label__valid'] },
  { key: '5', radio: /^1 tem 5 × 5 cm/, px: 189, count: 1, lines: ['.label__name', '.label__stars', '.label__decision', '.label__valid', '.label__portal', '.label__hint'] },
  { key: 'a4', radio: /A4/, px: 189, count: 15, lines: ['.label__name', '.label__stars', '.label__decision', '.label__valid', '.label__portal', '.label__hint'] },
];

for (const size of SIZES) {
  test(`printed at ${size.key === 'a4' ? 'A4 (15 labels)' : `${size.key} × ${size.key} cm`}: true size, and the printed code still scans`, async ({ page, request, data }, testInfo) => {
    test.setTimeout(30_000);
    const product = await pickProduct(request, { api: data.api });
    const productUrl = await productCanonical(page, `/san-pham/${product.id}`);
    await page.goto(`/san-pham/${product.id}/tem`);
    await expect(labels(page).first().locator('.label__name')).toHaveText(product.name);
    await page.getByRole('radio', { name: size.radio }).check();
    await expect(labels(page)).toHaveCount(size.count);
    await page.emulateMedia({ media: 'print' });
    // On paper the label is its size: 1 cm = 37.8 px at 96 dpi.
    const boxes = await labels(page).evaluateAll((els) =>
      els.map((label) => {
        const box = label.getBoundingClientRect();
        const inside = (el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;
        };
        const lines = [...label.children].filter((el) => getComputedStyle(el).display !== 'none');
        return {
          width: box.width,
          height: box.height,
          x: Math.round(box.left),
          y: Math.round(box.top),
          qrInside: [...label.querySelectorAll('svg.qr')].map(inside),
          validInside: [...label.querySelectorAll('.label__valid')].map(inside),
          outside: lines.filter((el) => !inside(el)).map((el) => el.getAttribute('class')),
          shown: lines.map((el) => el.getAttribute('class')),
        };
      }),
    );
    expect(boxes).toHaveLength(size.count);
    for (const b of boxes) {
      expect(Math.abs(b.width - size.px), `label width ${b.width}px`).toBeLessThanOrEqual(1);
      expect(Math.abs(b.height - size.px), `label height ${b.height}px`).toBeLessThanOrEqual(1);
      expect(b.qrInside).toEqual([true]);
      expect(b.validInside).toEqual([true]);
      expect(b.outside, 'lines cut off by the label’s edge').toEqual([]);
      for (const line of size.lines) expect(b.shown).toContain(line.slice(1));
    }
    if (size.key === 'a4') {
      // A sheet: 3 columns by 5 rows.
      expect(new Set(boxes.map((b) => b.x)).size).toBe(3);
      expect(new Set(boxes.map((b) => b.y)).size).toBe(5);
    }
    await expect(page.getByRole('button', { name: 'In tem' })).toBeHidden();
    const printed = await printAndDecode(page, testInfo, `label-${size.key}`);
    expect(printed.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(printed.pages, 'PDF pages').toBe(1);
    expect(printed.codes).toEqual(Array(size.count).fill(productUrl));
    // Only the labels print: no controls, no site header or footer.
    expect(printed.text).toContain(product.name);
    expect(printed.text).not.toContain('In tem');
    expect(printed.text).not.toContain('Khổ tem');
    expect(printed.text).not.toContain('Liên kết website');
  });
}

test('axe finds no violation on the label page', async ({ page, request, data }) => {
  const product = await pickProduct(request, { api: data.api });
  await page.goto(`/san-pham/${product.id}/tem`);
  await expect(labels(page).first().locator('.label__name')).toHaveText(product.name);
  await page.waitForLoadState('networkidle');
  await expectNoAxeViolations(page);
  await page.getByRole('radio', { name: /A4/ }).check();
  await expect(labels(page)).toHaveCount(15);
  await expectNoAxeViolations(page);
});

test('an unknown id says plainly there is no such product, and no label', async ({ page }) => {
  const watch = watchErrors(page);
  await page.goto('/san-pham/khong-co/tem');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy sản phẩm');
  await expect(page.locator('main')).toContainText('“khong-co”');
  await expect(page.locator('svg.qr')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'In tem' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Xem các sản phẩm OCOP' }).click();
  await expect(page).toHaveURL(/\/san-pham$/);
  expect(watch.crashes()).toEqual([]);
});
