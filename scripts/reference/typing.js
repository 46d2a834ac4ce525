// The reference for search as you type (issue #16's benchmark): the same two
// jobs as the app's header box and gallery text box, done in plain
// JavaScript with MiniSearch (`fuzzy: 0.2, prefix: true`, names boosted ×3,
// accents folded: the settings scripts/bench-search.mjs compares in Node),
// over the same products.json and news/index.json, with the same 120 ms
// debounce and the same markup:
//   - the header box (#header-search): the first keystroke fetches both files
//     and indexes them; each keystroke then draws up to 5 products and 3
//     articles, grouped, and "Tìm tất cả: “…”" last;
//   - the gallery box (#gallery-text, on its own page): the catalogue is
//     fetched and indexed when the page starts (as the app's gallery loads
//     it); each keystroke
//     draws the count and the first 24 cards, and replaces the URL's `q`.
// What each index cost is left in `window.__typing` for the benchmark.
import MiniSearch from './minisearch.js';
import { buildIndex, cardHtml, esc, fold, PAGE_SIZE, todayString } from './gallery.mjs';

const DEBOUNCE_MS = 120;
const PRODUCTS = 5;
const ARTICLES = 3;
const base = document.querySelector('[data-typing]')?.dataset.base ?? '';
const stats = { builds: {} };
window.__typing = stats;

const json = async (path) => (await fetch(`/api/${path}`)).json();
const label = (list, slug) => list?.find((x) => x.slug === slug)?.name ?? slug;

function miniSearch(name, docs) {
  const started = performance.now();
  const index = new MiniSearch({
    fields: ['name', 'details'],
    processTerm: (term) => fold(term),
    searchOptions: { fuzzy: 0.2, prefix: true, boost: { name: 3 } },
  });
  index.addAll(docs);
  stats.builds[name] = { ms: performance.now() - started, records: docs.length };
  return index;
}

const productDocs = (catalog) => catalog.items.map((p, id) => ({
  id, name: p.name,
  details: [p.producer?.name ?? '', label(catalog.communes, p.commune), label(catalog.groups, p.group), p.summary ?? ''].join(' '),
}));
const articleDocs = (news) => news.items.map((a, id) => ({
  id, name: a.title, details: [...(a.tags ?? []), label(news.categories, a.category)].join(' '),
}));

const debounced = (f) => {
  let timer = null;
  return (...a) => { clearTimeout(timer); timer = setTimeout(() => f(...a), DEBOUNCE_MS); };
};

// The header box.
const box = document.getElementById('header-search');
const list = document.getElementById('header-suggestions');
let headerData = null;
const headerIndexes = async () => {
  headerData ??= Promise.all([json('products.json'), json('news/index.json')]).then(([catalog, news]) => ({
    catalog, news, products: miniSearch('header products', productDocs(catalog)), articles: miniSearch('header articles', articleDocs(news)),
  }));
  return headerData;
};
const option = (title, about, href) => `<li role="option" class="suggestion" data-href="${esc(href)}"><span class="suggestion__title">${esc(title)}</span>`
  + `${about ? `<span class="suggestion__about">${esc(about)}</span>` : ''}</li>`;
const suggest = debounced(async (text) => {
  const t = text.trim();
  if (!t) { list.parentElement.hidden = true; return; }
  const d = await headerIndexes();
  const products = d.products.search(t).slice(0, PRODUCTS).map((r) => d.catalog.items[r.id]);
  const articles = d.articles.search(t).slice(0, ARTICLES).map((r) => d.news.items[r.id]);
  const group = (name, rows) => (rows.length
    ? `<li role="presentation"><ul role="group"><li role="presentation" class="suggestions__group">${name}</li>${rows.join('')}</ul></li>` : '');
  list.innerHTML = group('Sản phẩm OCOP', products.map((p) => option(p.name, `${p.stars} sao · ${label(d.catalog.communes, p.commune)}`, `${base}/san-pham/${p.id}`)))
    + group('Tin tức', articles.map((a) => option(a.title, a.published_at.slice(0, 10), `${base}/tin-tuc/${a.slug}`)))
    + (products.length || articles.length ? '' : '<li role="presentation" class="suggestions__note">Không có gợi ý. Nhấn Enter để tìm tất cả.</li>')
    + option(`Tìm tất cả: “${t}”`, '', `${base}/tim-kiem?q=${encodeURIComponent(t)}`);
  list.parentElement.hidden = false;
});
box?.addEventListener('input', () => suggest(box.value));
list?.addEventListener('click', (ev) => { const o = ev.target.closest('[data-href]'); if (o) location.href = o.dataset.href; });

// The gallery box.
const galleryBox = document.getElementById('gallery-text');
const results = document.querySelector('.gallery__results');
if (galleryBox && results) {
  const catalog = await json('products.json');
  const index = buildIndex(catalog);
  const products = miniSearch('gallery', productDocs(catalog));
  const today = todayString();
  const draw = debounced((text) => {
    const t = text.trim();
    const all = t ? products.search(t).map((r) => r.id) : index.orders.stars;
    const cards = all.slice(0, PAGE_SIZE).map((i) => `<li>${cardHtml(index, catalog.items[i], today, base)}</li>`).join('');
    results.innerHTML = `<div class="toolbar"><p class="toolbar__count" role="status" aria-live="polite">${all.length} sản phẩm</p></div>`
      + (all.length ? `<ul class="product-grid">${cards}</ul>` : '<div class="empty-state" role="status"><p class="empty-state__title">Không có sản phẩm nào khớp với bộ lọc.</p></div>');
    history.replaceState(null, '', t ? `?q=${encodeURIComponent(t)}` : location.pathname);
  });
  galleryBox.addEventListener('input', () => draw(galleryBox.value));
  galleryBox.dataset.ready = '1';
}
