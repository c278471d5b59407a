// node src/cli/serve.ts [--dir dist] [--base /] [--port 4321] [--host 127.0.0.1]
// (npm run serve -- --port 4322 when 4321 is taken: the command says so and stops.)
// A small static server for the built site: the browser tests and benchmarks run against it, so it
// behaves like a plain static host (index.html for folders, 404.html with status 404, nothing else).
import { createReadStream, existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** The file a request path maps to under `root`, or null when there is none. Never leaves `root`. */
export function resolveFile(root: string, base: string, pathname: string): string | null {
  if (!pathname.startsWith(base)) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return null;
  }
  const candidate = resolve(root, normalize(`./${relative}`));
  if (candidate !== root && !candidate.startsWith(`${root}/`)) return null;
  const stats = statOrNull(candidate);
  if (stats?.isDirectory()) {
    const index = join(candidate, 'index.html');
    return statOrNull(index)?.isFile() ? index : null;
  }
  return stats?.isFile() ? candidate : null;
}

function statOrNull(path: string): Stats | null {
  return statSync(path, { throwIfNoEntry: false }) ?? null;
}

/** Files up to this size are sent in one write (search fragments, pages): far quicker than a stream. */
const SMALL_FILE = 1024 * 1024;

export function serveStatic(options: { dir: string; base?: string; port: number; host?: string }): Server {
  const root = resolve(options.dir);
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/gu, '')}/`.replace('//', '/');
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = resolveFile(root, base, pathname);
    if (!file) {
      const notFound = join(root, '404.html');
      response.writeHead(404, { 'content-type': TYPES['.html']! });
      if (existsSync(notFound)) createReadStream(notFound).pipe(response);
      else response.end('Not found');
      return;
    }
    const size = statSync(file).size;
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': size,
      'cache-control': 'no-cache',
    });
    if (size <= SMALL_FILE) response.end(readFileSync(file));
    else createReadStream(file).pipe(response);
  });
  server.listen(options.port, options.host ?? '127.0.0.1');
  return server;
}

/** What the command says when it cannot listen: one line, naming the port and the way out, for the errors people meet. */
export function listenFailure(error: NodeJS.ErrnoException, host: string, port: number): string {
  if (error.code === 'EADDRINUSE') return `Port ${port} is already in use (is another server running?). Stop it, or choose another port: npm run serve -- --port ${port + 1}`;
  if (error.code === 'EACCES') return `Port ${port} needs privileges this user does not have. Choose a port above 1023: npm run serve -- --port 4321`;
  if (error.code === 'EADDRNOTAVAIL') return `Cannot listen on ${host}: this machine has no such address. Use --host 127.0.0.1 (or 0.0.0.0 for every interface).`;
  return `Cannot serve on ${host}:${port}: ${error.message}`;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      base: { type: 'string', default: process.env.BASE ?? '/' },
      port: { type: 'string', default: '4321' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  });
  if (!existsSync(values.dir)) {
    console.error(`${values.dir} does not exist: run npm run build first`);
    process.exit(1);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port ${values.port} is not a port number: give a whole number from 0 to 65535, e.g. --port 4321`);
    process.exit(1);
  }
  const server = serveStatic({ dir: values.dir, base: values.base, port, host: values.host });
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(listenFailure(error, values.host, port));
    process.exit(1);
  });
  server.on('listening', () => console.log(`Serving ${values.dir} at http://${values.host}:${port}${values.base}`));
}
