import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/pilgrimage-timeline.js';
import '../src/city-map.js';
import type { TwinPilgrimageTimeline } from '../src/pilgrimage-timeline.js';
import type { TwinCityMap } from '../src/city-map.js';
import type { TwinSelectDetail } from '../src/shared/events.js';
import { khoyKonya } from '../src/data/khoy-konya.js';
import { html, part, renderTwin, textOf, until } from './helpers/render.js';
import { fictionalTwinning } from './fixtures/fictional-twinning.js';

const timeline = (attrs: { lang: string; calendar?: string; layout?: string }) =>
  renderTwin<TwinPilgrimageTimeline>(
    html`<twin-pilgrimage-timeline loading="eager" lang=${attrs.lang} calendar=${attrs.calendar ?? ''} layout=${attrs.layout ?? 'vertical'}></twin-pilgrimage-timeline>`,
  );

const entries = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('[part=events] > li')];
const articles = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('article[part=event]')];
const entry = (el: Element, id: string) => part<HTMLLIElement>(el, `li[data-id="${id}"]`);
const dateOf = (el: Element, id: string) => textOf(entry(el, id).querySelector('time')!);
const secondaryOf = (el: Element, id: string) => textOf(entry(el, id).querySelector('.secondary-date')!);

const chip = (el: Element, label: string) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=chip]')].find((c) => textOf(c) === label)!;

describe('<twin-pilgrimage-timeline> on the default data', () => {
  it('tells the story in time order, from Shams’s birth to the 2025 memorandum and the Şeb-i Arus', async () => {
    const el = await timeline({ lang: 'en' });
    const titles = entries(el).map((li) => textOf(li.querySelector('[part=title]')!));
    expect(titles).to.have.length(khoyKonya.events.length);
    expect(titles[0]).to.equal('Shams Tabrizi is born in Tabriz');
    expect(titles.indexOf('Shams arrives in Konya and meets Rumi')).to.be.below(titles.indexOf('Rumi dies in Konya'));
    expect(titles.slice(-2)).to.deep.equal(['The Khoy–Konya sister-city memorandum is signed in Konya', 'The 752nd Şeb-i Arus commemoration in Konya']);
    expect(part(el, '[part=events]').localName, 'an ordered list').to.equal('ol');
    expect(textOf(part(el, '.count'))).to.equal('16 events');
  });

  it('gives each date in the reader’s calendar with a second one, Julian dates labelled and converted', async () => {
    const fa = await timeline({ lang: 'fa' });
    expect(dateOf(fa, 'rumi-dies')).to.equal('۴ دی ۶۵۲');
    // Beside a Solar Hijri date before 1925, the lunar Hijri one of the sources; the Julian date in the details.
    expect(secondaryOf(fa, 'rumi-dies')).to.equal('۵ جمادی‌الثانی ۶۷۲ ه‍.ق.');
    expect(textOf(entry(fa, 'rumi-dies').querySelector('.western-date')!)).to.equal('۱۷ دسامبر ۱۲۷۳ (ژولینی)');
    expect(dateOf(fa, 'mou-signed')).to.equal('۲۳ آذر ۱۴۰۴');
    expect(dateOf(fa, 'shams-born')).to.equal('حدود ۵۶۳–۵۶۴');
    const en = await timeline({ lang: 'en' });
    expect(dateOf(en, 'rumi-dies')).to.equal('December 17, 1273 (Julian)');
    expect(secondaryOf(en, 'rumi-dies')).to.equal('Dey 4, 652 SH');
    expect(dateOf(en, 'shams-born')).to.equal('c. 1185');
    expect(dateOf(en, 'shams-disappears')).to.equal('between 1247 and 1248');
    expect(entry(en, 'rumi-dies').querySelector('time')!.getAttribute('datetime'), 'HTML dates are Gregorian').to.equal('1273-12-24');
    const tr = await timeline({ lang: 'tr' });
    expect(dateOf(tr, 'rumi-dies')).to.equal('17 Aralık 1273 (Jülyen takvimi)');
    expect(dateOf(tr, 'shams-born')).to.equal('yaklaşık 1185');
    const az = await timeline({ lang: 'az' });
    expect(dateOf(az, 'rumi-dies')).to.equal('17 dekabr 1273 (Yulian təqvimi)');
    expect(dateOf(az, 'mou-signed')).to.equal('14 dekabr 2025');
  });

  it('shows the Hijri dates of the sources when asked for that calendar', async () => {
    const el = await timeline({ lang: 'en', calendar: 'islamic-umalqura' });
    expect(dateOf(el, 'rumi-dies')).to.equal('Jumada II 5, 672 AH');
    expect(dateOf(el, 'shams-meets-rumi')).to.equal('c. Jumada II 26, 642 AH');
    expect(dateOf(el, 'rumi-born')).to.equal('Rabiʻ I 6, 604 AH');
  });

  it('marks the centuries with nothing in between with a break, not empty space', async () => {
    const el = await timeline({ lang: 'en' });
    const gaps = [...el.shadowRoot!.querySelectorAll('[part=gap]')].map((g) => [textOf(g), g.closest('li')!.dataset['id']]);
    expect(gaps).to.deep.equal([['652 years later', 'museum-opens']]);
    const fa = await timeline({ lang: 'fa' });
    expect(textOf(part(fa, '[part=gap]'))).to.equal('۶۵۲ سال بعد');
  });

  it('names the places of each event in the reader’s language', async () => {
    const el = await timeline({ lang: 'tr' });
    expect(textOf(entry(el, 'green-dome-built').querySelector('.where')!)).to.equal('Mevlâna Müzesi, Konya');
    expect(textOf(entry(el, 'minaret-listed').querySelector('.where')!)).to.equal('Şems-i Tebrizi Türbesi ve Minaresi (Hoy), Hoy');
  });
});

describe('<twin-pilgrimage-timeline> keyboard and selection', () => {
  it('is one tab stop; arrows, Home and End move between events; Enter selects and opens one', async () => {
    const el = await timeline({ lang: 'en' });
    expect(articles(el).filter((a) => a.tabIndex === 0)).to.have.length(1);
    articles(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(articles(el)[1]);
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement).to.equal(articles(el).at(-1));
    await sendKeys({ press: 'Home' });
    expect(el.shadowRoot!.activeElement).to.equal(articles(el)[0]);
    await sendKeys({ press: 'ArrowDown' });
    const selected = oneEvent(el, 'twin-select');
    await sendKeys({ press: 'Enter' });
    expect(((await selected) as CustomEvent<TwinSelectDetail>).detail).to.deep.equal({ kind: 'event', id: 'rumi-born' });
    await el.updateComplete;
    expect(el.selected).to.equal('rumi-born');
    expect(articles(el)[1]!.getAttribute('aria-current')).to.equal('true');
    expect(articles(el)[1]!.querySelector('.details')!.hasAttribute('hidden')).to.equal(false);
    expect(textOf(articles(el)[1]!.querySelector('.details')!)).to.contain('Balkh');
    expect(articles(el).filter((a) => a.tabIndex === 0)).to.deep.equal([articles(el)[1]]);
  });

  it('moves along a horizontal axis in the reading direction: right to left in Persian', async () => {
    const el = await renderTwin<TwinPilgrimageTimeline>(
      html`<div style="inline-size: 900px"><twin-pilgrimage-timeline lang="fa" layout="horizontal"></twin-pilgrimage-timeline></div>`,
    ).then((w) => w.querySelector('twin-pilgrimage-timeline')!);
    await el.updateComplete;
    const [first, second] = articles(el).map((a) => a.getBoundingClientRect());
    expect(first!.left, 'the first event is on the right').to.be.above(second!.left);
    articles(el)[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.shadowRoot!.activeElement).to.equal(articles(el)[1]);
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement).to.equal(articles(el)[0]);
  });

  it('selects an event from outside', async () => {
    const el = await timeline({ lang: 'en' });
    el.selected = 'museum-opens';
    await el.updateComplete;
    expect(entry(el, 'museum-opens').querySelector('article')!.getAttribute('aria-current')).to.equal('true');
    expect(entry(el, 'museum-opens').querySelector('article')!.tabIndex).to.equal(0);
  });
});

describe('<twin-pilgrimage-timeline> filters', () => {
  it('filters by kind and by city with chips, and says how many events remain', async () => {
    const el = await timeline({ lang: 'en' });
    chip(el, 'Death').click();
    await el.updateComplete;
    expect(entries(el).map((li) => li.dataset['id'])).to.deep.equal(['baha-walad-dies', 'rumi-dies']);
    expect(chip(el, 'Death').getAttribute('aria-pressed')).to.equal('true');
    expect(textOf(part(el, '.count'))).to.equal('2 events');
    chip(el, 'All').click();
    await el.updateComplete;
    chip(el, 'Khoy').click();
    await el.updateComplete;
    expect(entries(el).map((li) => li.dataset['id'])).to.deep.equal(['minaret-listed', 'minaret-restored', 'khoy-joins-amf']);
  });

  it('marks each source with the language of the words shown, isolated from the text around it', async () => {
    // In English the Persian news agency's name is shown as "IRIB News": no Persian voice for it (it had lang="fa").
    const en = await timeline({ lang: 'en' });
    entry(en, 'mou-signed').querySelector('article')!.click();
    await en.updateComplete;
    const irib = [...entry(en, 'mou-signed').querySelectorAll('.sources a')].find((a) => textOf(a) === 'IRIB News')!;
    expect(irib, 'the IRIB source').to.not.equal(undefined);
    expect(irib.closest('[lang]')!.getAttribute('lang')).to.equal('en');
    expect(irib.querySelector('[lang]'), 'nothing inside it in another language').to.equal(null);
    // In a right-to-left language a Turkish headline that starts with a number reads "752. Şeb-i Arus", left to right
    // (it read "Şeb-i Arus .752").
    const rtl = await timeline({ lang: 'az-Arab' });
    entry(rtl, 'seb-i-arus-752').querySelector('article')!.click();
    await rtl.updateComplete;
    const headline = entry(rtl, 'seb-i-arus-752').querySelector<HTMLElement>('.sources [lang="tr"]')!;
    expect(textOf(headline)).to.equal('752. Şeb-i Arus');
    expect(getComputedStyle(headline).direction).to.equal('ltr');
    expect(getComputedStyle(headline).unicodeBidi).to.equal('isolate');
  });

  it('limits the years with from and to', async () => {
    const el = await timeline({ lang: 'tr' });
    el.from = 1900;
    el.to = 2010;
    await el.updateComplete;
    expect(entries(el).map((li) => li.dataset['id'])).to.deep.equal(['museum-opens', 'minaret-listed', 'minaret-restored', 'sema-unesco']);
    expect(textOf(part(el, '.count'))).to.equal('4 olay');
    el.kinds = 'birth';
    await el.updateComplete;
    expect(textOf(part(el, '.notice'))).to.equal('Filtrelere uyan olay yok.');
  });

  it('lines up the word "Details" with the headline where it begins a line', async () => {
    for (const lang of ['en', 'fa']) {
      const el = await timeline({ lang });
      const li = entry(el, 'shams-born');
      expect(li.querySelector('.where'), 'an event without a place').to.equal(null);
      const word = (node: Element) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return [...range.getClientRects()].filter((r) => r.width > 0);
      };
      const title = word(li.querySelector('[part=title]')!)[0]!;
      const details = word(li.querySelector('button.more')!)[0]!;
      if (lang === 'en') expect(details.left, lang).to.be.closeTo(title.left, 1);
      else expect(details.right, lang).to.be.closeTo(title.right, 1);
    }
  });

  it('says there is nothing to show, not that no event matches, when the data has no events', async () => {
    for (const [lang, text] of [
      ['en', 'There are no events to show.'],
      ['fa', 'رویدادی برای نمایش نیست.'],
      ['tr', 'Gösterilecek olay yok.'],
    ] as const) {
      const el = await renderTwin<TwinPilgrimageTimeline>(
        html`<twin-pilgrimage-timeline loading="eager" lang=${lang} .data=${{ ...khoyKonya, events: [] }}></twin-pilgrimage-timeline>`,
      );
      expect(textOf(part(el, '.notice')), lang).to.equal(text);
    }
  });
});

describe('<twin-pilgrimage-timeline> linked with <twin-city-map>', () => {
  it('shows the place of the chosen event on the map, and the first event of a chosen place', async () => {
    const wrapper = await renderTwin<HTMLElement & TwinPilgrimageTimeline>(
      html`<div>
        <twin-pilgrimage-timeline lang="en" group="shams"></twin-pilgrimage-timeline>
        <twin-city-map lang="en" group="shams"></twin-city-map>
        <twin-city-map lang="en" group="other"></twin-city-map>
      </div>`,
    );
    const el = wrapper.querySelector('twin-pilgrimage-timeline')!;
    const [map, other] = [...wrapper.querySelectorAll('twin-city-map')] as [TwinCityMap, TwinCityMap];
    await Promise.all([el.updateComplete, map.updateComplete, other.updateComplete]);
    entry(el, 'green-dome-built').querySelector('article')!.click();
    await map.updateComplete;
    expect(map.selected).to.equal('mevlana-museum');
    expect(part(map, '.marker[data-id="mevlana-museum"]').classList.contains('selected')).to.equal(true);
    expect(other.selected, 'another group is left alone').to.equal(undefined);
    part<SVGGElement>(map, '.marker[data-id="shams-tomb-khoy"]').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.selected).to.equal('minaret-listed');
    expect(entry(el, 'minaret-listed').querySelector('article')!.getAttribute('aria-current')).to.equal('true');
  });

  it('leaves the page where it is when a place chosen on a linked map selects an event far down the timeline', async () => {
    // A phone: the map first, the timeline under it, as README's example links them.
    const wrapper = await renderTwin<HTMLElement & TwinPilgrimageTimeline>(
      html`<div style="inline-size: 375px">
        <twin-city-map lang="fa" group="story" loading="eager"></twin-city-map>
        <twin-pilgrimage-timeline lang="fa" group="story" loading="eager"></twin-pilgrimage-timeline>
        <div style="block-size: 3000px"></div>
      </div>`,
    );
    const map = wrapper.querySelector('twin-city-map') as TwinCityMap;
    const el = wrapper.querySelector('twin-pilgrimage-timeline') as TwinPilgrimageTimeline;
    await Promise.all([map.updateComplete, el.updateComplete]);
    try {
      map.scrollIntoView({ block: 'start' });
      const before = scrollY;
      part<SVGGElement>(map, '.marker[data-id="konya"]').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      await map.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect(el.selected, 'the timeline follows').to.not.equal(undefined);
      // It scrolled down 297 px to the linked event (and the map's popup then scrolled part of the way back).
      expect(Math.abs(scrollY - before), 'the page did not move').to.be.at.most(1);
      // A horizontal timeline still brings the event into its own track.
      el.layout = 'horizontal';
      await el.updateComplete;
      part<SVGGElement>(map, '.marker[data-id="shams-tomb-khoy"]').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const track = part(el, '[part=events]').getBoundingClientRect();
      const chosen = entry(el, el.selected!).getBoundingClientRect();
      expect(chosen.left >= track.left - 1 && chosen.right <= track.right + 1, `${el.selected} in the track`).to.equal(true);
    } finally {
      scrollTo(0, 0);
    }
  });
});

describe('<twin-pilgrimage-timeline> with other data', () => {
  it('shows the events of another twinning, and pictures with their text alternative, loaded lazily', async () => {
    const data = {
      ...fictionalTwinning,
      events: [
        { id: 'e2', date: '2019-06-21', kind: 'agreement', title: { en: 'Twinning signed' }, places: ['fjordvik'] },
        {
          id: 'e1',
          date: '~1890',
          kind: 'harbour-works',
          title: { en: 'Fjordvik harbour built' },
          image: { src: '/test/fixtures/harbour.svg', alt: { en: 'A drawing of the harbour' } },
        },
      ],
    };
    const el = await renderTwin<TwinPilgrimageTimeline>(html`<twin-pilgrimage-timeline lang="en" .data=${data}></twin-pilgrimage-timeline>`);
    expect(entries(el).map((li) => li.dataset['id'])).to.deep.equal(['e1', 'e2']);
    expect(chip(el, 'harbour-works'), 'a kind the library does not know is shown as named').to.not.equal(undefined);
    const img = part<HTMLImageElement>(el, '[part=image]');
    expect(img.alt).to.equal('A drawing of the harbour');
    expect(img.loading).to.equal('lazy');
  });

  it('renders ten thousand events without putting them all on the page, and the keyboard still reaches every one', async function () {
    // Ten thousand events and three long keyboard moves: on a loaded two-core machine this can take longer than
    // the usual 20 s.
    this.timeout(40_000);
    // The page at its top, so the frame is in view: the virtualizer shows only what is near the viewport, and an
    // earlier test may have scrolled the page.
    scrollTo(0, 0);
    const events = Array.from({ length: 10_000 }, (_, i) => ({ id: `e${i}`, date: String(1000 + Math.floor(i / 10)), kind: 'meeting', title: `Event ${i + 1}` }));
    const wrapper = await renderTwin<HTMLElement & TwinPilgrimageTimeline>(
      // A scroller whose scrollbar is always there, as on a long page (a scrollbar appearing while the list
      // lays out makes browsers report a harmless "ResizeObserver loop" error).
      html`<div style="block-size: 600px; overflow-y: scroll"><twin-pilgrimage-timeline loading="eager" lang="en" .data=${{ ...fictionalTwinning, events }}></twin-pilgrimage-timeline></div>`,
    );
    const el = wrapper.querySelector('twin-pilgrimage-timeline')!;
    await el.updateComplete;
    // Once the virtualizer has taken over from the first 40 events shown while it loads (fewer fit in 600 px): the
    // focus given before could be in the list it replaces when End is pressed.
    await until(() => articles(el).length > 0 && articles(el).length < 40, 10_000);
    expect(textOf(part(el, '.count'))).to.equal('10,000 events');
    const rendered = articles(el).length;
    expect(rendered, 'only the events near the viewport are in the page').to.be.above(0).and.below(200);
    expect(entries(el)[0]!.getAttribute('aria-setsize')).to.equal('10000');
    articles(el)[0]!.focus();
    const focusedId = () => (el.shadowRoot!.activeElement as HTMLElement | null)?.parentElement?.dataset['id'];
    await sendKeys({ press: 'End' });
    // The long move waits for the virtualizer frame by frame; frames come late on a busy machine.
    await until(() => focusedId() === 'e9999', 12_000);
    expect(focusedId()).to.equal('e9999');
    expect((el.shadowRoot!.activeElement as HTMLElement).parentElement!.getAttribute('aria-posinset')).to.equal('10000');
    await sendKeys({ press: 'ArrowUp' });
    await until(() => focusedId() === 'e9998');
    expect(focusedId()).to.equal('e9998');
    await sendKeys({ press: 'Home' });
    await until(() => focusedId() === 'e0', 12_000);
    expect(focusedId()).to.equal('e0');
  });

  /** A 2,000-event timeline in `frame` (a 600 px scroller by default), once the virtualizer shows its first events. */
  async function windowedTimeline(
    frame = (timeline: TemplateResult) => html`<div style="block-size: 600px; overflow-y: scroll">${timeline}</div>`,
  ): Promise<{ wrapper: HTMLElement; el: TwinPilgrimageTimeline }> {
    scrollTo(0, 0);
    const events = Array.from({ length: 2000 }, (_, i) => ({ id: `e${i}`, date: String(1000 + Math.floor(i / 2)), kind: 'meeting', title: `Event ${i + 1}` }));
    const wrapper = await renderTwin<HTMLElement & TwinPilgrimageTimeline>(
      frame(html`<twin-pilgrimage-timeline loading="eager" lang="en" .data=${{ ...fictionalTwinning, events }}></twin-pilgrimage-timeline>`),
    );
    const el = wrapper.querySelector('twin-pilgrimage-timeline')!;
    await el.updateComplete;
    await until(() => articles(el).length > 0 && articles(el).length < 40);
    return { wrapper, el };
  }

  it('follows the last key pressed when an earlier move still waits for the virtualizer', async () => {
    const { el } = await windowedTimeline();
    const first = articles(el)[0]!;
    first.focus();
    const press = (key: string) => first.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
    // End sends the focus far outside the window; Home, pressed before it gets there, brings it back.
    press('End');
    press('Home');
    const focusedId = () => (el.shadowRoot!.activeElement as HTMLElement | null)?.parentElement?.dataset['id'];
    // Longer than the End move takes on a quiet machine: when the virtualizer has rendered its target, it must not
    // take the focus after Home.
    await new Promise((r) => setTimeout(r, 3500));
    expect(focusedId()).to.equal('e0');
    expect(el.shadowRoot!.querySelector('article[tabindex="0"]')?.parentElement?.dataset['id']).to.equal('e0');
  });

  /** A 2,000-event timeline in a 400 px frame that hides its overflow (`hidden` or `clip`), on a page taller than the window. */
  async function framedTimeline(overflow: 'hidden' | 'clip') {
    window.scrollTo(0, 0);
    const { wrapper, el } = await windowedTimeline(
      (timeline) => html`<div><div class="frame" style="block-size: 400px; overflow: ${overflow}">${timeline}</div><div style="block-size: 3000px"></div></div>`,
    );
    const first = articles(el)[0]!;
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true, cancelable: true }));
    const focusedId = () => (el.shadowRoot!.activeElement as HTMLElement | null)?.parentElement?.dataset['id'];
    const tabStops = () => articles(el).filter((a) => a.getAttribute('tabindex') === '0').map((a) => a.parentElement!.dataset['id']);
    return { wrapper, el, focusedId, tabStops };
  }

  it('brings the last event into view in a frame that hides its overflow, as the browser shows a focused element', async () => {
    const { wrapper, focusedId, tabStops } = await framedTimeline('hidden');
    await until(() => focusedId() === 'e1999', 12_000);
    expect(focusedId()).to.equal('e1999');
    expect(tabStops()).to.deep.equal(['e1999']);
    expect(wrapper.querySelector('.frame')!.scrollTop, 'the frame scrolled').to.be.above(1000);
    expect(window.scrollY, 'the page did not').to.equal(0);
  });

  it('keeps the focus, the tab stop and the page where they are when a frame cuts the timeline off', async () => {
    const { el, focusedId, tabStops } = await framedTimeline('clip');
    // A few frames: the move finds that nothing can scroll the last event into view, and stops.
    for (let frame = 0; frame < 10; frame++) await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
    expect(focusedId(), 'the focus').to.equal('e0');
    expect(tabStops(), 'the tab stops').to.deep.equal(['e0']);
    expect(window.scrollY, 'the page did not scroll').to.equal(0);
  });

  it('keeps one tab stop, on the focused event, through fast key presses, the virtualizer and a new language', async () => {
    const { wrapper, el } = await windowedTimeline();
    articles(el)[0]!.focus();
    const focused = () => el.shadowRoot!.activeElement as HTMLElement | null;
    const focusedId = () => focused()?.parentElement?.dataset['id'];
    const tabStops = () => articles(el).filter((a) => a.getAttribute('tabindex') === '0').map((a) => a.parentElement!.dataset['id']);
    // Faster than frames: each press waits only for the focus, as when a key is held down on a fast machine.
    for (let i = 1; i <= 60; i++) {
      focused()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true, cancelable: true }));
      await until(() => focusedId() === `e${i}`);
    }
    expect(articles(el).length, 'still windowed').to.be.below(80);
    // Once the virtualizer has followed the scroll (it renders its items again then).
    for (let i = 0; i < 5; i++) await new Promise((r) => requestAnimationFrame(r));
    expect(focusedId()).to.equal('e60');
    expect(tabStops()).to.deep.equal(['e60']);
    // Scrolled back to the top, the first events are rendered again, none of them a tab stop.
    const whereE60 = wrapper.scrollTop;
    wrapper.scrollTop = 0;
    await until(() => articles(el).some((a) => a.parentElement!.dataset['id'] === 'e0'), 10_000);
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
    expect(tabStops()).to.deep.equal([]);
    // A render for another reason (here the language) keeps the tab stop where the keys left it.
    el.lang = 'tr';
    await until(() => textOf(part(el, '.count')) === '2.000 olay', 10_000);
    expect(tabStops()).to.deep.equal([]);
    // Back down, the event the keys left it on is the tab stop again. In Turkish the entries may be of other heights,
    // so e60 may lie a little above or below where it was: the reader scrolls on until it is in view.
    wrapper.scrollTop = whereE60;
    const shownIndexes = () => articles(el).map((a) => Number(a.parentElement!.dataset['index']));
    await until(() => {
      const shown = shownIndexes();
      if (shown.length && !shown.includes(60)) wrapper.scrollTop += 60 < Math.min(...shown) ? -150 : 150;
      return tabStops().length > 0;
    }, 10_000);
    expect(tabStops()).to.deep.equal(['e60']);
  });

  it('renders a thousand events with years only', async () => {
    const events = Array.from({ length: 1000 }, (_, i) => ({ id: `e${i}`, date: String(1000 + i), kind: i % 2 ? 'odd' : 'even', title: `Year ${1000 + i}` }));
    const wrapper = await renderTwin<HTMLElement & TwinPilgrimageTimeline>(
      html`<div style="block-size: 600px; overflow-y: scroll"><twin-pilgrimage-timeline loading="eager" lang="en" .data=${{ ...fictionalTwinning, events }}></twin-pilgrimage-timeline></div>`,
    );
    const el = wrapper.querySelector('twin-pilgrimage-timeline')!;
    await el.updateComplete;
    await until(() => articles(el).length > 0);
    expect(textOf(part(el, '.count'))).to.equal('1,000 events');
    expect(dateOf(el, 'e0')).to.equal('1000');
    expect(secondaryOf(el, 'e0')).to.equal('378–379 SH');
  });
});
