/**
 * Historical dates as the dataset stores them: EDTF-style strings (`2025-12-17`, `1244-11`, `1207`, `~1185`
 * approximate, `1247?` uncertain, `1246/1247` between) or `{ value, calendar: 'julian' | 'gregorian' }`.
 */
export type DateCalendar = 'gregorian' | 'julian';
export type DatePrecision = 'day' | 'month' | 'year';

export interface DatePoint {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly precision: DatePrecision;
}

export interface HistoricalDate {
  readonly start: DatePoint;
  /** The later bound of a `1246/1247` range. */
  readonly end?: DatePoint;
  readonly calendar: DateCalendar;
  readonly approximate: boolean;
  readonly uncertain: boolean;
}

export type HistoricalDateInput = string | { readonly value: string; readonly calendar: DateCalendar };

const POINT = /^(-?\d{1,4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number, calendar: DateCalendar): number {
  if (month === 2) {
    const leap = calendar === 'julian' ? year % 4 === 0 : (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parsePoint(text: string, calendar: DateCalendar): DatePoint | undefined {
  const m = POINT.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month, calendar)) return undefined;
  return { year, month, day, precision: 'day' };
}

function compare(a: DatePoint, b: DatePoint): number {
  return a.year - b.year || (a.month ?? 1) - (b.month ?? 1) || (a.day ?? 1) - (b.day ?? 1);
}

/** Parses a dataset date; undefined when it is not one of the forms above or names an impossible day. */
export function parseHistoricalDate(input: HistoricalDateInput): HistoricalDate | undefined {
  const calendar: DateCalendar = typeof input === 'string' ? 'gregorian' : input.calendar;
  let text = (typeof input === 'string' ? input : input.value).trim();
  let approximate = false;
  let uncertain = false;
  if (text.startsWith('~')) {
    approximate = true;
    text = text.slice(1);
  }
  if (text.endsWith('%')) {
    approximate = uncertain = true;
    text = text.slice(0, -1);
  } else if (text.endsWith('?')) {
    uncertain = true;
    text = text.slice(0, -1);
  } else if (text.endsWith('~')) {
    approximate = true;
    text = text.slice(0, -1);
  }
  const [first, second, ...rest] = text.split('/');
  if (first === undefined || rest.length) return undefined;
  const start = parsePoint(first, calendar);
  if (!start) return undefined;
  if (second === undefined) return { start, calendar, approximate, uncertain };
  const end = parsePoint(second, calendar);
  if (!end || compare(start, end) > 0) return undefined;
  return { start, end, calendar, approximate, uncertain };
}

/** A Gregorian date point as ISO 8601 for `<time datetime>`: `2025-12-14`, `1927-03`, `2007`. */
export function isoDate({ year, month, day }: DatePoint): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}${month === undefined ? '' : `-${pad(month)}`}${day === undefined ? '' : `-${pad(day)}`}`;
}
