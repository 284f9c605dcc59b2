import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/signatory-list.js';
import type { TwinSignatoryList } from '../src/signatory-list.js';
import type { TwinSelectDetail } from '../src/shared/events.js';
import { html, part, renderTwin, textOf, visibleText } from './helpers/render.js';
import { fictionalTwinning } from './fixtures/fictional-twinning.js';
import { largeDelegation } from './fixtures/large-delegation.js';

/** Country names come from the engine's CLDR data, which differs between engines (Türkiye / Turkey). */
const country = (code: string, lang: string) => new Intl.DisplayNames(lang, { type: 'region' }).of(code)!;

const list = (lang: string) => renderTwin<TwinSignatoryList>(html`<twin-signatory-list lang=${lang}></twin-signatory-list>`);

const groups = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part=group]')];
const headings = (el: Element) => groups(el).map((g) => (g.querySelector('[part=group-heading]')!.textContent ?? '').replace(/\s+/g, ' ').trim());
const people = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=person]')];
/** Each participant as the reader sees it: name | other script (lang) | role. */
const entries = (el: Element) =>
  people(el).map((p) => {
    const native = p.querySelector('[part=native-name]');
    const text = (s: string) => (p.querySelector(s)?.textContent ?? '').trim();
    return `${text('[part=name]')} | ${native ? `${native.textContent!.trim()} (${native.getAttribute('lang')})` : '-'} | ${text('[part=role]')}`;
  });

describe('<twin-signatory-list> on the Khoy–Konya memorandum', () => {
  it('groups the participants by city in the order of the parties, in Persian with Latin forms beside', async () => {
    const el = await list('fa');
    expect(part(el, '[part=base]').getAttribute('dir')).to.equal('rtl');
    expect(headings(el)).to.deep.equal([`خوی، ${country('IR', 'fa')}`, `قونیه، ${country('TR', 'fa')}`, 'سازمان‌های حاضر']);
    expect(entries(el)).to.deep.equal([
      'بهمن رضانژاد | Bahman Rezanejad (en) | امضاکننده',
      'سجاد چهره‌آرا | Sajjad Chehreara (en) | سخنران',
      'محمدرضا پیری | Mohammadreza Piri (en) | حاضر و شاهد',
      'مصطفی اوزباش | Mustafa Uzbaş (tr) | امضاکننده',
    ]);
    expect(textOf(groups(el)[2]!)).to.contain('مجمع شهرداران آسیا');
  });

  it('shows every name that has a Persian-script form in it beside the Latin one for Turkish readers', async () => {
    const el = await list('tr');
    expect(headings(el)).to.deep.equal(['Hoy, İran', `Konya, ${country('TR', 'tr')}`, 'Katılan kuruluşlar']);
    expect(entries(el)).to.deep.equal([
      'Bahman Rezanejad | بهمن رضانژاد (fa) | imzacı',
      'Seccad Çehre Ara | سجاد چهره‌آرا (fa) | konuşmacı',
      'Mohammadreza Piri | محمدرضا پیری (fa) | tanık',
      'Mustafa Uzbaş | مصطفی اوزباش (fa) | imzacı',
    ]);
    expect(textOf(people(el)[0]!)).to.contain('Hoy Belediye Başkan Vekili');
  });

  it('reads in English and Azerbaijani with their own headings and roles', async () => {
    const en = await list('en');
    expect(headings(en)).to.deep.equal(['Khoy, Iran', `Konya, ${country('TR', 'en')}`, 'Organisations present']);
    expect(entries(en)[0]).to.equal('Bahman Rezanejad | بهمن رضانژاد (fa) | signatory');
    expect(entries(en)[3]).to.equal('Mustafa Uzbaş | مصطفی اوزباش (fa) | signatory');
    const az = await list('az');
    expect(headings(az)[2]).to.equal('İştirak edən təşkilatlar');
    expect(headings(az)[0]).to.match(/^Xoy, /);
    expect(entries(az)[0]).to.equal('Bahman Rezanejad | بهمن رضانژاد (fa) | imzalayan');
  });

  it('marks each name with its language so screen readers pronounce it', async () => {
    const el = await list('tr');
    const bahman = people(el)[0]!;
    // The Latin form comes from the English text: it is marked `en` inside the Turkish list.
    expect(bahman.querySelector('[part=name] [lang]')?.getAttribute('lang')).to.equal('en');
    expect(bahman.querySelector('[part=native-name]')!.localName, 'isolated from the surrounding direction').to.equal('bdi');
  });

  it('shows only the roles asked for', async () => {
    const el = await renderTwin<TwinSignatoryList>(html`<twin-signatory-list lang="en" roles="signatory"></twin-signatory-list>`);
    expect(entries(el).map((e) => e.split(' | ')[0])).to.deep.equal(['Bahman Rezanejad', 'Mustafa Uzbaş']);
    expect(headings(el)).to.deep.equal(['Khoy, Iran', `Konya, ${country('TR', 'en')}`]);
    el.roles = 'speaker, organisation';
    await el.updateComplete;
    expect(entries(el).map((e) => e.split(' | ')[0])).to.deep.equal(['Sajjad Chehreara']);
    expect(headings(el)).to.deep.equal(['Khoy, Iran', 'Organisations present']);
    el.roles = 'host';
    await el.updateComplete;
    expect(visibleText(el)).to.equal('No participants to show.');
  });

  it('uses the heading level asked for', async () => {
    const el = await renderTwin<TwinSignatoryList>(html`<twin-signatory-list lang="en" heading-level="2"></twin-signatory-list>`);
    expect([...el.shadowRoot!.querySelectorAll('[role=heading]')].map((h) => h.getAttribute('aria-level'))).to.deep.equal(['2', '2', '2']);
    el.headingLevel = 9;
    await el.updateComplete;
    expect(part(el, '[role=heading]').getAttribute('aria-level'), 'out of range falls back to 3').to.equal('3');
  });
});

describe('<twin-signatory-list> selection', () => {
  it('fires twin-select when a participant is chosen with the mouse, and marks it', async () => {
    const el = await list('en');
    const mustafa = people(el)[3]!;
    const selected = oneEvent(el, 'twin-select');
    mustafa.click();
    const { detail } = (await selected) as CustomEvent<TwinSelectDetail>;
    expect(detail).to.deep.equal({ kind: 'person', id: 'mustafa-uzbas' });
    await el.updateComplete;
    expect(el.selected).to.equal('mustafa-uzbas');
    expect(people(el).map((p) => p.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false', 'false', 'true']);
    // A toggle: pressed again, it clears the selection (it stayed pressed, a toggle that could not be released).
    mustafa.click();
    await el.updateComplete;
    expect(el.selected).to.equal(undefined);
    expect(people(el).map((p) => p.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false', 'false', 'false']);
  });

  it('is reached and operated with the keyboard alone', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.append(before);
    const el = await list('en');
    try {
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(people(el)[0]);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(people(el)[1]);
      const selected = oneEvent(el, 'twin-select');
      await sendKeys({ press: 'Enter' });
      expect(((await selected) as CustomEvent<TwinSelectDetail>).detail.id).to.equal('sajjad-chehreara');
      await el.updateComplete;
      expect(people(el)[1]!.getAttribute('aria-pressed')).to.equal('true');
    } finally {
      before.remove();
    }
  });

  it('keeps the selection when the page cancels the event, and can be selected from outside', async () => {
    const el = await list('en');
    el.addEventListener('twin-select', (e) => e.preventDefault(), { once: true });
    people(el)[0]!.click();
    await el.updateComplete;
    expect(el.selected).to.equal(undefined);
    el.selected = 'mohammadreza-piri';
    await el.updateComplete;
    expect(people(el)[2]!.getAttribute('aria-pressed')).to.equal('true');
    expect(el.getAttribute('selected'), 'reflected for CSS').to.equal('mohammadreza-piri');
  });
});

describe('<twin-signatory-list> with other data', () => {
  it('shows another twinning, with Arabic names beside their Latin form', async () => {
    const el = await renderTwin<TwinSignatoryList>(html`<twin-signatory-list lang="en" .data=${fictionalTwinning}></twin-signatory-list>`);
    expect(headings(el)).to.deep.equal(['Wadi Noor, Egypt', 'Fjordvik, Norway', 'Organisations present']);
    expect(entries(el)).to.deep.equal(['Layla Haddad | ليلى حداد (ar) | signatory', 'Ingrid Solberg | - | host']);
  });

  it('lists a delegation of twelve from three organisations, with guests of no city last', async () => {
    const el = await renderTwin<TwinSignatoryList>(html`<twin-signatory-list lang="tr" .data=${largeDelegation}></twin-signatory-list>`);
    expect(people(el)).to.have.length(12);
    expect(headings(el)).to.deep.equal(['Wadi Noor, Mısır', 'Fjordvik, Norveç', 'Diğer katılımcılar', 'Katılan kuruluşlar']);
    expect(groups(el).map((g) => g.querySelectorAll('[part=person]').length)).to.deep.equal([5, 5, 2, 0]);
    expect(textOf(groups(el)[3]!)).to.equal('Katılan kuruluşlar League of River Towns (LRT)');
    expect(textOf(people(el)[0]!), 'each with their organisation').to.contain('Wadi Noor City Council');
  });

  it('says so when the agreement asked for is not in the dataset', async () => {
    const el = await renderTwin<TwinSignatoryList>(html`<twin-signatory-list lang="tr" agreement="nope"></twin-signatory-list>`);
    expect(visibleText(el, '[part=error] .error-reason')).to.equal('Bu sayfanın istediği anlaşma verilerde yok.');
    expect(visibleText(el, '[part=error] details')).to.contain('"nope"');
  });
});
