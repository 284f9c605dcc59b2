// The command line (`twin-city-elements render`) built from the sources, for the browser tests: they run before
// `npm run build` in CI, and must test the code of the commit. esbuild bundles src/cli.ts into
// node_modules/.cache/ (so that Node finds lit and @lit-labs/ssr with the `node` export condition); runCli runs it.
import { build } from 'esbuild';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = join(root, 'node_modules/.cache/twin-city-elements/cli.mjs');
let built;

export function buildCli() {
  built ??= build({
    entryPoints: [join(root, 'src/cli.ts')],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'error',
  }).then(() => outfile);
  return built;
}

/**
 * Runs the command line with `args` (and `data`, written to a temporary file and passed as `--data`):
 * `{code, stdout, stderr}`.
 */
export async function runCli(args, data) {
  const cli = await buildCli();
  const dir = data === undefined ? undefined : mkdtempSync(join(tmpdir(), 'twin-ssr-'));
  try {
    const extra = [];
    if (dir) {
      const file = join(dir, 'data.json');
      writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
      extra.push('--data', file);
    }
    return await new Promise((resolve) => {
      execFile(process.execPath, [cli, ...args, ...extra], { maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
        resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr });
      });
    });
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Web Test Runner plugin: `POST /__twin-render` with `{args, data?}` answers `{code, stdout, stderr}` from the
 * command line, so a browser test can parse exactly what the command prints.
 */
export function renderPlugin() {
  /** Request body → the command line's answer (JSON), for the run of the test server. */
  const answers = new Map();
  return {
    name: 'twin-render',
    async serve(context) {
      if (context.path !== '/__twin-render' || context.method !== 'POST') return undefined;
      const chunks = [];
      for await (const chunk of context.req) chunks.push(chunk);
      const body = Buffer.concat(chunks).toString('utf8');
      // The same request from each engine's copy of a test: the command line runs once per request body (a Node
      // process each time; the static-HTML files asked it about 20 times per engine).
      if (!answers.has(body)) {
        const { args, data } = JSON.parse(body);
        answers.set(body, runCli(args, data).then((result) => JSON.stringify(result)));
      }
      return { body: await answers.get(body), type: 'json' };
    },
  };
}
