// The gallery's figures, for the app's /san-pham and the plain-JS reference
// gallery (scripts/reference/gallery.mjs) served by the same server from the
// same products.json, unthrottled and with the CPU slowed 4× (Chrome
// DevTools Protocol `Emulation.setCPUThrottlingRate`). Prints figures;
// asserts nothing (a benchmark, not a test). Run through scripts/bench.sh.
//
//   (a)  navigation → first product cards visible (a prerendered page shows
//        them from its HTML), and → filters ready: the moment the page
//        attached its filter panel's `change` listener (the app's hydration,
//        the reference's take-over), i.e. once products.json has arrived and
//        been indexed; median of RUNS cold loads, each in a fresh context
//   (b)  filter change → grid updated in the DOM, and → next frame painted;
//        median and p90 over CHANGES changes on one loaded page; the result
//        counts of app and reference are compared after every change
//   (c)  JS heap after loading and the changes (after a GC), and the wasm
//        memory where there is one
//
//   node scripts/bench-gallery.mjs --base URL [--label TEXT] [--json FILE --key KEY]
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROME_FLAGS, args, median, openThrottled, pct, saveJson, table } from './bench-lib.mjs';

const opt = args();
const base = opt.base ?? process.argv[2] ?? 'http://127.0.0.1:4180';
const runs = Number(process.env.RUNS ?? 5);
const changes = Number(process.env.CHANGES ?? 40);
const RATES = (process.env.CPU_RATES ?? '1,4').split(',').map(Number);
const TARGETS = [['app', '/san-pham'], ['reference', '/_ref/san-pham']];

// The server compresses a file on its first request: 5 MB of scale JSON at
// brotli -11 takes longer than the app's 10 s request timeout, so ask once
// before any page does.
await (await fetch(`${base}/api/products.json`, { headers: { 'accept-encoding': 'br' } })).arrayBuffer();

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [...CHROME_FLAGS.filter((f) => !f.startsWith('--headless')), '--enable-precise-memory-info'],
});

// Before any script of the page: first cards, listeners attached to the
// filter panel, and the wasm instance's memory.
const probe = () => {
  window.__ready = null;
  window.__firstCards = null;
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, ...rest) {
    if (type === 'change' && this instanceof Element && this.closest('#gallery-filters')) window.__ready = performance.now();
    return add.call(this, type, ...rest);
  };
  const keep = (p) => p.then((r) => { window.__wasmMemory = (r.instance ?? r).exports?.memory; return r; });
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const f = WebAssembly[name];
    if (f) WebAssembly[name] = (...a) => keep(f.apply(WebAssembly, a));
  }
  const seen = () => {
    if (window.__firstCards === null && document.querySelector('.product-grid .product-card')) {
      window.__firstCards = performance.now();
      return true;
    }
    return window.__firstCards !== null;
  };
  new MutationObserver((_, o) => { if (seen()) o.disconnect(); }).observe(document, { childList: true, subtree: true });
};

async function open(path, rate) {
  const { context, page, cdp, errors } = await openThrottled(browser, base + path, rate, probe);
  // Ready once the panel's listener is attached and nothing more is for 300 ms.
  await page.waitForFunction(() => {
    if (window.__ready === null) return false;
    window.__quiet ??= [window.__ready, performance.now()];
    if (window.__quiet[0] !== window.__ready) window.__quiet = [window.__ready, performance.now()];
    return performance.now() - window.__quiet[1] > 300;
  }, null, { timeout: 120_000, polling: 50 });
  return { context, page, cdp, errors };
}

async function measure(path, rate) {
  // One unmeasured load: the server compresses each file on its first request.
  await (await open(path, rate)).context.close();
  const loads = [];
  for (let i = 0; i < runs; i += 1) {
    const { context, page, errors } = await open(path, rate);
    loads.push(await page.evaluate(() => {
      const entry = (suffix) => performance.getEntriesByType('resource').find((e) => e.name.endsWith(suffix));
      return {
        first: window.__firstCards,
        ready: window.__ready,
        catalog: entry('/products.json')?.responseEnd ?? NaN,
        catalogBytes: entry('/products.json')?.encodedBodySize ?? NaN,
        wasm: performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))?.responseEnd ?? NaN,
      };
    }));
    if (errors.length) loads.at(-1).errors = errors;
    await context.close();
  }

  const { context, page, cdp, errors } = await open(path, rate);
  const total = await page.locator('.toolbar__count').innerText();
  const ids = await page.$$eval('.facet__option input', (inputs) => inputs.filter((i) => !i.disabled).map((i) => i.id));
  const toDom = [];
  const toFrame = [];
  const counts = [];
  for (let i = 0; i < changes; i += 1) {
    const id = ids[(i * 7) % ids.length];
    const [dom, frame, count] = await page.evaluate(async (id) => {
      const grid = document.querySelector('.gallery__results');
      const input = document.getElementById(id);
      if (!input || input.disabled) return [NaN, NaN, null];
      return await new Promise((resolve) => {
        let domAt = null;
        const observer = new MutationObserver(() => { if (domAt === null) domAt = performance.now(); });
        observer.observe(grid, { childList: true, subtree: true, characterData: true });
        const start = performance.now();
        input.click();
        // Let the update run (a microtask or a task), then wait for the
        // frame that paints it.
        setTimeout(() => requestAnimationFrame(() => {
          const frameAt = performance.now();
          observer.disconnect();
          resolve([(domAt ?? frameAt) - start, frameAt - start, document.querySelector('.toolbar__count')?.textContent ?? null]);
        }), 0);
      });
    }, id);
    counts.push(count);
    if (!Number.isNaN(dom)) { toDom.push(dom); toFrame.push(frame); }
  }
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasmMemory = await page.evaluate(() => window.__wasmMemory?.buffer?.byteLength ?? 0);
  await context.close();
  return {
    path, rate, total, loads, counts, errors,
    first_cards_ms: median(loads.map((l) => l.first)),
    ready_ms: median(loads.map((l) => l.ready)),
    ready_min_ms: Math.min(...loads.map((l) => l.ready)),
    ready_max_ms: Math.max(...loads.map((l) => l.ready)),
    catalog_arrived_ms: median(loads.map((l) => l.catalog)),
    wasm_arrived_ms: median(loads.map((l) => l.wasm)),
    catalog_wire_bytes: loads[0]?.catalogBytes,
    change_dom_ms: median(toDom), change_dom_p90_ms: pct(toDom, 0.9),
    change_frame_ms: median(toFrame), change_frame_p90_ms: pct(toFrame, 0.9),
    changes_measured: toDom.length,
    js_heap_used: heap.usedSize, js_heap_total: heap.totalSize, wasm_memory: wasmMemory,
  };
}

const results = [];
for (const rate of RATES) {
  for (const [who, path] of TARGETS) {
    const r = await measure(path, rate);
    results.push({ who, ...r });
    process.stderr.write(`  gallery ${opt.label ?? ''} ${who} CPU ${rate}×: ready ${r.ready_ms.toFixed(0)} ms, change ${r.change_dom_ms.toFixed(1)} ms\n`);
  }
}
await browser.close();

const f = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const mib = (b) => (b / 1048576).toFixed(1);
console.log(`\nGallery on ${base} — ${opt.label ?? ''} (${results[0].total}; products.json ${(results[0].catalog_wire_bytes / 1024).toFixed(0)} KiB on the wire, brotli); ms, medians of ${runs} cold loads and ${changes} filter changes`);
console.log(table([
  ['', 'CPU', 'first cards', 'wasm in', 'JSON in', 'filters ready', '(min–max)', 'change→DOM', 'p90', '→frame', 'p90', 'JS heap MiB', 'wasm MiB'],
  ...results.map((r) => [r.who, `${r.rate}×`, f(r.first_cards_ms), f(r.wasm_arrived_ms), f(r.catalog_arrived_ms), f(r.ready_ms), `${f(r.ready_min_ms)}–${f(r.ready_max_ms)}`,
    f(r.change_dom_ms, 1), f(r.change_dom_p90_ms, 1), f(r.change_frame_ms, 1), f(r.change_frame_p90_ms, 1), mib(r.js_heap_used), r.wasm_memory ? mib(r.wasm_memory) : '–']),
]));
for (const rate of RATES) {
  const [a, b] = ['app', 'reference'].map((w) => results.find((r) => r.who === w && r.rate === rate));
  const agree = a.counts.filter((c, i) => c === b.counts[i]).length;
  console.log(`  CPU ${rate}×: result counts of app and reference agree after ${agree} of ${a.counts.length} changes${agree < a.counts.length ? ` (first difference: change ${a.counts.findIndex((c, i) => c !== b.counts[i]) + 1}: app "${a.counts.find((c, i) => c !== b.counts[i])}", reference "${b.counts.find((c, i) => c !== a.counts[i])}")` : ''}`);
}
const errs = results.flatMap((r) => [...r.errors, ...r.loads.flatMap((l) => l.errors ?? [])].map((e) => `${r.who} ${r.rate}×: ${e}`));
if (errs.length) console.log(`  PAGE ERRORS: ${[...new Set(errs)].slice(0, 5).join(' | ')}`);
saveJson(opt.json, opt.key ?? 'gallery', { base, label: opt.label, runs, changes, results });
