// Search as you type, in the browser (issue #16): the app beside the plain
// MiniSearch pages (scripts/reference/typing.js, `/_ref/tim-nhanh/` and
// `/_ref/tim-nhanh/san-pham/`) doing
// the same jobs over the same data, in the same run, with real key presses,
// at CPU 1× and 4× (DevTools `Emulation.setCPUThrottlingRate`):
//
//   header   keystroke → suggestions drawn and painted: the list shows
//            "Tìm tất cả: “<text>”" for the text typed so far, then the next
//            frame (the app on `/`, the reference on its page);
//   gallery  keystroke → results drawn and painted: the URL's `q` is the
//            text typed so far, then the next frame (the app's `/san-pham`,
//            the reference's gallery box);
//   first    the first keystroke in the header box, which fetches
//            products.json and news/index.json and indexes them: key →
//            drawn, and (data arrived → drawn) = decoding, indexing, one
//            search and drawing, which is the index build's share;
//   memory   JS heap after a GC, and the wasm memory, once both indexes exist.
//
// Both sides wait 120 ms after the last keystroke before searching (the
// app's `DEBOUNCE_MS`), so every figure includes it. The queries are the
// first words of the native test's keystroke list (tests/search_quality.rs
// writes it with SEARCH_KEYSTROKES=…), typed a key at a time; a key that
// does not change the trimmed text (a space) is typed but not timed.
// Prints figures; asserts nothing.
//
//   node scripts/bench-typing.mjs --base URL --keystrokes FILE [--json FILE]
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROME_FLAGS, args, median, openThrottled, pct, saveJson, table } from './bench-lib.mjs';

const opt = args();
const base = opt.base ?? 'http://127.0.0.1:4181';
const RATES = (process.env.CPU_RATES ?? '1,4').split(',').map(Number);
const QUERIES = Number(process.env.TYPED_QUERIES ?? 6);

// Whole queries from the keystroke list: an entry that does not extend the
// one before starts a new query. Short ones are skipped; an even spread of
// the rest is typed.
const strokes = JSON.parse(readFileSync(opt.keystrokes ?? 'target/search-keystrokes.json', 'utf8'));
const whole = [];
strokes.forEach((s, i) => { if (i + 1 === strokes.length || !strokes[i + 1].startsWith(s)) whole.push(s); });
const long = whole.filter((q) => q.length >= 12 && q.length <= 30);
const queries = Array.from({ length: Math.min(QUERIES, long.length) }, (_, i) => long[Math.floor((i * long.length) / QUERIES)]);

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [...CHROME_FLAGS.filter((f) => !f.startsWith('--headless')), '--enable-precise-memory-info'],
});

// The server compresses a file on its first request (5 MB of scale JSON at
// brotli -11 outlasts the app's 10 s timeout): ask once before any page.
for (const f of ['products.json', 'news/index.json']) {
  await (await fetch(`${base}/api/${f}`, { headers: { 'accept-encoding': 'br' } })).arrayBuffer();
}

const TARGETS = {
  app: { header: '/', gallery: '/san-pham' },
  reference: { header: '/_ref/tim-nhanh/', gallery: '/_ref/tim-nhanh/san-pham/' },
};
const BOX = { header: '#header-search', gallery: '#gallery-text' };

// In the page: the time of the last key press, before any listener of the app.
// And the wasm instance's memory, where there is one.
const probe = () => {
  window.__key = null;
  document.addEventListener('keydown', (e) => { window.__key = e.timeStamp; }, true);
  const keep = (p) => p.then((r) => { window.__wasmMemory = (r.instance ?? r).exports?.memory; return r; });
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const f = WebAssembly[name];
    if (f) WebAssembly[name] = (...a) => keep(f.apply(WebAssembly, a));
  }
};

// In the page: resolves with [(next frame after `text` is drawn) − key, and
// that frame's time].
const drawn = ({ kind, text }) => new Promise((resolve) => {
  const ok = kind === 'header'
    ? () => {
      const list = document.querySelector('[role=listbox]');
      if (!list || list.closest('[hidden]') || /Đang tải/.test(list.textContent)) return false;
      const options = list.querySelectorAll('[role=option]');
      return options.length > 0 && options[options.length - 1].textContent.includes(`Tìm tất cả: “${text}”`);
    }
    : () => new URLSearchParams(location.search).get('q') === text && document.querySelector('.gallery__results .toolbar__count, .gallery__results .empty-state');
  let settled = false;
  const finish = (value) => {
    if (settled) return;
    settled = true;
    observer.disconnect();
    clearInterval(poll);
    clearTimeout(limit);
    // Let the update's microtasks run, then wait for the frame that paints it.
    setTimeout(() => requestAnimationFrame(() => { const now = performance.now(); resolve([value ?? now - window.__key, now]); }), 0);
  };
  const check = () => { if (ok()) finish(); };
  const observer = new MutationObserver(check);
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  // The URL changes without a mutation: look every 8 ms as well.
  const poll = setInterval(check, 8);
  const limit = setTimeout(() => finish(NaN), 15_000);
  check();
});

async function open(who, kind, rate) {
  const { context, page, cdp, errors } = await openThrottled(browser, base + TARGETS[who][kind], rate, probe);
  if (who === 'app') {
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 120_000 });
  }
  if (kind === 'gallery') {
    await page.waitForFunction((who) => (who === 'app'
      ? performance.getEntriesByType('resource').some((e) => e.name.endsWith('/products.json')) && document.querySelector('.toolbar__count')
      : document.getElementById('gallery-text')?.dataset.ready === '1'), who, { timeout: 120_000, polling: 50 });
  }
  await page.waitForTimeout(500);
  return { context, page, cdp, errors };
}

async function typeAll(page, kind, { first } = {}) {
  const times = [];
  let firstKey = null;
  for (const q of queries) {
    await page.fill(BOX[kind], '');
    await page.focus(BOX[kind]);
    await page.waitForTimeout(300);
    let previous = '';
    for (let i = 0; i < q.length; i += 1) {
      await page.keyboard.type(q[i]);
      const text = q.slice(0, i + 1).trim();
      if (text === previous) continue;
      previous = text;
      const [ms, at] = await page.evaluate(drawn, { kind, text });
      if (first && firstKey === null) {
        // Data arrived → drawn: from the later of the two files' arrival.
        const arrived = await page.evaluate(() => Math.max(...['/products.json', '/news/index.json']
          .map((s) => performance.getEntriesByType('resource').findLast((e) => e.name.endsWith(s))?.responseEnd ?? NaN)));
        firstKey = { ms, after_data_ms: at - arrived };
        continue;
      }
      times.push(ms);
    }
  }
  return { times, firstKey };
}

const results = [];
for (const rate of RATES) {
  for (const who of ['app', 'reference']) {
    // Header: the first key loads and indexes; every later key is timed.
    {
      const { context, page, cdp, errors } = await open(who, 'header', rate);
      const { times, firstKey } = await typeAll(page, 'header', { first: true });
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const wasm = await page.evaluate(() => window.__wasmMemory?.buffer?.byteLength ?? NaN);
      const builds = await page.evaluate(() => window.__typing?.builds ?? null);
      results.push({ who, kind: 'header', rate, times, first: firstKey, js_heap: heap.usedSize, wasm, builds, errors });
      await context.close();
    }
    {
      const { context, page, errors } = await open(who, 'gallery', rate);
      const { times } = await typeAll(page, 'gallery');
      const builds = await page.evaluate(() => window.__typing?.builds ?? null);
      results.push({ who, kind: 'gallery', rate, times, builds, errors });
      await context.close();
    }
    const last = results.slice(-2);
    process.stderr.write(`  typing ${who} CPU ${rate}×: header ${median(last[0].times).toFixed(0)} ms, gallery ${median(last[1].times).toFixed(0)} ms\n`);
  }
}
await browser.close();

const f = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const mib = (b) => (Number.isFinite(b) ? (b / 1048576).toFixed(1) : '–');
console.log(`\nSearch as you type on ${base}: key → drawn and painted, ms (120 ms debounce included on both sides), ${queries.length} queries typed a key at a time:`);
console.log(queries.map((q) => `  "${q}"`).join('\n'));
console.log(table([
  ['', 'CPU', 'header median', 'p90', 'gallery median', 'p90', 'first key', 'data in → drawn', 'keys timed', 'JS heap MiB', 'wasm MiB'],
  ...RATES.flatMap((rate) => ['app', 'reference'].map((who) => {
    const h = results.find((r) => r.who === who && r.kind === 'header' && r.rate === rate);
    const g = results.find((r) => r.who === who && r.kind === 'gallery' && r.rate === rate);
    return [who === 'reference' ? 'MiniSearch' : who, `${rate}×`, f(median(h.times)), f(pct(h.times, 0.9)), f(median(g.times)), f(pct(g.times, 0.9)),
      f(h.first?.ms), f(h.first?.after_data_ms), `${h.times.length}+${g.times.length}`, mib(h.js_heap), mib(h.wasm)];
  })),
]));
for (const r of results.filter((x) => x.builds)) {
  for (const [name, b] of Object.entries(r.builds)) {
    console.log(`  MiniSearch ${r.kind} CPU ${r.rate}×: ${name}: ${b.records} records indexed in ${f(b.ms)} ms`);
  }
}
const errs = results.flatMap((r) => r.errors.map((e) => `${r.who} ${r.kind} ${r.rate}×: ${e}`));
if (errs.length) console.log(`  PAGE ERRORS: ${[...new Set(errs)].slice(0, 5).join(' | ')}`);
saveJson(opt.json, 'typing', { base, queries, results });
