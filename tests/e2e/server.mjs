// The end-to-end fixture server: serves the built app (`dist/`) with the SPA
// fallback, and the API from a data folder, and misbehaves on demand.
//
// A test asks for faults with a cookie, so each browser context gets its own
// and parallel tests never see each other's:
//   ocop-fault=MODE@MATCH~MODE@MATCH…
// where MATCH is a substring of the API path (e.g. `stats.json`, `news/`) and
// MODE is one of:
//   404 | 500 | 503        that status, with an HTML error page
//   hang                   never answer
//   reset                  drop the connection (a network error)
//   slow                   answer normally after 5 s
//   html                   200 with an HTML page instead of JSON
//   truncated              200 with the first half of the real file
//   wrongshape             200 with valid JSON of another shape
//   empty                  200 with `{}`
//   fixture:NAME           200 with tests/e2e/fixtures/NAME
//
// Framing, as a real portal must send it (see EMBEDDING.md): pages under
// `/embed/` may be framed by any site (`frame-ancestors *`, no
// X-Frame-Options); every other response forbids framing
// (`frame-ancestors 'none'` and `X-Frame-Options: DENY`).
//
// Usage: node tests/e2e/server.mjs [--port 4173] [--dist dist] [--api DIR]
//                                  [--base /sub/path]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from '../../scripts/csp.mjs';
import { CONTENT_TYPES as TYPES } from '../../scripts/content-types.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
  }, []),
);
const port = Number(args.port ?? 4173);
const dist = resolve(args.dist ?? join(here, '../../dist'));
const api = resolve(args.api ?? join(dist, 'api'));
const base = (args.base ?? '').replace(/\/$/, '');
const fixtures = join(here, 'fixtures');
// What a path that names no file gets, as the README's nginx block serves
// it: the prerendered not-found page (no pictures to fetch while the app
// redraws it for the address; readers without script are told the truth).
const FALLBACK = '404.html';

function faultsOf(req) {
  const cookie = req.headers.cookie ?? '';
  const match = cookie.match(/(?:^|;\s*)ocop-fault=([^;]*)/);
  if (!match) return [];
  return decodeURIComponent(match[1])
    .split('~')
    .filter(Boolean)
    .map((rule) => {
      const at = rule.indexOf('@');
      return at < 0 ? { mode: rule, match: '' } : { mode: rule.slice(0, at), match: rule.slice(at + 1) };
    });
}

async function fileOrNull(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? await readFile(path) : null;
  } catch {
    return null;
  }
}

// Whether a response may be framed depends on the path inside the app
// (after the base path), which the handler stores on `res.appPath`.
const EMBED_PREFIX = '/embed/';
function framingHeaders(appPath) {
  return isEmbed(appPath)
    ? { 'content-security-policy': 'frame-ancestors *' }
    : { 'content-security-policy': "frame-ancestors 'none'", 'x-frame-options': 'DENY' };
}

function isEmbed(appPath) {
  return appPath !== null && appPath.startsWith(EMBED_PREFIX);
}

function send(res, status, body, type, { app = false } = {}) {
  const headers = framingHeaders(res.appPath ?? null);
  // The app's pages get the portal's full, strict policy (README,
  // "Content Security Policy"), so every end-to-end test runs under it.
  if (app && !process.env.E2E_NO_CSP) {
    headers['content-security-policy'] = contentSecurityPolicy(String(body), { embed: isEmbed(res.appPath ?? null) });
  }
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(body);
}

const errorPage = (status) =>
  `<!doctype html><html><head><title>${status}</title></head><body><h1>${status} Error</h1><p>nginx</p></body></html>`;

async function serveApi(req, res, apiPath) {
  const fault = faultsOf(req).find((f) => apiPath.includes(f.match));
  const file = normalize(join(api, apiPath));
  if (!file.startsWith(api)) return send(res, 403, errorPage(403), TYPES['.html']);
  const real = await fileOrNull(file);
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  if (fault) {
    const { mode } = fault;
    if (/^\d{3}$/.test(mode)) return send(res, Number(mode), errorPage(mode), TYPES['.html']);
    if (mode === 'hang') return; // never answer; the client's timeout must fire
    if (mode === 'reset') return req.socket.destroy(); // the connection drops: a network error
    if (mode === 'slow') await new Promise((r) => setTimeout(r, 5000));
    if (mode === 'html') return send(res, 200, errorPage('Maintenance'), TYPES['.html']);
    if (mode === 'truncated' && real) return send(res, 200, real.subarray(0, Math.floor(real.length / 2)), type);
    if (mode === 'wrongshape') return send(res, 200, '{"data":[1,2,3],"ok":true}', TYPES['.json']);
    if (mode === 'empty') return send(res, 200, '{}', TYPES['.json']);
    if (mode.startsWith('fixture:')) {
      const body = await fileOrNull(join(fixtures, mode.slice('fixture:'.length)));
      if (body) return send(res, 200, body, TYPES['.json']);
    }
  }
  if (!real) return send(res, 404, errorPage(404), TYPES['.html']);
  return send(res, 200, real, type);
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (base) {
      if (!path.startsWith(base)) return send(res, 404, errorPage(404), TYPES['.html']);
      path = path.slice(base.length) || '/';
    }
    res.appPath = path;
    if (path.startsWith('/api/')) return await serveApi(req, res, path.slice('/api/'.length));
    const file = normalize(join(dist, path));
    // A path that climbs out of dist (`/tin-tuc/..%2f..%2fsite`) names no
    // file: it is a route of the app, which shows it as not found.
    if (!file.startsWith(dist)) return send(res, 200, await readFile(join(dist, FALLBACK)), TYPES['.html'], { app: true });
    // As the README's nginx block does: `try_files $uri $uri/ /404.html`.
    const body = path.endsWith('/') ? null : await fileOrNull(file);
    if (body) {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      return send(res, 200, body, type, { app: type === TYPES['.html'] });
    }
    const page = await fileOrNull(join(file, 'index.html'));
    if (page) return send(res, 200, page, TYPES['.html'], { app: true });
    // A missing asset is a 404; any other path is a route of the app.
    if (extname(path)) return send(res, 404, errorPage(404), TYPES['.html']);
    return send(res, 200, await readFile(join(dist, FALLBACK)), TYPES['.html'], { app: true });
  } catch (e) {
    send(res, 500, String(e), 'text/plain');
  }
});
server.listen(port, '127.0.0.1', () => {
  console.log(`fixture server on http://127.0.0.1:${port}${base}/ (dist ${dist}, api ${api})`);
});
