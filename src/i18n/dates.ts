/**
 * Historical dates shown in any calendar, in the words and digits of the reader's language.
 *
 * A dataset date (Julian or Gregorian; a day, a month or a year; approximate, uncertain or a range) becomes the
 * day numbers it covers (`day-number.ts`), and those become the reader's calendar through Intl. The library
 * assembles the text itself from `formatToParts` rather than trusting Intl's patterns, because those are wrong
 * where it matters here: Persian dates with a weekday come out year-first (`۱۴۰۴ آذر ۲۳, یکشنبه`), Turkish
 * Hijri dates read `Hicri 05 Cemaziyelahir 672`, and Chromium has no Azerbaijani data at all (`2025 M12 14`).
 * The order of day, month and year is taken from the language's own Gregorian pattern, which is right.
 *
 * Precision is kept in every calendar: a year is never shown as a day, and a Gregorian year that covers two
 * Hijri years says so (`603–604 AH`). Julian dates are shown as Julian (labelled) to readers of the Gregorian
 * calendar, as historians quote them, and converted through the day number for every other calendar.
 */
import { dateDays, dayNumber, dayOfNumber, noonUtc, pointDays, weekdayOfNumber } from './day-number.js';
import { gregorianMonthName, intlSupports, weekdayName } from './fallback-names.js';
import { IRANIAN_SECOND_CALENDAR, formatInteger, isSupportedCalendar, pluralCategory, primaryCalendarOf } from './format.js';
import { cachedFormatter } from './intl-cache.js';
import { isoDate, type DatePoint, type DatePrecision, type HistoricalDate } from './historical-date.js';
import { isArabicScriptAzerbaijani, uiLocaleFor } from './language.js';
import { fallbackCalendarName, fallbackMonthName } from './locale-names/registry.js';
import { msg, renderInLocale, str } from './localize.js';

export interface DateFormatOptions {
  /** Name the weekday too (dates known to the day only). */
  readonly weekday?: boolean;
  /**
   * Name the calendar after the date (`AH`, `SH`, `Julian`): `auto` (default) names every calendar but the
   * language's own (Solar Hijri for Persian, Gregorian for the others) and always names Julian dates.
   */
  readonly label?: 'auto' | 'always' | 'never';
}

/** The values of one day in the calendar shown. */
interface Fields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly monthName: string;
  readonly weekday: number;
}

type Token = { readonly field: 'year' | 'month' | 'day' | 'weekday' } | { readonly literal: string };

const lit = (literal: string): Token => ({ literal });
const year: Token = { field: 'year' };
const month: Token = { field: 'month' };
const day: Token = { field: 'day' };
const weekday: Token = { field: 'weekday' };

function fieldOptions(precision: DatePrecision, withWeekday: boolean): Intl.DateTimeFormatOptions {
  return {
    year: 'numeric',
    month: precision === 'year' ? undefined : 'long',
    day: precision === 'day' ? 'numeric' : undefined,
    weekday: withWeekday && precision === 'day' ? 'long' : undefined,
    timeZone: 'UTC',
  };
}

/**
 * The order of the parts of a date in `lang`, from its Gregorian pattern. Persian is fixed as Iranian sites write
 * it (`یکشنبه، ۲۳ آذر ۱۴۰۴`); languages the engine has no data for read day–month–year (`14 dekabr 2025, bazar`).
 */
function template(lang: string, precision: DatePrecision, withWeekday: boolean): readonly Token[] {
  if (precision === 'year') return [year];
  const w = withWeekday && precision === 'day';
  const base = lang.toLowerCase().split('-')[0];
  if (base === 'fa') {
    if (precision === 'month') return [month, lit(' '), year];
    return w ? [weekday, lit('، '), day, lit(' '), month, lit(' '), year] : [day, lit(' '), month, lit(' '), year];
  }
  if (isArabicScriptAzerbaijani(lang)) {
    // Day, month, year as Azerbaijani reads them, with the Arabic comma before the weekday (`۱۴ دئسامبر ۲۰۲۵، بازار`).
    if (precision === 'month') return [month, lit(' '), year];
    return w ? [day, lit(' '), month, lit(' '), year, lit('، '), weekday] : [day, lit(' '), month, lit(' '), year];
  }
  if (!intlSupports(lang)) {
    if (precision === 'month') return [month, lit(' '), year];
    return w ? [day, lit(' '), month, lit(' '), year, lit(', '), weekday] : [day, lit(' '), month, lit(' '), year];
  }
  return cachedFormatter(`template|${lang}|${precision}|${w}`, () => {
    const f = new Intl.DateTimeFormat(lang, { ...fieldOptions(precision, w), calendar: 'gregory' });
    const tokens: Token[] = [];
    for (const part of f.formatToParts(Date.UTC(2001, 0, 15, 12))) {
      if (part.type === 'year' || part.type === 'month' || part.type === 'day' || part.type === 'weekday') tokens.push({ field: part.type });
      else if (part.type === 'literal') tokens.push(lit(part.value));
    }
    return tokens;
  });
}

/** Julian and Gregorian days in their own numbers; month names from the language's Gregorian months. */
function westernFields(jdn: number, calendar: 'julian' | 'gregorian', lang: string, precision: DatePrecision): Fields {
  const d = dayOfNumber(jdn, calendar);
  return { ...d, weekday: weekdayOfNumber(jdn), monthName: westernMonthName(d.month, lang, precision) };
}

function westernMonthName(m: number, lang: string, precision: DatePrecision): string {
  if (precision === 'year') return '';
  if (!intlSupports(lang)) return gregorianMonthName(m, lang);
  // The month's name as the language writes it in a date of this precision (some languages inflect it).
  const f = cachedFormatter(`month|${lang}|${precision}`, () => new Intl.DateTimeFormat(lang, { ...fieldOptions(precision, false), calendar: 'gregory' }));
  return f.formatToParts(Date.UTC(2001, m - 1, 15, 12)).find((p) => p.type === 'month')?.value ?? String(m);
}

/** A day in a calendar of Intl: numbers from a Latin-digit formatter, the month's name from the language's. */
function intlFields(jdn: number, calendar: string, lang: string, precision: DatePrecision): Fields {
  const instant = noonUtc(jdn);
  const numeric = cachedFormatter(
    `numeric|${calendar}`,
    () => new Intl.DateTimeFormat('en-u-nu-latn', { calendar, year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' }),
  );
  const parts = numeric.formatToParts(instant);
  const num = (type: string) => Number.parseInt(parts.find((p) => p.type === type)?.value ?? '', 10);
  const y = num('relatedYear') || num('year');
  let monthName = '';
  if (precision !== 'year') {
    // Azerbaijani has its own names for the months of both Hijri calendars, in either script: Chromium has no
    // Azerbaijani data, and WebKit's ICU names these months in their root (English) forms, `Dey`, `Azar`. For any
    // other calendar Arabic-script Azerbaijani reads Persian's, in the same script.
    const own = fallbackMonthName(calendar, num('month'), uiLocaleFor(lang));
    const intlLang = isArabicScriptAzerbaijani(lang) ? 'fa' : lang;
    const named = () => cachedFormatter(`named|${intlLang}|${calendar}|${precision}`, () => new Intl.DateTimeFormat(intlLang, { ...fieldOptions(precision, false), calendar }));
    monthName = own ?? named().formatToParts(instant).find((p) => p.type === 'month')?.value ?? String(num('month'));
  }
  return { year: y, month: num('month'), day: num('day'), monthName, weekday: weekdayOfNumber(jdn) };
}

function render(tokens: readonly Token[], f: Fields, lang: string, fill: Partial<Record<'year' | 'month', string>> = {}): string {
  return tokens
    .map((t) => {
      if ('literal' in t) return t.literal;
      switch (t.field) {
        case 'year':
          return fill.year ?? formatInteger(f.year, lang);
        case 'month':
          return fill.month ?? f.monthName;
        case 'day':
          return formatInteger(f.day, lang);
        case 'weekday':
          return weekdayName(f.weekday, lang);
      }
    })
    .join('');
}

const SPAN = '–';

/**
 * One date point shown at its precision. `first` and `last` are the days it covers; in another calendar they may
 * fall in two months or years, and the text then says so: `603–604`, `Azar–Dey 652`, `Esfand 652 – Farvardin 653`.
 */
function formatCovered(first: Fields, last: Fields, precision: DatePrecision, lang: string, withWeekday: boolean): string {
  const tokens = template(lang, precision, withWeekday);
  if (precision === 'year') {
    return first.year === last.year ? render(tokens, first, lang) : render(tokens, first, lang, { year: `${formatInteger(first.year, lang)}${SPAN}${formatInteger(last.year, lang)}` });
  }
  if (precision === 'month') {
    if (first.year === last.year && first.month === last.month) return render(tokens, first, lang);
    if (first.year === last.year) return render(tokens, first, lang, { month: `${first.monthName}${SPAN}${last.monthName}` });
    return `${render(tokens, first, lang)} ${SPAN} ${render(tokens, last, lang)}`;
  }
  return render(tokens, first, lang);
}

/**
 * A historical date in `calendar` (any Intl calendar id: `gregory`, `persian`, `islamic-umalqura`, …) in `lang`:
 * `17 December 1273 (Julian)`, `5 Jumada II 672 AH`, `۴ دی ۶۵۲`, `c. 580–581 AH`, `yaklaşık 1185`.
 * A calendar this browser lacks falls back to a labelled Gregorian date.
 */
export function formatHistoricalDate(date: HistoricalDate, lang: string, calendar: string, options: DateFormatOptions = {}): string {
  let label = options.label ?? 'auto';
  if (calendar !== 'gregory' && !isSupportedCalendar(calendar)) {
    calendar = 'gregory';
    label = label === 'never' ? 'never' : 'always';
  }
  // Readers of the Gregorian calendar see Julian dates as Julian, the way the sources give them.
  const western = calendar === 'gregory' ? date.calendar : undefined;
  const fields = (jdn: number, precision: DatePrecision) =>
    western ? westernFields(jdn, western, lang, precision) : intlFields(jdn, calendar, lang, precision);
  const [firstDay, lastDay] = dateDays(date);
  const withWeekday = options.weekday === true && !date.end;

  let text: string;
  if (date.end) {
    // Between the first day of the start and the last day of the end, each in the calendar shown.
    const from = render(template(lang, date.start.precision, false), fields(firstDay, date.start.precision), lang);
    const to = render(template(lang, date.end.precision, false), fields(lastDay, date.end.precision), lang);
    text = from === to ? from : words(lang, () => msg(str`between ${from} and ${to}`, { id: 'date.between' }));
  } else {
    const p = date.start.precision;
    text = formatCovered(fields(firstDay, p), fields(lastDay, p), p, lang, withWeekday);
  }

  if (western === 'julian' && date.start.precision !== 'year') {
    // A year-only Julian date is the same year in the Gregorian calendar but for its first days: no label.
    if (label !== 'never') text = words(lang, () => msg(str`${text} (Julian)`, { id: 'date.julian' }));
  } else if (label === 'always' || (label === 'auto' && calendar !== primaryCalendarOf(lang))) {
    text = eraLabel(text, calendar, lang);
  }
  if (date.approximate) text = words(lang, () => msg(str`c. ${text}`, { id: 'date.approximate' }));
  if (date.uncertain) text = words(lang, () => msg(str`probably ${text}`, { id: 'date.uncertain' }));
  return text;
}

function words(lang: string, say: () => string): string {
  return renderInLocale(uiLocaleFor(lang), say);
}

/** The date followed by its calendar's era: `672 AH`, `652 SH`, `۱۲۷۳ م.`. */
function eraLabel(text: string, calendar: string, lang: string): string {
  return words(lang, () => {
    if (calendar === 'gregory') return msg(str`${text} CE`, { id: 'date.era.gregory' });
    if (calendar === 'persian') return msg(str`${text} SH`, { id: 'date.era.persian' });
    if (calendar.startsWith('islamic')) return msg(str`${text} AH`, { id: 'date.era.islamic' });
    return `${text} (${calendarDisplayName(calendar, lang)})`;
  });
}

function calendarDisplayName(calendar: string, lang: string): string {
  const own = intlSupports(lang) ? undefined : fallbackCalendarName(calendar, uiLocaleFor(lang));
  if (own) return own;
  try {
    return cachedFormatter(`calendar|${lang}`, () => new Intl.DisplayNames(lang, { type: 'calendar' })).of(calendar) ?? calendar;
  } catch {
    return calendar;
  }
}

/** A date as an element shows it: in the reader's calendar, in a second one, and as ISO for `<time datetime>`. */
export interface DateDisplay {
  readonly text: string;
  readonly secondary?: string;
  /**
   * The Julian or Gregorian date, when neither of the two calendars shown is that one: a Solar Hijri reader's
   * medieval date, shown in the Solar and the lunar Hijri calendars (see `IRANIAN_SECOND_CALENDAR`).
   */
  readonly western?: string;
  /** A valid HTML date (proleptic Gregorian, as HTML defines it), when the date has one. */
  readonly iso?: string;
}

/** 1 Farvardin 1304 SH, 21 March 1925: from this day on, Iran dates by the Solar Hijri calendar as its own. */
const SOLAR_HIJRI_ADOPTED = dayNumber({ year: 1925, month: 3, day: 21 }, 'gregorian');

export function displayDate(date: HistoricalDate, lang: string, primary: string, secondary?: string, options: DateFormatOptions = {}): DateDisplay {
  const text = formatHistoricalDate(date, lang, primary, options);
  let western: string | undefined;
  if (secondary === IRANIAN_SECOND_CALENDAR) {
    const medieval = dateDays(date)[0] < SOLAR_HIJRI_ADOPTED;
    secondary = medieval ? 'islamic-civil' : 'gregory';
    if (medieval && primary !== 'gregory') western = formatHistoricalDate(date, lang, 'gregory', { label: 'always' });
  }
  const other = secondary && secondary !== primary ? formatHistoricalDate(date, lang, secondary, { label: 'always' }) : undefined;
  return { text, secondary: other !== text ? other : undefined, ...(western ? { western } : {}), iso: gregorianIso(date) };
}

/**
 * The steps that make the formatters `displayDate` needs in `lang` and the two calendars, one step per precision
 * (a day, a month, a year), so that a first render finds them made: an element runs each in a task of its own (see
 * `TwinElement.prepareLater`), since a page's first date formatters cost Chromium tens of milliseconds.
 */
export function dateFormatterSteps(lang: string, primary: string, secondary?: string): (() => void)[] {
  const point = (year: number, month?: number, day?: number): DatePoint => ({ year, month, day, precision: day ? 'day' : month ? 'month' : 'year' });
  return [point(2025, 12, 14), point(2025, 12), point(2025)].map((start) => () => {
    displayDate({ start, calendar: 'gregorian', approximate: false, uncertain: false }, lang, primary, secondary);
  });
}

/** The start of a date as an HTML date string in the proleptic Gregorian calendar: Julian days are converted. */
export function gregorianIso(date: HistoricalDate): string | undefined {
  const { start } = date;
  if (date.calendar === 'gregorian' || start.precision === 'year') return isoDate(start);
  if (start.precision === 'month') return undefined; // a Julian month straddles two Gregorian ones
  const [jdn] = pointDays(start, 'julian');
  return isoDate({ ...dayOfNumber(jdn, 'gregorian'), precision: 'day' });
}

/** The whole years from one date to a later one, e.g. between two timeline events. */
export function yearsBetween(from: HistoricalDate, to: HistoricalDate): number {
  const [a] = dateDays(from);
  const [b] = dateDays(to);
  return Math.floor((b - a) / 365.2425);
}

/** `781 years later` in `lang`, with the plural form the language asks for. */
export function formatYearsLater(years: number, lang: string): string {
  const n = formatInteger(years, lang);
  const one = pluralCategory(years, lang) === 'one';
  return words(lang, () => (one ? msg(str`${n} year later`, { id: 'span.years.one' }) : msg(str`${n} years later`, { id: 'span.years.other' })));
}
