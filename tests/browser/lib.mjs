// Shared helpers of the browser tests: paths, packages from .ci/node_modules, a tiny test
// harness that prints the closing `N passed, M failed` line CI reads, and a static server.

import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

// The npm packages live in .ci/node_modules (CI installs them with `npm ci` in .ci).
export const ciRequire = createRequire(join(ROOT, '.ci', 'package.json'));

export class Harness {
  constructor() {
    this.passed = 0;
    this.failed = 0;
    this.skipped = 0;
    this.failures = [];
  }

  pass(name, detail, { quiet = false } = {}) {
    this.passed += 1;
    if (!quiet) console.log(`ok    ${name}${detail ? ` (${detail})` : ''}`);
  }

  fail(name, detail) {
    this.failed += 1;
    this.failures.push(name);
    console.log(`FAIL  ${name}`);
    if (detail) console.log(indent(String(detail)));
  }

  skip(name, why) {
    this.skipped += 1;
    console.log(`skip  ${name}: ${why}`);
  }

  /** Runs `fn`; a thrown error fails the check, a returned string is printed beside "ok". */
  async check(name, fn) {
    try {
      const detail = await fn();
      this.pass(name, typeof detail === 'string' ? detail : '');
    } catch (err) {
      this.fail(name, err && err.stack && !(err instanceof CheckError) ? err.stack : err.message);
    }
  }

  summary() {
    if (this.failures.length) {
      console.log('\nfailed checks:');
      for (const f of this.failures) console.log(`  - ${f}`);
    }
    console.log(`${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped`);
    return this.failed === 0 ? 0 : 1;
  }
}

/** An expected failure of a check: printed without a stack trace. */
export class CheckError extends Error {}

export function assert(cond, message) {
  if (!cond) throw new CheckError(message);
}

export function indent(text, by = '      ') {
  return text.split('\n').map((l) => by + l).join('\n');
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg']);

/**
 * A plain static file server for `root` on 127.0.0.1 (a free port): directories answer with
 * their index.html (a directory URL without the trailing slash is redirected, as GitHub Pages
 * does), missing files with a bare 404, text is gzipped and cached for 10 minutes like GitHub
 * Pages serves it, so Lighthouse measures what a reader would get. Nothing outside `root`.
 */
export async function startServer(root) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    let file = resolve(join(base, pathname));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    let st = statOrNull(file);
    if (st && st.isDirectory()) {
      if (!pathname.endsWith('/')) {
        const q = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
        res.writeHead(301, { Location: encodeURI(pathname + '/') + q }).end();
        return;
      }
      file = join(file, 'index.html');
      st = statOrNull(file);
    }
    if (!st || !st.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404 not found');
      return;
    }
    const ext = extname(file).toLowerCase();
    const headers = {
      'Content-Type': TYPES[ext] || 'application/octet-stream',
      'Cache-Control': 'max-age=600',
    };
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] || '');
    if (gzip) {
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    } else {
      headers['Content-Length'] = st.size;
    }
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
  });
  await new Promise((ok, err) => {
    server.once('error', err);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address();
  return {
    port,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

function statOrNull(file) {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

/** GET a URL on the test server; resolves to {status, location}. */
export async function probe(url) {
  const res = await fetch(url, { redirect: 'manual' });
  await res.arrayBuffer();
  return { status: res.status, location: res.headers.get('location') };
}
