/**
 * Language and direction of an element, as DESIGN.md fixes them:
 * its own `lang`, else the nearest ancestor's `lang` (crossing shadow roots), else `<html lang>`, else `en`;
 * direction: its own `dir` (`ltr`/`rtl`), else the direction of its language's script.
 */
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

export type Direction = 'ltr' | 'rtl';
export type UiLocale = typeof sourceLocale | (typeof targetLocales)[number];

export const uiLocales: readonly UiLocale[] = [sourceLocale, ...targetLocales];

const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr', 'Mend']);

/** A well-formed BCP 47 tag in canonical case, or undefined for an empty or malformed one. */
export function canonicalLanguageTag(tag: string | null | undefined): string | undefined {
  const trimmed = tag?.trim();
  if (!trimmed) return undefined;
  try {
    return Intl.getCanonicalLocales(trimmed)[0];
  } catch {
    return undefined;
  }
}

/** The writing direction of a language's (likely) script: `fa`, `ar`, `az-Arab` are right-to-left. */
export function directionOfLanguage(tag: string): Direction {
  let direction = directions.get(tag);
  if (direction === undefined) {
    try {
      const script = new Intl.Locale(tag).maximize().script;
      direction = script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
    } catch {
      direction = 'ltr';
    }
    directions.set(tag, direction);
  }
  return direction;
}

/** Asked on every render: the answer per language tag is kept. */
const directions = new Map<string, Direction>();

/** The base language subtag: `az-Latn-AZ` → `az`. */
export function baseLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

/** The UI locale (one we have translations for) serving a language tag, else the source locale. */
export function uiLocaleFor(tag: string): UiLocale {
  const base = baseLanguage(tag);
  return uiLocales.find((l) => l === base) ?? sourceLocale;
}

function parentAcrossShadow(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : null;
}

/** The language that applies to `el`: its own or its nearest ancestor's `lang`, across shadow roots. */
export function resolveLanguage(el: Element): string {
  for (let node: Element | null = el; node; node = parentAcrossShadow(node)) {
    const tag = canonicalLanguageTag(node.getAttribute('lang'));
    if (tag) return tag;
  }
  return canonicalLanguageTag(el.ownerDocument?.documentElement.getAttribute('lang')) ?? sourceLocale;
}

/** The direction of `el`: its own `dir` when `ltr` or `rtl`, else that of its language's script. */
export function resolveDirection(el: Element, language: string): Direction {
  const own = el.getAttribute('dir')?.trim().toLowerCase();
  return own === 'rtl' || own === 'ltr' ? own : directionOfLanguage(language);
}

export interface ResolvedLanguage {
  /** The tag used for Intl formatting and the `lang` of the shadow content: the requested tag when we
   * have its language's translations (keeping region, e.g. `fa-AF`), else the source locale. */
  readonly lang: string;
  /** The translations used for the UI's own strings. */
  readonly locale: UiLocale;
  /** The language asked for on the element or page (before any fallback); used to pick data texts. */
  readonly requested: string;
  readonly dir: Direction;
}

export function resolveLanguageAndDirection(el: Element): ResolvedLanguage {
  const requested = resolveLanguage(el);
  const locale = uiLocaleFor(requested);
  const lang = baseLanguage(requested) === locale ? requested : locale;
  return { lang, locale, requested, dir: resolveDirection(el, lang) };
}
