// A static server on loopback for the benchmark pages: the pages and their harness, our build, the peers' files
// from node_modules and the data. Nothing is cached between samples, and it counts the bytes (min+gzip) of each
// library file and data file a page loads.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentType } from '../../scripts/content-types.mjs';

/** Files of the bench itself (pages, harness): not counted. */
const isHarness = (path) => path.startsWith('/bench/pages/');
/** The data a page hands its library: counted apart from the library's own files. */
const isData = (path) => path.startsWith('/bench/.build/data/');

/**
 * Serves `root` (the repository) under `/bench/` and `/node_modules/` only. `served()` and `data()` list the
 * library files and the data files served since the last `reset()`, with their gzip size.
 */
export async function startServer(root) {
  const gzipped = new Map();
  let served = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path));
    const allowed = ['/bench/', '/node_modules/'].some((p) => path.startsWith(p)) && file.startsWith(root + sep) && !path.includes('..');
    if (!allowed) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      if (!isHarness(path)) {
        if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }).length);
        served.push({ path, gzip: gzipped.get(file), data: isData(path) });
      }
      res.writeHead(200, { 'content-type': contentType(file), 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    reset: () => (served = []),
    /** Library files served since the last reset, each once, with their gzip size. */
    served: () => [...new Map(served.filter((s) => !s.data).map((s) => [s.path, s])).values()],
    /** Data files served since the last reset, each once, with their gzip size. */
    data: () => [...new Map(served.filter((s) => s.data).map((s) => [s.path, s])).values()],
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
