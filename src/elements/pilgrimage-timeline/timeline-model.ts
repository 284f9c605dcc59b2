/**
 * The timeline's events as the element shows them: in the order of the days they begin, with the cities they
 * concern, filtered by kind, city and years, and with the long silences between them found.
 */
import type { Era, Person, Source, TwinningDataset, TimelineEvent } from '../../data/schema.js';
import { dateDays, dayNumber, dayOfNumber } from '../../i18n/day-number.js';
import { parseHistoricalDate, type HistoricalDate } from '../../i18n/historical-date.js';
import { pickText } from '../../i18n/text.js';

export interface TimelineEntry {
  readonly event: TimelineEvent;
  readonly date: HistoricalDate;
  /** Julian day numbers of the first and last day the event's date covers. */
  readonly first: number;
  readonly last: number;
  /** The ids of the cities the event concerns (its places' cities, or cities named directly). */
  readonly cities: readonly string[];
}

/** The dataset's events in time order (ties keep the dataset's order). Events with unreadable dates are left out. */
export function timelineEntries(dataset: TwinningDataset): TimelineEntry[] {
  const cityOf = (id: string) => (dataset.cities.some((c) => c.id === id) ? id : dataset.places.find((p) => p.id === id)?.city);
  const entries: TimelineEntry[] = [];
  for (const event of dataset.events) {
    const date = parseHistoricalDate(event.date);
    if (!date) continue;
    const [first] = dateDays(date);
    const end = event.end ? parseHistoricalDate(event.end) : undefined;
    const [, last] = dateDays(end ?? date);
    const cities = [...new Set(event.places.map(cityOf).filter((c): c is string => c !== undefined))];
    entries.push({ event, date, first, last, cities });
  }
  return entries.map((e, i) => [e, i] as const).sort(([a, i], [b, j]) => a.first - b.first || a.last - b.last || i - j).map(([e]) => e);
}

export interface TimelineFilter {
  readonly kinds?: ReadonlySet<string>;
  readonly cities?: ReadonlySet<string>;
  /** Years (astronomical, proleptic Gregorian) from and to which events are shown. */
  readonly from?: number;
  readonly to?: number;
}

const JDN_YEAR_START = (year: number) => dayNumber({ year, month: 1, day: 1 }, 'gregorian');

export function filterEntries(entries: readonly TimelineEntry[], { kinds, cities, from, to }: TimelineFilter): TimelineEntry[] {
  return entries.filter(
    (e) =>
      (!kinds?.size || kinds.has(e.event.kind)) &&
      (!cities?.size || e.cities.some((c) => cities.has(c))) &&
      (from === undefined || e.last >= JDN_YEAR_START(from)) &&
      (to === undefined || e.first < JDN_YEAR_START(to + 1)),
  );
}

/** Whole years between the end of one entry and the start of the next. */
export function yearsBetweenEntries(previous: TimelineEntry, next: TimelineEntry): number {
  return Math.floor((next.first - previous.last) / 365.2425);
}

/** A silence this long gets a visible break in the timeline ("654 years later"). */
export const BREAK_YEARS = 100;

/**
 * The space before an entry when spacing is proportional to time: compressed (logarithmic) so that a week and six
 * centuries both fit on one page, in rem.
 */
export function proportionalGap(previous: TimelineEntry | undefined, next: TimelineEntry): number {
  if (!previous) return 0;
  const days = Math.max(0, next.first - previous.last);
  return Math.min(12, Math.log1p(days / 30) * 1.1);
}

/** What comes before an entry in the timeline: the heading of the era it opens, and a break in the axis. */
export interface EntryMarks {
  /** The era this entry is the first shown of (its heading goes before it). */
  readonly era?: Era;
  /** Whole years of silence before it, when they break the axis (at least `BREAK_YEARS`); else 0. */
  readonly breakYears: number;
}

const NO_MARKS: EntryMarks = { breakYears: 0 };

/**
 * The era headings and axis breaks of a list of entries: an entry opens an era when it is the first shown in the
 * first era that covers its first day; the axis breaks where more than `BREAK_YEARS` pass between two entries.
 * Entries outside every era (and every entry of a dataset without eras) get no heading.
 */
export function entryMarks(entries: readonly TimelineEntry[], eras: readonly Era[] | undefined): EntryMarks[] {
  const spans = (eras ?? []).flatMap((era) => {
    const from = parseHistoricalDate(era.from);
    const to = parseHistoricalDate(era.to);
    return from && to ? [{ era, first: dateDays(from)[0], last: dateDays(to)[1] }] : [];
  });
  const eraOf = (entry: TimelineEntry) => spans.find((s) => s.first <= entry.first && entry.first <= s.last)?.era;
  let previousEra: Era | undefined;
  return entries.map((entry, i) => {
    const era = eraOf(entry);
    const opens = era !== undefined && era !== previousEra;
    previousEra = era;
    const previous = entries[i - 1];
    const years = previous ? yearsBetweenEntries(previous, entry) : 0;
    const breakYears = years >= BREAK_YEARS ? years : 0;
    return opens || breakYears ? { era: opens ? era : undefined, breakYears } : NO_MARKS;
  });
}

/** The people and the sources an event names, as the dataset has them (unknown ids left out). */
export function eventParticulars(dataset: TwinningDataset, event: TimelineEvent): { people: Person[]; sources: Source[] } {
  return {
    people: event.people.map((id) => dataset.people.find((p) => p.id === id)).filter((p) => p !== undefined),
    sources: event.sources.map((id) => dataset.sources.find((s) => s.id === id)).filter((s) => s !== undefined),
  };
}

/**
 * The names of an event's places in the `requested` language, each with its city when it is a place in one, joined
 * by `separator`: "Mevlana Museum, Konya".
 */
export function placeNames(dataset: TwinningDataset, ids: readonly string[], requested: string, separator: string): string[] {
  return ids.flatMap((id) => {
    const city = dataset.cities.find((c) => c.id === id);
    if (city) return [pickText(city.name, requested).text];
    const place = dataset.places.find((p) => p.id === id);
    if (!place) return [];
    const placeCity = dataset.cities.find((c) => c.id === place.city);
    const name = pickText(place.name, requested).text;
    return [placeCity ? `${name}${separator}${pickText(placeCity.name, requested).text}` : name];
  });
}

/** The cities the entries concern, in the order they first appear (for the city filter). */
export function entryCities(entries: readonly TimelineEntry[]): string[] {
  return [...new Set(entries.flatMap((e) => e.cities))];
}

/** A space- or comma-separated list of ids as a set (the `kinds` and `cities` attributes). */
export function idSet(value: string | undefined): Set<string> {
  return new Set((value ?? '').split(/[\s,]+/).filter(Boolean));
}

/** A year tick of the horizontal axis: the year in the reader's calendar, at a fraction of the way to the next event. */
export interface AxisTick {
  readonly year: number;
  /** From this entry's dot (0) to the next entry's (1). */
  readonly at: number;
}

/** Whole-year steps the axis may count in, from the finest. */
const TICK_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];
/** At most this many ticks between two neighbouring events: with cards 17em apart, labels stay 4em or more apart. */
const MAX_TICKS_BETWEEN = 3;
/** No tick this close to an event's dot (a fraction of the way to the next one): its label would crowd the dot. */
const TICK_MARGIN = 0.12;

/** The years of a calendar as day numbers: where year `year` starts, and the year a day falls in. */
interface CalendarYears {
  start(year: number): number;
  yearOf(day: number): number;
}

const gregorianYears: CalendarYears = {
  start: (year) => dayNumber({ year, month: 1, day: 1 }, 'gregorian'),
  yearOf: (day) => dayOfNumber(day, 'gregorian').year,
};

/** Solar Hijri years begin at Nowruz, on or about 21 March (a day either way is less than a pixel on the axis). */
const solarHijriYears: CalendarYears = {
  start: (year) => dayNumber({ year: year + 621, month: 3, day: 21 }, 'gregorian'),
  yearOf: (day) => {
    const year = dayOfNumber(day, 'gregorian').year - 621;
    return day >= solarHijriYears.start(year) ? year : year - 1;
  },
};

/** Lunar Hijri years as the tabular (civil) calendar counts them; the sighted calendars differ by a day or two. */
const lunarHijriYears: CalendarYears = {
  start: (year) => (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + 1948440,
  yearOf: (day) => {
    let year = Math.floor((30 * (day - 1948440) + 10646) / 10631);
    while (lunarHijriYears.start(year + 1) <= day) year++;
    while (lunarHijriYears.start(year) > day) year--;
    return year;
  },
};

function calendarYears(calendar: string): CalendarYears {
  if (calendar === 'persian') return solarHijriYears;
  if (calendar.startsWith('islamic')) return lunarHijriYears;
  return gregorianYears;
}

/**
 * The year ticks of the horizontal axis, for each entry the ticks between its dot and the next entry's (none before
 * a break in the axis, nor after the last entry), in `calendar`'s years (Solar Hijri for `persian`, lunar Hijri for
 * `islamic…`, else Gregorian). Events stand at even distances, not in proportion to time, so each stretch between
 * two events has its own scale; within a stretch of the axis between two breaks the ticks count in one step, the
 * finest that puts at most three ticks between any two neighbouring events, and keep away from the dots.
 */
export function axisTicks(entries: readonly TimelineEntry[], marks: readonly EntryMarks[], calendar: string): AxisTick[][] {
  const years = calendarYears(calendar);
  const ticks: AxisTick[][] = entries.map(() => []);
  // The stretches between breaks: [first index, last index].
  const stretches: [number, number][] = [];
  entries.forEach((_, i) => {
    if (i === 0 || marks[i]?.breakYears) stretches.push([i, i]);
    else stretches[stretches.length - 1]![1] = i;
  });
  const between = (i: number, step: number): AxisTick[] => {
    const from = entries[i]!.first;
    const span = entries[i + 1]!.first - from;
    if (span <= 0) return [];
    const lo = from + span * TICK_MARGIN;
    const hi = from + span * (1 - TICK_MARGIN);
    const out: AxisTick[] = [];
    for (let year = Math.ceil(years.yearOf(lo) / step) * step; ; year += step) {
      const day = years.start(year);
      if (day > hi) break;
      if (day >= lo) out.push({ year, at: (day - from) / span });
    }
    return out;
  };
  for (const [first, last] of stretches) {
    const step = TICK_STEPS.find((s) => {
      for (let i = first; i < last; i++) if (between(i, s).length > MAX_TICKS_BETWEEN) return false;
      return true;
    });
    if (step === undefined) continue;
    for (let i = first; i < last; i++) ticks[i] = between(i, step);
  }
  return ticks;
}
