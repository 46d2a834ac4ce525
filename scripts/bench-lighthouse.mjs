// Lighthouse 12 performance, mobile (its default: simulated slow 4G and 4×
// CPU slowdown) and desktop, for the app's pages and the reference pages
// of the same routes, in Debian's headless Chromium; the median of RUNS
// runs (3) of each. For the median run it also keeps what explains a
// figure: the LCP element and its phases, the elements that shifted, the
// longest main-thread tasks and the scripts that took the CPU. Run through
// scripts/bench.sh.
//
//   node scripts/bench-lighthouse.mjs --base URL [--json FILE] [--details DIR]
//        [--ref URL] [--only NAME,NAME] [--forms mobile]
//
// --ref measures another build's pages (served at URL) in the reference's
// column instead of the plain pages at BASE/_ref; --only and --forms pick
// pages (by the names in the first column) and forms.
import lighthouse, { desktopConfig } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, CHROME_FLAGS, args, median, saveJson, table } from './bench-lib.mjs';

const opt = args();
const base = opt.base ?? 'http://127.0.0.1:4180';
const runs = Number(process.env.LH_RUNS ?? 3);
const ARTICLE = opt.article ?? 'gia-lam-doi-moi-san-xuat-nang-cao-san-pham-ocop';
const PRODUCT = opt.product ?? 'bo-san-pham-gom-men-suoi-ngoc';
const ROUTES = [['/', '/'], ['/tin-tuc', '/tin-tuc'], [`/tin-tuc/${ARTICLE}`, 'article'], ['/san-pham', '/san-pham'], [`/san-pham/${PRODUCT}`, 'product']];
const FORMS = opt.forms ? opt.forms.split(',') : ['mobile', 'desktop'];
const refBase = opt.ref ?? `${base}/_ref`;
const only = opt.only ? new Set(opt.only.split(',')) : null;

const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
process.on('exit', () => { try { process.kill(chrome.pid); } catch { /* gone */ } });

const short = (u) => String(u ?? '').replace(base, '').replace(/-[0-9a-f]{12,16}(?=[._])/, '');
function summarise(lhr) {
  const a = lhr.audits;
  const v = (id) => a[id]?.numericValue;
  const lcpEl = a['largest-contentful-paint-element']?.details?.items ?? [];
  const node = lcpEl[0]?.items?.[0]?.node;
  const phases = (lcpEl[1]?.items ?? []).map((p) => [p.phase, Math.round(p.timing)]);
  const shifts = (a['layout-shifts']?.details?.items ?? []).map((s) => ({
    score: s.score, element: s.node?.selector ?? s.node?.snippet, snippet: s.node?.snippet,
    causes: (s.subItems?.items ?? []).map((c) => c.cause).filter(Boolean),
  }));
  const tasks = (a['long-tasks']?.details?.items ?? []).slice(0, 5).map((t) => ({ url: short(t.url), start: Math.round(t.startTime), ms: Math.round(t.duration) }));
  const bootup = (a['bootup-time']?.details?.items ?? []).slice(0, 4).map((b) => ({ url: short(b.url), total: Math.round(b.total), scripting: Math.round(b.scripting), compile: Math.round(b.scriptParseCompile) }));
  const blocking = (a['render-blocking-insight']?.details?.items ?? a['render-blocking-resources']?.details?.items ?? []).map((r) => short(r.url));
  return {
    score: Math.round((lhr.categories.performance.score ?? NaN) * 100),
    fcp: v('first-contentful-paint'), lcp: v('largest-contentful-paint'), tbt: v('total-blocking-time'),
    cls: v('cumulative-layout-shift'), si: v('speed-index'), tti: v('interactive'),
    lcp_element: node ? { selector: node.selector, snippet: node.snippet } : null,
    lcp_phases: phases, shifts, long_tasks: tasks, bootup, render_blocking: blocking,
    errors: [lhr.runtimeError?.message, ...(lhr.runWarnings ?? [])].filter(Boolean),
    audit_errors: Object.values(a).filter((x) => x.scoreDisplayMode === 'error').map((x) => `${x.id}: ${x.errorMessage}`),
  };
}

const results = [];
if (opt.details) mkdirSync(opt.details, { recursive: true });
const started = Date.now();
for (const [route, name] of ROUTES.filter(([, name]) => !only || only.has(name))) {
  for (const form of FORMS) {
    const byWho = { app: [], reference: [] };
    // Alternating app and reference spreads any drift of the machine over both.
    for (let i = 0; i < runs; i += 1) {
      for (const [who, url] of [['app', `${base}${route}`], ['reference', `${refBase}${route}`]]) {
        const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
          form === 'desktop' ? desktopConfig : undefined);
        byWho[who].push({ lhr, s: summarise(lhr) });
      }
    }
    const entry = { route, name, form };
    for (const [who, list] of Object.entries(byWho)) {
      const m = (k) => median(list.map((x) => x.s[k]));
      // The run whose score is the median explains the figures.
      const sorted = [...list].sort((x, y) => x.s.score - y.s.score);
      const mid = sorted[(sorted.length - 1) >> 1];
      entry[who] = { score: m('score'), fcp: m('fcp'), lcp: m('lcp'), tbt: m('tbt'), cls: m('cls'), si: m('si'), tti: m('tti'), runs: list.map((x) => x.s.score), median_run: mid.s };
      if (opt.details) writeFileSync(join(opt.details, `${who}-${name.replace(/\W+/g, '_') || 'home'}-${form}.json`), JSON.stringify(mid.lhr));
    }
    results.push(entry);
    process.stderr.write(`  lighthouse ${name} ${form}: app ${entry.app.score}, reference ${entry.reference.score}\n`);
  }
}
await chrome.kill();

const ms = (x) => (Number.isFinite(x) ? `${Math.round(x)}` : '?');
const cls = (x) => (Number.isFinite(x) ? x.toFixed(3) : '?');
console.log(`\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version} performance (median of ${runs}; mobile = simulated slow 4G + 4× CPU; LCP/TBT in ms) — app | reference (plain HTML/JS)`);
console.log(table([
  ['page', 'form', 'score', 'LCP', 'TBT', 'CLS', 'FCP', '|', 'ref score', 'LCP', 'TBT', 'CLS', 'FCP', 'app runs'],
  ...results.map((r) => [r.name, r.form, r.app.score, ms(r.app.lcp), ms(r.app.tbt), cls(r.app.cls), ms(r.app.fcp), '|',
    r.reference.score, ms(r.reference.lcp), ms(r.reference.tbt), cls(r.reference.cls), ms(r.reference.fcp), r.app.runs.join('/')]),
]));
console.log('What explains the app\'s figures (its median-score run):');
for (const r of results) {
  const d = r.app.median_run;
  const lcp = d.lcp_element ? `${d.lcp_element.selector}${d.lcp_phases.length ? ` (${d.lcp_phases.map(([p, t]) => `${p} ${t}`).join(', ')} ms)` : ''}` : 'not reported';
  console.log(`  ${r.name} ${r.form}: LCP element ${lcp}`);
  if (d.shifts.length) console.log(`    layout shifts: ${d.shifts.map((s) => `${s.score.toFixed(3)} ${s.element}${s.causes.length ? ` [${s.causes.join('; ')}]` : ''}`).join(' · ')}`);
  if (d.long_tasks.length) console.log(`    long tasks: ${d.long_tasks.map((t) => `${t.ms} ms at ${t.start} (${t.url || '?'})`).join(', ')}`);
  if (d.bootup.length) console.log(`    script CPU: ${d.bootup.map((b) => `${b.url} ${b.total} ms (eval ${b.scripting}, compile ${b.compile})`).join(', ')}`);
  if (d.audit_errors.length) console.log(`    audits that failed: ${d.audit_errors.join(' | ')}`);
}
console.log(`(${results.length * 2 * runs} Lighthouse runs in ${Math.round((Date.now() - started) / 1000)} s)`);
saveJson(opt.json, 'lighthouse', results);
