/**
 * Azerbaijani names (CLDR's) of the countries the region map shows and of the months of the Solar and the lunar
 * Hijri calendars: Chromium ships no Azerbaijani data, so Intl.DisplayNames answers in English there and its dates
 * name the months as English does (`Azar`, `Jumada II`). The months as CLDR 48 has them (ICU 78, read through Node's
 * `Intl.DateTimeFormat('az', {calendar, month: 'long'})`), as Firefox shows them. Loaded with the az translations.
 */
import type { LocaleNames } from './registry.js';

export const names: LocaleNames = {
  countries: {
    AE: 'Birləşmiş Ərəb Əmirlikləri', AF: 'Əfqanıstan', AL: 'Albaniya', AM: 'Ermənistan', AT: 'Avstriya', AZ: 'Azərbaycan',
    BA: 'Bosniya və Herseqovina', BG: 'Bolqarıstan', BH: 'Bəhreyn', BY: 'Belarus', CY: 'Kipr', CZ: 'Çexiya', DE: 'Almaniya',
    EG: 'Misir', FR: 'Fransa', GE: 'Gürcüstan', GR: 'Yunanıstan', HR: 'Xorvatiya', HU: 'Macarıstan', IL: 'İsrail', IN: 'Hindistan',
    IQ: 'İraq', IR: 'İran', IT: 'İtaliya', JO: 'İordaniya', KG: 'Qırğızıstan', KW: 'Küveyt', KZ: 'Qazaxıstan', LB: 'Livan',
    LY: 'Liviya', MD: 'Moldova', ME: 'Monteneqro', MK: 'Şimali Makedoniya', NO: 'Norveç', OM: 'Oman', PK: 'Pakistan',
    PL: 'Polşa', PS: 'Fələstin Əraziləri', QA: 'Qətər', RO: 'Rumıniya', RS: 'Serbiya', RU: 'Rusiya', SA: 'Səudiyyə Ərəbistanı',
    SD: 'Sudan', SI: 'Sloveniya', SK: 'Slovakiya', SY: 'Suriya', TJ: 'Tacikistan', TM: 'Türkmənistan', TR: 'Türkiyə',
    UA: 'Ukrayna', UZ: 'Özbəkistan', XK: 'Kosovo', YE: 'Yəmən',
  },
  months: {
    persian: ['fərvərdin', 'ordibeheşt', 'xordəd', 'tir', 'mordəd', 'şəhrivar', 'mehr', 'abən', 'azər', 'dey', 'bəhmən', 'isfənd'],
    islamic: ['Məhərrəm', 'Səfər', 'Rəbiüləvvəl', 'Rəbiülaxır', 'Cəmadiyələvvəl', 'Cəmadiyəlaxır', 'Rəcəb', 'Şaban', 'Ramazan', 'Şəvval', 'Zilqədə', 'Zilhiccə'],
  },
};
