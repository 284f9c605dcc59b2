/**
 * The people of an agreement as every element shows them: who took part in which role, from which city and
 * organisation, and each name in the reader's language with its form in the other script beside it.
 */
import type { Agreement, City, Organisation, ParticipantRole, Person, TwinningDataset } from '../data/schema.js';
import { baseLanguage, scriptOfLanguage } from '../i18n/language.js';
import { msg } from '../i18n/localize.js';
import { pickText, type LocalizedText, type PickedText } from '../i18n/text.js';

export interface Participant {
  readonly person: Person;
  readonly role: ParticipantRole;
  readonly city: City | undefined;
  readonly organisation: Organisation | undefined;
}

/** The agreement's participants with their city and organisation resolved, in the dataset's order. */
export function participantsOf(dataset: TwinningDataset, agreement: Agreement): Participant[] {
  return agreement.participants.flatMap(({ person: id, role }) => {
    const person = dataset.people.find((p) => p.id === id);
    if (!person) return [];
    const organisation = person.organisation ? dataset.organisations.find((o) => o.id === person.organisation) : undefined;
    return [{ person, role, city: dataset.cities.find((c) => c.id === person.city), organisation }];
  });
}

/** The organisations present at the signing. */
export function organisationsOf(dataset: TwinningDataset, agreement: Agreement): Organisation[] {
  return agreement.organisations.flatMap((id) => dataset.organisations.filter((o) => o.id === id));
}

/** The language most spoken in a country (CLDR's likely subtags): IR → fa, TR → tr, EG → ar. */
export function languageOfCountry(country: string): string | undefined {
  try {
    const language = new Intl.Locale('und', { region: country.toUpperCase() }).maximize().language;
    return language === 'und' ? undefined : language;
  } catch {
    return undefined;
  }
}

/**
 * The name in the other script, for the reader who wants to recognise it in either: the native form beside a
 * name shown in the reader's language (`Bahman Rezanejad` · `بهمن رضانژاد` for a Turkish reader), or the Latin
 * form beside a name the reader sees in its native script (`بهمن رضانژاد` · `Bahman Rezanejad` for a Persian one).
 */
export function otherScriptName(name: LocalizedText, readerLang: string, nativeLang: string | undefined): PickedText | undefined {
  if (typeof name === 'string' || !nativeLang) return undefined;
  const shown = pickText(name, readerLang);
  const native = pickText(name, nativeLang);
  const differs = (p: PickedText) => p.lang !== undefined && p.text !== shown.text;
  if (native.lang && baseLanguage(native.lang) === baseLanguage(nativeLang) && differs(native)) return native;
  // Shown in the native script (a Persian name to a Persian or an Arabic-script Azerbaijani reader): the Latin form.
  if (shown.lang && (baseLanguage(shown.lang) === baseLanguage(nativeLang) || scriptOfLanguage(shown.lang) === scriptOfLanguage(nativeLang))) {
    const latin = pickText(name, 'en');
    if (differs(latin) && latin.lang !== shown.lang) return latin;
  }
  return undefined;
}

/** A participant's role in the ceremony, in the language of the element rendering. */
export function roleLabel(role: ParticipantRole): string {
  switch (role) {
    case 'signatory':
      return msg('signatory', { id: 'role.signatory' });
    case 'speaker':
      return msg('speaker', { id: 'role.speaker' });
    case 'witness':
      return msg('witness', { id: 'role.witness' });
    case 'host':
      return msg('host', { id: 'role.host' });
  }
}
