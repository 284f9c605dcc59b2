/**
 * For the theming page (theming.mdx): every `--twin-*` custom property and every part, from the Custom Elements
 * Manifest (custom-elements.json, generated from the elements' JSDoc) and from the elements' own style sheets, so
 * the page lists what the code reads and never a list kept by hand.
 */
import type { CSSResultGroup, LitElement } from 'lit';
import manifest from '../custom-elements.json';
import '../src/index.js';

interface Documented {
  readonly name: string;
  readonly description?: string;
}
interface Declaration {
  readonly tagName?: string;
  readonly customElement?: boolean;
  readonly cssProperties?: readonly Documented[];
  readonly cssParts?: readonly Documented[];
}

/** The elements, in the manifest's order. */
const elements = manifest.modules
  .flatMap((m) => (m.declarations ?? []) as readonly Declaration[])
  .filter((d): d is Declaration & { tagName: string } => Boolean(d.customElement && d.tagName));

export const tagNames: readonly string[] = elements.map((d) => d.tagName);

function cssTextOf(styles: CSSResultGroup | undefined): string {
  if (!styles) return '';
  if (Array.isArray(styles)) return styles.map((s: CSSResultGroup) => cssTextOf(s)).join('\n');
  if (styles instanceof CSSStyleSheet) return [...styles.cssRules].map((r) => r.cssText).join('\n');
  return (styles as { cssText: string }).cssText;
}

/**
 * Every `var(--twin-…, fallback)` in a style sheet: the property and its default. Private `--_…` names in a
 * default are given as the public property they stand for (`var(--_accent)` → `var(--twin-color-accent)`).
 */
function customPropertiesIn(css: string): Map<string, string | undefined> {
  const found = new Map<string, string | undefined>();
  const pattern = /var\(\s*(--twin-[\w-]+)\s*(,)?/g;
  for (let match = pattern.exec(css); match; match = pattern.exec(css)) {
    const name = match[1]!;
    let fallback: string | undefined;
    if (match[2]) {
      let depth = 1;
      let end = pattern.lastIndex;
      for (; end < css.length && depth > 0; end++) {
        if (css[end] === '(') depth++;
        else if (css[end] === ')') depth--;
      }
      fallback = css.slice(pattern.lastIndex, end - 1).trim();
    }
    if (!found.has(name) || found.get(name) === undefined) found.set(name, fallback);
  }
  const publicNames = new Map<string, string>();
  for (const m of css.matchAll(/(--_[\w-]+)\s*:\s*var\(\s*(--twin-[\w-]+)/g)) publicNames.set(m[1]!, m[2]!);
  for (const [name, fallback] of found) {
    found.set(name, fallback?.replace(/var\((--_[\w-]+)\)/g, (all, own: string) => (publicNames.has(own) ? `var(${publicNames.get(own)})` : all)));
  }
  return found;
}

export interface PropertyRow {
  readonly name: string;
  /** The value used when the property is not set (undefined where the code computes it). */
  readonly default: string | undefined;
  /** The elements that read it. */
  readonly tags: readonly string[];
  /** What it sets, per element as the manifest says it; one entry when all say the same. */
  readonly descriptions: readonly { readonly tags: readonly string[]; readonly text: string }[];
}

function buildProperties(): PropertyRow[] {
  const rows = new Map<string, { default: string | undefined; tags: string[]; descriptions: Map<string, string[]> }>();
  const row = (name: string) => {
    let r = rows.get(name);
    if (!r) rows.set(name, (r = { default: undefined, tags: [], descriptions: new Map() }));
    return r;
  };
  for (const element of elements) {
    const ctor = customElements.get(element.tagName) as typeof LitElement | undefined;
    const read = customPropertiesIn(cssTextOf(ctor?.styles));
    for (const p of element.cssProperties ?? []) if (!read.has(p.name)) read.set(p.name, undefined);
    for (const [name, fallback] of read) {
      const r = row(name);
      r.default ??= fallback;
      r.tags.push(element.tagName);
    }
    for (const p of element.cssProperties ?? []) {
      if (!p.description) continue;
      const r = row(p.name);
      r.descriptions.set(p.description, [...(r.descriptions.get(p.description) ?? []), element.tagName]);
    }
  }
  return [...rows].map(([name, r]) => ({
    name,
    default: r.default,
    tags: r.tags,
    descriptions: [...r.descriptions].map(([text, tags]) => ({ text, tags })),
  }));
}

/** Every custom property: first those all the elements read, then the others, each group in the order found. */
export const customProperties: readonly PropertyRow[] = (() => {
  const all = buildProperties();
  const shared = all.filter((p) => p.tags.length === elements.length);
  return [...shared, ...all.filter((p) => p.tags.length < elements.length)];
})();

/** Each element's parts, as the manifest lists them. */
export const partsByElement: readonly { readonly tagName: string; readonly parts: readonly Documented[] }[] = elements.map((d) => ({
  tagName: d.tagName,
  parts: d.cssParts ?? [],
}));
