/**
 * The settings an element's axe tests run in (locale × theme × layout…).
 *
 * Chromium runs every combination. Firefox and WebKit run a covering subset: every value of every dimension at
 * least once, and every combination of the dimensions after the first (theme × layout) at least once, with the
 * first dimension (the locales) spread over them. axe reads the same shadow DOM in every engine; what an engine can
 * change is layout and computed colour, which the covering subset still reaches in each locale, theme and layout.
 * Measured on the four *.presentation files, three engines side by side (3 December 2026): Firefox's tests 29 → 17 s,
 * WebKit's 67 → 54 s, the run 78 → 67 s; the suite is CPU-bound on CI's two cores, so every engine's time counts.
 */
// Chromium (headless or not: "HeadlessChrome/…"); Firefox and WebKitGTK never say Chrome.
const CHROMIUM = /Chrome\//.test(navigator.userAgent);
/** Whether this engine runs every combination (Chromium) rather than a covering subset (Firefox, WebKit). */
export const inEveryCombination = CHROMIUM;

type Values<T extends readonly (readonly unknown[])[]> = { [K in keyof T]: T[K][number] };

/** Every combination of the dimensions, in order (the first dimension varies slowest). */
export function product<const T extends readonly (readonly unknown[])[]>(...dimensions: T): Values<T>[] {
  let rows: unknown[][] = [[]];
  for (const values of dimensions) rows = rows.flatMap((row) => values.map((v) => [...row, v]));
  return rows as Values<T>[];
}

/**
 * A covering subset: row i takes the first dimension's value i (cycling) and the i-th combination of the others
 * (cycling), for as many rows as the larger of the two counts.
 */
export function covering<const T extends readonly (readonly unknown[])[]>(...dimensions: T): Values<T>[] {
  const [first, ...rest] = dimensions;
  if (!first) return [];
  const others = product(...rest);
  const count = Math.max(first.length, others.length);
  return Array.from({ length: count }, (_, i) => [first[i % first.length], ...(others[i % others.length] as unknown[])] as Values<T>);
}

/** The combinations this engine tests: all in Chromium, else a covering subset. */
export function matrix<const T extends readonly (readonly unknown[])[]>(...dimensions: T): Values<T>[] {
  return inEveryCombination ? product(...dimensions) : covering(...dimensions);
}
