import { baseLanguage, isArabicScriptAzerbaijani, scriptOfLanguage } from './language.js';

/** A text in one language, or in several keyed by BCP 47 tag: `{ fa: 'خوی', tr: 'Hoy', en: 'Khoy' }`. */
export type LocalizedText = string | Readonly<Record<string, string>>;

export interface PickedText {
  readonly text: string;
  /** The language of the picked text, for its own `lang` attribute; undefined for a plain string. */
  readonly lang: string | undefined;
}

function findKey(text: Readonly<Record<string, string>>, tag: string): string | undefined {
  const lower = tag.toLowerCase();
  return Object.keys(text).find((k) => k.toLowerCase() === lower && typeof text[k] === 'string' && text[k] !== '');
}

/**
 * Picks the text for `lang`: the exact tag, then its shorter forms (`az-Latn-AZ` → `az-Latn` → `az`),
 * then any other form of the same language in the same script, then English, then the first text present.
 *
 * A reader of Azerbaijani in the Perso-Arabic script (`az-Arab`, `az-IR`, `azb`) falls back along the script
 * instead: a text in Arabic-script Azerbaijani under any of its tags, then the Persian text (the same script, read
 * by all in Iran), then English, and the Latin-script Azerbaijani text only when nothing else is there.
 */
export function pickText(text: LocalizedText | undefined, lang: string): PickedText {
  if (text === undefined) return { text: '', lang: undefined };
  if (typeof text === 'string') return { text, lang: undefined };
  if (isArabicScriptAzerbaijani(lang)) return pickArabicAzerbaijani(text, lang);
  const parts = lang.split('-');
  for (let n = parts.length; n > 0; n--) {
    const key = findKey(text, parts.slice(0, n).join('-'));
    if (key) return { text: text[key]!, lang: key };
  }
  // Another form of the same language, in the same script: a Latin-script Azerbaijani reader is not given the
  // Perso-Arabic `az-Arab` text (nor the reverse, above), but English.
  const base = baseLanguage(lang);
  const script = scriptOfLanguage(lang);
  const sameLanguage = Object.keys(text).find((k) => baseLanguage(k) === base && text[k] && scriptOfLanguage(k) === script);
  if (sameLanguage) return { text: text[sameLanguage]!, lang: sameLanguage };
  const english = findKey(text, 'en');
  if (english) return { text: text[english]!, lang: english };
  const first = Object.keys(text).find((k) => typeof text[k] === 'string' && text[k] !== '');
  return first ? { text: text[first]!, lang: first } : { text: '', lang: undefined };
}

function pickArabicAzerbaijani(text: Readonly<Record<string, string>>, lang: string): PickedText {
  const present = (k: string) => typeof text[k] === 'string' && text[k] !== '';
  const exact = findKey(text, lang);
  const arabic = exact ?? Object.keys(text).find((k) => present(k) && isArabicScriptAzerbaijani(k));
  const persian = findKey(text, 'fa') ?? Object.keys(text).find((k) => present(k) && baseLanguage(k) === 'fa');
  const other = Object.keys(text).find((k) => present(k) && baseLanguage(k) !== 'az');
  const key = arabic ?? persian ?? findKey(text, 'en') ?? other ?? Object.keys(text).find(present);
  return key ? { text: text[key]!, lang: key } : { text: '', lang: undefined };
}

/**
 * The same name in another script, for readers who want it: the text in `nativeLang` when it differs from the
 * one picked for the reader (a Persian name in Persian script beside its Latin form, and the reverse).
 */
export function alternateText(text: LocalizedText | undefined, readerLang: string, nativeLang: string): PickedText | undefined {
  if (text === undefined || typeof text === 'string') return undefined;
  const picked = pickText(text, readerLang);
  const native = pickText(text, nativeLang);
  if (!native.lang || baseLanguage(native.lang) !== baseLanguage(nativeLang) || native.text === picked.text) return undefined;
  return native;
}
