// A small static server for the fixture pages (test/fixtures/pages), bound to 127.0.0.1 only.
// `npm run serve` prints its address; tests and `npm start` import startServer().
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PAGES_DIR = resolve(fileURLToPath(new URL('../test/fixtures/pages', import.meta.url)));
/** Pages that change after load (late text, pushState), served under /_dynamic/. */
export const DYNAMIC_DIR = resolve(fileURLToPath(new URL('../test/fixtures/dynamic', import.meta.url)));
export const DEMO_PAGE = 'arabi21-baghouz/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `root` on 127.0.0.1:`port` (0 = any free port). Resolves to { url, close }. */
export function startServer({ port = 0, root = PAGES_DIR } = {}) {
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    const base = path.startsWith('/_dynamic/') ? DYNAMIC_DIR : root;
    if (base === DYNAMIC_DIR) path = path.slice('/_dynamic'.length);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolvePromise({
        url: `http://127.0.0.1:${actual}/`,
        close: () => new Promise((r) => server.close(() => r(undefined))),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8377);
  const { url } = await startServer({ port });
  console.log(`Serving ${PAGES_DIR} at ${url} (demo: ${url}${DEMO_PAGE})`);
}
