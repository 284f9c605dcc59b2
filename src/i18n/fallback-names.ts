/**
 * Names for engines whose Intl has no data for a language: Chromium ships without Azerbaijani, so
 * `Intl.DateTimeFormat('az')` there writes `2025 M12 14`. These translated names stand in for Intl's.
 */
import { msg, renderInLocale } from './localize.js';
import { isArabicScriptAzerbaijani, uiLocaleFor } from './language.js';
import { cachedFormatter } from './intl-cache.js';

/**
 * Whether this engine's Intl has date names for `lang`. Chromium claims Azerbaijani (`supportedLocalesOf`) but
 * formats it with the root locale's `M12`, so month names are probed rather than trusted.
 */
export function intlSupports(lang: string): boolean {
  // English is in every engine's data: the probe (a formatter made on a page's first date) is spared for it.
  if (lang === 'en') return true;
  // No engine has data for Azerbaijani in the Perso-Arabic script: Firefox and WebKit answer `az-Arab` with the
  // Latin-script names (`dekabr`), which the probe below would take for data.
  if (isArabicScriptAzerbaijani(lang)) return false;
  return cachedFormatter(`supports|${lang}`, () => {
    try {
      const december = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2025, 11, 14));
      return Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0 && !/^M\d+$/.test(december.trim());
    } catch {
      return false;
    }
  });
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

/** The weekday's name, 0 = Sunday, in `lang`: Intl's where it has the language's data, else ours. */
export function weekdayName(weekday: number, lang: string): string {
  if (intlSupports(lang)) {
    // 2001-01-07 was a Sunday.
    const f = cachedFormatter(`weekday|${lang}`, () => new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }));
    return f.format(Date.UTC(2001, 0, 7 + weekday, 12));
  }
  return renderInLocale(uiLocaleFor(lang), () => weekdayNames()[weekday]) ?? String(weekday);
}

function weekdayNames(): string[] {
  return [
    msg('Sunday', { id: 'weekday.0' }),
    msg('Monday', { id: 'weekday.1' }),
    msg('Tuesday', { id: 'weekday.2' }),
    msg('Wednesday', { id: 'weekday.3' }),
    msg('Thursday', { id: 'weekday.4' }),
    msg('Friday', { id: 'weekday.5' }),
    msg('Saturday', { id: 'weekday.6' }),
  ];
}
