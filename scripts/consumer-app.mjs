// A site's project with the package installed as a site gets it: the package packed with `npm pack` from the
// current dist/ (run `npm run build` first), or the tarball named by TWIN_PACKAGE_TARBALL, installed with npm into
// a new folder in the system's temp folder, with its dependencies (lit, valibot, …) from the npm cache or registry.
// Shared by the consumer tests (scripts/test-consumers.mjs) and the size budgets (.size-limit.js), so both see the
// files, "exports" and "sideEffects" that a site's bundler sees, not the repository's.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/**
 * Packs (or takes TWIN_PACKAGE_TARBALL) and installs the package into a new project folder `<temp>/<prefix>…`.
 * Returns the folder, the tarball installed and `remove()`.
 */
export function installPackedPackage(prefix = 'twin-site-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    let tarball = process.env.TWIN_PACKAGE_TARBALL ? resolve(process.env.TWIN_PACKAGE_TARBALL) : undefined;
    if (!tarball) {
      if (!existsSync(join(root, 'dist/index.js'))) throw new Error('dist/ is missing: run npm run build first');
      const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], root));
      tarball = join(dir, packed.filename);
    }
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'a-municipal-site', private: true, type: 'module' }));
    npm(['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', '--loglevel=error'], dir);
    return { dir, tarball, remove };
  } catch (error) {
    remove();
    throw error;
  }
}
