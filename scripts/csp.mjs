// The Content-Security-Policy the portal is served with, computed from the
// built index.html: trunk's one inline bootstrap <script> is allowed by its
// SHA-256 hash (it changes with every build, since it names the hashed
// files); no 'unsafe-inline', no 'unsafe-eval'. 'wasm-unsafe-eval' only
// permits compiling WebAssembly, not eval.
//
//   node scripts/csp.mjs [dist/index.html]   prints the headers for / and /embed/*
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function inlineScriptHashes(html) {
  const hashes = [];
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    hashes.push(`'sha256-${createHash('sha256').update(match[1], 'utf8').digest('base64')}'`);
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
  const html = readFileSync(process.argv[2] ?? 'dist/index.html', 'utf8');
  console.log(`# every path except /embed/*\nContent-Security-Policy: ${contentSecurityPolicy(html)}\nX-Frame-Options: DENY\n`);
  console.log(`# /embed/*\nContent-Security-Policy: ${contentSecurityPolicy(html, { embed: true })}`);
}
