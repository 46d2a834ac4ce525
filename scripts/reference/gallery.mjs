// The reference gallery: the product gallery of /san-pham written as plain
// JavaScript, for the benchmark to set beside the app (scripts/bench.sh).
// It does the app's work (src/domain/gallery): fetch products.json, index
// every product once (folded search text, facet option numbers, three sort
// orders), then per filter change one pass for the results and one for the
// facet counts (a facet option counts the results the query would have with
// that facet's selection replaced by the option), 24 cards a page,
// pagination, the URL as the state (a history entry per change).
//
// The same module renders the page's first view in Node (generate.mjs
// prerenders it from the same functions), and runs in the browser, where it
// takes the prerendered page over once products.json has been indexed.

export const PAGE_SIZE = 24;
const STAR_LEVELS = ['3', '4', '5'];
const KNOWN_KINDS = [['doanh-nghiep', 'Doanh nghiệp'], ['htx', 'Hợp tác xã'], ['to-hop-tac', 'Tổ hợp tác'], ['ho-kinh-doanh', 'Hộ kinh doanh']];
export const FACETS = ['commune', 'stars', 'group', 'kind'];
const SORTS = [['stars', 'Nhiều sao nhất'], ['newest', 'Chứng nhận mới nhất'], ['name', 'Tên A–Z']];
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Lowercase, without Vietnamese diacritics ("Đặng Xá" → "dang xa"). */
export const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
const words = (s) => fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
export const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const dateOf = (s) => (s && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : null);

function listedThenUnlisted(listed, used) {
  const usedSet = new Set(used.filter((v) => SLUG.test(v)));
  const options = [];
  const offered = new Set();
  for (const [slug, name] of listed) {
    if (usedSet.has(slug) && !offered.has(slug)) { offered.add(slug); options.push([slug, name]); }
  }
  for (const slug of [...usedSet].filter((s) => !offered.has(s)).sort()) options.push([slug, slug]);
  return options;
}

/** The index of a catalogue, built once (src/domain/gallery/mod.rs). */
export function buildIndex(catalog) {
  const items = catalog.items;
  const options = [
    listedThenUnlisted(catalog.communes.map((c) => [c.slug, c.name]), items.map((p) => p.commune)),
    STAR_LEVELS.map((s) => [s, `${s} sao`]),
    listedThenUnlisted(catalog.groups.map((g) => [g.slug, g.name]), items.map((p) => p.group)),
    listedThenUnlisted(KNOWN_KINDS, items.map((p) => p.producer.kind)),
  ];
  const positions = options.map((o) => new Map(o.map(([v], i) => [v, i])));
  const communeNames = new Map();
  for (const c of catalog.communes) if (!communeNames.has(c.slug)) communeNames.set(c.slug, c.name);
  const foldedCommunes = new Map([...communeNames].map(([slug, name]) => [slug, fold(name)]));
  const products = items.map((p) => ({
    text: fold(`${p.name} ${p.producer.name} `) + (foldedCommunes.get(p.commune) ?? fold(p.commune)),
    options: [p.commune, String(p.stars), p.group, p.producer.kind].map((v, f) => positions[f].get(v) ?? -1),
    expires: dateOf(p.expires_on),
  }));
  // The three orders: name (Vietnamese collation, then bytes, then id),
  // newest certified (unknown last), most stars.
  const collator = new Intl.Collator('vi');
  const byName = items.map((_, i) => i).sort((a, b) => collator.compare(items[a].name, items[b].name)
    || (items[a].name < items[b].name ? -1 : items[a].name > items[b].name ? 1 : 0)
    || (items[a].id < items[b].id ? -1 : items[a].id > items[b].id ? 1 : 0));
  const nameRank = new Array(items.length);
  byName.forEach((i, rank) => { nameRank[i] = rank; });
  const certified = items.map((p) => {
    const d = dateOf(p.expires_on);
    if (d) return (Number(d.slice(0, 4)) - 3) * 10000 + Number(d.slice(5, 7)) * 100 + Number(d.slice(8, 10));
    return p.year ? p.year * 10000 : -1;
  });
  const byNewest = items.map((_, i) => i).sort((a, b) => certified[b] - certified[a] || nameRank[a] - nameRank[b]);
  const byStars = items.map((_, i) => i).sort((a, b) => items[b].stars - items[a].stars
    || certified[b] - certified[a] || nameRank[a] - nameRank[b]);
  const successorNote = (c) => {
    if (!c.successors?.length || (c.successors.length === 1 && c.successors[0] === c.slug)) return null;
    return `nay thuộc ${c.successors.map((s) => {
      const x = catalog.communes.find((y) => y.slug === s);
      return x ? (x.kind ? `${x.kind} ${x.name}` : x.name) : s;
    }).join(', ')}`;
  };
  const notes = new Map(catalog.communes.map((c) => [c.slug, successorNote(c)]));
  return { catalog, products, options, positions, orders: { stars: byStars, newest: byNewest, name: byName }, communeNames, notes };
}

/** The query in a URL's search string (src/domain/query.rs, forgiving). */
export function parseQuery(search) {
  const params = new URLSearchParams(search);
  const list = (key, ok) => [...new Set((params.get(key) ?? '').split(',').map((s) => s.trim()).filter(ok))].sort();
  const page = Number(params.get('page'));
  const sort = params.get('sort');
  return {
    commune: list('commune', (v) => SLUG.test(v)),
    stars: list('stars', (v) => STAR_LEVELS.includes(v)),
    group: list('group', (v) => SLUG.test(v)),
    kind: list('kind', (v) => SLUG.test(v)),
    text: (params.get('q') ?? '').trim().replace(/\s+/g, ' ').slice(0, 100),
    sort: SORTS.some(([k]) => k === sort) ? sort : 'stars',
    valid: params.get('valid') === '1',
    page: Number.isInteger(page) && page >= 1 && page <= 10000 ? page : 1,
  };
}

export function queryString(q) {
  const parts = [];
  for (const f of FACETS) if (q[f].length) parts.push(`${f}=${q[f].map(encodeURIComponent).join(',')}`);
  if (q.text) parts.push(`q=${encodeURIComponent(q.text)}`);
  if (q.sort !== 'stars') parts.push(`sort=${q.sort}`);
  if (q.valid) parts.push('valid=1');
  if (q.page !== 1) parts.push(`page=${q.page}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

function matcher(index, q, today) {
  const selected = FACETS.map((f, i) => (q[f].length
    ? new Set(q[f].map((v) => index.positions[i].get(v)).filter((o) => o !== undefined)) : null));
  const ws = words(q.text);
  return {
    common: (p) => !(q.valid && p.expires && p.expires < today) && ws.every((w) => p.text.includes(w)),
    failed: (p) => {
      let bits = 0;
      for (let f = 0; f < 4; f += 1) if (selected[f] && !selected[f].has(p.options[f])) bits |= 1 << f;
      return bits;
    },
  };
}

/** Product indices matching `q`, in its order. */
export function results(index, q, today) {
  const m = matcher(index, q, today);
  return index.orders[q.sort].filter((i) => { const p = index.products[i]; return m.common(p) && m.failed(p) === 0; });
}

/** Per facet, [value, label, count, selected] of every option. */
export function facets(index, q, today) {
  const m = matcher(index, q, today);
  const counts = index.options.map((o) => new Array(o.length).fill(0));
  for (const p of index.products) {
    if (!m.common(p)) continue;
    const failed = m.failed(p);
    for (let f = 0; f < 4; f += 1) if ((failed & ~(1 << f)) === 0 && p.options[f] >= 0) counts[f][p.options[f]] += 1;
  }
  return index.options.map((opts, f) => opts.map(([v, label], i) => [v, label, counts[f][i], q[FACETS[f]].includes(v)]));
}

const stars = (n) => `<span class="stars" role="img" aria-label="${n} sao" title="${n} sao">${'★'.repeat(n)}</span>`;

export function cardHtml(index, p, today, base, from = '') {
  const expired = p.expires_on && dateOf(p.expires_on) < today;
  const img = p.image
    ? `<img class="product-card__image" src="/api/${esc(p.image.src)}" alt="${esc(p.image.alt ?? '')}" loading="lazy" decoding="async" width="320" height="240">`
    : '<span class="product-card__image product-card__image--empty" aria-hidden="true"></span>';
  return `<article class="product-card${expired ? ' product-card--expired' : ''}">${img}<div class="product-card__body">`
    + `<h3 class="product-card__name"><a href="${base}/san-pham/${esc(p.id)}${from}">${esc(p.name)}</a></h3>${stars(p.stars)}`
    + `<p class="product-card__place">${esc(index.communeNames.get(p.commune) ?? p.commune)}</p>`
    + `<p class="product-card__producer">${esc(p.producer.name)}</p>`
    + `${expired ? '<p class="badge badge--expired">Chứng nhận đã hết hạn</p>' : ''}</div></article>`;
}

function pageLinks(current, total) {
  const from = Math.max(1, current - 2);
  const to = Math.min(total, current + 2);
  const links = [];
  if (from > 1) { links.push(1); if (from > 3) links.push(0); else if (from === 3) links.push(2); }
  for (let n = from; n <= to; n += 1) links.push(n);
  if (to < total) { if (to + 2 < total) links.push(0); else if (to + 2 === total) links.push(total - 1); links.push(total); }
  return links;
}

function paginationHtml(q, total, base) {
  if (total <= 1) return '';
  const href = (n) => `${base}/san-pham${queryString({ ...q, page: n })}`;
  const cur = Math.min(q.page, total);
  const items = pageLinks(cur, total).map((n) => (n === 0
    ? '<li class="pagination__gap" aria-hidden="true">…</li>'
    : `<li><a href="${href(n)}"${n === cur ? ' aria-current="page"' : ''} aria-label="Trang ${n}${n === cur ? ', trang hiện tại' : ''}">${n}</a></li>`));
  return `<nav class="pagination" aria-label="Các trang sản phẩm"><ul>${cur > 1 ? `<li><a href="${href(cur - 1)}" rel="prev" class="pagination__step">‹ Trước</a></li>` : ''}`
    + `${items.join('')}${cur < total ? `<li><a href="${href(cur + 1)}" rel="next" class="pagination__step">Sau ›</a></li>` : ''}</ul></nav>`;
}

function chipsHtml(index, q) {
  const chips = [];
  FACETS.forEach((f, i) => q[f].forEach((v) => {
    const label = f === 'stars' ? `${v} sao` : (index.options[i].find(([x]) => x === v)?.[1] ?? v);
    chips.push([label, f, v]);
  }));
  if (q.text) chips.push([`“${q.text}”`, 'q', '']);
  if (q.valid) chips.push(['Còn hiệu lực', 'valid', '']);
  if (!chips.length) return '';
  return `<ul class="chips" aria-label="Bộ lọc đang dùng">${chips.map(([label, f, v]) => `<li><button type="button" class="chip" data-remove="${f}" data-value="${esc(v)}" aria-label="Bỏ lọc ${esc(label)}">${esc(label)} <span aria-hidden="true"> ×</span></button></li>`).join('')}`
    + '<li><button type="button" class="chip chip--clear" data-remove="all">Xóa bộ lọc</button></li></ul>';
}

/** The toolbar, chips, grid and pagination for `q` (the part a change redraws). */
export function resultsHtml(index, q, all, today, base) {
  const sort = SORTS.map(([k, label]) => `<option value="${k}"${k === q.sort ? ' selected' : ''}>${label}</option>`).join('');
  const head = `<h2 id="gallery-results-title" class="visually-hidden">Kết quả</h2><div class="toolbar"><p class="toolbar__count" role="status" aria-live="polite">${all.length} sản phẩm</p>`
    + `<label class="toolbar__sort"><span class="toolbar__sort-label">Sắp xếp: </span><select>${sort}</select></label></div>${chipsHtml(index, q)}`;
  if (!all.length) {
    return `${head}<div class="empty-state" role="status"><p class="empty-state__title">Không có sản phẩm nào khớp với bộ lọc.</p><p>Hãy bỏ bớt điều kiện lọc hoặc thử từ khóa khác.</p><button type="button" class="button" data-remove="all">Xóa bộ lọc</button></div>`;
  }
  const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
  const shown = all.slice((q.page - 1) * PAGE_SIZE, q.page * PAGE_SIZE);
  const from = queryString({ ...q, page: 1 });
  const cards = shown.map((i) => `<li>${cardHtml(index, index.catalog.items[i], today, base, from)}</li>`).join('');
  const missing = shown.length ? '' : `<div class="notice" role="status"><p>Không có trang số ${q.page}: kết quả chỉ có ${pages} trang.</p><a class="button" href="${base}/san-pham${queryString({ ...q, page: 1 })}">Về trang đầu</a></div>`;
  return `${head}${missing}<ul class="product-grid">${cards}</ul>${paginationHtml(q, pages, base)}`;
}

const FACET_TITLES = ['Xã, thị trấn', 'Hạng sao', 'Nhóm sản phẩm', 'Loại hình chủ thể'];

/** The filter panel, with counts. */
export function filtersHtml(index, q, counts) {
  const group = (f) => {
    const rows = counts[f].map(([v, label, count, selected]) => {
      const id = `f-${FACETS[f]}-${v}`;
      const note = f === 0 && index.notes.get(v) ? `<small class="facet__note">${esc(index.notes.get(v))}</small>` : '';
      const starsMark = f === 1 ? `<span class="stars" aria-hidden="true">${'★'.repeat(Number(v))}</span> ` : '';
      return `<li class="facet__option"><input type="checkbox" id="${id}" data-facet="${FACETS[f]}" value="${esc(v)}"${selected ? ' checked' : ''}${count === 0 && !selected ? ' disabled' : ''}>`
        + `<label for="${id}"><span class="facet__label">${starsMark}${esc(label)}${note}</span><span class="facet__count">${count}</span></label></li>`;
    }).join('');
    const search = f === 0 ? `<input type="search" class="facet__search" aria-label="Lọc danh sách ${FACET_TITLES[f].toLowerCase()}" placeholder="Gõ tên xã…">` : '';
    return `<fieldset class="facet"><legend>${FACET_TITLES[f]}</legend>${search}<ul class="facet__options">${rows}</ul></fieldset>`;
  };
  return `<form class="filter-search" role="search" aria-label="Tìm sản phẩm"><label for="gallery-text">Tìm sản phẩm, nhà sản xuất, xã</label>`
    + `<div class="filter-search__row"><input id="gallery-text" type="search" name="q" value="${esc(q.text)}" placeholder="vd: gom su, mật ong"><button type="submit" class="button">Tìm</button></div></form>`
    + [1, 0, 2, 3].map(group).join('')
    + `<label class="switch"><input type="checkbox" data-valid${q.valid ? ' checked' : ''}> Ẩn sản phẩm đã hết hạn chứng nhận</label>`;
}

export const todayString = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

// In the browser: fetch, index, take the page over.
async function start() {
  const root = document.querySelector('.gallery');
  const base = root.dataset.base ?? '';
  const today = todayString();
  const catalog = await (await fetch('/api/products.json')).json();
  const index = buildIndex(catalog);
  const panel = document.getElementById('gallery-filters');
  const out = document.querySelector('.gallery__results');
  const done = panel.querySelector('.filters__done');
  let q = parseQuery(location.search);

  const inputs = new Map([...panel.querySelectorAll('.facet__option input')].map((i) => [`${i.dataset.facet}:${i.value}`, i]));
  // Redraws what the query changes: counts and ticks in place, the results
  // whole (24 cards at most).
  const draw = (drawnAlready) => {
    const all = results(index, q, today);
    const counts = facets(index, q, today);
    counts.forEach((opts, f) => opts.forEach(([v, , count, selected]) => {
      const input = inputs.get(`${FACETS[f]}:${v}`);
      if (!input) return;
      input.checked = selected;
      input.disabled = count === 0 && !selected;
      const c = input.nextElementSibling.lastElementChild;
      if (c.textContent !== String(count)) c.textContent = String(count);
    }));
    panel.querySelector('#gallery-text').value = q.text;
    panel.querySelector('[data-valid]').checked = q.valid;
    done.textContent = `Xem ${all.length} sản phẩm`;
    if (!drawnAlready) out.innerHTML = resultsHtml(index, q, all, today, base);
  };
  const show = (next) => {
    q = next;
    history.pushState(null, '', `${base}/san-pham${queryString(q)}`);
    draw(false);
  };
  // The prerendered page shows the unfiltered first page: kept as it is
  // when the URL asks for just that.
  draw(queryString(q) === '');

  panel.addEventListener('change', (ev) => {
    const t = ev.target;
    if (t.dataset.facet) {
      const list = q[t.dataset.facet].includes(t.value) ? q[t.dataset.facet].filter((v) => v !== t.value) : [...q[t.dataset.facet], t.value].sort();
      show({ ...q, [t.dataset.facet]: list, page: 1 });
    } else if (t.hasAttribute('data-valid')) {
      show({ ...q, valid: t.checked, page: 1 });
    }
  });
  panel.addEventListener('input', (ev) => {
    if (!ev.target.classList.contains('facet__search')) return;
    const needle = fold(ev.target.value);
    for (const li of ev.target.parentElement.querySelectorAll('.facet__option')) {
      li.classList.toggle('facet__option--hidden', !!needle && !fold(li.querySelector('.facet__label').textContent).includes(needle));
    }
  });
  panel.addEventListener('submit', (ev) => {
    ev.preventDefault();
    show({ ...q, text: panel.querySelector('#gallery-text').value.trim().replace(/\s+/g, ' ').slice(0, 100), page: 1 });
  });
  out.addEventListener('change', (ev) => { if (ev.target.tagName === 'SELECT') show({ ...q, sort: ev.target.value, page: 1 }); });
  out.addEventListener('click', (ev) => {
    const chip = ev.target.closest('[data-remove]');
    if (chip) {
      const f = chip.dataset.remove;
      if (f === 'all') show({ ...parseQuery(''), sort: q.sort });
      else if (f === 'q') show({ ...q, text: '', page: 1 });
      else if (f === 'valid') show({ ...q, valid: false, page: 1 });
      else show({ ...q, [f]: q[f].filter((v) => v !== chip.dataset.value), page: 1 });
      return;
    }
    const a = ev.target.closest('.pagination a');
    if (a && !ev.ctrlKey && !ev.metaKey && !ev.shiftKey) {
      ev.preventDefault();
      show(parseQuery(new URL(a.href).search));
      window.scrollTo(0, 0);
    }
  });
  root.querySelector('.filter-toggle').addEventListener('click', (ev) => {
    const open = panel.classList.toggle('filters--open');
    ev.currentTarget.setAttribute('aria-expanded', String(open));
  });
  done.addEventListener('click', () => panel.classList.remove('filters--open'));
  window.addEventListener('popstate', () => { q = parseQuery(location.search); draw(false); });
}

// Only on a gallery page (typing.js imports these functions elsewhere).
if (typeof document !== 'undefined' && document.querySelector('.gallery')) start();
