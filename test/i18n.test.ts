import { expect } from '@open-wc/testing';
import { directionOfLanguage, resolveLanguageAndDirection, uiLocaleFor } from '../src/i18n/language.js';
import { pickText } from '../src/i18n/text.js';
import { parseHistoricalDate } from '../src/i18n/historical-date.js';

describe('language and direction', () => {
  it('knows the direction of a language from its script', () => {
    expect(directionOfLanguage('fa')).to.equal('rtl');
    expect(directionOfLanguage('fa-IR')).to.equal('rtl');
    expect(directionOfLanguage('ar')).to.equal('rtl');
    expect(directionOfLanguage('az')).to.equal('ltr');
    expect(directionOfLanguage('az-Arab')).to.equal('rtl');
    expect(directionOfLanguage('tr')).to.equal('ltr');
    expect(directionOfLanguage('not a tag')).to.equal('ltr');
    // Region and script change the answer where the language is written in more than one script.
    expect(directionOfLanguage('az-IR'), 'Azerbaijani in Iran').to.equal('rtl');
    expect(directionOfLanguage('az-Latn-IR')).to.equal('ltr');
    expect(directionOfLanguage('fa-Latn')).to.equal('ltr');
    expect(directionOfLanguage('tr-TR')).to.equal('ltr');
    expect(directionOfLanguage('ckb')).to.equal('rtl');
    expect(directionOfLanguage('he-IL')).to.equal('rtl');
  });

  it('serves regional tags with their language’s translations', () => {
    expect(uiLocaleFor('fa-AF')).to.equal('fa');
    expect(uiLocaleFor('az-Latn-AZ')).to.equal('az');
    expect(uiLocaleFor('de')).to.equal('en');
  });

  it('ignores an empty or malformed lang and looks further up', () => {
    const outer = document.createElement('section');
    outer.lang = 'tr';
    const inner = document.createElement('div');
    inner.setAttribute('lang', '');
    const leaf = document.createElement('span');
    leaf.setAttribute('lang', '%%');
    inner.append(leaf);
    outer.append(inner);
    expect(resolveLanguageAndDirection(leaf)).to.deep.equal({ lang: 'tr', locale: 'tr', requested: 'tr', dir: 'ltr' });
  });
});

describe('picking a localized text', () => {
  const name = { fa: 'خوی', tr: 'Hoy', en: 'Khoy', az: 'Xoy' };
  it('picks the language, then its base, then English, then the first present', () => {
    expect(pickText(name, 'az-Latn-AZ')).to.deep.equal({ text: 'Xoy', lang: 'az' });
    expect(pickText(name, 'de')).to.deep.equal({ text: 'Khoy', lang: 'en' });
    expect(pickText({ fa: 'خوی' }, 'tr')).to.deep.equal({ text: 'خوی', lang: 'fa' });
    expect(pickText('Khoy', 'fa')).to.deep.equal({ text: 'Khoy', lang: undefined });
    // Another form of the same language only in the same script: Latin-script Azerbaijani readers get English
    // rather than the Perso-Arabic text.
    expect(pickText({ 'az-Latn-AZ': 'Xoy', en: 'Khoy' }, 'az')).to.deep.equal({ text: 'Xoy', lang: 'az-Latn-AZ' });
    expect(pickText({ 'az-Arab': 'خوی', en: 'Khoy' }, 'az')).to.deep.equal({ text: 'Khoy', lang: 'en' });
  });
});

describe('historical dates', () => {
  it('reads the forms of the dataset', () => {
    expect(parseHistoricalDate('2025-12-14')).to.deep.include({ start: { year: 2025, month: 12, day: 14, precision: 'day' }, approximate: false });
    expect(parseHistoricalDate('~1185')).to.deep.include({ start: { year: 1185, precision: 'year' }, approximate: true, uncertain: false });
    expect(parseHistoricalDate('1247?')).to.deep.include({ uncertain: true });
    expect(parseHistoricalDate('1246/1247')?.end).to.deep.equal({ year: 1247, precision: 'year' });
    expect(parseHistoricalDate({ value: '1273-12-17', calendar: 'julian' })?.calendar).to.equal('julian');
  });

  it('rejects impossible dates instead of shifting them', () => {
    for (const bad of ['2025-02-30', '2025-13-01', '99999', '1247/1246', 'yesterday', '']) expect(parseHistoricalDate(bad), bad).to.equal(undefined);
    // 1300 is a leap year in the Julian calendar only.
    expect(parseHistoricalDate({ value: '1300-02-29', calendar: 'julian' })).not.to.equal(undefined);
    expect(parseHistoricalDate('1300-02-29')).to.equal(undefined);
    expect(parseHistoricalDate('2025-02-29')).to.equal(undefined);
    expect(parseHistoricalDate('2024-02-29')?.start).to.deep.equal({ year: 2024, month: 2, day: 29, precision: 'day' });
  });
});
