// The benchmark's reference site: the pages the benchmark measures, written
// as plain static HTML from the same API JSON the app's prerenderer reads,
// with one stylesheet and one small plain-JavaScript file per page for its
// interactivity. It is what the same pages cost without the app's
// machinery (wasm bundles, hydration, refetching the page's data), so
// scripts/bench.sh prints every figure beside it.
//
// The markup follows the app's (same content, same class names), so the
// app's own CSS lays it out the same: `ref.css` is the app's stylesheets
// concatenated into one file, taken from the built site (`--dist`).
//
//   node scripts/reference/generate.mjs --api DIR --dist DIR --out DIR
//        [--base /_ref] [--article SLUG] [--product ID] [--site-url URL]
//
// Pages written (under OUT, served under BASE): /, /tin-tuc, the article,
// /san-pham (first page of the gallery, the filter panel with counts; the
// gallery's JavaScript takes over once products.json is indexed), the
// product, its QR label, /diem-ban; and /tim-nhanh and /tim-nhanh/san-pham,
// the search-as-you-type reference (typing.js, MiniSearch), which only the
// typing benchmark opens.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import qrcode from 'qrcode-generator';
import * as G from './gallery.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const opt = (name, fallback) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : fallback; };
const api = resolve(opt('api', 'dist/api'));
const dist = resolve(opt('dist', 'dist'));
const out = resolve(opt('out', 'target/bench/reference'));
const base = opt('base', '/_ref').replace(/\/$/, '');
let articleSlug = opt('article', 'gia-lam-doi-moi-san-xuat-nang-cao-san-pham-ocop');
let productId = opt('product', 'bo-san-pham-gom-men-suoi-ngoc');
const siteUrl = opt('site-url', 'http://127.0.0.1').replace(/\/$/, '');

const json = (p) => JSON.parse(readFileSync(join(api, p), 'utf8'));
const optional = (p) => { try { return json(p); } catch { return null; } };
const { esc, fold } = G;
const site = json('site.json');
const stats = optional('stats.json');
const news = json('news/page-1.json');
const catalog = json('products.json');
const points = optional('points.json')?.items ?? [];
const index = G.buildIndex(catalog);
// A data set without the named article or product (the scale set): its first.
if (!optional(`articles/${articleSlug}.json`)) articleSlug = news.items[0].slug;
if (!optional(`products/${productId}.json`)) productId = catalog.items[0].id;
const today = G.todayString();
const img = (src) => (/^https?:/.test(src) ? src : `/api/${src}`);
const fmtDate = (s) => (s ? `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)}` : '');
const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const longDate = (s) => `${WEEKDAYS[new Date(`${s.slice(0, 10)}T12:00:00Z`).getUTCDay()]}, ${fmtDate(s)}`;
const num = (n) => Number(n).toLocaleString('de-DE');
const communeName = (slug) => index.communeNames.get(slug) ?? slug;
const groupName = (slug) => catalog.groups.find((g) => g.slug === slug)?.name ?? slug;
const KINDS = { 'doanh-nghiep': 'Doanh nghiệp', htx: 'Hợp tác xã', 'to-hop-tac': 'Tổ hợp tác', 'ho-kinh-doanh': 'Hộ kinh doanh' };
const productsTitle = site.locality ? `Sản phẩm OCOP ${site.locality}` : 'Sản phẩm OCOP';

// One stylesheet: the app's, in the order its pages link them.
const shellHtml = readFileSync(join(dist, 'index.html'), 'utf8');
const icon = shellHtml.match(/<link rel="icon" href="([^"]+)"/)?.[1];
let sheets = [...shellHtml.matchAll(/<link rel="stylesheet" href="\/?([^"]+\.css)"/g)].map((m) => m[1]);
// A build that links its CSS otherwise: every stylesheet at the top of dist/.
if (!sheets.length) sheets = readdirSync(dist).filter((f) => f.endsWith('.css')).sort();
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'ref.css'), sheets.map((s) => readFileSync(join(dist, s), 'utf8')).join('\n'));
for (const f of ['site.js', 'gallery.mjs', 'typing.js']) copyFileSync(join(here, f), join(out, f));
copyFileSync(join(here, '../../node_modules/minisearch/dist/es/index.js'), join(out, 'minisearch.js'));

function page({ path, title, description, section, main, scripts = ['site.js'], suggest = false }) {
  const nav = [['/', 'Trang chủ', 'home'], ['/tin-tuc', 'Tin tức', 'news'], ['/san-pham', 'Sản phẩm OCOP', 'products'],
    ...(points.length ? [['/diem-ban', 'Điểm bán', 'points']] : [])]
    .map(([href, label, s]) => `<li><a href="${base}${href}"${s === section ? ' aria-current="page"' : ''}>${label}</a></li>`).join('');
  const links = (site.links ?? []).map((l) => `<li><a href="${esc(l.url)}" target="_blank" rel="noopener noreferrer">${esc(l.title)}<span class="visually-hidden"> (mở trong thẻ mới)</span></a></li>`).join('');
  const c = site.contact ?? {};
  const html = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title ? `${title} — ${site.name}` : site.name)}</title>
<meta name="description" content="${esc(description)}">
<meta name="theme-color" content="#14633f">
${icon ? `<link rel="icon" href="${icon}">` : ''}
<script>document.documentElement.className='js'</script>
<link rel="stylesheet" href="${base}/ref.css">
${scripts.map((s) => `<script type="module" src="${base}/${s}"></script>`).join('\n')}
</head>
<body>
<div id="app"><a href="#noi-dung" class="skip-link">Bỏ qua điều hướng, đến nội dung chính</a>
<header class="site-header"><div class="site-header__inner"><div class="brand"><a href="${base}/" class="brand__home"><span class="brand__mark" aria-hidden="true">OCOP</span><span class="brand__text"><span class="brand__name">${esc(site.name)}</span><span class="brand__tagline">${esc(site.tagline ?? '')}</span></span></a></div>
<button type="button" aria-controls="site-nav" aria-expanded="false" class="menu-button"><span aria-hidden="true">☰</span><span>Danh mục</span></button></div>
<nav id="site-nav" aria-label="Điều hướng chính" class="site-nav"><ul class="site-nav__list">${nav}</ul>
<form role="search" aria-label="Tìm kiếm tin tức" action="/tim-kiem" class="search-box"><label for="header-search" class="visually-hidden">Tìm kiếm tin tức</label><div class="search-form__row"><input id="header-search" type="search" name="q" placeholder="Tìm tin tức…" autocomplete="off"><button type="submit" class="button button--quiet">Tìm</button></div>${suggest ? '<div class="suggestions" hidden><ul role="listbox" id="header-suggestions" aria-label="Gợi ý tìm kiếm"></ul></div>' : ''}</form></nav></header>
<main id="noi-dung" tabindex="-1" class="site-main">${main}</main>
<footer class="site-footer"><div class="site-footer__inner">
<section aria-labelledby="footer-links" class="footer-block"><h2 id="footer-links" class="footer-block__title">Liên kết website</h2><ul class="link-list">${links}</ul></section>
<section aria-labelledby="footer-stats" class="footer-block"><h2 id="footer-stats" class="footer-block__title">Thống kê truy cập</h2>${stats ? `<dl class="visitor-stats"><div><dt>Số người đang online:</dt><dd>${num(stats.online)}</dd></div><div><dt>Tổng lượt truy cập:</dt><dd>${num(stats.total_visits)}</dd></div></dl>` : ''}</section>
<section aria-labelledby="footer-contact" class="footer-block"><h2 id="footer-contact" class="footer-block__title">Liên hệ</h2><address class="contact"><strong>${esc(site.name)}</strong>${c.address ? `<span>${esc(c.address)}</span>` : ''}${c.phone ? `<span>Điện thoại: <a href="tel:${esc(c.phone.replace(/\s/g, ''))}">${esc(c.phone)}</a></span>` : ''}${c.email ? `<span>Thư điện tử: <a href="mailto:${esc(c.email)}">${esc(c.email)}</a></span>` : ''}</address>
<ul class="footer-links"><li><a href="${base}/diem-ban">Điểm giới thiệu và bán sản phẩm OCOP</a></li><li><a href="/rss.xml">Tin mới qua RSS</a></li></ul></section>
</div></footer></div>
</body>
</html>
`;
  const file = join(out, path, 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
}

const meta = (a) => `<p class="meta"><time datetime="${esc(a.published_at)}">${fmtDate(a.published_at)}</time><span aria-hidden="true"> · </span><span>Lượt xem: ${a.views ?? 0}</span></p>`;
const articleCard = (a) => `<article class="article-card">${a.thumbnail ? `<a class="thumb" href="${base}/tin-tuc/${a.slug}" tabindex="-1" aria-hidden="true"><img src="${img(a.thumbnail.src)}" alt="" loading="lazy" width="320" height="200"></a>` : ''}`
  + `<div class="article-card__body"><h3 class="article-card__title"><a href="${base}/tin-tuc/${a.slug}">${esc(a.title)}</a></h3>${meta(a)}<p class="article-card__summary">${esc(a.summary ?? '')}</p></div></article>`;
const crumbs = (items) => `<nav aria-label="Đường dẫn" class="breadcrumb"><ol>${items.map(([label, href]) => (href ? `<li><a href="${href.startsWith('~') ? href.slice(1) : base + href}">${esc(label)}</a></li>` : `<li aria-current="page">${esc(label)}</li>`)).join('')}</ol></nav>`;
const card = (p) => `<li>${G.cardHtml(index, p, today, base)}</li>`;
const description = `Tin tức Chương trình Mỗi xã một sản phẩm (OCOP) và danh mục sản phẩm OCOP${site.locality ? ` ${site.locality}` : ''}.`;

// /
{
  const [lead, ...rest] = news.items;
  const featured = index.orders.stars.slice(0, 8).map((i) => card(catalog.items[i])).join('');
  page({
    path: '', title: '', description, section: 'home',
    main: `<div class="page home"><h1 class="visually-hidden">Trang chủ</h1><section class="home__news" aria-labelledby="home-news"><h2 id="home-news" class="section-title">Tin tức – Sự kiện</h2>`
      + (lead ? `<article class="lead-story">${lead.thumbnail ? `<img class="lead-story__image" src="${img(lead.thumbnail.src)}" alt="${esc(lead.thumbnail.alt ?? '')}" width="960" height="600" fetchpriority="high">` : ''}<div class="lead-story__body"><h3 class="lead-story__title"><a href="${base}/tin-tuc/${lead.slug}">${esc(lead.title)}</a></h3>${meta(lead)}<p>${esc(lead.summary ?? '')}</p></div></article>` : '')
      + `<div class="card-list card-list--compact">${rest.slice(0, 4).map(articleCard).join('')}</div><p><a class="more-link" href="${base}/tin-tuc">Xem tất cả tin tức ›</a></p></section>`
      + `<section class="home__products" aria-labelledby="home-products"><h2 id="home-products" class="section-title">${esc(productsTitle)} tiêu biểu</h2><ul class="product-grid product-grid--strip">${featured}</ul><p><a class="more-link" href="${base}/san-pham">Xem tất cả sản phẩm OCOP ›</a></p></section></div>`,
  });
}

// /tin-tuc
{
  const pages = news.total_pages ?? 1;
  const links = Array.from({ length: pages }, (_, i) => i + 1).map((n) => `<li><a href="${base}/tin-tuc${n > 1 ? `/trang/${n}` : ''}"${n === 1 ? ' aria-current="page"' : ''} aria-label="Trang ${n}${n === 1 ? ', trang hiện tại' : ''}">${n}</a></li>`).join('');
  page({
    path: 'tin-tuc', title: 'Tin tức', description: 'Tin tức Chương trình OCOP.', section: 'news',
    main: `<section class="page news-list">${crumbs([['Trang chủ', '/'], ['Tin tức']])}<h1>Tin tức</h1><p class="result-count">${news.total_items} bài viết · trang 1/${pages}</p><h2 class="visually-hidden">Danh sách bài viết</h2>`
      + `<div class="card-list">${news.items.map(articleCard).join('')}</div>${pages > 1 ? `<nav aria-label="Các trang tin tức" class="pagination"><ul>${links}<li><a href="${base}/tin-tuc/trang/2" rel="next" class="pagination__step">Sau ›</a></li></ul></nav>` : ''}</section>`,
  });
}

// The article
{
  const a = json(`articles/${articleSlug}.json`);
  const url = `${siteUrl}/tin-tuc/${a.slug}`;
  const tags = (a.tags ?? []).map((t) => `<li><a href="/tim-kiem?tag=${encodeURIComponent(t)}">${esc(t)}</a></li>`).join('');
  const related = (a.related ?? []).map((r) => `<li class="article-link"><a href="${base}/tin-tuc/${r.slug}">${esc(r.title)}</a><span class="article-link__date">${fmtDate(r.published_at)}</span></li>`).join('');
  const latest = news.items.slice(0, 6).map((r) => `<li class="article-link"><a href="${base}/tin-tuc/${r.slug}">${esc(r.title)}</a><span class="article-link__date">${fmtDate(r.published_at)}</span></li>`).join('');
  // The body is the API's HTML, as a server-side sanitiser would pass it
  // (the app sanitises it in the browser; the sample data is clean). Its
  // pictures are relative to the API.
  const body = String(a.body_html ?? '').replace(/(<img[^>]*\ssrc=")(?!https?:|\/)/g, '$1/api/');
  page({
    path: `tin-tuc/${a.slug}`, title: a.title, description: a.summary ?? '', section: 'news',
    main: `<div class="article-layout"><article data-text-scale="100" class="page article">${crumbs([['Trang chủ', '/'], ['Tin tức', '/tin-tuc'], ...(a.category ? [[a.category.name, `~/tim-kiem?category=${a.category.slug}`]] : []), [a.title]])}`
      + `<h1 class="article__title">${esc(a.title)}</h1><div class="article__toolbar no-print"><p class="meta"><time datetime="${esc(a.published_at)}">${longDate(a.published_at)}</time><span aria-hidden="true"> · </span><span>Lượt xem: ${a.views ?? 0}</span></p>`
      + '<div role="group" aria-label="Cỡ chữ" class="text-size"><button type="button" aria-label="A− giảm cỡ chữ" class="button button--quiet">A−</button><button type="button" aria-label="A+ tăng cỡ chữ" class="button button--quiet">A+</button></div></div>'
      + `<p class="meta print-only">${longDate(a.published_at)}</p><p class="article__summary">${esc(a.summary ?? '')}</p>`
      + (a.thumbnail ? `<figure class="article__lead-image"><img src="${img(a.thumbnail.src)}" alt="${esc(a.thumbnail.alt ?? '')}" width="960" height="600" fetchpriority="high"></figure>` : '')
      + `<div class="prose">${body}</div>${a.author ? `<p class="byline">Tổng hợp: <strong>${esc(a.author)}</strong>${a.source?.name ? ` (Nguồn: <span>${esc(a.source.name)}</span>)` : ''}</p>` : ''}`
      + (tags ? `<div class="tags no-print"><h2 class="tags__title">Từ khóa</h2><ul>${tags}</ul></div>` : '')
      + `<div aria-label="Chia sẻ bài viết: ${esc(a.title)}" role="group" class="share no-print" data-url="${esc(url)}"><button type="button" class="button button--quiet">Sao chép liên kết</button><a href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}" target="_blank" rel="noopener noreferrer" class="button button--quiet">Facebook</a><a href="https://sp.zalo.me/share?url=${encodeURIComponent(url)}" target="_blank" rel="noopener noreferrer" class="button button--quiet">Zalo</a><button type="button" class="button button--quiet">In bài viết</button><span role="status" class="share__status"> </span></div>`
      + (related ? `<section aria-labelledby="related-title" class="related no-print"><h2 id="related-title">Tin liên quan</h2><ul class="article-links">${related}</ul></section>` : '')
      + `</article><aside class="latest no-print" aria-labelledby="latest-title"><h2 id="latest-title">Tin mới nhất</h2><ul class="article-links">${latest}</ul></aside></div>`,
  });
}

// /san-pham: the gallery's first view, drawn by the gallery's own functions.
{
  const q = G.parseQuery('');
  const all = G.results(index, q, today);
  page({
    path: 'san-pham', title: productsTitle, description: `Danh mục ${productsTitle}.`, section: 'products', scripts: ['site.js', 'gallery.mjs'],
    main: `<section class="page gallery-page">${crumbs([['Trang chủ', '/'], ['Sản phẩm OCOP']])}<h1>${esc(productsTitle)}</h1><div class="gallery" data-base="${base}">`
      + '<div class="gallery__bar"><button type="button" aria-controls="gallery-filters" aria-expanded="false" class="button filter-toggle">Bộ lọc</button></div>'
      + `<div class="gallery__layout"><aside id="gallery-filters" aria-label="Bộ lọc sản phẩm" class="filters">${G.filtersHtml(index, q, G.facets(index, q, today))}<button type="button" class="button filters__done">Xem ${all.length} sản phẩm</button></aside>`
      + `<section aria-labelledby="gallery-results-title" class="gallery__results">${G.resultsHtml(index, q, all, today, base)}</section></div></div></section>`,
  });
}

// /tim-nhanh: the header box searched with MiniSearch as the reader types;
// /tim-nhanh/san-pham: a gallery text box, the same (typing.js). Two pages,
// so that each measures one index.
page({
  path: 'tim-nhanh', title: 'Tìm nhanh', description: 'MiniSearch reference.', section: 'products', scripts: ['site.js', 'typing.js'], suggest: true,
  main: `<section class="page" data-typing data-base="${base}"><h1>Tìm nhanh</h1><p>Gõ vào ô tìm kiếm ở đầu trang.</p></section>`,
});
page({
  path: 'tim-nhanh/san-pham', title: 'Tìm nhanh', description: 'MiniSearch reference.', section: 'products', scripts: ['site.js', 'typing.js'], suggest: true,
  main: `<section class="page gallery-page" data-typing data-base="${base}"><h1>Tìm nhanh</h1><form class="filters__text" role="search" onsubmit="return false">`
    + '<label for="gallery-text">Tìm theo tên sản phẩm, chủ thể</label><input id="gallery-text" type="search" name="q" autocomplete="off"></form>'
    + '<section class="gallery__results" aria-label="Kết quả"></section></section>',
});

// Points selling a product: by name first, then by group; planned ones not.
const open = points.filter((p) => !p.planned && !(p.opened_on && p.opened_on > today));
const pointCard = (p) => `<li data-commune="${esc(p.commune)}"><article class="point-card"><h3 class="point-card__name">${esc(p.name)}</h3><p class="point-card__kind">${p.kind === 'trung-tam' ? 'Trung tâm giới thiệu sản phẩm' : p.kind === 'diem-ban' ? 'Điểm giới thiệu và bán sản phẩm' : esc(p.kind)}</p><dl class="facts">`
  + `<div><dt>Xã</dt><dd>${esc(communeName(p.commune))}</dd></div>${p.address ? `<div><dt>Địa chỉ</dt><dd>${esc(p.address)}</dd></div>` : ''}${p.phone ? `<div><dt>Điện thoại</dt><dd><a href="tel:${esc(p.phone.replace(/\s/g, ''))}">${esc(p.phone)}</a></dd></div>` : ''}`
  + `${p.hours ? `<div><dt>Giờ mở cửa</dt><dd>${esc(p.hours)}</dd></div>` : ''}${p.opened_on ? `<div><dt>Khai trương</dt><dd>${fmtDate(p.opened_on)}</dd></div>` : ''}${p.groups?.length ? `<div><dt>Nhóm sản phẩm</dt><dd>${p.groups.map(groupName).map(esc).join(', ')}</dd></div>` : ''}</dl>`
  + `${p.products?.length ? `<div class="point-card__products"><h4>Sản phẩm có bán</h4><ul>${p.products.map((id) => catalog.items.find((x) => x.id === id)).filter(Boolean).map((x) => `<li><a href="${base}/san-pham/${x.id}">${esc(x.name)}</a></li>`).join('')}</ul></div>` : ''}`
  + `${p.geo ? `<p><a href="https://www.openstreetmap.org/?mlat=${p.geo.lat.toFixed(5)}&amp;mlon=${p.geo.lng.toFixed(5)}#map=17/${p.geo.lat.toFixed(5)}/${p.geo.lng.toFixed(5)}" target="_blank" rel="noopener noreferrer" class="button button--quiet">Xem bản đồ<span class="visually-hidden"> (mở trong thẻ mới)</span></a></p>` : ''}</article></li>`;

// The product and its label
{
  const p = json(`products/${productId}.json`);
  const images = (p.images?.length ? p.images : p.image ? [p.image] : []).map((i) => [img(i.src), i.alt ?? '']);
  const commune = catalog.communes.find((c) => c.slug === p.commune);
  const note = index.notes.get(p.commune);
  const expires = p.expires_on?.slice(0, 10);
  const validity = expires
    ? (expires < today ? `<p class="validity validity--expired" role="status">Sản phẩm OCOP ${p.stars} sao · chứng nhận đã hết hạn ngày ${fmtDate(expires)}</p>` : `<p class="validity validity--valid" role="status">Sản phẩm OCOP ${p.stars} sao · chứng nhận còn hiệu lực đến ${fmtDate(expires)}</p>`)
    : `<p class="validity validity--unknown" role="status">Sản phẩm OCOP ${p.stars} sao · chưa có thông tin về thời hạn chứng nhận</p>`;
  const gallery = images.length ? `<div class="image-gallery" role="group" aria-roledescription="bộ ảnh" aria-label="Ảnh sản phẩm ${esc(p.name)}" data-images="${esc(JSON.stringify(images))}">`
    + `<figure class="image-gallery__main" tabindex="0" aria-label="Dùng phím mũi tên trái, phải để xem ảnh khác"><img src="${images[0][0]}" alt="${esc(images[0][1])}" width="640" height="480" fetchpriority="high"><figcaption>${esc(images[0][1])}</figcaption></figure>`
    + (images.length > 1 ? `<div class="image-gallery__controls"><button type="button" class="button button--quiet" aria-label="Ảnh trước">‹</button><span aria-live="polite">1/${images.length}</span><button type="button" class="button button--quiet" aria-label="Ảnh sau">›</button></div>`
      + `<ul class="image-gallery__thumbs">${images.map(([src, alt], i) => `<li><button type="button" class="image-gallery__thumb" aria-label="Ảnh ${i + 1} / ${images.length}: ${esc(alt)}"${i === 0 ? ' aria-current="true"' : ''}><img src="${src}" alt="" loading="lazy" width="80" height="60"></button></li>`).join('')}</ul>` : '')
    + '</div>' : '<div class="image-gallery image-gallery--empty" aria-hidden="true"></div>';
  const selling = [...open.filter((x) => x.products?.includes(p.id)), ...open.filter((x) => !x.products?.includes(p.id) && x.groups?.includes(p.group))];
  const strip = (title, items) => (items.length ? `<section class="more-products"><h2>${esc(title)}</h2><ul class="product-grid product-grid--strip">${items.map(card).join('')}</ul></section>` : '');
  const sameProducer = catalog.items.filter((x) => x.id !== p.id && x.producer.name === p.producer.name).slice(0, 4);
  const sameCommune = catalog.items.filter((x) => x.id !== p.id && x.commune === p.commune && x.producer.name !== p.producer.name).slice(0, 4);
  const place = commune ? `${commune.kind ? `${commune.kind} ` : ''}${commune.name}${note ? ` (${note})` : ''}, ${site.locality ?? ''}` : p.commune;
  page({
    path: `san-pham/${p.id}`, title: p.name, description: p.summary ?? '', section: 'products',
    main: `<article class="page product">${crumbs([['Trang chủ', '/'], ['Sản phẩm OCOP', '/san-pham'], [p.name]])}${validity}<div class="product__top">${gallery}<div class="product__facts"><h1 class="product__name">${esc(p.name)}</h1>`
      + `<p class="product__stars"><span class="stars" role="img" aria-label="${p.stars} sao" title="${p.stars} sao">${'★'.repeat(p.stars)}</span> Sản phẩm OCOP ${p.stars} sao</p><p class="product__summary">${esc(p.summary ?? '')}</p>`
      + `<dl class="facts"><div><dt>Địa phương</dt><dd>${esc(place)}</dd></div><div><dt>Nhóm sản phẩm</dt><dd>${esc(groupName(p.group))}</dd></div>${p.year ? `<div><dt>Năm công nhận</dt><dd>${p.year}</dd></div>` : ''}</dl>`
      + `<section class="producer" aria-labelledby="producer-title"><h2 id="producer-title">Chủ thể sản xuất</h2><dl class="facts"><div><dt>Tên</dt><dd>${esc(p.producer.name)}</dd></div><div><dt>Loại hình</dt><dd>${esc(KINDS[p.producer.kind] ?? p.producer.kind)}</dd></div>${p.producer.address ? `<div><dt>Địa chỉ</dt><dd>${esc(p.producer.address)}</dd></div>` : ''}</dl></section>`
      + `<section class="certificate" aria-labelledby="certificate-title"><h2 id="certificate-title">Giấy chứng nhận OCOP</h2><dl class="facts">${p.certificate?.number ? `<div><dt>Số quyết định</dt><dd>${esc(p.certificate.number)}</dd></div>` : ''}</dl>${p.certificate?.number ? '' : '<p class="hint">Số và ngày quyết định chưa được cập nhật.</p>'}</section>`
      + `<p><a class="button button--quiet" href="${base}/san-pham/${p.id}/tem">Tem QR của sản phẩm</a></p></div></div>`
      + `<section class="product__description" aria-labelledby="product-description"><h2 id="product-description">Giới thiệu sản phẩm</h2><div class="prose">${p.description_html ?? ''}</div></section>`
      + (points.length ? `<section class="where-to-buy" aria-labelledby="where-to-buy-title"><h2 id="where-to-buy-title">Mua ở đâu</h2>${selling.length ? `<ul class="point-list">${selling.map(pointCard).join('')}</ul>` : '<p class="hint">Chưa có điểm bán nào đăng ký sản phẩm này.</p>'}</section>` : '')
      + strip(`Sản phẩm khác của ${p.producer.name}`, sameProducer) + strip(`Sản phẩm OCOP khác tại ${communeName(p.commune)}`, sameCommune)
      + `<p><a href="${base}/san-pham" class="more-link">‹ Quay lại danh sách sản phẩm</a></p></article>`,
  });

  // The label: the QR code drawn here, as the prerenderer draws it.
  const qr = qrcode(0, 'M');
  qr.addData(`${siteUrl}/san-pham/${p.id}`);
  qr.make();
  const n = qr.getModuleCount();
  let d = '';
  for (let y = 0; y < n; y += 1) {
    for (let x = 0; x < n; x += 1) {
      if (!qr.isDark(y, x)) continue;
      let w = 1;
      while (x + w < n && qr.isDark(y, x + w)) w += 1;
      d += `M${x + 4} ${y + 4}h${w}v1h-${w}z`;
      x += w - 1;
    }
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n + 8} ${n + 8}" role="img" aria-label="Mã QR tới trang sản phẩm: ${esc(`${siteUrl}/san-pham/${p.id}`)}" shape-rendering="crispEdges" class="qr"><rect width="100%" height="100%" fill="#fff"/><path d="${d}"/></svg>`;
  const label = `<div class="label">${svg}<p class="label__name">${esc(p.name)}</p><p class="label__stars"><span aria-hidden="true">${'★'.repeat(p.stars)}</span> OCOP ${p.stars} sao</p><p class="label__valid">${expires ? `Hiệu lực đến ${fmtDate(expires)}` : 'Chưa có ngày hết hiệu lực'}</p><p class="label__portal">${esc(site.name)}</p><p class="label__hint">Quét mã để kiểm tra chứng nhận</p></div>`;
  const sizes = [['3', '1 tem 3 × 3 cm'], ['5', '1 tem 5 × 5 cm'], ['a4', 'Tờ A4: 15 tem 5 × 5 cm']]
    .map(([v, t]) => `<label for="label-size-${v}"><input type="radio" name="label-size" id="label-size-${v}" value="${v}"${v === '5' ? ' checked' : ''}> ${t}</label>`).join('');
  const file = join(out, 'san-pham', p.id, 'tem', 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tem QR: ${esc(p.name)} — ${esc(site.name)}</title>
<meta name="robots" content="noindex">
<link rel="stylesheet" href="${base}/ref.css">
<script type="module" src="${base}/site.js"></script>
</head>
<body>
<div id="app"><main class="label-page"><div class="label-page__controls"><p><a href="${base}/san-pham/${p.id}">‹ Trang sản phẩm</a></p><h1>Tem QR: ${esc(p.name)}</h1><p class="hint">Dán tem lên bao bì: người mua quét mã bằng điện thoại để xem sản phẩm và hạn chứng nhận trên cổng thông tin.</p>
<fieldset class="label-page__sizes"><legend>Khổ tem</legend>${sizes}</fieldset><p><button type="button" class="button">In tem</button></p></div><div data-size="5" class="label-sheet">${label}</div></main></div>
</body>
</html>
`);
}

// /diem-ban
{
  const communes = [...new Set(points.map((p) => p.commune))];
  const options = communes.map((c) => `<li class="facet__option"><input type="checkbox" id="p-commune-${c}" value="${c}"><label for="p-commune-${c}"><span class="facet__label">${esc(communeName(c))}</span><span class="facet__count">${points.filter((p) => p.commune === c).length}</span></label></li>`).join('');
  page({
    path: 'diem-ban', title: 'Điểm giới thiệu và bán sản phẩm OCOP', description: 'Các điểm giới thiệu và bán sản phẩm OCOP.', section: 'points',
    main: `<section class="page points-page">${crumbs([['Trang chủ', '/'], ['Điểm bán']])}<h1>Điểm giới thiệu và bán sản phẩm OCOP</h1><div class="points"><fieldset class="facet points__filter"><legend>Lọc theo xã</legend><ul class="facet__options">${options}</ul></fieldset>`
      + `<section class="points__list" aria-labelledby="points-list-title"><h2 id="points-list-title" class="visually-hidden">Danh sách điểm bán</h2><p class="result-count" role="status">${points.length} điểm</p><ul class="point-list">${points.map(pointCard).join('')}</ul></section></div></section>`,
  });
}

console.log(`reference pages: ${out} (served under ${base}/; ${catalog.items.length} products, article ${articleSlug}, product ${productId})`);
