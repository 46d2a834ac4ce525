// The Content-Security-Policy the portal is served with, computed from a
// built page: the one inline <script> (the guard in <head>, the same on
// every page; `trunk serve`'s pages also carry trunk's loader) is allowed by
// its SHA-256 hash; the loader and bundles are files ('self'); JSON data
// blocks are not scripts. No 'unsafe-inline', no 'unsafe-eval';
// 'wasm-unsafe-eval' only permits compiling WebAssembly, not eval.
//
//   node scripts/csp.mjs [dist/index.html] [--api-origin https://cms.example.vn]
//       prints the headers for / and /embed/*; --api-origin adds a back end
//       on another origin (the ocop-api-base meta) to connect-src
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Hashes of the inline scripts that run (not JSON data blocks, which CSP
 *  does not govern). */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1];
    if (/\bsrc=/i.test(attributes) || /\btype=["']?[^"'\s>]*json/i.test(attributes)) continue;
    hashes.push(`'sha256-${createHash('sha256').update(match[2], 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/** The policy for the app's pages; `embed` allows framing by any site. */
export function contentSecurityPolicy(html, { embed = false, apiOrigin = '' } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScriptHashes(html).join(' ')} 'wasm-unsafe-eval'`,
    "style-src 'self'",
    "img-src 'self' data: https:",
    `connect-src 'self'${apiOrigin ? ` ${apiOrigin}` : ''}`,
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    embed ? 'frame-ancestors *' : "frame-ancestors 'none'",
  ].join('; ');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--api-origin');
  const apiOrigin = at >= 0 ? new URL(argv[at + 1]).origin : '';
  const file = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--api-origin') ?? 'dist/index.html';
  const html = readFileSync(file, 'utf8');
  console.log(`# every path except /embed/*\nContent-Security-Policy: ${contentSecurityPolicy(html, { apiOrigin })}\nX-Frame-Options: DENY\n`);
  console.log(`# /embed/*\nContent-Security-Policy: ${contentSecurityPolicy(html, { embed: true, apiOrigin })}`);
}
