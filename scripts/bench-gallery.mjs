// Gallery performance on the generator's 10,000-product scale data, in
// headless Chromium against the release build. Prints figures; asserts
// nothing (a benchmark, not a test). Run through scripts/bench.sh.
//
//   (a) navigation → first product cards visible
//   (b) filter change → updated grid (median over many changes)
//   (c) JS heap and wasm memory after loading
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:4180';
const runs = Number(process.env.RUNS ?? 5);
const changes = Number(process.env.CHANGES ?? 40);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--enable-precise-memory-info'],
});

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const fmt = (x) => x.toFixed(1);

// (a) time to first cards, each run in a fresh context (cold cache).
const firstCards = [];
const catalogArrived = [];
const wasmReady = [];
for (let i = 0; i < runs; i += 1) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('.product-grid .product-card')) {
        window.__firstCards = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${base}/san-pham`);
  await page.waitForFunction(() => window.__firstCards !== undefined, null, { timeout: 60_000 });
  const t = await page.evaluate(() => {
    const entry = (suffix) => performance.getEntriesByType('resource').find((e) => e.name.endsWith(suffix));
    return {
      first: window.__firstCards,
      catalog: entry('/products.json')?.responseEnd ?? NaN,
      wasm: entry('.wasm')?.responseEnd ?? NaN,
    };
  });
  firstCards.push(t.first);
  catalogArrived.push(t.catalog);
  wasmReady.push(t.wasm);
  await context.close();
}

// (b) filter changes on one loaded page: tick and untick options of every
// facet, measuring from the click to the DOM update and to the next frame.
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.goto(`${base}/san-pham`);
await page.waitForSelector('.product-grid .product-card', { timeout: 60_000 });
const total = await page.locator('.toolbar__count').innerText();
const ids = await page.$$eval('.facet__option input', (inputs) => inputs.filter((i) => !i.disabled).map((i) => i.id));
const toDom = [];
const toFrame = [];
for (let i = 0; i < changes; i += 1) {
  const id = ids[(i * 7) % ids.length];
  const [dom, frame] = await page.evaluate(async (id) => {
    const grid = document.querySelector('.gallery__results');
    const input = document.getElementById(id);
    if (!input || input.disabled) return [NaN, NaN];
    return await new Promise((resolve) => {
      let domAt = null;
      const observer = new MutationObserver(() => { if (domAt === null) domAt = performance.now(); });
      observer.observe(grid, { childList: true, subtree: true, characterData: true });
      const start = performance.now();
      input.click();
      // Let the update run (it may be scheduled as a microtask or task),
      // then wait for the frame that paints it.
      setTimeout(() => requestAnimationFrame(() => {
        const frameAt = performance.now();
        observer.disconnect();
        resolve([(domAt ?? frameAt) - start, frameAt - start]);
      }), 0);
    });
  }, id);
  if (!Number.isNaN(dom)) { toDom.push(dom); toFrame.push(frame); }
}

// (c) memory after loading and filtering.
const cdp = await context.newCDPSession(page);
await cdp.send('HeapProfiler.collectGarbage');
const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
const wasmBytes = await page.evaluate(() => {
  const m = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
  return m ? m.encodedBodySize : 0;
});
const catalogBytes = await page.evaluate(() => {
  const m = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/products.json'));
  return m ? m.encodedBodySize : 0;
});
await browser.close();

console.log(`gallery benchmark on ${base} (${total} in the catalogue)`);
console.log(`(a) navigation → first cards visible: median ${fmt(median(firstCards))} ms, min ${fmt(Math.min(...firstCards))} ms, max ${fmt(Math.max(...firstCards))} ms over ${firstCards.length} cold loads`);
console.log(`    of which: wasm downloaded at ${fmt(median(wasmReady))} ms, products.json downloaded at ${fmt(median(catalogArrived))} ms, decoding + indexing + first render ${fmt(median(firstCards.map((f, i) => f - catalogArrived[i])))} ms (medians)`);
console.log(`(b) filter change → DOM updated: median ${fmt(median(toDom))} ms, p90 ${fmt(pct(toDom, 0.9))} ms; → next frame: median ${fmt(median(toFrame))} ms, p90 ${fmt(pct(toFrame, 0.9))} ms over ${toDom.length} changes`);
console.log(`(c) JS heap after loading: ${(usedSize / 1048576).toFixed(1)} MiB used of ${(totalSize / 1048576).toFixed(1)} MiB; products.json ${(catalogBytes / 1048576).toFixed(2)} MiB on the wire, wasm ${(wasmBytes / 1024).toFixed(0)} KiB`);
