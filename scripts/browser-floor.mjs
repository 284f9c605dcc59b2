/**
 * The browser floor (package.json "browserslist"; DESIGN.md, Browsers) as the checks read it: the browsers, the oldest
 * version of each, and which of them lack a feature by MDN's browser-compat-data (the copy eslint-plugin-compat
 * uses). Used by check-css.mjs (the styles) and check-floor-syntax.mjs (the built JavaScript).
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import browserslist from 'browserslist';

export const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
export const bcd = createRequire(require.resolve('eslint-plugin-compat'))('@mdn/browser-compat-data');

/**
 * The floor as browserslist gives it (for doiuse: caniuse knows only the latest Android Chrome and WebView), and with
 * mobileToDesktop, which lists each of their versions (for MDN's data, which knows them all).
 */
export const floor = browserslist(undefined, { path: root });
const floorByVersion = browserslist(undefined, { path: root, mobileToDesktop: true });
export const bcdName = {
  chrome: 'chrome',
  edge: 'edge',
  firefox: 'firefox',
  safari: 'safari',
  ios_saf: 'safari_ios',
  and_chr: 'chrome_android',
  android: 'webview_android',
  samsung: 'samsunginternet_android',
};
export const displayName = {
  chrome: 'Chrome',
  edge: 'Edge',
  firefox: 'Firefox',
  safari: 'Safari',
  safari_ios: 'iOS Safari',
  chrome_android: 'Chrome Android',
  webview_android: 'Android WebView',
  samsunginternet_android: 'Samsung Internet',
};
/** The oldest version of each browser of the floor, by MDN's browser names. */
export const oldest = new Map();
for (const entry of floorByVersion) {
  const [agent, range] = entry.split(' ');
  const name = bcdName[agent];
  if (!name) throw new Error(`browser-floor: no MDN name for the browserslist agent "${agent}"`);
  const version = range.split('-')[0];
  if (!oldest.has(name) || compareVersions(version, oldest.get(name)) < 0) oldest.set(name, version);
}

export function compareVersions(a, b) {
  const pa = String(a).split('.').map(Number);
  const pb = String(b).split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The browsers of the floor that lack a feature, by its MDN compat record ("Safari 16.0 (from 17.5)"), or [] when all
 * have it. Only what a later version of the same browser has counts ("above the floor"): a feature no version of a
 * browser has (`forced-color-adjust` in Safari) is no question of age. Partial support counts as support: the
 * declaration is kept, a detail differs (Safari's `outline` follows `border-radius` from 16.4). With `never`, a
 * browser with no version at all counts too: a JavaScript API missing there is a TypeError, not a dropped rule.
 * With `prefixed` (a CSS property's name), a browser that has the property only under a vendor prefix counts too.
 */
export function lacking(compat, { never = false, prefixed = undefined } = {}) {
  const missing = [];
  for (const [browser, version] of oldest) {
    if (never && compat.support[browser] && [compat.support[browser]].flat().every((s) => s.version_added === false || s.flags)) {
      missing.push(`${displayName[browser]} (no version)`);
      continue;
    }
    // Statements under the standard name, with no flag; partial ones too. `≤18` counts as 18.
    const statements = [compat.support[browser]]
      .flat()
      .filter((s) => s && !s.flags && !s.prefix && !s.alternative_name && s.version_added !== false && s.version_added !== undefined);
    if (!statements.length) {
      // Never under its own name; with `prefixed`, a browser that has it only under a prefix counts (its own name is
      // dropped there: `user-select` in Safari needs `-webkit-user-select`).
      const prefixedOnly = prefixed && [compat.support[browser]].flat().find((s) => s?.prefix && !s.flags && typeof s.version_added === 'string' && !s.version_removed);
      if (prefixedOnly) missing.push(`${displayName[browser]} (only as ${prefixedOnly.prefix}${prefixed})`);
      continue; // never in this browser, or unknown to MDN
    }
    const at = (v) => (typeof v === 'string' ? v.replace('≤', '') : v);
    const has = statements.some((s) => {
      const added = at(s.version_added);
      if (added === true || added === null) return true;
      if (added === 'preview' || compareVersions(version, added) < 0) return false;
      return !s.version_removed || (s.version_removed !== 'preview' && compareVersions(version, at(s.version_removed)) < 0);
    });
    if (has) continue;
    const first = statements.map((s) => at(s.version_added)).filter((v) => typeof v === 'string' && v !== 'preview').sort(compareVersions)[0];
    missing.push(`${displayName[browser]} ${version} (${first ? `from ${first}` : 'not yet released'})`);
  }
  return missing;
}

/** The floor in words: "Chrome 120, …, Safari 16.0, Samsung Internet 24". */
export const floorText = [...oldest].map(([browser, version]) => `${displayName[browser]} ${version}`).join(', ');
