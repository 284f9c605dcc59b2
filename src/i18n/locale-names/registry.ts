/** Names for a language the engine may lack, loaded with its translations. */
export interface LocaleNames {
  readonly countries: Readonly<Record<string, string>>;
  /** Month names, 1 = index 0, of the Solar Hijri (`persian`) and the lunar Hijri (`islamic*`) calendars. */
  readonly months?: { readonly persian: readonly string[]; readonly islamic: readonly string[] };
  /** Names of the calendars other than the Gregorian, Solar Hijri and lunar Hijri ones (those have era labels). */
  readonly calendars?: Readonly<Record<string, string>>;
}

const names = new Map<string, LocaleNames>();

/** Called by `loadLocale` once a locale's names have loaded. */
export function registerLocaleNames(locale: string, data: LocaleNames): void {
  names.set(locale, data);
}

/** The country's name from the tables of a UI locale (`az`, `az-Arab`), if it has them. */
export function fallbackCountryName(code: string, locale: string): string | undefined {
  return names.get(locale)?.countries[code.toUpperCase()];
}

/** A month's name (1 = the first) in a calendar of Intl, from the tables of a UI locale, if it has them. */
export function fallbackMonthName(calendar: string, month: number, locale: string): string | undefined {
  const months = names.get(locale)?.months;
  const list = calendar === 'persian' ? months?.persian : calendar.startsWith('islamic') ? months?.islamic : undefined;
  return list?.[month - 1];
}

/** A calendar's name from the tables of a UI locale, if it has them. */
export function fallbackCalendarName(calendar: string, locale: string): string | undefined {
  return names.get(locale)?.calendars?.[calendar];
}
