/**
 * South Azerbaijani in the Perso-Arabic script (`az-Arab`, chosen for `az-IR`, `azb` and `azb-*` too): the fifth UI
 * locale, as a reader in Khoy sees it (issue 24), and the lunar Hijri date that Solar Hijri readers see beside a
 * medieval one (Persian and Arabic-script Azerbaijani alike).
 */
import { expect } from '@open-wc/testing';
import '../src/agreement-card.js';
import '../src/signatory-list.js';
import '../src/city-map.js';
import '../src/pilgrimage-timeline.js';
import type { TwinAgreementCard } from '../src/agreement-card.js';
import type { TwinPilgrimageTimeline } from '../src/pilgrimage-timeline.js';
import type { TwinCityMap } from '../src/city-map.js';
import type { TwinSignatoryList } from '../src/signatory-list.js';
import { isArabicScriptAzerbaijani, resolveLanguageAndDirection, uiLocaleFor } from '../src/i18n/language.js';
import { pickText } from '../src/i18n/text.js';
import { formatNumber } from '../src/i18n/format.js';
import { html, part, renderTwin, textOf } from './helpers/render.js';
import { fictionalTwinning } from './fixtures/fictional-twinning.js';

/** Latin letters, with the accented ones of Azerbaijani and Turkish (ə, ş, ğ, ı, ö, ü, ç, …). */
const LATIN = /[A-Za-z\u00C0-\u024F\u0259]/;
const LATIN_DIGIT = /[0-9]/;

const card = (lang: string) => renderTwin<TwinAgreementCard>(html`<twin-agreement-card lang=${lang}></twin-agreement-card>`);
const timeline = (lang: string, calendar = '', secondary = '') =>
  renderTwin<TwinPilgrimageTimeline>(
    html`<twin-pilgrimage-timeline lang=${lang} calendar=${calendar} secondary-calendar=${secondary} layout="vertical" loading="eager"></twin-pilgrimage-timeline>`,
  );
const entry = (el: Element, id: string) => part<HTMLLIElement>(el, `li[data-id="${id}"]`);
const dateOf = (el: Element, id: string) => textOf(entry(el, id).querySelector('time')!);
const secondaryOf = (el: Element, id: string) => textOf(entry(el, id).querySelector('.secondary-date')!);
const westernOf = (el: Element, id: string) => {
  const node = entry(el, id).querySelector('.western-date');
  return node ? textOf(node) : undefined;
};

/** The card's visible text, but for its sources (titles and outlets the dataset gives only in Latin letters). */
function cardTextButSources(el: Element): string {
  const base = part(el, '[part=base]').cloneNode(true) as HTMLElement;
  base.querySelector('[part=sources]')?.remove();
  return textOf(base);
}

describe('Arabic-script Azerbaijani: the locale chosen', () => {
  it('serves az-Arab, az-IR, azb and azb-* with it, and leaves az and az-Latn as they were', () => {
    for (const tag of ['az-Arab', 'az-IR', 'az-Arab-IR', 'azb', 'azb-IR', 'azb-Arab', 'AZ-ir', 'az-IR-u-nu-latn']) {
      expect(uiLocaleFor(tag), tag).to.equal('az-Arab');
    }
    for (const tag of ['az', 'az-AZ', 'az-Latn', 'az-Latn-IR', 'azb-Latn', 'az-u-rg-irzzzz']) {
      expect(uiLocaleFor(tag), tag).to.equal('az');
      expect(isArabicScriptAzerbaijani(tag), tag).to.equal(false);
    }
    expect(uiLocaleFor('fa-IR')).to.equal('fa');
  });

  it('resolves an element asking for az-IR or azb to az-Arab, right to left', () => {
    for (const requested of ['az-IR', 'azb']) {
      const el = document.createElement('span');
      el.lang = requested;
      expect(resolveLanguageAndDirection(el)).to.deep.equal({ lang: 'az-Arab', locale: 'az-Arab', requested, dir: 'rtl' });
    }
  });

  it('picks data texts along the script: its own, then Persian, then English, never Latin-script Azerbaijani', () => {
    const full = { fa: 'خوی', tr: 'Hoy', en: 'Khoy', az: 'Xoy', 'az-Arab': 'خوی‌شهر' };
    expect(pickText(full, 'az-IR')).to.deep.equal({ text: 'خوی‌شهر', lang: 'az-Arab' });
    expect(pickText(full, 'azb')).to.deep.equal({ text: 'خوی‌شهر', lang: 'az-Arab' });
    expect(pickText({ ...full, 'az-Arab': undefined as unknown as string, azb: 'خویی' }, 'az-Arab')).to.deep.equal({ text: 'خویی', lang: 'azb' });
    const latinAndPersian = { fa: full.fa, tr: full.tr, en: full.en, az: full.az };
    expect(pickText(latinAndPersian, 'az-Arab')).to.deep.equal({ text: 'خوی', lang: 'fa' });
    expect(pickText(latinAndPersian, 'azb-IR')).to.deep.equal({ text: 'خوی', lang: 'fa' });
    expect(pickText({ az: 'Xoy', en: 'Khoy' }, 'az-IR')).to.deep.equal({ text: 'Khoy', lang: 'en' });
    expect(pickText({ az: 'Xoy', tr: 'Hoy' }, 'az-IR')).to.deep.equal({ text: 'Hoy', lang: 'tr' });
    expect(pickText({ az: 'Xoy' }, 'az-IR'), 'the only text there is').to.deep.equal({ text: 'Xoy', lang: 'az' });
    // Latin-script readers are served as before.
    expect(pickText(full, 'az')).to.deep.equal({ text: 'Xoy', lang: 'az' });
    expect(pickText(full, 'az-Latn-IR')).to.deep.equal({ text: 'Xoy', lang: 'az' });
  });

  it('writes numbers in Persian digits with Persian separators', () => {
    expect(formatNumber(1091.5, 'az-Arab', { maximumFractionDigits: 1 })).to.equal('۱٬۰۹۱٫۵');
    expect(formatNumber(2025, 'azb', { useGrouping: false })).to.equal('۲۰۲۵');
  });
});

describe('<twin-agreement-card> in Arabic-script Azerbaijani', () => {
  for (const lang of ['az-IR', 'azb', 'az-Arab']) {
    it(`reads right to left in the Perso-Arabic script for lang="${lang}", with the signing date in Persian digits`, async () => {
      const el = await card(lang);
      const base = part(el, '[part=base]');
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(base).direction).to.equal('rtl');
      expect(base.closest('[lang]')!.getAttribute('lang')).to.equal('az-Arab');
      expect(textOf(part(el, 'time'))).to.equal('۲۳ آذر ۱۴۰۴');
      expect(textOf(part(el, '.secondary-date'))).to.equal('۱۴ دئسامبر ۲۰۲۵ م.');
      expect(textOf(part(el, '[part=title]'))).to.equal('خوی–قونیه قارداش شهر تفاهم‌نامه‌سی');
      expect(textOf(part(el, '[part=status]'))).to.equal('ایمضالانیب');
      expect(textOf(part(el, '[part=parties]'))).to.contain('خوی').and.to.contain('قونیه').and.to.contain('تورکیه');
      expect(textOf(part(el, '[part=areas]'))).to.contain('امکداشلیق ساحه‌لری');
      // No Latin letter and no Latin digit, but in the proper names the dataset gives only in Latin: the forum's
      // abbreviation, and the sources' titles and outlets.
      const text = cardTextButSources(el).replace('(AMF)', '');
      expect(text, text).not.to.match(LATIN);
      expect(text, text).not.to.match(LATIN_DIGIT);
      // The sources' dates are in Persian digits too.
      expect(textOf(part(el, '[part=sources]'))).to.contain('۲۳ آذر ۱۴۰۴');
    });
  }

  it('is the same card for az-IR and azb', async () => {
    const a = await card('az-IR');
    const b = await card('azb');
    expect(cardTextButSources(b)).to.equal(cardTextButSources(a));
  });
});

describe('<twin-agreement-card>: a medieval agreement to Solar Hijri readers', () => {
  it('gives the lunar Hijri date and the Julian one beside the Solar Hijri date', async () => {
    const data = structuredClone(fictionalTwinning);
    (data.agreements[0] as { date: unknown }).date = { value: '1273-12-17', calendar: 'julian' };
    const el = await renderTwin<TwinAgreementCard>(html`<twin-agreement-card lang="azb" .data=${data}></twin-agreement-card>`);
    expect(textOf(part(el, 'time'))).to.equal('۴ دی ۶۵۲');
    expect([...el.shadowRoot!.querySelectorAll('.secondary-date')].map(textOf)).to.deep.equal(['۵ جمادی‌الثانی ۶۷۲ ه‍.ق.', '۱۷ دئسامبر ۱۲۷۳ (ژولین تقویمی)']);
  });
});

describe('<twin-pilgrimage-timeline>: medieval dates in the Solar and the lunar Hijri calendars', () => {
  // /work/shared/FACTS.md: Rumi born 30 Sep 1207 Julian = 6 Rabi I 604 AH; Shams meets Rumi 26 Jumada II 642 AH,
  // given as 29 Nov 1244 Julian (approximate day); Rumi dies 17 Dec 1273 Julian = 5 Jumada II 672 AH = 4 Dey 652 SH.
  it('shows Rumi’s birth, the meeting of Shams and Rumi and Rumi’s death to az-Arab readers with ۶۵۲ and ۶۷۲', async () => {
    const el = await timeline('az-IR');
    expect(dateOf(el, 'rumi-dies')).to.equal('۴ دی ۶۵۲');
    expect(secondaryOf(el, 'rumi-dies')).to.equal('۵ جمادی‌الثانی ۶۷۲ ه‍.ق.');
    expect(westernOf(el, 'rumi-dies')).to.equal('۱۷ دئسامبر ۱۲۷۳ (ژولین تقویمی)');
    expect(secondaryOf(el, 'rumi-born')).to.equal('۶ ربیع‌الاول ۶۰۴ ه‍.ق.');
    expect(westernOf(el, 'rumi-born')).to.equal('۳۰ سئپتامبر ۱۲۰۷ (ژولین تقویمی)');
    expect(secondaryOf(el, 'shams-meets-rumi')).to.equal('تخمیناً ۲۶ جمادی‌الثانی ۶۴۲ ه‍.ق.');
    expect(westernOf(el, 'shams-meets-rumi')).to.equal('تخمیناً ۲۹ نوْوامبر ۱۲۴۴ (ژولین تقویمی)');
    expect(entry(el, 'rumi-dies').querySelector('time')!.getAttribute('datetime')).to.equal('1273-12-24');
    // After 1925 the second calendar is the Gregorian one, with nothing more in the details.
    expect(secondaryOf(el, 'mou-signed')).to.equal('۱۴ دئسامبر ۲۰۲۵ م.');
    expect(westernOf(el, 'mou-signed')).to.equal(undefined);
    expect(textOf(part(el, '[part=gap]'))).to.equal('۶۵۲ ایل سونرا');
    expect(textOf(part(el, '.count'))).to.equal('۱۶ حادثه');
  });

  it('shows the same three dates to Persian readers, the Julian date in the details', async () => {
    const el = await timeline('fa');
    expect(dateOf(el, 'rumi-dies')).to.equal('۴ دی ۶۵۲');
    expect(secondaryOf(el, 'rumi-dies')).to.equal('۵ جمادی‌الثانی ۶۷۲ ه‍.ق.');
    expect(westernOf(el, 'rumi-dies')).to.equal('۱۷ دسامبر ۱۲۷۳ (ژولینی)');
    expect(secondaryOf(el, 'rumi-born')).to.equal('۶ ربیع‌الاول ۶۰۴ ه‍.ق.');
    expect(dateOf(el, 'rumi-born')).to.equal('۱۵ مهر ۵۸۶');
    expect(secondaryOf(el, 'shams-meets-rumi')).to.equal('حدود ۲۶ جمادی‌الثانی ۶۴۲ ه‍.ق.');
    expect(westernOf(el, 'shams-meets-rumi')).to.equal('حدود ۲۹ نوامبر ۱۲۴۴ (ژولینی)');
    expect(secondaryOf(el, 'mou-signed')).to.equal('۱۴ دسامبر ۲۰۲۵ م.');
  });

  it('leaves the calendars to the page when it names them', async () => {
    const gregory = await timeline('fa', '', 'gregory');
    expect(secondaryOf(gregory, 'rumi-dies')).to.equal('۱۷ دسامبر ۱۲۷۳ (ژولینی)');
    expect(westernOf(gregory, 'rumi-dies')).to.equal(undefined);
    const hijri = await timeline('az-Arab', 'islamic-civil');
    expect(dateOf(hijri, 'rumi-dies')).to.equal('۵ جمادی‌الثانی ۶۷۲ ه‍.ق.');
    expect(secondaryOf(hijri, 'rumi-dies')).to.equal('۱۷ دئسامبر ۱۲۷۳ (ژولین تقویمی)');
    const none = await timeline('azb', '', 'none');
    expect(entry(none, 'rumi-dies').querySelector('.secondary-date')).to.equal(null);
    expect(westernOf(none, 'rumi-dies')).to.equal(undefined);
  });

  it('has no Latin letters but in the sources, and none of the Latin-script Azerbaijani texts', async () => {
    const el = await timeline('azb');
    const events = part(el, '[part=events]').cloneNode(true) as HTMLElement;
    events.querySelectorAll('.sources').forEach((n) => n.remove());
    const text = textOf(events);
    expect(text, text).not.to.match(LATIN);
    expect(text).not.to.match(LATIN_DIGIT);
  });
});

describe('<twin-city-map> and <twin-signatory-list> in Arabic-script Azerbaijani', () => {
  it('gives the distance in Persian digits, and the countries in the Perso-Arabic script', async () => {
    const el = await renderTwin<TwinCityMap>(html`<twin-city-map lang="az-IR" loading="eager"></twin-city-map>`);
    expect(textOf(part(el, '[part=distance]'))).to.equal('تخمیناً ۱٬۰۹۱ کیلومتر');
    const countries = [...el.shadowRoot!.querySelectorAll('.country-label')].map((n) => textOf(n));
    expect(countries).to.include('تورکیه').and.to.include('ایران');
    for (const name of countries) expect(name).not.to.match(LATIN);
    el.view = 'list';
    await el.updateComplete;
    const list = textOf(part(el, '[part=list]'));
    expect(list).to.contain('۳۸٫۵۵° شیمال').and.not.to.match(LATIN_DIGIT);
  });

  it('names each participant in the Perso-Arabic script with the Latin form beside it', async () => {
    const el = await renderTwin<TwinSignatoryList>(html`<twin-signatory-list lang="azb"></twin-signatory-list>`);
    const names = [...el.shadowRoot!.querySelectorAll('[part=person]')].map((p) => [textOf(p.querySelector('[part=name]')!), textOf(p.querySelector('[part=native-name]')!)]);
    expect(names).to.deep.include(['مصطفی اوزباش', 'Mustafa Uzbaş']);
    expect(names).to.deep.include(['بهمن رضانژاد', 'Bahman Rezanejad']);
    expect(textOf(part(el, '[part=role]'))).to.equal('ایمضالایان');
  });
});

describe('Arabic-script type', () => {
  it('sets no italic in Persian or Arabic-script Azerbaijani (VISUAL.md)', async () => {
    const styleOf = async (lang: string) => {
      const el = await timeline(lang);
      const gap = part(el, '[part=gap]');
      return getComputedStyle(gap.querySelector('span') ?? gap).fontStyle;
    };
    expect(await styleOf('az-IR')).to.equal('normal');
    expect(await styleOf('fa')).to.equal('normal');
  });
});
