/**
 * DESIGN NOTE: per-element locales on top of @lit/localize's runtime mode.
 *
 * @lit/localize keeps one active locale per page (`configureLocalization`), but two of our elements on one page
 * may speak different languages (a Persian card beside a Turkish one), and a library must not configure a
 * page-wide singleton a host application may own. We keep lit-localize's whole workflow (`msg()`/`str` in the
 * source, `lit-localize extract` to XLIFF in `locales/`, `lit-localize build` to the runtime modules in
 * `src/generated/locales/`) and replace only the lookup: our `msg` has lit-localize's `MsgFn` type (the extractor
 * recognises it by that type), and it reads the templates of the locale whose element is rendering right now.
 * `renderInLocale` sets that locale around an element's synchronous `render()`. Locale modules load lazily, once
 * per page, and an element waits for its locale's module before it renders (see `TwinElement.scheduleUpdate`),
 * so a reader never sees a flash of English.
 *
 * The lookup holds only while `render()` runs: a string must be produced there, not in a callback Lit calls
 * later (a `repeat` directive's template function runs at commit time and would get the source text). Build
 * lists with `Array.prototype.map`, or compute the strings before handing them to such a directive.
 */
import type { LocaleModule, MsgFn, TemplateMap } from '@lit/localize';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { sourceLocale, type targetLocales } from '../generated/locale-codes.js';
import type { UiLocale } from './language.js';
import { registerLocaleNames } from './locale-names/registry.js';

export { str } from '@lit/localize';

type TargetLocale = (typeof targetLocales)[number];

const loaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  fa: () => import('../generated/locales/fa.js'),
  tr: () => import('../generated/locales/tr.js'),
  // Azerbaijani brings its country and language names, which Chromium's Intl lacks.
  az: () =>
    Promise.all([import('../generated/locales/az.js'), import('./locale-names/az.js')]).then(([mod, extra]) => {
      registerLocaleNames('az', extra.names);
      return mod;
    }),
  // Arabic-script Azerbaijani has no data in any engine: its country, month and calendar names come with it.
  'az-Arab': () =>
    Promise.all([import('../generated/locales/az-Arab.js'), import('./locale-names/az-Arab.js')]).then(([mod, extra]) => {
      registerLocaleNames('az-Arab', extra.names);
      return mod;
    }),
};

const loaded = new Map<UiLocale, TemplateMap>();
const loading = new Map<UiLocale, Promise<void>>();
let active: TemplateMap | undefined;

/** Whether the UI strings of `locale` are ready for a synchronous render. */
export function isLocaleLoaded(locale: UiLocale): boolean {
  return locale === sourceLocale || loaded.has(locale);
}

/** Loads the translations of `locale` (once per page); resolves when `renderInLocale` can use them. */
export function loadLocale(locale: UiLocale): Promise<void> {
  if (isLocaleLoaded(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale as TargetLocale]()
      .then((mod) => {
        loaded.set(locale, mod.templates);
      })
      .finally(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}

/** Runs `render` with `msg()` answering in `locale` (source text where a translation is missing). */
export function renderInLocale<T>(locale: UiLocale, render: () => T): T {
  const previous = active;
  active = loaded.get(locale);
  try {
    return render();
  } finally {
    active = previous;
  }
}

/** Marks a string for translation; see the design note above. Same signature as @lit/localize's `msg`. */
export const msg = ((template, options) => runtimeMsg(active, template, options)) as MsgFn;
