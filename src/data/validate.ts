import * as v from 'valibot';
import { DatasetSchema, type TwinningDataset } from './schema.js';

export type IssueCode = 'invalid' | 'version' | 'reference' | 'duplicate';

/** One problem in a dataset, with the JSON path a webmaster can find it by: `agreements[0].date`. */
export interface DatasetIssue {
  readonly code: IssueCode;
  readonly path: string;
  /** What is wrong, in English (for the console; the elements show a localized summary). */
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
  if (value === undefined) return 'missing';
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'a list' : 'an object';
}

function schemaIssues(issues: readonly v.BaseIssue<unknown>[]): DatasetIssue[] {
  return issues.map((issue) => {
    const path = pathOf(issue);
    const code: IssueCode = path === 'version' ? 'version' : 'invalid';
    return { code, path, message: `${describe(issue.input)}: ${issue.message}` };
  });
}

/** Ids must be unique per collection and every reference must name something that exists. */
function referenceIssues(d: TwinningDataset): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const index = <T extends { id: string }>(name: string, items: readonly T[]) => {
    const ids = new Set<string>();
    items.forEach((item, i) => {
      if (ids.has(item.id)) issues.push({ code: 'duplicate', path: `${name}[${i}].id`, message: `"${item.id}" is used twice` });
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
    if (id !== undefined && !ids.has(id)) issues.push({ code: 'reference', path, message: `no ${kind} has the id "${id}"` });
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
    if (a.parties[0] === a.parties[1]) issues.push({ code: 'invalid', path: `${at}.parties`, message: 'the two parties must be different cities' });
    if (!cities.has(a.place) && !places.has(a.place)) issues.push({ code: 'reference', path: `${at}.place`, message: `no city or place has the id "${a.place}"` });
    a.participants.forEach((p, j) => check(people, 'person', `${at}.participants[${j}].person`, p.person));
    checkAll(organisations, 'organisation', `${at}.organisations`, a.organisations);
    a.proposals.forEach((p, j) => check(people, 'person', `${at}.proposals[${j}].by`, p.by));
    checkAll(sources, 'source', `${at}.sources`, a.sources);
  });
  d.events.forEach((e, i) => {
    e.places.forEach((id, j) => {
      if (!places.has(id) && !cities.has(id)) issues.push({ code: 'reference', path: `events[${i}].places[${j}]`, message: `no place or city has the id "${id}"` });
    });
    checkAll(people, 'person', `events[${i}].people`, e.people);
    checkAll(sources, 'source', `events[${i}].sources`, e.sources);
  });
  return issues;
}

/** Validates untrusted input against schema v1 and its cross-references; lists every problem found. */
export function validateDataset(input: unknown): ValidationResult {
  if (typeof input === 'object' && input !== null && 'version' in input && input.version !== 1) {
    return {
      ok: false,
      issues: [{ code: 'version', path: 'version', message: `${describe(input.version)}: this version of the elements reads datasets of version 1` }],
    };
  }
  const result = v.safeParse(DatasetSchema, input);
  if (!result.success) return { ok: false, issues: schemaIssues(result.issues) };
  const issues = referenceIssues(result.output);
  return issues.length ? { ok: false, issues } : { ok: true, dataset: result.output };
}
