// The benchmark's static server: serves a built portal as a production host
// would, compressed. Unlike the end-to-end fixture server (tests/e2e/
// server.mjs, which sends everything raw and misbehaves on demand), this one
// answers like nginx with `brotli_static`/`gzip_static` and precompressed
// files (brotli -11, gzip -9):
//
//   - `Content-Encoding: br` or `gzip` as the request's `Accept-Encoding`
//     allows (brotli preferred), `Vary: Accept-Encoding`; every file is
//     compressed once, on its first request, and kept in memory, so only
//     that first request pays for the compression (the benchmark warms
//     every file it measures up first);
//   - `try_files $uri $uri/ /404.html` (`/index.html` where there is no
//     `404.html`, as in a plain SPA; a missing path with a file
//     extension is a 404 instead, as in the fixture server, so a missing
//     asset is never answered with a page);
//   - `/api/…` from the API folder (`--api`, default `<dist>/api`), a 404
//     for a missing file (the app treats a missing `points.json` as none);
//   - extra folders mounted under a prefix (`--mount /_ref=DIR`, repeatable):
//     the reference pages are served by the same server, compressed alike;
//   - MIME types that browsers need (`application/wasm` for streaming
//     instantiation), `Cache-Control: no-cache` (every benchmark load is
//     cold anyway: fresh browser contexts, Lighthouse clears the cache).
//
// Usage: node scripts/bench-server.mjs --port 4180 --dist DIR [--api DIR]
//                                      [--mount /prefix=DIR]…
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { CONTENT_TYPES as TYPES } from './content-types.mjs';

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const port = Number(opt('port', 4180));
const dist = resolve(opt('dist', 'dist'));
const api = resolve(opt('api', join(dist, 'api')));
const mounts = argv
  .flatMap((a, i) => (a === '--mount' ? [argv[i + 1]] : []))
  .map((m) => {
    const [prefix, dir] = m.split('=');
    return { prefix: prefix.replace(/\/$/, ''), dir: resolve(dir) };
  });

// Already-compressed formats are sent as they are.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.json', '.svg', '.xml', '.txt', '.ico']);

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const cache = new Map(); // `${file}\0${mtime}\0${encoding}` → Promise<Buffer>

function encode(file, mtime, body, encoding) {
  const key = `${file}\0${mtime}\0${encoding}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = encoding === 'br'
      ? brotli(body, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          [zlib.constants.BROTLI_PARAM_LGWIN]: 24,
        },
      })
      : gzip(body, { level: 9 });
    cache.set(key, hit);
  }
  return hit;
}

function pickEncoding(accept = '') {
  const allowed = (name) => {
    const m = accept.match(new RegExp(`(?:^|,)\\s*${name}\\s*(?:;\\s*q=([0-9.]+))?`, 'i'));
    return m && (m[1] === undefined || Number(m[1]) > 0);
  };
  if (allowed('br')) return 'br';
  if (allowed('gzip')) return 'gzip';
  return null;
}

async function fileAt(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? { path, mtime: info.mtimeMs } : null;
  } catch {
    return null;
  }
}

async function send(req, res, status, found) {
  const ext = extname(found.path).toLowerCase();
  const type = TYPES[ext] ?? 'application/octet-stream';
  let body = await readFile(found.path);
  const headers = { 'content-type': type, 'cache-control': 'no-cache' };
  if (COMPRESSIBLE.has(ext)) {
    headers.vary = 'Accept-Encoding';
    const encoding = pickEncoding(req.headers['accept-encoding']);
    if (encoding) {
      body = await encode(found.path, found.mtime, body, encoding);
      headers['content-encoding'] = encoding;
    }
  }
  headers['content-length'] = body.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

function notFound(res) {
  const body = '<!doctype html><title>404</title><h1>404 Not Found</h1>';
  res.writeHead(404, { 'content-type': TYPES['.html'], 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

// `path` inside `root`, or null when it climbs out.
function inside(root, path) {
  const file = normalize(join(root, path));
  return file === root || file.startsWith(root + sep) ? file : null;
}

async function tryFiles(req, res, root, path, fallback) {
  const file = inside(root, path);
  if (!file) return notFound(res);
  const exact = path.endsWith('/') ? null : await fileAt(file);
  if (exact) return send(req, res, 200, exact);
  const index = await fileAt(join(file, 'index.html'));
  if (index) return send(req, res, 200, index);
  if (!fallback || extname(path)) return notFound(res);
  const page = (await fileAt(join(root, '404.html'))) ?? (await fileAt(join(root, 'index.html')));
  return page ? send(req, res, 200, page) : notFound(res);
}

const server = createServer(async (req, res) => {
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      return res.end();
    }
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    if (path.startsWith('/api/')) {
      const file = inside(api, path.slice('/api/'.length));
      const found = file && (await fileAt(file));
      return found ? await send(req, res, 200, found) : notFound(res);
    }
    for (const { prefix, dir } of mounts) {
      if (path === prefix || path.startsWith(`${prefix}/`)) {
        return await tryFiles(req, res, dir, path.slice(prefix.length) || '/', false);
      }
    }
    return await tryFiles(req, res, dist, path, true);
  } catch (e) {
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(e));
  }
});
server.keepAliveTimeout = 30_000;
server.listen(port, '127.0.0.1', () => {
  const extra = mounts.map((m) => `, ${m.prefix}/ → ${m.dir}`).join('');
  console.log(`bench server on http://127.0.0.1:${port}/ (dist ${dist}, api ${api}${extra}; brotli/gzip by Accept-Encoding)`);
});
