/**
 * Names for engines whose Intl has no data for a language: Chromium ships without Azerbaijani, so
 * `Intl.DateTimeFormat('az')` there writes `2025 M12 14`. These translated names stand in for Intl's.
 */
import { msg, renderInLocale } from './localize.js';
import { uiLocaleFor } from './language.js';

const support = new Map<string, boolean>();

/**
 * Whether this engine's Intl has date names for `lang`. Chromium claims Azerbaijani (`supportedLocalesOf`) but
 * formats it with the root locale's `M12`, so month names are probed rather than trusted.
 */
export function intlSupports(lang: string): boolean {
  let known = support.get(lang);
  if (known === undefined) {
    try {
      const december = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2025, 11, 14));
      known = Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0 && !/^M\d+$/.test(december.trim());
    } catch {
      known = false;
    }
    support.set(lang, known);
  }
  return known;
}

/** The Gregorian month's name, 1 = January, in `lang` (once its translations are loaded; see `loadLocale`). */
export function gregorianMonthName(month: number, lang: string): string {
  return renderInLocale(uiLocaleFor(lang), () => monthNames()[month - 1]) ?? String(month);
}

function monthNames(): string[] {
  return [
    msg('January', { id: 'month.1' }),
    msg('February', { id: 'month.2' }),
    msg('March', { id: 'month.3' }),
    msg('April', { id: 'month.4' }),
    msg('May', { id: 'month.5' }),
    msg('June', { id: 'month.6' }),
    msg('July', { id: 'month.7' }),
    msg('August', { id: 'month.8' }),
    msg('September', { id: 'month.9' }),
    msg('October', { id: 'month.10' }),
    msg('November', { id: 'month.11' }),
    msg('December', { id: 'month.12' }),
  ];
}

/** The name of a calendar in `lang`; undefined for one we have no name for. */
export function fallbackCalendarName(calendar: string, lang: string): string | undefined {
  return renderInLocale(uiLocaleFor(lang), () => calendarNameMessage(calendar));
}

function calendarNameMessage(calendar: string): string | undefined {
  switch (calendar) {
    case 'gregory':
      return msg('Gregorian calendar', { id: 'calendar.gregory' });
    case 'persian':
      return msg('Solar Hijri calendar', { id: 'calendar.persian' });
    case 'islamic':
    case 'islamic-umalqura':
    case 'islamic-civil':
    case 'islamic-tbla':
      return msg('Hijri calendar', { id: 'calendar.islamic' });
    default:
      return undefined;
  }
}
