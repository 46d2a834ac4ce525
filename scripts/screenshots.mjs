// Takes the README's screenshots (docs/screenshots/) of a running portal:
//   node tests/e2e/server.mjs --port 4173 &   # serves dist/
//   node scripts/screenshots.mjs [http://127.0.0.1:4173]
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const pages = [
  ['home', '/'],
  ['news-list', '/tin-tuc'],
  ['article', '/tin-tuc/gia-lam-doi-moi-san-xuat-nang-cao-san-pham-ocop'],
  ['search', '/tim-kiem?q=gom%20su%20bat%20trang'],
  ['gallery', '/san-pham?commune=bat-trang&stars=5'],
  ['product', '/san-pham/bo-san-pham-gom-men-suoi-ngoc'],
  ['label', '/san-pham/bo-san-pham-gom-men-suoi-ngoc/tem'],
  ['points', '/diem-ban'],
  ['thong-ke', '/thong-ke'],
];
const sizes = [
  ['phone', { width: 360, height: 780 }],
  ['desktop', { width: 1280, height: 900 }],
];
const only = process.env.ONLY;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
for (const [sizeName, viewport] of sizes) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'vi-VN' });
  const page = await context.newPage();
  for (const [name, path] of pages) {
    if (only && !name.includes(only)) continue;
    await page.goto(base + path);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const file = `docs/screenshots/${name}-${sizeName}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    console.log(file);
  }
  await context.close();
}
await browser.close();
