// The forgiving search beside MiniSearch (npm `minisearch`, `fuzzy: 0.2,
// prefix: true`, the reference issue #16 names), over the same data, the
// same queries and the same keystrokes:
//   - quality on the default data: the intended product or article in the
//     top 3, over the query set the native test builds
//     (tests/search_quality.rs writes it with SEARCH_QUERIES=…);
//   - engine time on the scale set (10,000 products, 3,000 articles):
//     index build, heap growth, and one search of both kinds per
//     keystroke, median and p90 (the native test's ignored timing run
//     writes the keystrokes with SEARCH_KEYSTROKES=… and prints its own).
// Node.js, not the browser: engine figures, both sides on this machine.
//
// Usage: node scripts/bench-search.mjs --queries FILE --keystrokes FILE
//                                      [--data public/api] [--scale target/scale-api]
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const json = (path) => JSON.parse(readFileSync(path, 'utf8'));
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

/** Products and articles as the portal indexes them: names, and details
 *  (producer, commune, group, summary; tags and category), articles
 *  numbered newest first, as the native index numbers them. */
function records(dir) {
  const catalog = json(`${dir}/products.json`);
  const news = json(`${dir}/news/index.json`);
  const label = (list, slug) => list?.find((x) => x.slug === slug)?.name ?? slug;
  const products = catalog.items.map((p, id) => ({
    id, name: p.name,
    details: [p.producer?.name ?? '', label(catalog.communes, p.commune), label(catalog.groups, p.group), p.summary ?? ''].join(' '),
  }));
  const order = news.items.map((_, i) => i).sort((a, b) => (news.items[b].published_at > news.items[a].published_at ? 1 : news.items[b].published_at < news.items[a].published_at ? -1 : 0));
  const articles = order.map((i, id) => ({
    id, name: news.items[i].title,
    details: [...(news.items[i].tags ?? []), label(news.categories, news.items[i].category)].join(' '),
  }));
  return { products, articles };
}

function miniSearch(docs) {
  const index = new MiniSearch({
    fields: ['name', 'details'],
    processTerm: (term) => fold(term),
    searchOptions: { fuzzy: 0.2, prefix: true, boost: { name: 3 } },
  });
  index.addAll(docs);
  return index;
}

const median = (xs, p = 0.5) => [...xs].sort((a, b) => a - b)[Math.round((xs.length - 1) * p)];

// Quality.
const data = records(arg('data', 'public/api'));
const indexes = { products: miniSearch(data.products), articles: miniSearch(data.articles) };
const set = json(arg('queries', 'target/search-queries.json'));
const byKind = new Map();
for (const q of set) {
  const top3 = indexes[q.group].search(q.q).slice(0, 3).some((r) => r.id === q.record);
  const [hit, all] = byKind.get(q.kind) ?? [0, 0];
  byKind.set(q.kind, [hit + (top3 ? 1 : 0), all + 1]);
}
let [hits, total] = [0, 0];
for (const [kind, [hit, all]] of byKind) {
  console.log(`minisearch quality ${kind.padStart(18)}: ${hit}/${all} (${((100 * hit) / all).toFixed(1)} %)`);
  hits += hit; total += all;
}
console.log(`minisearch quality ${'all'.padStart(18)}: ${hits}/${total} (${((100 * hits) / total).toFixed(1)} %)`);

// Engine time at scale.
const scale = records(arg('scale', 'target/scale-api'));
global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
let started = performance.now();
const products = miniSearch(scale.products);
const productsMs = performance.now() - started;
started = performance.now();
const articles = miniSearch(scale.articles);
const articlesMs = performance.now() - started;
global.gc?.();
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
const keys = json(arg('keystrokes', 'target/search-keystrokes.json'));
const times = keys.map((k) => {
  const t = performance.now();
  products.search(k);
  articles.search(k);
  return performance.now() - t;
});
console.log(`minisearch: ${scale.products.length} products + ${scale.articles.length} articles; products index ${productsMs.toFixed(0)} ms, news index ${articlesMs.toFixed(0)} ms, heap +${heapMb.toFixed(1)} MB; ${times.length} keystrokes: median ${median(times).toFixed(2)} ms, p90 ${median(times, 0.9).toFixed(2)} ms`);
