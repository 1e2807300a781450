// A small static file server for the demo site and Storybook, sending the strict
// Content-Security-Policy a careful branch site would use, with Trusted Types
// enforced. CSP violation reports are collected so tests can assert there were none.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "require-trusted-types-for 'script'",
  'trusted-types placard lit-html',
  'report-uri /csp-report',
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Sent gzipped to a browser that accepts it, as web hosts (and WordPress
 * caching plugins) send text: so that what the demo and `npm run bench` load is
 * what a branch site's readers download.
 */
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.ics', '.svg', '.map']);

/**
 * @param {string} root folder to serve
 * @param {{ csp?: string | null | ((pathname: string) => string | null) }} [options]
 *   the policy for every page, or a function choosing it by path; `null` sends none (Storybook)
 */
export function createStaticServer(root, { csp = STRICT_CSP } = {}) {
  const policyFor = typeof csp === 'function' ? csp : () => csp;
  const base = resolve(root);
  const cspReports = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'POST' && url.pathname === '/csp-report') {
      let body = '';
      for await (const chunk of request) body += chunk;
      cspReports.push(body);
      response.writeHead(204).end();
      return;
    }
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!path.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      let body = await readFile(path);
      const headers = {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
      };
      if (COMPRESSED.has(extname(path)) && /\bgzip\b/u.test(request.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      const policy = policyFor(url.pathname);
      if (policy) headers['content-security-policy'] = policy;
      response.writeHead(200, headers).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  return { server, cspReports };
}

/** Starts `server` on `port` (0 for any free one) on localhost and resolves its URL. */
export function listen(server, port) {
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolvePromise(`http://127.0.0.1:${server.address().port}/`));
  });
}
