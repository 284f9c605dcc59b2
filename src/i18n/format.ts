/**
 * Intl formatting in the element's language: dates of the Gregorian calendar shown in any calendar Intl knows,
 * numbers, lists and display names. Date-only values are formatted as UTC days, so they read the same day in
 * every time zone.
 */
import { fallbackCalendarName, gregorianMonthName, intlSupports } from './fallback-names.js';


/** A calendar date with no time of day: `2025-12-14`. */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The instant at 12:00 UTC of the day: a day never shifts, whatever time zone formats it. */
function utcNoon({ year, month, day }: CalendarDay): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(12);
  return d;
}

/** The calendar a locale shows dates in by default: Solar Hijri for Persian, Gregorian elsewhere. */
export function primaryCalendarOf(lang: string): string {
  return lang.toLowerCase().startsWith('fa') ? 'persian' : 'gregory';
}

/** The calendar shown beside the primary one: Gregorian for Solar Hijri readers, Solar Hijri for the others. */
export function secondaryCalendarOf(primary: string): string {
  return primary === 'gregory' ? 'persian' : 'gregory';
}

const formatters = new Map<string, unknown>();

/** One Intl formatter per kind, language and options, made on first use: renders reuse them. */
function cachedFormatter<T>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (f === undefined) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

function dayFormatter(lang: string, calendar: string): Intl.DateTimeFormat {
  return cachedFormatter(`day|${lang}|${calendar}`, () => new Intl.DateTimeFormat(lang, { calendar, year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }));
}

/** Whether Intl supports a calendar name (`gregory`, `persian`, `islamic-umalqura`, …). */
export function isSupportedCalendar(calendar: string): boolean {
  try {
    return new Intl.DateTimeFormat('en', { calendar }).resolvedOptions().calendar === calendar;
  } catch {
    return false;
  }
}

/**
 * A Gregorian day shown in `calendar` in the words and digits of `lang`: `2025-12-14` reads `۲۳ آذر ۱۴۰۴` in
 * Persian, `14 Aralık 2025` in Turkish. The era suffix Intl adds to non-Gregorian years (`AP`, `ه‍.ش.`) is
 * dropped where the calendar is named beside the date.
 */
export function formatDay(day: CalendarDay, lang: string, calendar: string): string {
  if (!intlSupports(lang)) return formatDayWithoutLocaleData(day, lang, calendar);
  const f = dayFormatter(lang, calendar);
  return f
    .formatToParts(utcNoon(day))
    .filter((p) => p.type !== 'era')
    .map((p) => p.value)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Where the engine has no data for `lang` (Azerbaijani in Chromium): Gregorian days as `14 dekabr 2025` with our
 * translated month names; other calendars as `23.09.1404`, numbers being all Intl still gets right.
 */
function formatDayWithoutLocaleData(day: CalendarDay, lang: string, calendar: string): string {
  if (calendar === 'gregory') return `${day.day} ${gregorianMonthName(day.month, lang)} ${day.year}`;
  const numeric = cachedFormatter(
    `numeric|${calendar}`,
    () => new Intl.DateTimeFormat('en-u-nu-latn', { calendar, year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }),
  );
  const parts = numeric.formatToParts(utcNoon(day));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}.${get('month')}.${get('year').replace(/\D/g, '')}`;
}

/** The name of a calendar in `lang`: `persian` → `تقویم هجری شمسی` / `İran Takvimi`. */
export function calendarName(calendar: string, lang: string): string {
  if (!intlSupports(lang)) return fallbackCalendarName(calendar, lang) ?? calendar;
  try {
    return cachedFormatter(`calendar|${lang}`, () => new Intl.DisplayNames(lang, { type: 'calendar' })).of(calendar) ?? calendar;
  } catch {
    return calendar;
  }
}

/** A country's name in `lang` from its ISO 3166-1 code. */
export function countryName(code: string, lang: string): string {
  try {
    return cachedFormatter(`region|${lang}`, () => new Intl.DisplayNames(lang, { type: 'region', fallback: 'code' })).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** A language's name in `lang`, e.g. for a source written in Persian. */
export function languageName(code: string, lang: string): string {
  try {
    return cachedFormatter(`language|${lang}`, () => new Intl.DisplayNames(lang, { type: 'language', fallback: 'code' })).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "A, B and C" in `lang`. */
export function formatList(items: readonly string[], lang: string): string {
  return cachedFormatter(`list|${lang}`, () => new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' })).format(items);
}

/** A number in the digits and grouping of `lang`. */
export function formatNumber(value: number, lang: string, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(lang, options).format(value);
}

/**
 * A date of the Gregorian calendar known to the day, the month or the year, in `lang`. Days are shown in
 * `calendar`; months and years stay Gregorian (a Gregorian month or year spans two in most other calendars).
 */
export function formatPartialDate(point: { year: number; month?: number; day?: number }, lang: string, calendar: string): string {
  if (point.month !== undefined && point.day !== undefined) return formatDay({ year: point.year, month: point.month, day: point.day }, lang, calendar);
  if (!intlSupports(lang)) return point.month !== undefined ? `${gregorianMonthName(point.month, lang)} ${point.year}` : String(point.year);
  const withMonth = point.month !== undefined;
  const f = cachedFormatter(
    `partial|${lang}|${withMonth}`,
    () => new Intl.DateTimeFormat(lang, { year: 'numeric', month: withMonth ? 'long' : undefined, timeZone: 'UTC', calendar: 'gregory' }),
  );
  return f.format(utcNoon({ year: point.year, month: point.month ?? 1, day: 15 }));
}

/** The comma that joins the parts of a name in `lang`: `Konya, Türkiye`, `استان قونیه، ترکیه`. */
export function partSeparator(lang: string): string {
  return /^(fa|ar|ur|ps|ckb)\b/i.test(lang) ? '، ' : ', ';
}
