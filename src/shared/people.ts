/**
 * The people of an agreement as every element shows them: who took part in which role, from which city and
 * organisation, and each name in the reader's language with its form in the other script beside it.
 */
import type { Agreement, City, Organisation, ParticipantRole, Person, Statement, TwinningDataset } from '../data/schema.js';
import { scriptOfLanguage } from '../i18n/language.js';
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

/** The words said at an agreement: the statements naming it, and those of its participants that name none. */
export function statementsOf(dataset: TwinningDataset, agreement: Agreement): Statement[] {
  const participants = new Set(agreement.participants.map((p) => p.person));
  return dataset.statements.filter((s) => (s.agreement === undefined ? participants.has(s.person) : s.agreement === agreement.id));
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
 * The name in the other script, for the reader who wants to recognise it in either: the Perso-Arabic form beside a
 * name shown in Latin letters (`Bahman Rezanejad` · `بهمن رضانژاد`, `Mustafa Uzbaş` · `مصطفی اوزباش` for a
 * Turkish, English or Azerbaijani reader), and the Latin form beside a name shown in the Perso-Arabic script
 * (`مصطفی اوزباش` · `Mustafa Uzbaş` for a Persian one). The native language's form is preferred (`nativeLang`,
 * the language of the person's country), then Persian or English, then any other of that script.
 */
export function otherScriptName(name: LocalizedText, readerLang: string, nativeLang: string | undefined): PickedText | undefined {
  if (typeof name === 'string') return undefined;
  const shown = pickText(name, readerLang);
  if (!shown.lang) return undefined;
  const other = scriptOfLanguage(shown.lang) === 'Arab' ? 'Latn' : 'Arab';
  const candidates = [nativeLang, other === 'Arab' ? 'fa' : 'en', ...Object.keys(name)].filter((k): k is string => k !== undefined);
  for (const candidate of candidates) {
    const key = Object.keys(name).find((k) => k.toLowerCase() === candidate.toLowerCase());
    const text = key === undefined ? undefined : name[key];
    if (key !== undefined && text && text !== shown.text && scriptOfLanguage(key) === other) return { text, lang: key };
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
