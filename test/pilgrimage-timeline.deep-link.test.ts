/**
 * Deep links (`deep-link`): the page's address selects an event, also in a windowed timeline of 1,000 events, and a
 * selection is written back with history.replaceState; each event offers its link to copy.
 */
import { expect } from '@open-wc/testing';
import '../src/pilgrimage-timeline.js';
import type { TwinPilgrimageTimeline } from '../src/pilgrimage-timeline.js';
import { fictionalTwinning } from './fixtures/fictional-twinning.js';
import { html, part, renderTwin, until } from './helpers/render.js';

const original = location.href;
const setHash = (hash: string) => history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
const inViewport = (node: Element) => {
  const r = node.getBoundingClientRect();
  return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
};
const article = (el: Element, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`li[data-id="${id}"] > article`);
/** A timeline of 1,000 events a year apart (windowed), `e1` to `e1000`. */
const thousandEvents = () => ({
  ...fictionalTwinning,
  events: Array.from({ length: 1000 }, (_, i) => ({ id: `e${i + 1}`, date: String(1000 + i), kind: 'meeting', title: `Event ${i + 1}` })),
});
/** A linked timeline (`deep-link`) of 1,000 events in English, not yet in the page. */
function linkedTimeline(): TwinPilgrimageTimeline {
  const el = document.createElement('twin-pilgrimage-timeline') as TwinPilgrimageTimeline;
  el.lang = 'en';
  el.setAttribute('deep-link', '');
  el.data = thousandEvents();
  return el;
}
/**
 * Waits until the 900th event is marked current and `shown` (in the view it scrolls in), then checks that it stays
 * shown for 20 frames while the virtualizer measures the events around it. `where` says where the view was scrolled.
 */
async function expectShownAndKept(el: TwinPilgrimageTimeline, shown: (node: Element) => boolean, where: () => string): Promise<void> {
  await until(() => {
    const target = article(el, 'e900');
    return !!target && target.getAttribute('aria-current') === 'true' && shown(target);
  }, 5000);
  const target = article(el, 'e900');
  expect(target, `the 900th event is rendered (${where()}, ${el.shadowRoot!.querySelectorAll('article.event').length} events drawn)`).to.not.equal(null);
  expect(shown(target!), `shown (${where()})`).to.equal(true);
  expect(el.selected).to.equal('e900');
  expect(el.shadowRoot!.querySelectorAll('article.event').length, 'only a window of events').to.be.within(1, 199);
  for (let frame = 0; frame < 20; frame++) {
    await new Promise((r) => requestAnimationFrame(r));
    expect(shown(article(el, 'e900') ?? el), `still shown ${frame + 1} frames later (${where()})`).to.equal(true);
  }
}

afterEach(() => {
  history.replaceState(history.state, '', original);
  scrollTo(0, 0);
});

/**
 * Issue 23 asks for the linked event within 1 s. WebKitGTK's MiniBrowser, which the tests drive under Xvfb, draws in
 * software: alone it showed the 900th event in 0.09–0.55 s, but in CI, with Chromium and Firefox testing beside it on
 * two cores, once in 1.6 s. There the limit is 2.5 s. Chromium once took 1,021 ms in CI on 3 December, with the
 * machine's load average at 12 (its npm ci took 127 s against 49 s on a quiet hour): a wall-clock limit measures
 * the machine as much as the element, so Chromium and Firefox have 1.5 s in the suite, a gross bound. The 1 s of
 * issue 23 is a budget in `npm run bench` and `bench:quick` (the row "opened at the 900th event"), where one browser
 * runs alone on a production build.
 */
const WEBKIT_GTK = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Firefox/.test(navigator.userAgent);
const SHOWN_WITHIN = WEBKIT_GTK ? 2500 : 1500;

describe('<twin-pilgrimage-timeline deep-link>', () => {
  it('selects the 900th of 1,000 events from the address and shows it in the viewport within 1.5 s (2.5 s in WebKitGTK), lazy by default', async () => {
    const data = thousandEvents();
    // A page's first timeline of 1,000 events once, unlinked: the virtualizer's code is downloaded and compiled, as a
    // page does while its data downloads (prepareWhileLoading); the time measured is then the element's own.
    const first = await renderTwin<TwinPilgrimageTimeline>(html`<twin-pilgrimage-timeline lang="en" loading="eager" .data=${data}></twin-pilgrimage-timeline>`);
    await until(() => !!first.shadowRoot!.querySelector('ol.windowed') && first.shadowRoot!.querySelectorAll('article.event').length !== 40);
    first.remove();
    setHash('#intro&event=e900');
    const selections: string[] = [];
    const start = performance.now();
    const el = document.createElement('twin-pilgrimage-timeline') as TwinPilgrimageTimeline;
    el.lang = 'en';
    el.setAttribute('deep-link', '');
    el.data = data;
    el.addEventListener('twin-select', (e) => selections.push(e.detail.id));
    // Below a screen of other content: a lazy timeline would not load there, a linked one does.
    const spacer = document.createElement('div');
    spacer.style.blockSize = '150vh';
    document.body.append(spacer, el);
    // Every frame: the events drawn (the first drawn must be the ones around the 900th, never the top of the list).
    const drawn = new Set<number>();
    let watching = true;
    const watch = () => {
      for (const li of el.shadowRoot?.querySelectorAll<HTMLElement>('li[data-index]') ?? []) drawn.add(Number(li.dataset['index']));
      if (watching) requestAnimationFrame(watch);
    };
    watch();
    try {
      await until(() => {
        const target = article(el, 'e900');
        return !!target && target.getAttribute('aria-current') === 'true' && inViewport(target);
      }, 5000);
      const elapsed = performance.now() - start;
      const target = article(el, 'e900');
      expect(target, `the 900th event is rendered (scrolled to ${Math.round(scrollY)}, showing ${[...el.shadowRoot!.querySelectorAll('li')].slice(0, 2).map((li) => li.dataset['id']).join()}…, ${el.selected})`).to.not.equal(null);
      expect(target!.getAttribute('aria-current')).to.equal('true');
      expect(inViewport(target!), 'in the viewport').to.equal(true);
      expect(el.selected).to.equal('e900');
      expect(el.shadowRoot!.querySelector('ol.windowed'), 'windowed').to.not.equal(null);
      expect(el.shadowRoot!.querySelectorAll('article.event').length, 'only a window of events').to.be.below(200);
      expect(elapsed, `shown after ${Math.round(elapsed)} ms (at most ${SHOWN_WITHIN} ms here)`).to.be.below(SHOWN_WITHIN);
      expect(selections, 'selected by the page’s address, as by `selected`: no twin-select').to.deep.equal([]);
      expect(location.hash, 'the address is left as it was').to.equal('#intro&event=e900');
      expect(Math.min(...drawn), 'the first events drawn are those around the 900th').to.be.above(800);
      // It stays there while the virtualizer measures the events around it (the list shrank under it, and it left the view).
      for (let frame = 0; frame < 20; frame++) {
        await new Promise((r) => requestAnimationFrame(r));
        expect(inViewport(article(el, 'e900') ?? el), `still in the viewport ${frame + 1} frames later (scrolled to ${Math.round(scrollY)})`).to.equal(true);
      }
      expect(Math.min(...drawn), 'no event near the top drawn since').to.be.above(800);
    } finally {
      watching = false;
      el.remove();
      spacer.remove();
    }
  });

  it('shows the 900th of 1,000 events in the scrolling box a site put the timeline in, and keeps it there', async () => {
    // A site's panel of fixed height that scrolls (`overflow: auto`), with something above the timeline in it. The
    // virtualizer 2.1.1 placed a framed entry at twice the box's scroll there and drew nothing (lit/lit#4767).
    setHash('#event=e900');
    const box = document.createElement('div');
    box.style.cssText = 'inline-size: 600px; block-size: 500px; overflow: auto';
    const heading = document.createElement('h2');
    heading.textContent = 'Our twin city';
    const el = linkedTimeline();
    box.append(heading, el);
    document.body.append(box);
    const inBox = (node: Element) => {
      const r = node.getBoundingClientRect();
      const b = box.getBoundingClientRect();
      return r.height > 0 && r.top >= b.top - 1 && r.bottom <= b.bottom + 1;
    };
    try {
      await expectShownAndKept(el, inBox, () => `the box scrolled to ${Math.round(box.scrollTop)}`);
      expect(scrollY, 'the page itself did not move').to.equal(0);
    } finally {
      box.remove();
    }
  });

  // `body { overflow-x: hidden }`, alone (the viewport takes the body's overflow) or with `html { overflow-y: scroll }`
  // (the body is then a box that never overflows): the page scrolls, but the virtualizer took the body for its box.
  for (const withHtmlRule of [false, true]) {
    it(`shows the 900th of 1,000 events on a page whose body hides its horizontal overflow${withHtmlRule ? ', its html always showing a scroll bar' : ''} (common site rules)`, async () => {
      setHash('#event=e900');
      const styles = [document.body.style.cssText, document.documentElement.style.cssText] as const;
      document.body.style.overflowX = 'hidden';
      if (withHtmlRule) document.documentElement.style.overflowY = 'scroll';
      const el = linkedTimeline();
      document.body.append(el);
      try {
        await expectShownAndKept(el, inViewport, () => `the page scrolled to ${Math.round(scrollY)}`);
      } finally {
        el.remove();
        [document.body.style.cssText, document.documentElement.style.cssText] = styles;
      }
    });
  }

  it('opens the linked event, writes the reader’s selection with replaceState keeping the rest, and follows the address', async () => {
    setHash('#top&event=rumi-dies');
    const el = await renderTwin<TwinPilgrimageTimeline>(html`<twin-pilgrimage-timeline lang="fa" deep-link loading="eager"></twin-pilgrimage-timeline>`);
    await until(() => article(el, 'rumi-dies')?.getAttribute('aria-current') === 'true');
    expect(el.selected).to.equal('rumi-dies');
    expect(part(el, '#details-rumi-dies').hidden, 'its details are open').to.equal(false);
    const entries = history.length;
    article(el, 'museum-opens')!.click();
    await el.updateComplete;
    expect(location.hash).to.equal('#top&event=museum-opens');
    article(el, 'mou-signed')!.focus();
    article(el, 'mou-signed')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(location.hash).to.equal('#top&event=mou-signed');
    expect(history.length, 'no history entry per selection').to.equal(entries);
    // The reader edits the address (or follows a link on the page).
    location.hash = '#top&event=shams-meets-rumi';
    await until(() => el.selected === 'shams-meets-rumi');
    expect(el.selected).to.equal('shams-meets-rumi');
    expect(article(el, 'shams-meets-rumi')!.getAttribute('aria-current')).to.equal('true');
  });

  it('links by another key when the attribute names one, and ignores an unknown event', async () => {
    setHash('#event=rumi-dies&story=nope');
    const el = await renderTwin<TwinPilgrimageTimeline>(html`<twin-pilgrimage-timeline lang="en" deep-link="story" loading="eager"></twin-pilgrimage-timeline>`);
    await new Promise((r) => setTimeout(r, 100));
    expect(el.selected, 'no event is called "nope"').to.equal(undefined);
    article(el, 'museum-opens')!.click();
    await el.updateComplete;
    expect(location.hash).to.equal('#event=rumi-dies&story=museum-opens');
  });

  it('leaves the address alone without the attribute, and offers no link to copy', async () => {
    setHash('#event=rumi-dies');
    const el = await renderTwin<TwinPilgrimageTimeline>(html`<twin-pilgrimage-timeline lang="en" loading="eager"></twin-pilgrimage-timeline>`);
    await new Promise((r) => setTimeout(r, 100));
    expect(el.selected).to.equal(undefined);
    article(el, 'museum-opens')!.click();
    await el.updateComplete;
    expect(location.hash).to.equal('#event=rumi-dies');
    expect(el.shadowRoot!.querySelector('.copy-link')).to.equal(null);
  });

  describe('Copy link to this event', () => {
    const descriptor = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    afterEach(() => {
      if (descriptor) Object.defineProperty(navigator, 'clipboard', descriptor);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    });
    const withClipboard = (writeText: ((text: string) => Promise<void>) | undefined) =>
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: writeText ? { writeText } : undefined });

    for (const [lang, button, said] of [
      ['fa', 'کپی پیوند این رویداد', 'پیوند کپی شد.'],
      ['tr', 'Bu olayın bağlantısını kopyala', 'Bağlantı kopyalandı.'],
      ['en', 'Copy link to this event', 'Link copied.'],
    ] as const) {
      it(`copies the event's link to the clipboard and says so politely (${lang})`, async () => {
        const written: string[] = [];
        withClipboard(async (text) => void written.push(text));
        setHash('#intro');
        const el = await renderTwin<TwinPilgrimageTimeline>(html`<twin-pilgrimage-timeline lang=${lang} deep-link loading="eager"></twin-pilgrimage-timeline>`);
        article(el, 'rumi-dies')!.click();
        await el.updateComplete;
        const copy = part<HTMLButtonElement>(el, 'li[data-id="rumi-dies"] .copy-link');
        expect(copy.textContent!.trim()).to.equal(button);
        const r = copy.getBoundingClientRect();
        expect(Math.min(r.width, r.height), 'a target of 24 px at least').to.be.at.least(24);
        copy.click();
        await until(() => written.length > 0);
        expect(written).to.deep.equal([`${location.origin}${location.pathname}${location.search}#intro&event=rumi-dies`]);
        await el.updateComplete;
        const region = part(el, '[role=status][aria-live=polite]');
        expect(region.textContent!.trim()).to.equal(said);
        expect(article(el, 'rumi-dies')!.getAttribute('aria-current'), 'the click on the button did not toggle the event').to.equal('true');
        expect(part(el, '#details-rumi-dies').hidden).to.equal(false);
      });
    }

    for (const [how, writeText] of [
      ['no clipboard API', undefined],
      ['a refused write', () => Promise.reject(new DOMException('denied', 'NotAllowedError'))],
    ] as const) {
      it(`shows the link selected in a read-only field where it cannot copy (${how})`, async () => {
        withClipboard(writeText);
        const el = await renderTwin<TwinPilgrimageTimeline>(html`<twin-pilgrimage-timeline lang="en" deep-link loading="eager"></twin-pilgrimage-timeline>`);
        article(el, 'museum-opens')!.click();
        await el.updateComplete;
        part<HTMLButtonElement>(el, 'li[data-id="museum-opens"] .copy-link').click();
        await until(() => !!el.shadowRoot!.querySelector('.link-field'));
        const field = part<HTMLInputElement>(el, 'li[data-id="museum-opens"] .link-field');
        expect(field.readOnly).to.equal(true);
        expect(field.value).to.equal(`${location.origin}${location.pathname}${location.search}#event=museum-opens`);
        expect(field.getAttribute('aria-label')).to.equal('Link to this event');
        expect(el.shadowRoot!.activeElement).to.equal(field);
        expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
      });
    }
  });
});
