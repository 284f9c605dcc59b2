// The two self-hosted forms a webmaster copies into a site's /assets/: the single file and the folder (an entry and
// its chunks). Shared by the checks that load them as a site would (check-standalone, check-layout-shift).
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';

export const forms = [
  { name: 'dist/twin-city-elements.js', dir: 'dist', only: (path) => path === '/twin-city-elements.js' },
  { name: 'dist/site/ (the folder)', dir: 'dist/site', only: () => true },
];

/** The file of `form` a request for `/assets/…` asks for, or undefined (outside /assets/, not in the form, or absent). */
export function assetOf(form, pathname) {
  if (!pathname.startsWith('/assets/')) return undefined;
  const asset = normalize(pathname.slice('/assets'.length));
  if (asset.includes('..') || !form.only(asset)) return undefined;
  const file = join(form.dir, asset);
  return existsSync(file) ? readFileSync(file) : undefined;
}
