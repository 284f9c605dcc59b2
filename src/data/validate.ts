import * as v from 'valibot';
import { DatasetSchema, type TwinningDataset } from './schema.js';

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

/** Ids must be unique per collection and every reference must name something that exists. */
function referenceIssues(d: TwinningDataset): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const index = <T extends { id: string }>(name: string, items: readonly T[]) => {
    const ids = new Set<string>();
    items.forEach((item, i) => {
      if (ids.has(item.id)) issues.push(issue('duplicate', 'duplicate', `${name}[${i}].id`, describe(item.id)));
      ids.add(item.id);
    });
    return ids;
  };
  const cities = index('cities', d.cities);
  const places = index('places', d.places);
  const people = index('people', d.people);
  const organisations = index('organisations', d.organisations);
  const sources = index('sources', d.sources);
  index('agreements', d.agreements);
  index('events', d.events);
  const check = (ids: Set<string>, kind: string, path: string, id: string | undefined) => {
    if (id !== undefined && !ids.has(id)) issues.push(issue('reference', 'reference', path, describe(id), kind));
  };
  const checkAll = (ids: Set<string>, kind: string, path: string, list: readonly string[]) =>
    list.forEach((id, i) => check(ids, kind, `${path}[${i}]`, id));

  d.cities.forEach((c, i) => check(sources, 'source', `cities[${i}].population.source`, c.population?.source));
  d.places.forEach((p, i) => {
    check(cities, 'city', `places[${i}].city`, p.city);
    checkAll(sources, 'source', `places[${i}].sources`, p.sources);
  });
  d.people.forEach((p, i) => {
    check(cities, 'city', `people[${i}].city`, p.city);
    check(organisations, 'organisation', `people[${i}].organisation`, p.organisation);
  });
  d.agreements.forEach((a, i) => {
    const at = `agreements[${i}]`;
    a.parties.forEach((id, j) => check(cities, 'city', `${at}.parties[${j}]`, id));
    if (a.parties[0] === a.parties[1]) issues.push(issue('invalid', 'parties', `${at}.parties`, describe(a.parties)));
    if (!cities.has(a.place) && !places.has(a.place)) issues.push(issue('reference', 'reference', `${at}.place`, describe(a.place), 'city or place'));
    a.participants.forEach((p, j) => check(people, 'person', `${at}.participants[${j}].person`, p.person));
    checkAll(organisations, 'organisation', `${at}.organisations`, a.organisations);
    a.proposals.forEach((p, j) => check(people, 'person', `${at}.proposals[${j}].by`, p.by));
    checkAll(sources, 'source', `${at}.sources`, a.sources);
  });
  d.events.forEach((e, i) => {
    e.places.forEach((id, j) => {
      if (!places.has(id) && !cities.has(id)) issues.push(issue('reference', 'reference', `events[${i}].places[${j}]`, describe(id), 'place or city'));
    });
    checkAll(people, 'person', `events[${i}].people`, e.people);
    checkAll(sources, 'source', `events[${i}].sources`, e.sources);
  });
  return issues;
}

/** Validates untrusted input against schema v1 and its cross-references; lists every problem found. */
export function validateDataset(input: unknown): ValidationResult {
  if (typeof input === 'object' && input !== null && 'version' in input && input.version !== 1) {
    return { ok: false, issues: [issue('version', 'version', 'version', describe(input.version))] };
  }
  const result = v.safeParse(DatasetSchema, input);
  if (!result.success) return { ok: false, issues: schemaIssues(result.issues) };
  const issues = referenceIssues(result.output);
  return issues.length ? { ok: false, issues } : { ok: true, dataset: result.output };
}
