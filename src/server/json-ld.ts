/**
 * schema.org JSON-LD for the static copy (`twin-city-elements render`): the agreement as an `Event` about its two
 * `City` items, with its place, the people and organisations present and the sources, and the timeline's events.
 * Names are in the reader's language. Dates are ISO 8601 in the proleptic Gregorian calendar with the precision
 * the data has (a year stays `1207`); Julian dates are converted through the day number.
 *
 * The dataset is untrusted: only http(s) and mailto URLs are kept, and `jsonLdScript` escapes what could end the
 * script element or break JavaScript parsers (`<`, `>`, `&`, U+2028, U+2029).
 */
import type { Agreement, City, Organisation, Person, Place, Source, Statement, TimelineEvent, TwinningDataset } from '../data/schema.js';
import { isSafeUrl } from '../data/safe-url.js';
import { gregorianIso } from '../i18n/dates.js';
import { dayOfNumber, pointDays } from '../i18n/day-number.js';
import { countryName } from '../i18n/format.js';
import { isoDate, parseHistoricalDate, type HistoricalDateInput } from '../i18n/historical-date.js';
import { pickText, type LocalizedText } from '../i18n/text.js';
import { participantsOf, organisationsOf, statementsOf } from '../shared/people.js';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };
type Node = { [key: string]: Json | undefined };

/**
 * A dataset date as schema.org wants it (ISO 8601, proleptic Gregorian) with the data's precision: `2025-12-14`,
 * `1927-03`, `1207`. A Julian day is converted through the day number; a Julian month is given as the Gregorian
 * month it falls in, or as its year when it straddles two.
 */
export function schemaDate(input: HistoricalDateInput): string | undefined {
  const date = parseHistoricalDate(input);
  if (!date) return undefined;
  const iso = gregorianIso(date);
  if (iso) return iso;
  const [first, last] = pointDays(date.start, date.calendar).map((jdn) => dayOfNumber(jdn, 'gregorian')) as [
    ReturnType<typeof dayOfNumber>,
    ReturnType<typeof dayOfNumber>,
  ];
  if (first.year !== last.year) return isoDate({ year: date.start.year, precision: 'year' });
  return first.month === last.month ? isoDate({ year: first.year, month: first.month, precision: 'month' }) : isoDate({ year: first.year, precision: 'year' });
}

function url(value: string | undefined): string | undefined {
  return value && isSafeUrl(value) ? value : undefined;
}

/** Drops undefined values and empty lists, so that the output holds only what the data says. */
function compact(node: Node): Node {
  const out: Node = {};
  for (const [key, value] of Object.entries(node)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out;
}

const PLACE_TYPES: Record<Place['kind'], string> = {
  tomb: 'LandmarksOrHistoricalBuildings',
  museum: 'Museum',
  mosque: 'Mosque',
  'city-hall': 'CityHall',
  landmark: 'LandmarksOrHistoricalBuildings',
};

class Describer {
  constructor(
    private readonly dataset: TwinningDataset,
    private readonly lang: string,
  ) {}

  text(value: LocalizedText | undefined): string | undefined {
    const picked = pickText(value, this.lang).text;
    return picked || undefined;
  }

  geo(location: { lat: number; lon: number }): Node {
    return { '@type': 'GeoCoordinates', latitude: location.lat, longitude: location.lon };
  }

  city(city: City): Node {
    return compact({
      '@type': 'City',
      name: this.text(city.name),
      geo: this.geo(city.location),
      containedInPlace: { '@type': 'Country', name: countryName(city.country, this.lang), identifier: city.country.toUpperCase() },
      url: url(city.url),
    });
  }

  place(place: Place): Node {
    const city = this.dataset.cities.find((c) => c.id === place.city);
    return compact({
      '@type': PLACE_TYPES[place.kind] ?? 'Place',
      name: this.text(place.name),
      description: this.text(place.description),
      geo: this.geo(place.location),
      containedInPlace: city ? this.city(city) : undefined,
      url: url(place.url),
    });
  }

  /** A city or place id as a schema.org place. */
  where(id: string): Node | undefined {
    const city = this.dataset.cities.find((c) => c.id === id);
    if (city) return this.city(city);
    const place = this.dataset.places.find((p) => p.id === id);
    return place ? this.place(place) : undefined;
  }

  organisation(org: Organisation): Node {
    return compact({ '@type': 'Organization', name: this.text(org.name), alternateName: this.text(org.abbr), url: url(org.url) });
  }

  person(person: Person): Node {
    const org = person.organisation ? this.dataset.organisations.find((o) => o.id === person.organisation) : undefined;
    return compact({
      '@type': 'Person',
      name: this.text(person.name),
      jobTitle: this.text(person.title),
      affiliation: org ? this.organisation(org) : undefined,
    });
  }

  source(source: Source): Node {
    return compact({
      '@type': 'CreativeWork',
      name: this.text(source.title ?? source.publisher),
      url: url(source.url),
      publisher: source.publisher ? { '@type': 'Organization', name: this.text(source.publisher) ?? '' } : undefined,
      datePublished: source.date ? schemaDate(source.date) : undefined,
      inLanguage: source.language,
    });
  }

  sources(ids: readonly string[]): Node[] {
    return ids.flatMap((id) => this.dataset.sources.filter((s) => s.id === id)).map((s) => this.source(s));
  }

  /**
   * Words said at the agreement, as the card quotes them: in the reader's language where the data has it, then as
   * a translation of the original words (`translationOfWork`), which are given too.
   */
  quotation(statement: Statement): Node | undefined {
    const person = this.dataset.people.find((p) => p.id === statement.person);
    const source = this.dataset.sources.find((s) => s.id === statement.source);
    if (!person || !source) return undefined;
    const shown = pickText(statement.text, this.lang);
    const lang = shown.lang ?? statement.language;
    const common = { '@type': 'Quotation', spokenByCharacter: this.person(person), isBasedOn: this.source(source), dateCreated: statement.date ? schemaDate(statement.date) : undefined };
    const original = pickText(statement.text, statement.language);
    const isTranslation = lang.toLowerCase() !== statement.language.toLowerCase() && original.lang?.toLowerCase() === statement.language.toLowerCase();
    return compact({
      ...common,
      text: shown.text,
      inLanguage: lang,
      translationOfWork: isTranslation ? compact({ ...common, text: original.text, inLanguage: statement.language }) : undefined,
    });
  }

  agreement(agreement: Agreement): Node {
    const { dataset } = this;
    const participants = participantsOf(dataset, agreement);
    const venue = this.text(agreement.venue);
    const where = this.where(agreement.place);
    const location = where && venue ? compact({ '@type': 'Place', name: venue, containedInPlace: where, geo: where['geo'] }) : where;
    return compact({
      '@type': 'Event',
      name: this.text(agreement.title),
      description: this.text(agreement.summary),
      startDate: schemaDate(agreement.date),
      inLanguage: this.lang,
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location,
      about: agreement.parties.map((id) => dataset.cities.find((c) => c.id === id)).filter((c) => c !== undefined).map((c) => this.city(c)),
      organizer: participants.filter((p) => p.role === 'host').map((p) => this.person(p.person)),
      attendee: [...participants.map((p) => this.person(p.person)), ...organisationsOf(dataset, agreement).map((o) => this.organisation(o))],
      subjectOf: [
        ...this.sources(agreement.sources),
        ...statementsOf(dataset, agreement).map((s) => this.quotation(s)).filter((q) => q !== undefined),
      ],
    });
  }

  event(event: TimelineEvent): Node {
    const people = event.people.map((id) => this.dataset.people.find((p) => p.id === id)).filter((p) => p !== undefined);
    return compact({
      '@type': 'Event',
      name: this.text(event.title),
      description: this.text(event.description),
      startDate: schemaDate(event.date),
      endDate: event.end ? schemaDate(event.end) : undefined,
      inLanguage: this.lang,
      location: event.places.map((id) => this.where(id)).filter((p) => p !== undefined),
      about: people.map((p) => this.person(p)),
      subjectOf: this.sources(event.sources),
    });
  }
}

export interface JsonLdOptions {
  readonly lang: string;
  /** The agreement to describe (its id), or false for none; default: the dataset's first. */
  readonly agreement?: string | false;
  /** Describe the timeline's events too. */
  readonly events?: boolean;
}

/** The JSON-LD document: an `@graph` of the agreement and (optionally) the events, in `lang`. */
export function datasetJsonLd(dataset: TwinningDataset, { lang, agreement, events }: JsonLdOptions): Node {
  const describe = new Describer(dataset, lang);
  const graph: Node[] = [];
  if (agreement !== false) {
    const found = agreement ? dataset.agreements.find((a) => a.id === agreement) : dataset.agreements[0];
    if (found) graph.push(describe.agreement(found));
  }
  if (events) graph.push(...dataset.events.filter((e) => parseHistoricalDate(e.date)).map((e) => describe.event(e)));
  return { '@context': 'https://schema.org', '@graph': graph };
}

/**
 * JSON text that is safe inside an HTML `<script>` element: `<`, `>` and `&` as `\u003c` … so no `</script>`
 * or `<!--` can end or change the element, and U+2028/U+2029 escaped for older JavaScript parsers.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function jsonLdScript(value: unknown): string {
  return `<script type="application/ld+json">${scriptSafeJson(value)}</script>`;
}
