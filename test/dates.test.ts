import { expect } from '@open-wc/testing';
import { dayNumber, dayOfNumber } from '../src/i18n/day-number.js';
import { displayDate, formatHistoricalDate, formatYearsLater, yearsBetween, type DateFormatOptions } from '../src/i18n/dates.js';
import { formatKilometres, formatList, formatNumber } from '../src/i18n/format.js';
import { parseHistoricalDate, type HistoricalDateInput } from '../src/i18n/historical-date.js';
import { loadLocale } from '../src/i18n/localize.js';

const julian = (value: string): HistoricalDateInput => ({ value, calendar: 'julian' });
const UMALQURA = 'islamic-umalqura';

/**
 * [date, language, calendar, expected, options]. Azerbaijani month names of other calendars differ between engines
 * (Chromium has no Azerbaijani data), so that one case checks the form only. Each engine runs these in another time zone (UTC+14, UTC−11,
 * Tehran; see web-test-runner.config.mjs), so a date that shifted with the zone would fail in one of them.
 */
type Case = readonly [HistoricalDateInput, string, string, string | RegExp, DateFormatOptions?];

const cases: readonly Case[] = [
  // Rumi's death: 17 December 1273 Julian = 5 Jumada II 672 AH = 4 Dey 652 SH.
  [julian('1273-12-17'), 'en', 'gregory', 'December 17, 1273 (Julian)'],
  [julian('1273-12-17'), 'en', UMALQURA, 'Jumada II 5, 672 AH'],
  [julian('1273-12-17'), 'en', 'islamic-civil', 'Jumada II 5, 672 AH'],
  [julian('1273-12-17'), 'en', 'persian', 'Dey 4, 652 SH'],
  [julian('1273-12-17'), 'fa', 'persian', '۴ دی ۶۵۲'],
  [julian('1273-12-17'), 'fa', UMALQURA, '۵ جمادی‌الثانی ۶۷۲ ه‍.ق.'],
  [julian('1273-12-17'), 'fa', 'gregory', '۱۷ دسامبر ۱۲۷۳ (ژولینی)'],
  [julian('1273-12-17'), 'tr', 'gregory', '17 Aralık 1273 (Jülyen takvimi)'],
  [julian('1273-12-17'), 'tr', UMALQURA, '5 Cemaziyelahir 672 (Hicri)'],
  [julian('1273-12-17'), 'tr', 'persian', '4 Dey 652 (Hicri Şemsi)'],
  [julian('1273-12-17'), 'az', 'gregory', '17 dekabr 1273 (Yulian təqvimi)'],
  // The Hijri calendars' months in Azerbaijani, also where the engine has no Azerbaijani data (Chromium said `Dey`,
  // `Azar`, `Jumada II`).
  [julian('1273-12-17'), 'az', 'persian', '4 dey 652 (hicri-şəmsi)'],
  [julian('1244-11-29'), 'az', 'persian', '16 azər 623 (hicri-şəmsi)'],
  [julian('1273-12-17'), 'az', UMALQURA, '5 Cəmadiyəlaxır 672 (hicri-qəməri)'],
  // Shams and Rumi meet in Konya: 29 November 1244 Julian = 26 Jumada II 642 AH.
  [julian('1244-11-29'), 'en', UMALQURA, 'Jumada II 26, 642 AH'],
  [julian('1244-11-29'), 'fa', UMALQURA, '۲۶ جمادی‌الثانی ۶۴۲ ه‍.ق.'],
  [julian('1244-11-29'), 'fa', 'persian', '۱۶ آذر ۶۲۳'],
  [julian('1244-11-29'), 'tr', 'gregory', '29 Kasım 1244 (Jülyen takvimi)'],
  [julian('1244-11-29'), 'en', 'gregory', 'November 29, 1244 (Julian)'],
  // Rumi's birth: 30 September 1207 Julian = 6 Rabi I 604 AH.
  [julian('1207-09-30'), 'en', UMALQURA, 'Rabiʻ I 6, 604 AH'],
  [julian('1207-09-30'), 'tr', UMALQURA, '6 Rebiülevvel 604 (Hicri)'],
  [julian('1207-09-30'), 'az', 'gregory', '30 sentyabr 1207 (Yulian təqvimi)'],
  // The memorandum: 14 December 2025 = 23 Azar 1404.
  ['2025-12-14', 'fa', 'persian', '۲۳ آذر ۱۴۰۴'],
  ['2025-12-14', 'fa', 'persian', 'یکشنبه، ۲۳ آذر ۱۴۰۴', { weekday: true }],
  ['2025-12-14', 'fa', 'gregory', '۱۴ دسامبر ۲۰۲۵ م.'],
  ['2025-12-14', 'fa', 'gregory', '۱۴ دسامبر ۲۰۲۵', { label: 'never' }],
  ['2025-12-14', 'en', 'gregory', 'December 14, 2025'],
  ['2025-12-14', 'en', 'gregory', 'Sunday, December 14, 2025', { weekday: true }],
  ['2025-12-14', 'en', 'persian', 'Azar 23, 1404 SH'],
  ['2025-12-14', 'en', UMALQURA, 'Jumada II 23, 1447 AH'],
  ['2025-12-14', 'tr', 'gregory', '14 Aralık 2025'],
  ['2025-12-14', 'tr', 'gregory', '14 Aralık 2025 Pazar', { weekday: true }],
  ['2025-12-14', 'tr', 'persian', '23 Azer 1404 (Hicri Şemsi)'],
  ['2025-12-14', 'az', 'gregory', '14 dekabr 2025'],
  ['2025-12-14', 'az', 'gregory', '14 dekabr 2025, bazar', { weekday: true }],
  ['2025-12-14', 'en', 'gregory', 'December 14, 2025 CE', { label: 'always' }],
  // Months: shown whole in their own calendar, as the months they span in another.
  [julian('1244-11'), 'en', 'gregory', 'November 1244 (Julian)'],
  [julian('1244-11'), 'en', UMALQURA, 'Jumada I–Jumada II 642 AH'],
  ['1927-03', 'en', 'gregory', 'March 1927'],
  ['1927-03', 'tr', 'gregory', 'Mart 1927'],
  ['1927-03', 'az', 'gregory', 'mart 1927'],
  ['1927-03', 'fa', 'persian', 'اسفند ۱۳۰۵ – فروردین ۱۳۰۶'],
  ['2025-12', 'fa', 'persian', 'آذر–دی ۱۴۰۴'],
  ['2025-12', 'fa', 'gregory', 'دسامبر ۲۰۲۵ م.'],
  // Years: a year of one calendar covers two of another, and says so.
  [julian('1207'), 'en', 'gregory', '1207'],
  [julian('1207'), 'en', UMALQURA, '603–604 AH'],
  [julian('1207'), 'fa', 'persian', '۵۸۵–۵۸۶'],
  [julian('1207'), 'tr', UMALQURA, '603–604 (Hicri)'],
  ['1927', 'fa', 'persian', '۱۳۰۵–۱۳۰۶'],
  ['2007', 'az', 'gregory', '2007'],
  // Approximate, uncertain and ranges, in words.
  [julian('~1185'), 'en', 'gregory', 'c. 1185'],
  [julian('~1185'), 'tr', 'gregory', 'yaklaşık 1185'],
  [julian('~1185'), 'az', 'gregory', 'təxminən 1185'],
  [julian('~1185'), 'fa', 'persian', 'حدود ۵۶۳–۵۶۴'],
  [julian('~1185'), 'en', UMALQURA, 'c. 580–581 AH'],
  [julian('1247?'), 'en', 'gregory', 'probably 1247'],
  [julian('1247?'), 'tr', 'gregory', 'muhtemelen 1247'],
  [julian('1247?'), 'az', 'gregory', 'ehtimal ki, 1247'],
  [julian('1247?'), 'fa', 'persian', 'احتمالاً ۶۲۵–۶۲۶'],
  [julian('1247?'), 'fa', 'gregory', 'احتمالاً ۱۲۴۷ م.'],
  [julian('1246/1247'), 'en', 'gregory', 'between 1246 and 1247'],
  [julian('1246/1247'), 'tr', 'gregory', '1246 ile 1247 arasında'],
  [julian('1246/1247'), 'az', 'gregory', '1246 ilə 1247 arasında'],
  [julian('1246/1247'), 'fa', 'persian', 'بین ۶۲۴ و ۶۲۶'],
  [julian('1246/1247'), 'en', UMALQURA, 'between 643 and 645 AH'],
  ['~2000%', 'en', 'gregory', 'probably c. 2000'],
  // A calendar this browser does not know: a labelled Gregorian date, never "Invalid Date".
  ['2025-12-14', 'en', 'no-such-calendar', 'December 14, 2025 CE'],
  ['2025-12-14', 'fa', 'no-such-calendar', '۱۴ دسامبر ۲۰۲۵ م.'],
];

describe('historical dates in every calendar and language', () => {
  before(() => Promise.all([loadLocale('fa'), loadLocale('tr'), loadLocale('az')]));

  it(`has the table's ${cases.length} cases`, () => {
    expect(cases.length).to.be.at.least(60);
  });

  for (const [input, lang, calendar, expected, options] of cases) {
    const value = typeof input === 'string' ? input : `${input.value} (Julian)`;
    it(`${value} in ${lang}, ${calendar}${options ? ` ${JSON.stringify(options)}` : ''}`, () => {
      const date = parseHistoricalDate(input);
      expect(date, value).to.not.equal(undefined);
      const text = formatHistoricalDate(date!, lang, calendar, options);
      if (expected instanceof RegExp) expect(text).to.match(expected);
      else expect(text).to.equal(expected);
    });
  }
});

describe('day numbers', () => {
  it('agree with known Julian and Gregorian days', () => {
    expect(dayNumber({ year: 2000, month: 1, day: 1 }, 'gregorian')).to.equal(2451545);
    expect(dayNumber({ year: 1582, month: 10, day: 4 }, 'julian')).to.equal(dayNumber({ year: 1582, month: 10, day: 15 }, 'gregorian') - 1);
    expect(dayOfNumber(dayNumber({ year: 1273, month: 12, day: 17 }, 'julian'), 'gregorian')).to.deep.equal({ year: 1273, month: 12, day: 24 });
  });

  it('go back and forth without loss across leap days', () => {
    for (const calendar of ['julian', 'gregorian'] as const) {
      const start = dayNumber({ year: 1199, month: 12, day: 25 }, calendar);
      for (let jdn = start; jdn < start + 3000; jdn += 7) expect(dayNumber(dayOfNumber(jdn, calendar), calendar)).to.equal(jdn);
    }
    expect(dayOfNumber(dayNumber({ year: 1300, month: 2, day: 29 }, 'julian'), 'julian')).to.deep.equal({ year: 1300, month: 2, day: 29 });
  });
});

describe('dates as elements show them', () => {
  before(() => loadLocale('fa'));

  it('gives the reader’s calendar, a second one labelled, and a Gregorian ISO date', () => {
    const rumi = parseHistoricalDate(julian('1273-12-17'))!;
    expect(displayDate(rumi, 'fa', 'persian', 'gregory')).to.deep.equal({ text: '۴ دی ۶۵۲', secondary: '۱۷ دسامبر ۱۲۷۳ (ژولینی)', iso: '1273-12-24' });
    expect(displayDate(rumi, 'en', 'gregory', UMALQURA)).to.deep.equal({ text: 'December 17, 1273 (Julian)', secondary: 'Jumada II 5, 672 AH', iso: '1273-12-24' });
    expect(displayDate(parseHistoricalDate(julian('1244-11'))!, 'en', 'gregory').iso, 'a Julian month straddles two Gregorian ones').to.equal(undefined);
    expect(displayDate(parseHistoricalDate('2025-12')!, 'en', 'gregory').iso).to.equal('2025-12');
  });

  it('counts years between events and says how many later', async () => {
    await Promise.all([loadLocale('tr'), loadLocale('az')]);
    const rumi = parseHistoricalDate(julian('1273-12-17'))!;
    const mou = parseHistoricalDate('2025-12-14')!;
    expect(yearsBetween(rumi, mou)).to.equal(751);
    expect(yearsBetween(parseHistoricalDate(julian('1244-11-29'))!, mou)).to.equal(781);
    expect(formatYearsLater(781, 'en')).to.equal('781 years later');
    expect(formatYearsLater(1, 'en')).to.equal('1 year later');
    expect(formatYearsLater(781, 'fa')).to.equal('۷۸۱ سال بعد');
    expect(formatYearsLater(781, 'tr')).to.equal('781 yıl sonra');
    expect(formatYearsLater(781, 'az')).to.equal('781 il sonra');
  });
});

describe('numbers, distances and lists', () => {
  before(() => loadLocale('az'));

  it('use the digits and separators of the language, even where the engine lacks them', () => {
    expect(formatNumber(1090.3, 'en')).to.equal('1,090.3');
    expect(formatNumber(1090.3, 'tr')).to.equal('1.090,3');
    expect(formatNumber(1090.3, 'az')).to.equal('1.090,3');
    expect(formatNumber(1090.3, 'fa')).to.equal('۱٬۰۹۰٫۳');
  });

  it('write distances in kilometres', () => {
    expect(formatKilometres(1090.4, 'en')).to.equal('1,090 km');
    expect(formatKilometres(1090.4, 'tr')).to.equal('1.090 km');
    expect(formatKilometres(1090.4, 'az')).to.equal('1.090 km');
    expect(formatKilometres(1090.4, 'fa')).to.equal('۱٬۰۹۰ کیلومتر');
  });

  it('join lists with the language’s conjunction', () => {
    expect(formatList(['A', 'B', 'C'], 'en')).to.equal('A, B, and C');
    expect(formatList(['A', 'B', 'C'], 'tr')).to.equal('A, B ve C');
    expect(formatList(['A', 'B', 'C'], 'az')).to.equal('A, B və C');
    expect(formatList(['A'], 'az')).to.equal('A');
  });
});

describe('names where the engine lacks the language', () => {
  it('gives Azerbaijani country names once its translations are loaded', async () => {
    await loadLocale('az');
    const { countryName } = await import('../src/i18n/format.js');
    expect(countryName('TR', 'az')).to.equal('Türkiyə');
    expect(countryName('IR', 'az')).to.equal('İran');
  });
});
