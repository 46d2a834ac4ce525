// First-load bytes per route: what a page loads before it is interactive —
// the wasm, the JavaScript (loader and wasm-bindgen glue) and the CSS —
// each file compressed with `brotli -q 11`, beside the budgets and beside
// the reference page of the same route. Which files a route loads is read
// from a real page load (every request Chromium makes until the network is
// quiet), not assumed. The HTML and the API JSON the page fetches are
// listed too (brotli -11), outside the budget. Run through scripts/bench.sh.
//
//   node scripts/bench-bytes.mjs --base URL --dist DIR --api DIR --ref DIR [--json FILE]
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROME_FLAGS, args, brotliSize, fileFor, kib, saveJson, table } from './bench-lib.mjs';

const opt = args();
const base = opt.base ?? 'http://127.0.0.1:4180';
const dirs = { dist: opt.dist, api: opt.api, ref: opt.ref };
const ARTICLE = opt.article ?? 'gia-lam-doi-moi-san-xuat-nang-cao-san-pham-ocop';
const PRODUCT = opt.product ?? 'bo-san-pham-gom-men-suoi-ngoc';
// [path, budget in KiB (issue #15: 230 for every route of the one app), short name]
const ROUTES = [
  ['/', 230, '/'], ['/tin-tuc', 230, '/tin-tuc'], [`/tin-tuc/${ARTICLE}`, 230, 'article'], ['/san-pham', 230, '/san-pham'],
  [`/san-pham/${PRODUCT}`, 230, 'product'], ['/diem-ban', 230, '/diem-ban'], [`/san-pham/${PRODUCT}/tem`, 230, 'label (…/tem)'],
];

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')) });

function kindOf(url, type) {
  const path = new URL(url).pathname;
  if (path.endsWith('.wasm')) return 'wasm';
  if (type === 'script' || /\.m?js$/.test(path)) return 'js';
  if (type === 'stylesheet' || path.endsWith('.css')) return 'css';
  if (type === 'document') return 'html';
  if (path.endsWith('.json')) return 'json';
  return 'other';
}

async function load(path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const seen = [];
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfinished', async (req) => {
    const sizes = await req.sizes().catch(() => ({ responseBodySize: 0 }));
    seen.push({ url: req.url(), type: req.resourceType(), wire: sizes.responseBodySize });
  });
  await page.goto(base + path, { waitUntil: 'networkidle', timeout: 120_000 });
  await page.waitForTimeout(500);
  await context.close();
  const files = seen.filter((r) => r.url.startsWith(base)).map((r) => {
    const kind = kindOf(r.url, r.type);
    const file = fileFor(new URL(r.url).pathname, dirs);
    return { path: new URL(r.url).pathname, kind, file, wire: r.wire, br: file ? brotliSize(file) : r.wire };
  });
  const sum = (k) => files.filter((f) => f.kind === k).reduce((s, f) => s + f.br, 0);
  return {
    files,
    errors,
    wasm: sum('wasm'),
    js: sum('js'),
    css: sum('css'),
    interactive: sum('wasm') + sum('js') + sum('css'),
    html: sum('html'),
    json: sum('json'),
  };
}

const results = [];
for (const [route, budget, name] of ROUTES) {
  const app = await load(route);
  const ref = await load(`/_ref${route === '/' ? '/' : route}`);
  results.push({ route, name, budget_kib: budget, app, ref });
}
await browser.close();

const over = (r) => (r.budget_kib === null ? '' : r.app.interactive / 1024 <= r.budget_kib ? 'within' : `over by ${kib(r.app.interactive - r.budget_kib * 1024)}`);
console.log('\nFirst-load bytes per route (KiB, each file brotli -q 11): the wasm + JS + CSS a page loads before it is interactive,');
console.log(`beside the reference page of the route; HTML and API JSON outside the budget. article = /tin-tuc/${ARTICLE}, product = /san-pham/${PRODUCT}`);
console.log(table([
  ['route', 'wasm', 'JS', 'CSS', 'total', 'budget', '', 'reference', '| HTML', 'API JSON', 'ref HTML'],
  ...results.map((r) => [r.name, kib(r.app.wasm), kib(r.app.js), kib(r.app.css), kib(r.app.interactive),
    r.budget_kib ? `≤ ${r.budget_kib}` : '–', over(r), kib(r.ref.interactive), `| ${kib(r.app.html)}`, kib(r.app.json), kib(r.ref.html)]),
]));
console.log('Files each route loaded (app): ');
for (const r of results) {
  const names = r.app.files.filter((f) => ['wasm', 'js', 'css'].includes(f.kind)).sort((a, b) => b.br - a.br).map((f) => `${f.path.replace(/^\//, '')} ${kib(f.br)}`);
  const json = r.app.files.filter((f) => f.kind === 'json').map((f) => f.path.replace('/api/', ''));
  console.log(`  ${r.name}: ${names.join(', ')}; API: ${json.join(', ') || 'none'}${r.app.errors.length ? `; PAGE ERRORS: ${r.app.errors.join(' | ')}` : ''}`);
}
saveJson(opt.json, 'first_load_bytes', results.map((r) => ({
  route: r.route,
  budget_kib: r.budget_kib,
  app: { wasm: r.app.wasm, js: r.app.js, css: r.app.css, total: r.app.interactive, html: r.app.html, api_json: r.app.json, files: r.app.files.map(({ path, kind, br, wire }) => ({ path, kind, br, wire })) },
  reference: { js: r.ref.js, css: r.ref.css, total: r.ref.interactive, html: r.ref.html, api_json: r.ref.json, files: r.ref.files.map(({ path, kind, br, wire }) => ({ path, kind, br, wire })) },
})));
