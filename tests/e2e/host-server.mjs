// A stranger's website, for the embed tests: serves the static pages of
// `tests/e2e/host/` from origins other than the portal's, the way a
// commune's or a shop's site would include the gallery.
//
// Host pages are written exactly as a web developer pastes the snippet, so
// they name the portal by its default test address `http://127.0.0.1:4173`
// (and this server's two origins `http://127.0.0.1:4174` and `…:4175`).
// When the suite runs on other ports (E2E_PORT), this server rewrites those
// three origins in the HTML it sends to the real ones.
//
// One dynamic page, for "paste the generated snippet into a blank page":
//   /paste.html?snippet=HTML[&title=TEXT][&csp=POLICY]
// answers a minimal HTML page with HTML inserted verbatim in its <body>,
// as if the developer had pasted it into their editor; with `csp`, the page
// comes with that Content-Security-Policy header, as a strict site's would.
//
// Usage: node tests/e2e/host-server.mjs [--port 4174] [--alt-port 4175]
//                                       [--portal http://127.0.0.1:4173]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
  }, []),
);
const port = Number(args.port ?? 4174);
const altPort = Number(args['alt-port'] ?? port + 1);
const portal = (args.portal ?? 'http://127.0.0.1:4173').replace(/\/$/, '');
const root = join(here, 'host');

// Default origins written in the host pages → the ones of this run.
const ORIGINS = [
  ['http://127.0.0.1:4173', portal],
  ['http://127.0.0.1:4174', `http://127.0.0.1:${port}`],
  ['http://127.0.0.1:4175', `http://127.0.0.1:${altPort}`],
];
const withOrigins = (html) =>
  ORIGINS.reduce((text, [from, to]) => (from === to ? text : text.split(from).join(to)), html);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

function send(res, status, body, type, headers = {}) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(body);
}

const escapeHtml = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function pastePage(url) {
  const snippet = url.searchParams.get('snippet') ?? '';
  const title = url.searchParams.get('title') ?? 'Trang của xã';
  return `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)}</title>
</head>
<body>
  <h1>${escapeHtml(title)}</h1>
  <p>Trang web của một đơn vị khác, nhúng bộ sưu tập sản phẩm OCOP.</p>
${snippet}
  <p>Chân trang của trang chủ.</p>
</body>
</html>
`;
}

async function handle(req, res) {
  const url = new URL(req.url, 'http://localhost');
  const path = decodeURIComponent(url.pathname);
  if (path === '/paste.html') {
    const csp = url.searchParams.get('csp');
    return send(res, 200, pastePage(url), TYPES['.html'], csp ? { 'content-security-policy': csp } : {});
  }
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(root)) return send(res, 403, 'forbidden', 'text/plain');
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const body = await readFile(file);
    return send(res, 200, type === TYPES['.html'] ? withOrigins(body.toString('utf8')) : body, type);
  } catch {
    return send(res, 404, 'not found', 'text/plain');
  }
}

for (const p of new Set([port, altPort])) {
  createServer((req, res) => handle(req, res).catch((e) => send(res, 500, String(e), 'text/plain'))).listen(
    p,
    '127.0.0.1',
    () => console.log(`host server on http://127.0.0.1:${p}/ (pages ${root}, portal ${portal})`),
  );
}
