// The embeddable gallery, seen from other websites: `embed.js` and the plain
// <iframe> on host pages served from other origins (tests/e2e/host/, served
// by host-server.mjs on the next two ports), the framing headers, the
// "Nhúng vào trang web" dialog, and the embed page itself.
import { expect, test, watchErrors, expectNoAxeViolations, appReady } from './helpers.mjs';

const port = Number(process.env.E2E_PORT ?? 4173);
const hostPort = Number(process.env.E2E_HOST_PORT ?? port + 1);
const PORTAL = `http://127.0.0.1:${port}`;
const HOST = `http://127.0.0.1:${hostPort}`; // the host site
const OTHER = `http://127.0.0.1:${hostPort + 1}`; // a third site, for forgeries

const galleries = (page) => page.locator('[data-ocop-gallery] iframe');
const cards = (frame) => frame.locator('.product-grid .product-card');
const names = (frame) => cards(frame).locator('.product-card__name').allInnerTexts();

/** Collects, in the host page, every message it receives (for the tests only). */
async function recordMessages(page) {
  await page.addInitScript(() => {
    window.__messages = [];
    window.addEventListener('message', (event) => {
      const frames = [...document.querySelectorAll('iframe')];
      window.__messages.push({
        origin: event.origin,
        data: event.data,
        frame: frames.findIndex((f) => f.contentWindow === event.source),
      });
    });
  });
}
const resizeMessages = (page, frameIndex) =>
  page.evaluate(
    (i) => window.__messages.filter((m) => m.frame === i && m.data?.type === 'ocop-gallery:resize').length,
    frameIndex,
  );

/** The frame element's height and its content's (the `.embed` wrapper). */
async function heights(iframe) {
  const frame = iframe.contentFrame();
  const content = await frame.locator('.embed').evaluate((el) => el.getBoundingClientRect().height);
  const scroll = await frame.locator('html').evaluate((el) => el.scrollHeight);
  const box = await iframe.evaluate((el) => el.clientHeight);
  return { box, content, scroll };
}

/**
 * The frame ends within 4 px of its content, nothing is cut off, and it
 * stays that way: 1.5 s later the frame and its content have the same
 * height (no growth loop). `sent`, when given, counts the frame's resize
 * messages: none may arrive during those 1.5 s.
 */
async function expectFitted(page, iframe, sent) {
  await iframe.scrollIntoViewIfNeeded(); // off-screen frames are not laid out
  await expect(iframe.contentFrame().locator('.embed .product-card, .embed .empty-state').first()).toBeVisible();
  await expect
    .poll(async () => {
      const { box, content, scroll } = await heights(iframe);
      return Math.abs(box - content) <= 4 && scroll <= box + 1;
    }, { message: 'frame height follows its content' })
    .toBe(true);
  const before = await heights(iframe);
  const messagesBefore = sent && (await sent());
  await page.waitForTimeout(1500);
  const after = await heights(iframe);
  expect(after.box, 'the frame stays put').toBe(before.box);
  expect(after.content).toBeCloseTo(before.content, 0);
  if (sent) expect(await sent(), 'no resize message once settled').toBe(messagesBefore);
  return after;
}

/** The products the portal's own gallery shows for a query, in order. */
async function portalView(browser, query) {
  const page = await browser.newPage();
  await page.goto(`${PORTAL}/san-pham?${query}`);
  await appReady(page);
  await expect(page.locator('.toolbar__count')).toHaveText(/\d+ sản phẩm/);
  const count = await page.locator('.toolbar__count').innerText();
  const list = await names(page);
  await page.close();
  return { count, names: list };
}

const pasteUrl = (snippet, title, csp) =>
  `${HOST}/paste.html?${new URLSearchParams({ snippet, ...(title ? { title } : {}), ...(csp ? { csp } : {}) })}`;
const scriptSnippet = (attributes) =>
  `<div data-ocop-gallery ${attributes}>\n  <a href="${PORTAL}/san-pham">Xem sản phẩm OCOP huyện Gia Lâm</a>\n</div>\n<script src="${PORTAL}/embed.js" async></script>`;

test.describe('a host page on another origin with three pasted snippets', () => {
  test('each widget shows the products its snippet asks for', async ({ page, browser }) => {
    const watch = watchErrors(page);
    await page.goto(`${HOST}/three-widgets.html`);
    await expect(galleries(page)).toHaveCount(3);

    // 1. Bát Tràng, 5 stars, up to 8: all five.
    const batTrang = galleries(page).nth(0).contentFrame();
    await expect(batTrang.locator('.embed__count')).toHaveText('5 sản phẩm');
    await expect(cards(batTrang)).toHaveCount(5);
    expect(await cards(batTrang).locator('.stars').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label'))))
      .toEqual(Array(5).fill('5 sao'));
    expect(await cards(batTrang).locator('.product-card__place').allInnerTexts()).toEqual(Array(5).fill('Bát Tràng'));
    expect(await names(batTrang)).toEqual((await portalView(browser, 'commune=bat-trang&stars=5')).names);

    // 2. Food, 4–5 stars, Văn Đức or Đặng Xá, limit 4: the portal's first four of 13.
    const food = galleries(page).nth(1);
    await food.scrollIntoViewIfNeeded();
    const foodFrame = food.contentFrame();
    const portalFood = await portalView(browser, 'commune=dang-xa,van-duc&stars=4,5&group=thuc-pham');
    expect(portalFood.count).toBe('13 sản phẩm');
    await expect(foodFrame.locator('.embed__count')).toHaveText(portalFood.count);
    await expect(cards(foodFrame)).toHaveCount(4);
    expect(await names(foodFrame)).toEqual(portalFood.names.slice(0, 4));
    for (const place of await cards(foodFrame).locator('.product-card__place').allInnerTexts()) {
      expect(['Văn Đức', 'Đặng Xá']).toContain(place);
    }
    for (const label of await cards(foodFrame).locator('.stars').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))) {
      expect(['4 sao', '5 sao']).toContain(label);
    }

    // 3. Sinh vật cảnh, dark, with filters: all ten, under the host's own title.
    const flowers = galleries(page).nth(2);
    await flowers.scrollIntoViewIfNeeded();
    await expect(flowers.contentFrame().locator('.embed__count')).toHaveText('10 sản phẩm');
    await expect(cards(flowers.contentFrame())).toHaveCount(10);
    await expect(flowers).toHaveAttribute('title', 'Sinh vật cảnh OCOP huyện Gia Lâm');
    expect(watch.crashes()).toEqual([]);
  });

  test('each frame ends within a few pixels of its content and stays put', async ({ page }) => {
    await recordMessages(page);
    await page.goto(`${HOST}/three-widgets.html`);
    for (const i of [0, 1, 2]) {
      const { box } = await expectFitted(page, galleries(page).nth(i), () => resizeMessages(page, i));
      // The default 600 px was replaced: the frame really follows the content.
      expect(box).not.toBe(600);
      expect(await resizeMessages(page, i), 'the frame reported its height').toBeGreaterThan(0);
    }
  });

  test('the frames are accessible and lazy, with a title and a minimum height', async ({ page }) => {
    await page.goto(`${HOST}/three-widgets.html`);
    await expect(galleries(page)).toHaveCount(3);
    for (const iframe of await galleries(page).all()) {
      await expect(iframe).toHaveAttribute('title', /\S/);
      await expect(iframe).toHaveAttribute('loading', 'lazy');
      const minHeight = await iframe.evaluate((el) => parseFloat(getComputedStyle(el).minHeight));
      expect(minHeight).toBeGreaterThanOrEqual(150);
      await expect(iframe).toHaveAttribute('src', new RegExp(`^${PORTAL}/embed/san-pham\\?.*id=ocop-gallery-\\d`));
    }
    // The fallback link stays for readers without frames, out of sight but
    // shown when a keyboard user reaches it.
    const fallback = page.locator('[data-ocop-gallery] > a').first();
    await expect(fallback).toHaveAttribute('href', `${PORTAL}/san-pham?commune=bat-trang&stars=5`);
    expect((await fallback.boundingBox()).height).toBeLessThanOrEqual(1);
    await fallback.focus();
    expect((await fallback.boundingBox()).height).toBeGreaterThan(10);
    await fallback.blur();
    expect((await fallback.boundingBox()).height).toBeLessThanOrEqual(1);
  });

  test('without JavaScript the reader gets the plain links to the portal', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${HOST}/three-widgets.html`);
    await expect(page.locator('iframe')).toHaveCount(0);
    const links = page.getByRole('link', { name: 'Xem sản phẩm OCOP huyện Gia Lâm' });
    await expect(links).toHaveCount(3);
    await expect(links.first()).toBeVisible();
    await expect(links.nth(1)).toHaveAttribute('href', `${PORTAL}/san-pham?commune=dang-xa,van-duc&stars=4,5&group=thuc-pham`);
    await context.close();
  });

  test('cards open the portal product page in a new tab', async ({ page, context }) => {
    await page.goto(`${HOST}/three-widgets.html`);
    const frame = galleries(page).nth(0).contentFrame();
    await expect(cards(frame)).toHaveCount(5);
    const links = cards(frame).locator('.product-card__name a');
    for (const link of await links.all()) {
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', /\bnoopener\b/);
      await expect(link).toHaveAttribute('href', new RegExp(`^${PORTAL}/san-pham/[a-z0-9-]+$`));
    }
    const more = frame.getByRole('link', { name: 'Xem tất cả trên cổng OCOP ›' });
    await expect(more).toHaveAttribute('href', `${PORTAL}/san-pham?commune=bat-trang&stars=5`);
    await expect(more).toHaveAttribute('target', '_blank');
    await expect(more).toHaveAttribute('rel', /\bnoopener\b/);

    const name = await links.first().innerText();
    const [tab] = await Promise.all([context.waitForEvent('page'), links.first().click()]);
    await expect(tab).toHaveURL(new RegExp(`^${PORTAL}/san-pham/[a-z0-9-]+$`));
    await expect(tab.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(tab.locator('.brand__name')).toBeVisible(); // the full portal, not the embed
    expect(page.url()).toBe(`${HOST}/three-widgets.html`); // the host page stays
  });

  test('theme=dark and filters=1: a dark gallery whose filters work and re-size the frame', async ({ page }) => {
    await page.goto(`${HOST}/three-widgets.html`);
    const light = galleries(page).nth(0).contentFrame();
    await expect(light.locator('.embed')).toHaveAttribute('data-theme', 'light');
    await expect(light.locator('.embed__filters')).toHaveCount(0);

    const iframe = galleries(page).nth(2);
    await iframe.scrollIntoViewIfNeeded();
    const dark = iframe.contentFrame();
    await expect(dark.locator('.embed')).toHaveAttribute('data-theme', 'dark');
    const luminance = (el) => {
      const [r, g, b] = getComputedStyle(el).backgroundColor.match(/\d+/g).map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    expect(await dark.locator('.embed').evaluate(luminance)).toBeLessThan(0.2);
    expect(await light.locator('.embed').evaluate(luminance)).toBeGreaterThan(0.8);

    const { box: closed } = await expectFitted(page, iframe);
    const filters = dark.locator('details.embed__filters');
    await expect(filters).toBeVisible();
    await filters.locator('summary').click();
    await expect(filters.getByLabel(/4 sao/)).toBeVisible();
    const { box: open } = await expectFitted(page, iframe);
    expect(open, 'opening the filters grows the frame').toBeGreaterThan(closed + 100);

    await filters.getByLabel(/3 sao/).check();
    await expect(dark.locator('.embed__count')).toHaveText('3 sản phẩm');
    await expect(cards(dark)).toHaveCount(3);
    expect(await cards(dark).locator('.stars').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label'))))
      .toEqual(Array(3).fill('3 sao'));
    const { box: filtered } = await expectFitted(page, iframe);
    expect(filtered, 'one row of cards instead of two: a shorter frame').toBeLessThan(open - 100);
    // The frame's options survive the reader's filter change.
    await expect(dark.locator('.embed')).toHaveAttribute('data-theme', 'dark');
    await expect(cards(dark).first().locator('a')).toHaveAttribute('target', '_blank');
  });
});

test('forged resize messages from another frame or origin change nothing', async ({ page }) => {
  await page.goto(`${HOST}/forged.html`);
  const gallery = galleries(page);
  await expect(gallery).toHaveCount(1);
  const rogue = page.locator('#rogue');
  await expect(rogue.contentFrame().locator('.embed__count')).toHaveText('149 sản phẩm');
  const { box } = await expectFitted(page, gallery);

  // The rogue frame (the portal's own embed, right origin, not the loader's
  // frame) reports a new, much taller height under the gallery's id.
  await rogue.scrollIntoViewIfNeeded(); // a frame is laid out only in view
  const sentBefore = await page.evaluate(() => window.received.filter((m) => m.fromRogue).length);
  await rogue.evaluate((el) => { el.style.width = '50%'; });
  await expect
    .poll(() => page.evaluate(() => window.received.filter((m) => m.fromRogue).length))
    .toBeGreaterThan(sentBefore);
  const claimed = await page.evaluate(() => window.received.filter((m) => m.fromRogue).at(-1).data);
  expect(claimed).toMatchObject({ type: 'ocop-gallery:resize', id: 'ocop-gallery-1' });
  expect(Math.abs(claimed.height - box)).toBeGreaterThan(1000);

  // The host page itself, a srcdoc frame (the host's origin) and a frame of a
  // third site post the same forgery, small and huge.
  await page.evaluate(() => {
    window.postMessage({ type: 'ocop-gallery:resize', id: 'ocop-gallery-1', height: 5 }, '*');
    window.postMessage({ type: 'forge-done', from: 'self' }, '*');
    const srcdoc = document.createElement('iframe');
    srcdoc.title = 'srcdoc';
    srcdoc.srcdoc = `<script>
      parent.postMessage({ type: 'ocop-gallery:resize', id: 'ocop-gallery-1', height: 5 }, '*');
      parent.postMessage({ type: 'forge-done', from: 'srcdoc' }, '*');
    <\/script>`;
    document.body.append(srcdoc);
  });
  for (const height of [5, 5000]) {
    await page.evaluate(
      (src) => {
        const frame = document.createElement('iframe');
        frame.title = 'forger';
        frame.src = src;
        document.body.append(frame);
      },
      `${OTHER}/forge.html?id=ocop-gallery-1&height=${height}`,
    );
  }
  await expect
    .poll(() => page.evaluate(() => window.received.filter((m) => m.data?.type === 'forge-done').map((m) => m.data.from).sort()))
    .toEqual([OTHER, OTHER, 'self', 'srcdoc'].sort());
  const forgeries = await page.evaluate(() => window.received.filter((m) => m.data?.type === 'ocop-gallery:resize' && !m.fromGallery).map((m) => m.origin));
  expect(forgeries).toEqual(expect.arrayContaining([HOST, OTHER, PORTAL]));

  // Unchanged, and still fitted to its own content.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(await gallery.evaluate((el) => el.clientHeight)).toBe(box);
  const after = await expectFitted(page, gallery);
  expect(after.box).toBe(box);

  // The gallery's own frame, navigated to another site: right window,
  // wrong origin. Ignored too.
  await gallery.evaluate((el, src) => { el.src = src; }, `${OTHER}/forge.html?id=ocop-gallery-1&height=5000`);
  await expect
    .poll(() => page.evaluate(() => window.received.some((m) => m.fromGallery && m.data?.type === 'forge-done')))
    .toBe(true);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(await gallery.evaluate((el) => el.clientHeight)).toBe(box);
});

test('the loader adds one global, mounts each place once, and runs under a strict host CSP', async ({ page }) => {
  const violations = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|unsafe-eval/i.test(msg.text())) violations.push(msg.text());
  });
  // The policy EMBEDDING.md tells strict sites to add: no 'unsafe-eval', no
  // inline script, scripts and frames from the portal only.
  const csp = `default-src 'none'; script-src ${PORTAL}; frame-src ${PORTAL}`;
  await page.goto(pasteUrl('', 'Trống', csp));
  const before = await page.evaluate(() => Object.keys(window));
  // Pasted twice (two snippets, two <script> lines), then scanned again.
  await page.goto(pasteUrl(`${scriptSnippet('data-stars="5"')}\n${scriptSnippet('data-commune="bat-trang" data-stars="5" data-limit="2"')}`, 'Hai bộ sưu tập', csp));
  await expect(galleries(page)).toHaveCount(2);
  await page.evaluate(() => window.OcopGallery.scan());
  await expect(galleries(page)).toHaveCount(2);
  const added = await page.evaluate((keys) => Object.keys(window).filter((k) => !keys.includes(k) && !/^\d+$/.test(k)), before);
  expect(added).toEqual(['OcopGallery']);
  await expect(galleries(page).nth(0).contentFrame().locator('.embed__count')).toHaveText('5 sản phẩm');
  await expect(cards(galleries(page).nth(1).contentFrame())).toHaveCount(2);
  await expectFitted(page, galleries(page).nth(1));
  expect(violations).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('a gallery taller than the 12000 px cap is capped and scrolls inside', async ({ page }) => {
    // 48 cards in one column: about 19000 px of content.
    await page.goto(pasteUrl(scriptSnippet('data-limit="48"')));
    const iframe = galleries(page);
    await iframe.scrollIntoViewIfNeeded();
    const frame = iframe.contentFrame();
    await expect(cards(frame)).toHaveCount(48);
    await expect.poll(() => iframe.evaluate((el) => el.clientHeight)).toBe(12000);
    expect((await heights(iframe)).content).toBeGreaterThan(12000);
    // The reader still reaches the last card and the link to the portal.
    const more = frame.getByRole('link', { name: 'Xem tất cả trên cổng OCOP ›' });
    await iframe.hover();
    await page.mouse.wheel(0, 30000);
    await expect.poll(() => frame.locator('html').evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    // Scrolled to the end of the frame: the link is inside the frame's view.
    const within = await more.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
    expect(within).toBe(true);
  });
});

test('framing is allowed on /embed/ only', async ({ page, request }) => {
  const embed = await request.get(`${PORTAL}/embed/san-pham?stars=5`);
  expect(embed.headers()['content-security-policy']).toMatch(/(^|; )frame-ancestors \*$/);
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  for (const path of ['/', '/san-pham', '/san-pham/men-suoi-ngoc-tan-thinh', '/embed-demo.html', '/embeds']) {
    const response = await request.get(`${PORTAL}${path}`);
    expect(response.headers()['content-security-policy'], path).toMatch(/(^|; )frame-ancestors 'none'$/);
    expect(response.headers()['x-frame-options'], path).toBe('DENY');
  }

  const refusals = [];
  page.on('console', (msg) => {
    if (/frame-ancestors|X-Frame-Options/.test(msg.text())) refusals.push(msg.text());
  });
  await page.goto(`${HOST}/framing.html`);
  // The embed renders in the other site's frame…
  await expect(page.locator('#embed').contentFrame().locator('.embed__count')).toHaveText('5 sản phẩm');
  // …the full portal does not: the browser refuses to put it in the frame.
  await expect.poll(() => refusals.length).toBeGreaterThan(0);
  const framed = await (await page.locator('#portal').elementHandle()).contentFrame();
  expect(framed.url()).not.toContain(`${PORTAL}/san-pham`);
  await expect(page.locator('#portal').contentFrame().locator('.gallery, .brand__name, .product-card')).toHaveCount(0);
});

test.describe('the snippets the dialog writes, pasted into a blank page on another site', () => {
  async function openDialog(page, query) {
    await page.goto(`/san-pham?${query}`);
    await expect(page.locator('.toolbar__count')).toHaveText(/\d+ sản phẩm/);
    await page.getByRole('button', { name: 'Nhúng vào trang web' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    return dialog;
  }

  test('the script form, copied with the copy button, gives a working, fitted gallery', async ({ page, context, browser }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: PORTAL });
    const dialog = await openDialog(page, 'commune=bat-trang&stars=5');
    // The reader picks 4 cards and the dark theme.
    await dialog.getByLabel('Số sản phẩm hiển thị').selectOption('4');
    await dialog.getByLabel('Giao diện tối').check();
    const code = page.locator('#embed-code-script');
    await expect(code).toHaveValue(/data-limit="4"/);
    await expect(code).toHaveValue(/data-theme="dark"/);
    await expect(code).toHaveValue(new RegExp(`<script src="${PORTAL}/embed.js" async></script>`));
    await dialog.getByRole('button', { name: 'Sao chép mã' }).first().click();
    await expect(dialog.getByText('Đã sao chép.')).toBeVisible();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toBe(await code.inputValue());
    // The preview shows the same gallery.
    await expect(dialog.locator('iframe').contentFrame().locator('.embed')).toHaveAttribute('data-theme', 'dark');
    await expect(cards(dialog.locator('iframe').contentFrame())).toHaveCount(4);

    const watch = watchErrors(page);
    await page.goto(pasteUrl(snippet, 'Trang của xã Bát Tràng'));
    const iframe = galleries(page);
    await expect(iframe).toHaveCount(1);
    const frame = iframe.contentFrame();
    await expect(frame.locator('.embed__count')).toHaveText('5 sản phẩm');
    await expect(cards(frame)).toHaveCount(4);
    expect(await names(frame)).toEqual((await portalView(browser, 'commune=bat-trang&stars=5')).names.slice(0, 4));
    await expect(frame.locator('.embed')).toHaveAttribute('data-theme', 'dark');
    await expectFitted(page, iframe);
    // The host's text after the snippet sits right below the gallery.
    const gap = await page.evaluate(() => {
      const frameBox = document.querySelector('iframe').getBoundingClientRect();
      const after = [...document.querySelectorAll('p')].at(-1).getBoundingClientRect();
      return after.top - frameBox.bottom;
    });
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(40);
    expect(watch.crashes()).toEqual([]);
  });

  test('the iframe form works on a page that runs no script', async ({ page }) => {
    const dialog = await openDialog(page, 'commune=dang-xa,van-duc&stars=4,5&group=thuc-pham');
    const snippet = await page.locator('#embed-code-iframe').inputValue();
    expect(snippet).toMatch(/^<iframe /);
    expect(snippet).not.toMatch(/<script/);
    await dialog.getByRole('button', { name: 'Đóng hộp thoại' }).click();

    await page.goto(pasteUrl(snippet));
    const iframe = page.locator('iframe');
    await expect(iframe).toHaveAttribute('title', /\S/);
    await expect(iframe).toHaveAttribute('loading', 'lazy');
    const frame = iframe.contentFrame();
    await expect(frame.locator('.embed__count')).toHaveText('13 sản phẩm');
    await expect(cards(frame)).toHaveCount(8); // the dialog's default
    // Without the loader the frame keeps the snippet's fixed height (two
    // rows of four cards: 160 + 2 × 330 px), and the content fits in it.
    const { box, scroll } = await heights(iframe);
    expect(box).toBe(820);
    expect(scroll).toBeLessThanOrEqual(box);
  });
});

test.describe('a portal served from another address than the one it was built for (a staging copy, www. beside the bare name)', () => {
  // The build names 127.0.0.1 as its public address; localhost is the same
  // server under another origin.
  const SERVED = PORTAL.replace('127.0.0.1', 'localhost');

  test('the embedded gallery links to where it was loaded from', async ({ page }) => {
    await page.goto(`${SERVED}/embed/san-pham?commune=bat-trang&stars=5`);
    await expect(cards(page)).toHaveCount(5);
    for (const link of await cards(page).locator('.product-card__name a').all()) {
      await expect(link).toHaveAttribute('href', new RegExp(`^${SERVED}/san-pham/[a-z0-9-]+$`));
    }
    await expect(page.getByRole('link', { name: 'Xem tất cả trên cổng OCOP ›' }))
      .toHaveAttribute('href', `${SERVED}/san-pham?commune=bat-trang&stars=5`);
  });

  test('the dialog previews its frame from this address, and its snippets name the public one', async ({ page }) => {
    const watch = watchErrors(page);
    await page.goto(`${SERVED}/san-pham?commune=bat-trang&stars=5`);
    await expect(page.locator('.toolbar__count')).toHaveText(/\d+ sản phẩm/);
    await page.getByRole('button', { name: 'Nhúng vào trang web' }).click();
    const preview = page.locator('iframe.embed-dialog__preview');
    await expect(preview).toHaveAttribute('src', new RegExp(`^${SERVED}/embed/san-pham\\?`));
    // Framed, not refused by the portal's policy (frame-src 'self').
    await expect(cards(preview.contentFrame())).toHaveCount(5);
    await expect(page.locator('#embed-code-script')).toHaveValue(new RegExp(`src="${PORTAL}/embed.js"`));
    expect(watch.errors.filter((e) => /Content Security Policy|frame-src/.test(e))).toEqual([]);
  });
});

test.describe('the embed page itself', () => {
  test('the gallery alone: no header, navigation or footer', async ({ page }) => {
    const watch = watchErrors(page);
    await page.goto('/embed/san-pham?commune=bat-trang&stars=5');
    await expect(page.locator('.embed__count')).toHaveText('5 sản phẩm');
    await expect(page.locator('header, nav, footer, .skip-link, .brand__name, .breadcrumb')).toHaveCount(0);
    await expect(page.locator('main')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    expect(watch.errors).toEqual([]);
  });

  test('limit caps the cards and defaults to 12; bad options fall back', async ({ page }) => {
    await page.goto('/embed/san-pham?group=thuc-pham&limit=3');
    await expect(page.locator('.embed__count')).toHaveText('74 sản phẩm');
    await expect(cards(page)).toHaveCount(3);
    await page.goto('/embed/san-pham?group=thuc-pham');
    await expect(cards(page)).toHaveCount(12);
    await page.goto('/embed/san-pham?group=thuc-pham&limit=9999&theme=neon&filters=yes&id=%3Cb%3E');
    await expect(cards(page)).toHaveCount(12);
    await expect(page.locator('.embed')).toHaveAttribute('data-theme', 'light');
    await expect(page.locator('.embed__filters')).toHaveCount(0);
  });

  test('axe finds no violation in the embed, light and dark with filters open', async ({ page }) => {
    await page.goto('/embed/san-pham?commune=bat-trang&stars=5');
    await expect(cards(page)).toHaveCount(5);
    await expectNoAxeViolations(page);
    await page.goto('/embed/san-pham?group=sinh-vat-canh&theme=dark&filters=1');
    await expect(cards(page)).toHaveCount(10);
    await page.locator('.embed__filters summary').click();
    await expect(page.locator('.embed__filters').getByLabel(/4 sao/)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('axe finds no violation in the open embed dialog', async ({ page }) => {
    await page.goto('/san-pham?commune=bat-trang&stars=5');
    await page.getByRole('button', { name: 'Nhúng vào trang web' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(cards(dialog.locator('iframe').contentFrame())).toHaveCount(5);
    await expectNoAxeViolations(page);
  });
});

test('the demo page in public/ shows three differently filtered, fitted widgets', async ({ page }) => {
  const watch = watchErrors(page);
  await page.goto('/embed-demo.html');
  await expect(galleries(page)).toHaveCount(3);
  const counts = [];
  const themes = [];
  for (const iframe of await galleries(page).all()) {
    await expectFitted(page, iframe);
    const frame = iframe.contentFrame();
    counts.push(await frame.locator('.embed__count').innerText());
    themes.push(await frame.locator('.embed').getAttribute('data-theme'));
  }
  expect(counts[0]).toBe('5 sản phẩm');
  expect(new Set(counts).size, 'three different selections').toBe(3);
  expect(themes).toContain('dark');
  await expect(galleries(page).nth(2).contentFrame().locator('.embed__filters')).toBeVisible();
  expect(watch.crashes()).toEqual([]);
  // Styled, under the policy the portal is served with (no inline style).
  expect(await page.evaluate(() => getComputedStyle(document.body).maxWidth)).not.toBe('none');
  expect(watch.errors.filter((e) => /Content Security Policy/.test(e))).toEqual([]);
});
