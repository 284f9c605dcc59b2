/**
 * Intl formatting in the element's language: numbers, distances, lists, display names and the calendars a
 * language reads (dates themselves are in dates.ts). Where the engine lacks a language's data, the library's own
 * names and separators stand in (fallback-names.ts).
 */
import { intlSupports } from './fallback-names.js';
import { fallbackCountryName } from './locale-names/registry.js';
import { cachedFormatter } from './intl-cache.js';
import { isArabicScriptAzerbaijani, uiLocaleFor } from './language.js';
import { msg, renderInLocale } from './localize.js';

/**
 * Whether `lang` reads dates in the Solar Hijri calendar first, as Iran does: Persian, and Azerbaijani in the
 * Perso-Arabic script.
 */
export function readsSolarHijri(lang: string): boolean {
  return /^fa(-|$)/i.test(lang) || isArabicScriptAzerbaijani(lang);
}

/** The calendar a locale shows dates in by default: Solar Hijri for Persian and Arabic-script Azerbaijani, Gregorian elsewhere. */
export function primaryCalendarOf(lang: string): string {
  return readsSolarHijri(lang) ? 'persian' : 'gregory';
}

/**
 * The second calendar of Solar Hijri readers (Persian, Arabic-script Azerbaijani) when none is asked for: the
 * lunar Hijri calendar (`islamic-civil`, the arithmetic one of the historians' tables) for days before 1304 SH
 * (March 1925), when the Solar Hijri calendar became Iran's own and the sources of the centuries before dated
 * events in lunar Hijri years (`۴ دی ۶۵۲` beside `۵ جمادی‌الثانی ۶۷۲ ه‍.ق.`), with the Julian or Gregorian date
 * given as well (`DateDisplay.western`); the Gregorian calendar from then on. `displayDate` resolves it.
 */
export const IRANIAN_SECOND_CALENDAR = 'islamic-civil-before-1925';

/**
 * The calendar shown beside the primary one: for Solar Hijri readers the lunar Hijri one before 1925 and the
 * Gregorian one after (`IRANIAN_SECOND_CALENDAR`), Gregorian beside any other, Solar Hijri beside the Gregorian.
 */
export function secondaryCalendarOf(primary: string): string {
  if (primary === 'persian') return IRANIAN_SECOND_CALENDAR;
  return primary === 'gregory' ? 'persian' : 'gregory';
}

/** Whether Intl supports a calendar name (`gregory`, `persian`, `islamic-umalqura`, …). */
export function isSupportedCalendar(calendar: string): boolean {
  // Asked on every render of every date: the engine's answer is kept.
  return cachedFormatter(`calendar|${calendar}`, () => {
    try {
      return new Intl.DateTimeFormat('en', { calendar }).resolvedOptions().calendar === calendar;
    } catch {
      return false;
    }
  });
}

/** A country's name in `lang` from its ISO 3166-1 code. */
export function countryName(code: string, lang: string): string {
  const own = !intlSupports(lang) ? fallbackCountryName(code, uiLocaleFor(lang)) : undefined;
  if (own) return own;
  try {
    return cachedFormatter(`region|${lang}`, () => new Intl.DisplayNames(lang, { type: 'region', fallback: 'code' })).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** The plural category (`one`, `other`, …) of a count in `lang`, for choosing between translated forms. */
export function pluralCategory(count: number, lang: string): Intl.LDMLPluralRule {
  return cachedFormatter(`plural|${lang}`, () => new Intl.PluralRules(lang)).select(count);
}

/** "A, B and C" in `lang`. */
export function formatList(items: readonly string[], lang: string): string {
  if (!intlSupports(lang)) {
    // Chromium formats Azerbaijani lists as English ones (`A, B, and C`).
    if (items.length < 2) return items.join('');
    const and = renderInLocale(uiLocaleFor(lang), () => msg('and', { id: 'list.and' }));
    return `${items.slice(0, -1).join(partSeparator(lang))} ${and} ${items.at(-1)!}`;
  }
  return cachedFormatter(`list|${lang}`, () => new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' })).format(items);
}

/**
 * The separators of "A, B and C" in `lang`, for joining items that are not plain strings (templates with their own
 * `lang` and `<bdi>`): `separators[i]` goes between item i and item i + 1. From `Intl.ListFormat` (`، ` and ` و ` in
 * Persian, never a Latin comma), or the library's words where the engine lacks the language (see `formatList`).
 */
export function listSeparators(count: number, lang: string, type: 'conjunction' | 'unit' = 'conjunction'): string[] {
  if (count < 2) return [];
  const placeholders = Array.from({ length: count }, (_, i) => `\u0000${i}\u0000`);
  const formatted = type === 'unit' ? placeholders.join(partSeparator(lang)) : formatList(placeholders, lang);
  // The text between one placeholder and the next.
  return placeholders.slice(0, -1).map((p, i) => {
    const start = formatted.indexOf(p) + p.length;
    return formatted.slice(start, formatted.indexOf(placeholders[i + 1]!, start));
  });
}

/**
 * A number in the digits, separators and units of `lang`: `۱٬۰۹۰ کیلومتر`, `1.090 km`. Where the engine has no
 * data for the language (Azerbaijani in Chromium prints `1,090.3`), the digits come from Intl's root data and
 * the separators from the library (`1.090,3`).
 */
export function formatNumber(value: number, lang: string, options: Intl.NumberFormatOptions = {}): string {
  const key = `number|${lang}|${JSON.stringify(options)}`;
  // Arabic-script Azerbaijani writes numbers as Iran does, in Persian digits with Persian separators (`۱٬۰۹۱`):
  // Persian's number data, which every engine has (it also names the kilometre as Azerbaijani does, `کیلومتر`).
  if (isArabicScriptAzerbaijani(lang)) return cachedFormatter(key, () => new Intl.NumberFormat('fa-u-nu-arabext', options)).format(value);
  if (intlSupports(lang)) return cachedFormatter(key, () => new Intl.NumberFormat(lang, options)).format(value);
  const separators = FALLBACK_SEPARATORS[lang.toLowerCase().split('-')[0]!] ?? { group: ',', decimal: '.' };
  return cachedFormatter(key, () => new Intl.NumberFormat('en', options))
    .formatToParts(value)
    .map((p) => (p.type === 'group' ? separators.group : p.type === 'decimal' ? separators.decimal : p.value))
    .join('');
}

/** Separators of the languages whose number data an engine may lack (CLDR's values). */
const FALLBACK_SEPARATORS: Record<string, { group: string; decimal: string }> = {
  az: { group: '.', decimal: ',' },
  tr: { group: '.', decimal: ',' },
};

/** A whole number with no grouping, as years and days are written: `۱۴۰۴`, `2025`. */
export function formatInteger(value: number, lang: string): string {
  return formatNumber(value, lang, { useGrouping: false, maximumFractionDigits: 0 });
}

/** A distance in kilometres, rounded to the kilometre: `1,090 km`, `۱٬۰۹۰ کیلومتر`. */
export function formatKilometres(km: number, lang: string): string {
  // Persian (and Arabic-script Azerbaijani, in Persian's number data) writes the unit out: its short form is the
  // same word, and WebKit's data lacks the short form.
  const unitDisplay = readsSolarHijri(lang) ? 'long' : 'short';
  return formatNumber(Math.round(km), lang, { style: 'unit', unit: 'kilometer', unitDisplay, maximumFractionDigits: 0 });
}

/** The comma that joins the parts of a name in `lang`: `Konya, Türkiye`, `استان قونیه، ترکیه`. */
export function partSeparator(lang: string): string {
  return /^(fa|ar|ur|ps|ckb)\b/i.test(lang) || isArabicScriptAzerbaijani(lang) ? '، ' : ', ';
}
