/**
 * Julian day numbers: the count of days every calendar agrees on. Dataset dates are Julian or Gregorian;
 * they become day numbers, and day numbers become any calendar Intl knows. A Julian date read as if it
 * were Gregorian lands 7 to 10 days off in the 13th century, enough to change the Hijri and Solar Hijri day.
 */
import type { DateCalendar, DatePoint, HistoricalDate } from './historical-date.js';

/** A day of the Julian or the (proleptic) Gregorian calendar. */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const div = (a: number, b: number) => Math.floor(a / b);

/** The Julian day number (at noon) of a day in the Julian or Gregorian calendar. */
export function dayNumber({ year, month, day }: CalendarDay, calendar: DateCalendar): number {
  const a = div(14 - month, 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  const days = day + div(153 * m + 2, 5) + 365 * y + div(y, 4);
  return calendar === 'julian' ? days - 32083 : days - div(y, 100) + div(y, 400) - 32045;
}

/** The day of the Julian or Gregorian calendar that a Julian day number falls on. */
export function dayOfNumber(jdn: number, calendar: DateCalendar): CalendarDay {
  let b = 0;
  let c: number;
  if (calendar === 'julian') {
    c = jdn + 32082;
  } else {
    const a = jdn + 32044;
    b = div(4 * a + 3, 146097);
    c = a - div(146097 * b, 4);
  }
  const d = div(4 * c + 3, 1461);
  const e = c - div(1461 * d, 4);
  const m = div(5 * e + 2, 153);
  return {
    day: e - div(153 * m + 2, 5) + 1,
    month: m + 3 - 12 * div(m, 10),
    year: 100 * b + d - 4800 + div(m, 10),
  };
}

/** Sunday = 0 … Saturday = 6. */
export function weekdayOfNumber(jdn: number): number {
  return (jdn + 1) % 7;
}

const UNIX_EPOCH_JDN = 2440588;

/** The instant at 12:00 UTC of the day: formatted with `timeZone: 'UTC'` it never shifts to another day. */
export function noonUtc(jdn: number): Date {
  return new Date((jdn - UNIX_EPOCH_JDN) * 86_400_000 + 43_200_000);
}

/** The first and last day numbers a date point covers: a whole year, a whole month or one day. */
export function pointDays(point: DatePoint, calendar: DateCalendar): [first: number, last: number] {
  const { year, month, day } = point;
  if (month === undefined) return [dayNumber({ year, month: 1, day: 1 }, calendar), dayNumber({ year: year + 1, month: 1, day: 1 }, calendar) - 1];
  if (day === undefined) {
    const next = month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
    return [dayNumber({ year, month, day: 1 }, calendar), dayNumber(next, calendar) - 1];
  }
  const jdn = dayNumber({ year, month, day }, calendar);
  return [jdn, jdn];
}

/** The day numbers a historical date covers, from the first day of its start to the last day of its end. */
export function dateDays(date: HistoricalDate): [first: number, last: number] {
  const [first] = pointDays(date.start, date.calendar);
  const [, last] = pointDays(date.end ?? date.start, date.calendar);
  return [first, last];
}
