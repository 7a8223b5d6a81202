/**
 * A static server on 127.0.0.1 for the demo pages and the browser tests. Every file is served
 * twice: plainly under /pages/ and /fixtures/, and under /csp/... with a strict Content Security
 * Policy, to prove that Tifa's underlines and card survive it.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const DEFAULT_ROOTS: Record<string, string> = {
  pages: resolve('demo/pages'),
  fixtures: resolve('tests/e2e/fixtures'),
};

export const STRICT_CSP = "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export interface PageServer {
  origin: string;
  /** URL of a file under demo/pages or tests/e2e/fixtures, optionally behind the strict CSP. */
  url: (root: string, file: string, options?: { csp?: boolean }) => string;
  close: () => Promise<void>;
}

type Handler = (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => void;

const handler = (roots: Record<string, string>): Handler => (request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
  if (path === '/favicon.ico') {
    response.writeHead(204).end();
    return;
  }
  const parts = path.split('/').filter(Boolean);
  const csp = parts[0] === 'csp';
  if (csp) parts.shift();
  const root = roots[parts.shift() ?? ''];
  const file = root && normalize(join(root, ...parts));
  if (!root || !file || !file.startsWith(root)) {
    response.writeHead(404).end('not found');
    return;
  }
  readFile(file).then(
    (body) => {
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...(csp ? { 'content-security-policy': STRICT_CSP } : {}),
      });
      response.end(body);
    },
    () => response.writeHead(404).end('not found'),
  );
};

/** Serves demo/pages and tests/e2e/fixtures, plus any `extra` roots (name -> directory). */
export async function startServer(extra: Record<string, string> = {}, port = 0): Promise<PageServer> {
  const roots = { ...DEFAULT_ROOTS, ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, resolve(v)])) };
  const server: Server = createServer(handler(roots));
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (root, file, options) => `${origin}${options?.csp ? '/csp' : ''}/${root}/${file}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
