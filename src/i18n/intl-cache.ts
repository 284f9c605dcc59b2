const formatters = new Map<string, unknown>();

/**
 * One Intl formatter per kind, language and options, made on first use: renders reuse them. Other answers of the
 * engine's Intl that renders ask again and again (is a calendar supported, a language's direction) are kept here too.
 */
export function cachedFormatter<T>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (f === undefined) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}
