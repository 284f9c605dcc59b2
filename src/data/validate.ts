import * as v from 'valibot';
import { DatasetSchema, type TwinningDataset } from './schema.js';
import { dateDays } from '../i18n/day-number.js';
import { parseHistoricalDate } from '../i18n/historical-date.js';

export type IssueCode = 'invalid' | 'version' | 'reference' | 'duplicate';

/** Why a value was refused; the elements say it in the reader's language (see `shared/issue-text.ts`). */
export type IssueReason =
  | 'missing'
  | 'type'
  | 'choice'
  | 'empty'
  | 'text'
  | 'date'
  | 'url'
  | 'country'
  | 'range'
  | 'number'
  | 'parties'
  | 'cities'
  | 'version'
  | 'reference'
  | 'duplicate';

const REASONS = new Set<string>(['empty', 'text', 'date', 'url', 'country', 'parties', 'cities', 'version']);

/** One problem in a dataset, with the JSON path a webmaster can find it by: `agreements[0].date`. */
export interface DatasetIssue {
  readonly code: IssueCode;
  readonly reason: IssueReason;
  readonly path: string;
  /** The refused value as JSON, shortened (`"2025-13-40"`, `NaN`, `[…]`, `{…}`), or the id a reference names. */
  readonly value: string;
  /** What was expected, where the schema says (`"signed" | "proposed"`, `number`). */
  readonly expected?: string;
  /** What is wrong, in English, for the console and the `twin-error` event. */
  readonly message: string;
}

export type ValidationResult =
  | { readonly ok: true; readonly dataset: TwinningDataset }
  | { readonly ok: false; readonly issues: readonly DatasetIssue[] };

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? '[…]' : '{…}';
}

/** The English sentence for a reason; the elements have their own in each language. */
export function englishIssueMessage(reason: IssueReason, value: string, expected?: string): string {
  switch (reason) {
    case 'missing':
      return 'required, but missing';
    case 'type':
      return `${value}: expected ${expected ?? 'another kind of value'}`;
    case 'choice':
      return `${value}: expected one of ${expected ?? 'the listed values'}`;
    case 'empty':
      return 'must not be empty';
    case 'text':
      return `${value}: expected a text, or texts by language such as {"en": "…", "fa": "…"}`;
    case 'date':
      return `${value}: not a date (expected e.g. 2025-12-14, 1244-11, ~1185, 1247?, 1246/1247, or {value, calendar})`;
    case 'url':
      return `${value}: only http, https and mailto links are allowed`;
    case 'country':
      return `${value}: expected an ISO 3166-1 country code such as TR`;
    case 'range':
      return `${value}: out of range (${expected ?? ''})`;
    case 'number':
      return `${value}: expected ${expected ?? 'a finite number'}`;
    case 'parties':
      return 'expected the ids of the two cities of the twinning';
    case 'cities':
      return 'a twinning needs at least two cities';
    case 'version':
      return `${value}: this version of the elements reads datasets of version 1`;
    case 'reference':
      return `no ${expected ?? 'item'} has the id ${value}`;
    case 'duplicate':
      return `the id ${value} is used twice`;
  }
}

function issue(code: IssueCode, reason: IssueReason, path: string, value: string, expected?: string): DatasetIssue {
  return { code, reason, path, value, expected, message: englishIssueMessage(reason, value, expected) };
}

function reasonOf(i: v.BaseIssue<unknown>): IssueReason {
  if (REASONS.has(i.message)) return i.message as IssueReason;
  if (i.input === undefined) return 'missing';
  switch (i.type) {
    case 'picklist':
    case 'literal':
      return 'choice';
    case 'min_value':
    case 'max_value':
      return 'range';
    case 'integer':
    case 'finite':
      return 'number';
    case 'non_empty':
      return 'empty';
    default:
      return 'type';
  }
}

function schemaIssues(issues: readonly v.BaseIssue<unknown>[]): DatasetIssue[] {
  return issues.map((i) => {
    const path = pathOf(i);
    const reason = reasonOf(i);
    const expected =
      reason === 'range'
        ? `${i.type === 'min_value' ? '≥' : '≤'} ${i.requirement as number}`
        : reason === 'number'
          ? i.type === 'integer' ? 'a whole number' : 'a finite number'
          : (i.expected ?? undefined);
    return issue(reason === 'version' ? 'version' : 'invalid', reason, path, describe(i.input), expected);
  });
}

type Item = Record<string, unknown>;

/** An array's items as objects (anything else reads as an empty one), keeping their indices for the paths. */
const items = (value: unknown): Item[] =>
  Array.isArray(value) ? value.map((x: unknown) => (typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Item) : {})) : [];
/** An id, if the value is one. */
const idOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
/** A historical date, if the value can be read as one (the schema reports it otherwise). */
const readableDate = (value: unknown) =>
  typeof value === 'string' || (typeof value === 'object' && value !== null && typeof (value as Item)['value'] === 'string')
    ? parseHistoricalDate(value as Parameters<typeof parseHistoricalDate>[0])
    : undefined;
/** A list of ids, keeping indices (non-ids read as missing). */
const idsOf = (value: unknown): (string | undefined)[] => (Array.isArray(value) ? value.map(idOf) : []);

/**
 * Ids must be unique per collection and every reference must name something that exists. Reads the input as far
 * as it can, so that a dataset with other problems still has its references checked: a webmaster sees every
 * problem at once.
 */
function referenceIssues(d: Item): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const index = (name: string) => {
    const ids = new Set<string>();
    items(d[name]).forEach((item, i) => {
      const id = idOf(item['id']);
      if (id === undefined) return;
      if (ids.has(id)) issues.push(issue('duplicate', 'duplicate', `${name}[${i}].id`, describe(id)));
      ids.add(id);
    });
    return ids;
  };
  const cities = index('cities');
  const places = index('places');
  const people = index('people');
  const organisations = index('organisations');
  const sources = index('sources');
  const agreements = index('agreements');
  index('events');
  index('statements');
  index('eras');
  index('landmarks');
  const check = (ids: Set<string>, kind: string, path: string, id: unknown) => {
    if (typeof id === 'string' && !ids.has(id)) issues.push(issue('reference', 'reference', path, describe(id), kind));
  };
  const checkAll = (ids: Set<string>, kind: string, path: string, list: unknown) =>
    idsOf(list).forEach((id, i) => check(ids, kind, `${path}[${i}]`, id));
  const inEither = (a: Set<string>, b: Set<string>, kind: string, path: string, id: unknown) => {
    if (typeof id === 'string' && !a.has(id) && !b.has(id)) issues.push(issue('reference', 'reference', path, describe(id), kind));
  };
  // An event that lasts, and an era, end on or after the day they begin (the end's last possible day, the start's first).
  const endsAfterStart = (path: string, start: unknown, end: unknown) => {
    const from = readableDate(start);
    const to = readableDate(end);
    if (from && to && dateDays(to)[1] < dateDays(from)[0]) issues.push(issue('invalid', 'range', path, describe(end), `≥ ${describe(start)}`));
  };

  items(d['cities']).forEach((c, i) => {
    const population = c['population'];
    if (typeof population === 'object' && population !== null) check(sources, 'source', `cities[${i}].population.source`, (population as Item)['source']);
  });
  items(d['places']).forEach((p, i) => {
    check(cities, 'city', `places[${i}].city`, p['city']);
    checkAll(sources, 'source', `places[${i}].sources`, p['sources']);
  });
  items(d['people']).forEach((p, i) => {
    check(cities, 'city', `people[${i}].city`, p['city']);
    check(organisations, 'organisation', `people[${i}].organisation`, p['organisation']);
  });
  items(d['agreements']).forEach((a, i) => {
    const at = `agreements[${i}]`;
    const parties = idsOf(a['parties']);
    parties.forEach((id, j) => check(cities, 'city', `${at}.parties[${j}]`, id));
    if (parties.length === 2 && parties[0] !== undefined && parties[0] === parties[1]) issues.push(issue('invalid', 'parties', `${at}.parties`, describe(parties)));
    inEither(cities, places, 'city or place', `${at}.place`, a['place']);
    items(a['participants']).forEach((p, j) => check(people, 'person', `${at}.participants[${j}].person`, p['person']));
    checkAll(organisations, 'organisation', `${at}.organisations`, a['organisations']);
    items(a['proposals']).forEach((p, j) => check(people, 'person', `${at}.proposals[${j}].by`, p['by']));
    checkAll(sources, 'source', `${at}.sources`, a['sources']);
  });
  items(d['statements']).forEach((st, i) => {
    check(people, 'person', `statements[${i}].person`, st['person']);
    check(agreements, 'agreement', `statements[${i}].agreement`, st['agreement']);
    check(sources, 'source', `statements[${i}].source`, st['source']);
  });
  // A source is shown by its headline or, where it has none, by its publisher: one of them is needed.
  items(d['sources']).forEach((src, i) => {
    if (src['title'] === undefined && src['publisher'] === undefined) issues.push(issue('invalid', 'missing', `sources[${i}].title`, 'undefined'));
  });
  items(d['events']).forEach((e, i) => {
    idsOf(e['places']).forEach((id, j) => inEither(places, cities, 'place or city', `events[${i}].places[${j}]`, id));
    checkAll(people, 'person', `events[${i}].people`, e['people']);
    checkAll(sources, 'source', `events[${i}].sources`, e['sources']);
    endsAfterStart(`events[${i}].end`, e['date'], e['end']);
  });
  items(d['eras']).forEach((era, i) => endsAfterStart(`eras[${i}].to`, era['from'], era['to']));
  return issues;
}

/** Validates untrusted input against schema v1 and its cross-references; lists every problem found. */
export function validateDataset(input: unknown): ValidationResult {
  if (typeof input === 'object' && input !== null && 'version' in input && input.version !== 1) {
    return { ok: false, issues: [issue('version', 'version', 'version', describe(input.version))] };
  }
  const result = v.safeParse(DatasetSchema, input);
  if (!result.success) {
    const issues = schemaIssues(result.issues);
    // The references too, where the input can be read: every problem in one go, each path once.
    const seen = new Set(issues.map((i) => i.path));
    const readable = typeof input === 'object' && input !== null && !Array.isArray(input) ? referenceIssues(input as Item) : [];
    return { ok: false, issues: [...issues, ...readable.filter((i) => !seen.has(i.path))] };
  }
  const issues = referenceIssues(result.output as unknown as Item);
  return issues.length ? { ok: false, issues } : { ok: true, dataset: result.output };
}
