// What the benchmark scripts share (scripts/bench.sh runs them): the
// browser's flags, statistics, brotli sizes and the map from a URL the
// bench server answers to the file it sends.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

export const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const pct = (xs, p) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN;
};
export const kib = (b) => (b / 1024).toFixed(1);

export function args() {
  const argv = process.argv.slice(2);
  const out = {};
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i].startsWith('--')) { out[argv[i].slice(2)] = argv[i + 1]; i += 1; }
  }
  return out;
}

const brCache = new Map();
/** A file's size compressed with Debian's `brotli -q 11`. */
export function brotliSize(file) {
  if (!brCache.has(file)) {
    brCache.set(file, execFileSync('brotli', ['-c', '-q', '11', file], { maxBuffer: 1 << 30 }).length);
  }
  return brCache.get(file);
}

/**
 * The file the bench server sends for `pathname` (see bench-server.mjs):
 * `/api/…` from `api`, `/_ref/…` from `ref`, the rest from `dist` with
 * `try_files $uri $uri/index.html`. Null when none (the SPA fallback).
 */
export function fileFor(pathname, { dist, api, ref }) {
  const path = decodeURIComponent(pathname);
  const [root, rest] = path.startsWith('/api/') ? [api, path.slice(5)]
    : ref && (path === '/_ref' || path.startsWith('/_ref/')) ? [ref, path.slice(5)]
      : [dist, path];
  const file = normalize(join(root, rest));
  if (!file.startsWith(root)) return null;
  const isFile = (f) => existsSync(f) && statSync(f).isFile();
  if (!path.endsWith('/') && isFile(file)) return file;
  if (isFile(join(file, 'index.html'))) return join(file, 'index.html');
  return null;
}

/**
 * A page in a fresh desktop-sized context, its CPU slowed `rate`× (DevTools
 * throttling), `probe` run before any script of the page, opened at `url`.
 * Its page errors are collected in `errors`.
 */
export async function openThrottled(browser, url, rate, probe) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await context.newCDPSession(page);
  if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.addInitScript(probe);
  await page.goto(url, { timeout: 120_000 });
  return { context, page, cdp, errors };
}

/** Adds `part` under `key` to the benchmark's JSON file. */
export function saveJson(file, key, part) {
  if (!file) return;
  let all = {};
  try { all = JSON.parse(readFileSync(file, 'utf8')); } catch { /* a new file */ }
  all[key] = part;
  writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
}

/** A plain text table: `rows` of cells, the first row the heading. */
export function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c] ?? '').length)));
  return rows.map((r, i) => {
    const line = r.map((cell, c) => (c === 0 ? String(cell ?? '').padEnd(widths[c]) : String(cell ?? '').padStart(widths[c]))).join('  ');
    return i === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
  }).join('\n');
}
