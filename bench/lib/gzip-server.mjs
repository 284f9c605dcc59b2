// A static server on loopback that serves as a site's web server does: text compressed with gzip when the browser
// accepts it, every file read once at its first request and kept in memory (so a rebuild of dist/ during a run
// changes nothing for that run). Used by `npm run lighthouse` (bench/lighthouse.mjs).
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { readFileSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentType } from '../../scripts/content-types.mjs';

const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

/**
 * `pages` maps a path to a page made in memory (`{ body, type }`); `mounts` maps a path prefix to a folder whose
 * files are served under it. Anything else is a 404. With `tls` (`{ key, cert }`), HTTPS with HTTP/2 (and HTTP/1.1
 * for clients without it) instead of plain HTTP/1.1.
 */
export async function startGzipServer({ pages = {}, mounts = {}, tls }) {
  const cache = new Map();
  const load = (path) => {
    if (pages[path]) return pages[path];
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(normalize(dir) + sep) || path.includes('..')) return undefined;
      return { body: readFileSync(file), type: contentType(file) };
    }
    return undefined;
  };
  const handle = (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let entry = cache.get(path);
    if (!entry) {
      try {
        const found = load(path);
        if (found) {
          const body = Buffer.from(found.body);
          entry = { ...found, body, gzip: COMPRESSIBLE.test(found.type) ? gzipSync(body, { level: 6 }) : undefined };
          cache.set(path, entry);
        }
      } catch {
        entry = undefined;
      }
    }
    if (!entry) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const gzip = entry.gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const body = gzip ? entry.gzip : entry.body;
    res.writeHead(200, {
      'content-type': entry.type,
      'content-length': body.length,
      'cache-control': 'no-cache',
      vary: 'Accept-Encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, handle) : createServer(handle);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `${tls ? 'https' : 'http'}://127.0.0.1:${server.address().port}`,
    /** The size of a served path as sent compressed (or as is, when not compressible); undefined if never served. */
    sentBytes: (path) => cache.get(path) && (cache.get(path).gzip ?? cache.get(path).body).length,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
