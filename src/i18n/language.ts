/**
 * Language and direction of an element, as DESIGN.md fixes them:
 * its own `lang`, else the nearest ancestor's `lang` (crossing shadow roots), else `<html lang>`, else `en`;
 * direction: its own `dir` (`ltr`/`rtl`), else the direction of its language's script.
 */
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { cachedFormatter } from './intl-cache.js';

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
  // Asked on every render: the answer per language tag is kept.
  return cachedFormatter(`direction|${tag}`, () => knownDirection(tag) ?? likelyDirection(tag));
}

/**
 * Languages whose script is the same in every region, and Azerbaijani where it is written in Latin letters: their
 * direction without asking Intl, whose likely-subtags data costs tens of milliseconds to load on a page's first
 * element. A script subtag (`az-Arab`) says it directly.
 */
const OWN_DIRECTION: Readonly<Record<string, Direction>> = { en: 'ltr', tr: 'ltr', fa: 'rtl', ar: 'rtl', he: 'rtl' };

function knownDirection(tag: string): Direction | undefined {
  if (isArabicScriptAzerbaijani(tag)) return 'rtl';
  const [language = '', ...rest] = tag.toLowerCase().split('-');
  const script = rest.find((s) => /^[a-z]{4}$/.test(s));
  if (script) return RTL_SCRIPTS.has(script[0]!.toUpperCase() + script.slice(1)) ? 'rtl' : 'ltr';
  if (language === 'az') return rest.length === 0 || (rest.length === 1 && rest[0] === 'az') ? 'ltr' : undefined;
  return OWN_DIRECTION[language];
}

/** The direction of the script Intl's likely-subtags data gives a tag (`az-IR` → Arabic → right to left). */
function likelyDirection(tag: string): Direction {
  try {
    const script = new Intl.Locale(tag).maximize().script;
    return script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/** The base language subtag: `az-Latn-AZ` → `az`. */
export function baseLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

/** The UI locale of South Azerbaijani in the Perso-Arabic script, as Iran writes it. */
export const ARABIC_AZERBAIJANI = 'az-Arab' satisfies UiLocale;

/**
 * Whether a tag asks for Azerbaijani in the Perso-Arabic script: `az-Arab`, `az-IR` (Azerbaijani as Iran writes
 * it), `azb` and `azb-*` (ISO 639-3 South Azerbaijani), but not `az`, `az-AZ`, `az-Latn-IR` or `azb-Latn`.
 */
export function isArabicScriptAzerbaijani(tag: string): boolean {
  return cachedFormatter(`azArab|${tag}`, () => {
    const [language = '', ...rest] = tag.toLowerCase().split('-');
    if (language !== 'az' && language !== 'azb') return false;
    // Script and region come before any extension (`-u-…`, `-x-…`).
    const end = rest.findIndex((s) => s.length === 1);
    const subtags = end < 0 ? rest : rest.slice(0, end);
    const script = subtags.find((s) => /^[a-z]{4}$/.test(s));
    if (script) return script === 'arab';
    return language === 'azb' || subtags.includes('ir');
  });
}

/**
 * The script a tag's texts are written in, as far as choosing a name in "the other script" needs it: `Arab` for
 * Persian, Arabic and the languages written like them (Arabic-script Azerbaijani included), `Latn` otherwise.
 */
export function scriptOfLanguage(tag: string): 'Arab' | 'Latn' {
  if (isArabicScriptAzerbaijani(tag)) return 'Arab';
  const script = tag.split('-').find((s, i) => i > 0 && /^[a-z]{4}$/i.test(s));
  if (script) return script.toLowerCase() === 'arab' ? 'Arab' : 'Latn';
  return /^(fa|ar|ur|ps|ckb)$/i.test(baseLanguage(tag)) ? 'Arab' : 'Latn';
}

/** The UI locale (one we have translations for) serving a language tag, else the source locale. */
export function uiLocaleFor(tag: string): UiLocale {
  if (isArabicScriptAzerbaijani(tag)) return ARABIC_AZERBAIJANI;
  // South Azerbaijani written in Latin letters (`azb-Latn`) reads the Latin-script strings.
  const base = baseLanguage(tag) === 'azb' ? 'az' : baseLanguage(tag);
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
  // Arabic-script Azerbaijani is `az-Arab` for Intl and for the shadow content's `lang`, whichever tag asked for it.
  const lang = baseLanguage(requested) === locale ? requested : locale;
  return { lang, locale, requested, dir: resolveDirection(el, lang) };
}
