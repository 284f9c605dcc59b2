/**
 * The options of the iframe page (`embed.html?element=map,timeline&lang=fa&…`), read from its query string and
 * checked one by one: only values the elements know are passed on, as attributes (never as markup). Anything else
 * makes the page show a short sentence in its reader's language instead of the elements.
 */
import { canonicalLanguageTag, uiLocaleFor, baseLanguage } from '../i18n/language.js';
import { isSupportedCalendar } from '../i18n/format.js';

/** The names the `element` option accepts, and the tag each stands for. */
export const EMBED_ELEMENTS = {
  card: 'twin-agreement-card',
  list: 'twin-signatory-list',
  map: 'twin-city-map',
  timeline: 'twin-pilgrimage-timeline',
} as const;

export type EmbedElementName = keyof typeof EMBED_ELEMENTS;
export type EmbedTag = (typeof EMBED_ELEMENTS)[EmbedElementName];

/** The options the page reads; any other name in the query string is ignored (CMSs and analytics add their own). */
export const EMBED_OPTIONS = ['element', 'lang', 'theme', 'agreement', 'calendar', 'secondary-calendar', 'layout', 'selected', 'src', 'id'] as const;
export type EmbedOptionName = (typeof EMBED_OPTIONS)[number];

const LAYOUTS: Partial<Record<EmbedTag, readonly string[]>> = {
  'twin-signatory-list': ['list', 'compact', 'columns'],
  'twin-pilgrimage-timeline': ['vertical', 'horizontal', 'auto'],
};
const SELECTABLE: readonly EmbedTag[] = ['twin-signatory-list', 'twin-city-map', 'twin-pilgrimage-timeline'];
const LINKABLE: readonly EmbedTag[] = ['twin-city-map', 'twin-pilgrimage-timeline'];
/** An id in a dataset (agreement, event, place, person): letters, digits and a few separators. */
const ID = /^[\p{L}\p{N}][\p{L}\p{N}_.:-]{0,127}$/u;
/** The `id` the page sends back with its height, so a host page can tell its iframes apart. */
const MESSAGE_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** The group that links a map and a timeline in one iframe. */
export const EMBED_GROUP = 'twin-embed';

export interface EmbedElement {
  tag: EmbedTag;
  attributes: [string, string][];
}

export type EmbedProblem =
  | { kind: 'no-element' }
  | { kind: 'invalid'; option: EmbedOptionName }
  | { kind: 'origin' };

export interface EmbedPlan {
  /** The page's language: the `lang` option, else the browser's. */
  lang: string;
  elements: EmbedElement[];
  /** The dataset's URL, absolute; its origin still to be checked against the page's and the configured ones. */
  src?: URL;
  messageId?: string;
  problem?: EmbedProblem;
}

/** Whether the UI speaks this language (en, fa, tr, az in both scripts): other languages are refused. */
function isServedLanguage(tag: string): boolean {
  const base = baseLanguage(tag);
  return uiLocaleFor(tag) !== 'en' || base === 'en';
}

/**
 * The plan of the page for a query string and the browser's languages; `pageUrl` resolves a relative `src`. The
 * first problem found stops the plan (the page then shows its message, nothing else).
 */
export function planEmbed(query: URLSearchParams, pageUrl: string, browserLanguages: readonly string[]): EmbedPlan {
  const browser = browserLanguages.map((l) => canonicalLanguageTag(l)).find((l): l is string => !!l && isServedLanguage(l)) ?? 'en';
  const one = (name: EmbedOptionName): string | undefined => {
    const values = query.getAll(name);
    return values.length ? values[values.length - 1]!.trim() : undefined;
  };
  const fail = (problem: EmbedProblem, lang = browser): EmbedPlan => ({ lang, elements: [], problem });

  const rawLang = one('lang');
  let lang = browser;
  if (rawLang !== undefined) {
    const tag = canonicalLanguageTag(rawLang);
    if (!tag || !isServedLanguage(tag)) return fail({ kind: 'invalid', option: 'lang' });
    lang = tag;
  }

  const names = (one('element') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (!names.length) return fail({ kind: 'no-element' }, lang);
  const tags: EmbedTag[] = [];
  for (const name of names) {
    if (!Object.hasOwn(EMBED_ELEMENTS, name)) return fail({ kind: 'invalid', option: 'element' }, lang);
    const tag = EMBED_ELEMENTS[name as EmbedElementName];
    if (tags.includes(tag)) return fail({ kind: 'invalid', option: 'element' }, lang);
    tags.push(tag);
  }

  const common: [string, string][] = [['lang', lang], ['loading', 'eager']];
  const theme = one('theme');
  if (theme !== undefined) {
    if (!['light', 'dark', 'auto'].includes(theme)) return fail({ kind: 'invalid', option: 'theme' }, lang);
    common.push(['theme', theme]);
  }
  const calendar = one('calendar');
  if (calendar !== undefined) {
    if (!/^[a-z0-9-]{2,32}$/.test(calendar) || !isSupportedCalendar(calendar)) return fail({ kind: 'invalid', option: 'calendar' }, lang);
    common.push(['calendar', calendar]);
  }
  const secondary = one('secondary-calendar');
  if (secondary !== undefined) {
    if (secondary !== 'none' && (!/^[a-z0-9-]{2,32}$/.test(secondary) || !isSupportedCalendar(secondary))) return fail({ kind: 'invalid', option: 'secondary-calendar' }, lang);
    common.push(['secondary-calendar', secondary]);
  }
  const agreement = one('agreement');
  if (agreement !== undefined) {
    if (!ID.test(agreement)) return fail({ kind: 'invalid', option: 'agreement' }, lang);
    // The timeline shows every agreement's events: it has no such attribute.
  }
  const layout = one('layout');
  if (layout !== undefined && !tags.some((t) => LAYOUTS[t]?.includes(layout))) return fail({ kind: 'invalid', option: 'layout' }, lang);
  const selected = one('selected');
  if (selected !== undefined && (!ID.test(selected) || !tags.some((t) => SELECTABLE.includes(t)))) return fail({ kind: 'invalid', option: 'selected' }, lang);

  let src: URL | undefined;
  const rawSrc = one('src');
  if (rawSrc !== undefined) {
    try {
      src = new URL(rawSrc, pageUrl);
    } catch {
      return fail({ kind: 'invalid', option: 'src' }, lang);
    }
    if (src.protocol !== 'https:' && src.protocol !== 'http:') return fail({ kind: 'invalid', option: 'src' }, lang);
    if (src.username || src.password) return fail({ kind: 'invalid', option: 'src' }, lang);
  }
  const messageId = one('id');
  if (messageId !== undefined && !MESSAGE_ID.test(messageId)) return fail({ kind: 'invalid', option: 'id' }, lang);

  const linked = tags.filter((t) => LINKABLE.includes(t)).length > 1;
  const elements = tags.map((tag): EmbedElement => {
    const attributes: [string, string][] = [...common];
    if (src) attributes.push(['src', src.href]);
    if (agreement !== undefined && tag !== 'twin-pilgrimage-timeline') attributes.push(['agreement', agreement]);
    if (layout !== undefined && LAYOUTS[tag]?.includes(layout)) attributes.push(['layout', layout]);
    if (selected !== undefined && SELECTABLE.includes(tag)) attributes.push(['selected', selected]);
    if (linked && LINKABLE.includes(tag)) attributes.push(['group', EMBED_GROUP]);
    // Deep links: the page's own fragment (`embed.html?element=timeline#event=rumi-dies`) selects an event (and a
    // place), and a selection is written back to it, as on any page; a site's link to the iframe page can name one.
    if (LINKABLE.includes(tag)) attributes.push(['deep-link', '']);
    return { tag, attributes };
  });
  return { lang, elements, ...(src ? { src } : {}), ...(messageId !== undefined ? { messageId } : {}) };
}

/**
 * Whether the page may load a dataset from `src`: its own origin always; another only when the site's
 * `embed.config.json` lists it in `allowedOrigins` (exact origins, e.g. `https://data.example.org`).
 */
export function isAllowedSource(src: URL, pageOrigin: string, config: unknown): boolean {
  if (src.origin === pageOrigin) return true;
  if (typeof config !== 'object' || config === null) return false;
  const allowed = (config as { allowedOrigins?: unknown }).allowedOrigins;
  if (!Array.isArray(allowed)) return false;
  return allowed.some((o) => {
    if (typeof o !== 'string') return false;
    try {
      const url = new URL(o);
      return url.origin === src.origin && url.origin !== 'null';
    } catch {
      return false;
    }
  });
}
