/**
 * The dataset schema, version 1 (DESIGN.md), written once with valibot; the TypeScript types are inferred from
 * it. Objects are loose: fields this version does not know are kept, for datasets written for later versions.
 * Custom messages are issue reasons (validate.ts), which the elements turn into words of the reader's language.
 */
import * as v from 'valibot';
import { parseHistoricalDate } from '../i18n/historical-date.js';
import { isSafeUrl } from './safe-url.js';
import { ParticipantRoles, type ParticipantRole } from './roles.js';

export { isSafeUrl, ParticipantRoles, type ParticipantRole };

const Id = v.pipe(v.string(), v.nonEmpty('empty'));

const LocalizedText = v.union(
  [
    v.pipe(v.string(), v.nonEmpty()),
    v.pipe(
      v.record(v.string(), v.string()),
      v.check((r) => Object.values(r).some((s) => s.trim() !== ''), 'text'),
    ),
  ],
  'text',
);

const SafeUrl = v.pipe(v.string(), v.check(isSafeUrl, 'url'));

const Location = v.looseObject({
  lat: v.pipe(v.number(), v.finite(), v.minValue(-90), v.maxValue(90)),
  lon: v.pipe(v.number(), v.finite(), v.minValue(-180), v.maxValue(180)),
});

const HistoricalDate = v.pipe(
  v.union([
    v.string(),
    v.looseObject({ value: v.string(), calendar: v.picklist(['julian', 'gregorian']) }),
  ], 'date'),
  v.check((d) => parseHistoricalDate(d) !== undefined, 'date'),
);

const SourceRefs = v.optional(v.array(Id), []);

export const CitySchema = v.looseObject({
  id: Id,
  name: LocalizedText,
  country: v.pipe(v.string(), v.regex(/^[A-Za-z]{2}$/, 'country')),
  region: v.optional(LocalizedText),
  location: Location,
  population: v.optional(
    v.looseObject({
      value: v.pipe(v.number(), v.integer(), v.minValue(0)),
      year: v.pipe(v.number(), v.integer()),
      source: v.optional(Id),
    }),
  ),
  url: v.optional(SafeUrl),
  timeZone: v.optional(v.string()),
});

export const PlaceSchema = v.looseObject({
  id: Id,
  city: Id,
  name: LocalizedText,
  kind: v.picklist(['tomb', 'museum', 'mosque', 'city-hall', 'landmark']),
  location: Location,
  description: v.optional(LocalizedText),
  url: v.optional(SafeUrl),
  sources: SourceRefs,
});

/** A reference city drawn small on the map for orientation (not a party, no marker, no popup). */
export const LandmarkSchema = v.looseObject({
  id: Id,
  name: LocalizedText,
  location: Location,
});

export const PersonSchema = v.looseObject({
  id: Id,
  name: LocalizedText,
  city: v.optional(Id),
  title: v.optional(LocalizedText),
  organisation: v.optional(Id),
});

export const OrganisationSchema = v.looseObject({
  id: Id,
  name: LocalizedText,
  abbr: v.optional(LocalizedText),
  url: v.optional(SafeUrl),
});

const LabelledItem = v.looseObject({ id: Id, label: LocalizedText });

export const AgreementSchema = v.looseObject({
  id: Id,
  kind: v.picklist(['memorandum-of-understanding', 'sister-city-agreement', 'protocol']),
  title: LocalizedText,
  date: HistoricalDate,
  /** A city or place id: where it was signed. */
  place: Id,
  /** The building or hall, where the sources name it. */
  venue: v.optional(LocalizedText),
  parties: v.strictTuple([Id, Id], 'parties'),
  participants: v.optional(v.array(v.looseObject({ person: Id, role: v.picklist(ParticipantRoles) })), []),
  organisations: v.optional(v.array(Id), []),
  areas: v.optional(v.array(LabelledItem), []),
  proposals: v.optional(v.array(v.looseObject({ id: Id, label: LocalizedText, by: v.optional(Id) })), []),
  status: v.picklist(['proposed', 'signed', 'in-force', 'ended']),
  summary: v.optional(LocalizedText),
  sources: SourceRefs,
});

export const TimelineEventSchema = v.looseObject({
  id: Id,
  date: HistoricalDate,
  end: v.optional(HistoricalDate),
  title: LocalizedText,
  description: v.optional(LocalizedText),
  kind: v.pipe(v.string(), v.nonEmpty()),
  places: v.optional(v.array(Id), []),
  people: v.optional(v.array(Id), []),
  /**
   * A picture of the event: its text alternative is required; `credit` (author, licence) is printed under it;
   * `width` and `height`, the picture's size in pixels, let the page keep its place before it has loaded.
   */
  image: v.optional(
    v.looseObject({
      src: SafeUrl,
      alt: LocalizedText,
      credit: v.optional(LocalizedText),
      width: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
      height: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
    }),
  ),
  sources: SourceRefs,
});

/**
 * A period of the timeline (the lives of Shams and Rumi, the museum, the twinning): its events are grouped under
 * its label. `from` and `to` are historical dates like an event's; an event belongs to the first era that covers
 * its first day.
 */
export const EraSchema = v.looseObject({
  id: Id,
  label: LocalizedText,
  from: HistoricalDate,
  to: HistoricalDate,
});

/**
 * Words said at an agreement, quoted as a source gives them: `text` in `language` (the language of the quoted
 * words, e.g. the Persian of a report), and in `translations`, the languages of `text` that are translations of it.
 */
export const StatementSchema = v.looseObject({
  id: Id,
  /** Who said it (a person id). */
  person: Id,
  /** The agreement it was said at (an agreement id); a card shows the statements of its agreement. */
  agreement: v.optional(Id),
  text: LocalizedText,
  /** The language of the quoted words (BCP 47): the key of `text` that is no translation. */
  language: Id,
  /** The languages of `text` (keys) that are translations of the words in `language`. */
  translations: v.optional(v.array(Id), []),
  /** Where the words are quoted from (a source id). */
  source: Id,
  date: v.optional(HistoricalDate),
});

/** A report, article or page: its headline (`title`) where it has one worth showing, else its `publisher`. */
export const SourceSchema = v.looseObject({
  id: Id,
  title: v.optional(LocalizedText),
  publisher: v.optional(LocalizedText),
  url: v.optional(SafeUrl),
  date: v.optional(HistoricalDate),
  language: v.optional(v.string()),
});

export const DatasetSchema = v.looseObject({
  version: v.literal(1, 'version'),
  id: Id,
  cities: v.pipe(v.array(CitySchema), v.minLength(2, 'cities')),
  places: v.optional(v.array(PlaceSchema), []),
  people: v.optional(v.array(PersonSchema), []),
  organisations: v.optional(v.array(OrganisationSchema), []),
  agreements: v.optional(v.array(AgreementSchema), []),
  events: v.optional(v.array(TimelineEventSchema), []),
  eras: v.optional(v.array(EraSchema)),
  landmarks: v.optional(v.array(LandmarkSchema), []),
  statements: v.optional(v.array(StatementSchema), []),
  sources: v.optional(v.array(SourceSchema), []),
});

/** A dataset as written by its author (before defaults are applied). */
export type TwinningDatasetInput = v.InferInput<typeof DatasetSchema>;
/** A validated dataset. */
export type TwinningDataset = v.InferOutput<typeof DatasetSchema>;
export type City = TwinningDataset['cities'][number];
export type Place = TwinningDataset['places'][number];
export type Person = TwinningDataset['people'][number];
export type Organisation = TwinningDataset['organisations'][number];
export type Agreement = TwinningDataset['agreements'][number];
export type TimelineEvent = TwinningDataset['events'][number];
export type Era = NonNullable<TwinningDataset['eras']>[number];
export type Source = TwinningDataset['sources'][number];
export type Statement = TwinningDataset['statements'][number];
export type Landmark = TwinningDataset['landmarks'][number];
