// The project's TypeScript sources (and test fixtures) for a Node script: `contents` is a module of re-exports
// with paths from the repository root; it is bundled by esbuild into a temporary file, imported, and the file
// removed. Used by the build's JSON Schema step, the benchmark's fixtures and the static HTML tests.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function importSources(contents) {
  const tmp = mkdtempSync(join(tmpdir(), 'twin-sources-'));
  try {
    const outfile = join(tmp, 'sources.mjs');
    await build({
      stdin: { contents, resolveDir: root, loader: 'ts' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile,
      logLevel: 'error',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
