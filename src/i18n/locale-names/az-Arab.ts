/**
 * Names for Azerbaijani in the Perso-Arabic script (South Azerbaijani, as Iran writes it), for which no engine's
 * Intl has data: the countries the region map shows, the months of the Solar and the lunar Hijri calendars, and
 * the names of other calendars. Loaded with the az-Arab translations.
 *
 * Country names: as the South Azerbaijani Wikipedia writes them where it was read (تورکیه, گورجوستان, ائرمنیستان,
 * قازاقیستان, آلمانیا, آذربایجان جومهوریتی), names with an Azerbaijani ending written from the Latin-script ones
 * (-یستان for -ıstan, سعودی عربیستانی), and CLDR's Persian names for the rest. The months of both Hijri calendars
 * are written as in Persian. The README lists them for a native speaker's review.
 */
import type { LocaleNames } from './registry.js';

export const names: LocaleNames = {
  countries: {
    AE: 'بیرلشمیش عرب امیرلیکلری', AF: 'افغانیستان', AL: 'آلبانی', AM: 'ائرمنیستان', AT: 'اتریش', AZ: 'آذربایجان جومهوریتی',
    BA: 'بوسنی و هرزگوین', BG: 'بلغارستان', BH: 'بحرین', BY: 'بلاروس', CY: 'قبرس', CZ: 'چک', DE: 'آلمانیا', EG: 'مصر',
    FR: 'فرانسه', GE: 'گورجوستان', GR: 'یونان', HR: 'کرواسی', HU: 'مجارستان', IL: 'اسرائیل', IN: 'هیندوستان', IQ: 'عراق',
    IR: 'ایران', IT: 'ایتالیا', JO: 'اردن', KG: 'قیرغیزیستان', KW: 'کویت', KZ: 'قازاقیستان', LB: 'لبنان', LY: 'لیبی',
    MD: 'مولداوی', ME: 'مونته‌نگرو', MK: 'شیمالی مقدونیه', NO: 'نروژ', OM: 'عمان', PK: 'پاکستان', PL: 'لهستان',
    PS: 'فلسطین توپراقلاری', QA: 'قطر', RO: 'رومانی', RS: 'صربستان', RU: 'روسیه', SA: 'سعودی عربیستانی', SD: 'سودان',
    SI: 'اسلوونی', SK: 'اسلواکی', SY: 'سوریه', TJ: 'تاجیکیستان', TM: 'تورکمنیستان', TR: 'تورکیه', UA: 'اوکراین',
    UZ: 'اؤزبکیستان', XK: 'کوزوو', YE: 'یمن',
  },
  months: {
    persian: ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'],
    islamic: ['محرم', 'صفر', 'ربیع‌الاول', 'ربیع‌الثانی', 'جمادی‌الاول', 'جمادی‌الثانی', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذیقعده', 'ذیحجه'],
  },
  calendars: {
    buddhist: 'بودا تقویمی', chinese: 'چین تقویمی', coptic: 'قبطی تقویمی', dangi: 'دانگی تقویمی', ethiopic: 'اتیوپی تقویمی',
    hebrew: 'عبری تقویمی', indian: 'هیندوستان میلّی تقویمی', japanese: 'ژاپون تقویمی', roc: 'چین جومهوریتی تقویمی',
  },
};
