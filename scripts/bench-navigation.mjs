// The reader's journey of issue #15, step by step: home → an article → its
// category → the gallery → the top star level → a product → sale points →
// the news → the gallery → another product → its QR label. For each step,
// the time from the click to the new page's content on screen (drawn in
// place by the one app), beside a cold load of the same URL in a fresh
// browser context (nothing cached) in the same run: navigation start to
// the same content on screen. CPU 1× and 4× (a phone). Prints figures,
// asserts none.
//
//   node scripts/bench-navigation.mjs --base http://127.0.0.1:4180 [--json FILE]
//
// Environment: RUNS (journeys per CPU rate, 3), CPU_RATES (1,4).
import { chromium } from '@playwright/test';
import { args, CHROMIUM, CHROME_FLAGS, median, saveJson, table } from './bench-lib.mjs';

const { base, json } = args();
const RUNS = Number(process.env.RUNS ?? 3);
const RATES = (process.env.CPU_RATES ?? '1,4').split(',').map(Number);

/** Each step: what to click, and what only the new page shows. */
const STEPS = [
  { name: 'article', click: '.lead-story__title a', shows: 'h1.article__title' },
  { name: 'its category', click: '.breadcrumb li:nth-child(3) a', shows: '.search-hit' },
  { name: 'gallery', click: '#site-nav a[href$="/san-pham"]', shows: '.gallery-page .product-card' },
  { name: 'top stars', click: '#f-stars-5', shows: '.gallery-page .product-card', url: 'stars=5' },
  { name: 'product', click: '.product-grid .product-card h3 a', shows: 'article.product h1' },
  { name: 'sale points', click: '#site-nav a[href$="/diem-ban"]', shows: '.points-page .point-card' },
  { name: 'news', click: '#site-nav a[href$="/tin-tuc"]', shows: '.news-list .article-card' },
  { name: 'gallery', click: '#site-nav a[href$="/san-pham"]', shows: '.gallery-page .product-card' },
  { name: 'product', click: '.product-grid .product-card h3 a', nth: 1, shows: 'article.product h1' },
  { name: 'QR label', click: 'a[href$="/tem"]', shows: '.label-sheet .label' },
];

/** In every page: the time of the last click, and `__whenShown(selector,
 *  urlPart)`: the time the first frame with that content is painted. */
function instrument({ selector, urlPart } = {}) {
  window.__clickAt = null;
  document.addEventListener('click', () => { window.__clickAt = performance.now(); }, true);
  window.__whenShown = (sel, part) => new Promise((resolve) => {
    const ok = () => document.querySelector(sel)?.checkVisibility() && (!part || location.href.includes(part));
    const done = () => requestAnimationFrame(() => resolve(performance.now()));
    if (ok()) { done(); return; }
    const watch = new MutationObserver(() => { if (ok()) { watch.disconnect(); done(); } });
    watch.observe(document, { childList: true, subtree: true, attributes: true });
  });
  // A cold load: watch from the document's start.
  if (selector) window.__coldShown = window.__whenShown(selector, urlPart);
}

async function throttled(browser, rate) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page };
}

async function journey(browser, rate) {
  const { context, page } = await throttled(browser, rate);
  await page.addInitScript(instrument);
  await page.goto(`${base}/`);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 60_000 });
  const times = [];
  for (const step of STEPS) {
    const shown = page.evaluate(([sel, part]) => window.__whenShown(sel, part), [step.shows, step.url ?? null]);
    await page.locator(step.click).nth(step.nth ?? 0).click();
    const at = await shown;
    times.push({ name: step.name, url: page.url(), ms: at - (await page.evaluate(() => window.__clickAt)) });
  }
  await context.close();
  return times;
}

async function cold(browser, rate, url, step) {
  const { context, page } = await throttled(browser, rate);
  await page.addInitScript(instrument, { selector: step.shows, urlPart: step.url ?? null });
  await page.goto(url, { waitUntil: 'commit' });
  const at = await page.evaluate(() => window.__coldShown);
  await context.close();
  return at;
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')) });
const results = {};
const rows = [['CPU', 'step', 'in place ms', 'cold load ms', 'ratio']];
for (const rate of RATES) {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await journey(browser, rate));
  const steps = [];
  for (let s = 0; s < STEPS.length; s += 1) {
    const url = runs[0][s].url;
    const colds = [];
    for (let i = 0; i < RUNS; i += 1) colds.push(await cold(browser, rate, url, STEPS[s]));
    const inPlace = median(runs.map((r) => r[s].ms));
    const coldMs = median(colds);
    steps.push({ step: STEPS[s].name, path: new URL(url).pathname + new URL(url).search, in_place_ms: inPlace, cold_ms: coldMs, ratio: inPlace / coldMs });
    rows.push([`${rate}×`, `${s + 1}. ${STEPS[s].name}`, inPlace.toFixed(0), coldMs.toFixed(0), (inPlace / coldMs).toFixed(2)]);
  }
  const ratio = median(steps.map((s) => s.ratio));
  rows.push([`${rate}×`, 'median ratio', '', '', ratio.toFixed(2)]);
  results[`cpu_${rate}`] = { steps, median_ratio: ratio };
}
await browser.close();
console.log(`\nThe journey, click → new content in place, beside a cold load of the same URL (median of ${RUNS}):\n`);
console.log(table(rows));
saveJson(json, 'navigation', results);
