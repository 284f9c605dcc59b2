/** Country names for a language the engine may lack, loaded with its translations. */
export interface LocaleNames {
  readonly countries: Readonly<Record<string, string>>;
}

const names = new Map<string, LocaleNames>();

/** Called by `loadLocale` once a locale's names have loaded. */
export function registerLocaleNames(locale: string, data: LocaleNames): void {
  names.set(locale, data);
}

export function fallbackCountryName(code: string, lang: string): string | undefined {
  return names.get(lang.toLowerCase().split('-')[0]!)?.countries[code.toUpperCase()];
}
