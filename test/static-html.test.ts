/**
 * The static copy printed by `twin-city-elements render` (Lit SSR, declarative shadow DOM), as a browser reads it:
 * it shows the elements' content with no script at all, a hostile dataset cannot run script through it, and when the
 * library's script loads later each element replaces its copy with its live content: the same text, no duplicate
 * nodes, no error. The HTML comes from the command line itself (built from the sources by the test runner, see
 * scripts/ssr-cli.mjs).
 *
 * This file must not import the elements statically: the first test needs them undefined.
 */
import { expect } from '@open-wc/testing';
import type { TwinElement } from '../src/shared/twin-element.js';
import { countryName } from '../src/i18n/format.js';
import { richDataset } from './fixtures/hostile-datasets.js';
import { textOf, until } from './helpers/render.js';

interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function cli(args: string[], data?: unknown): Promise<string> {
  const response = await fetch('/__twin-render', { method: 'POST', body: JSON.stringify({ args: ['render', ...args], data }) });
  const result = (await response.json()) as CliResult;
  if (result.code !== 0) throw new Error(`twin-city-elements ${args.join(' ')} exited with ${result.code}: ${result.stderr}`);
  return result.stdout;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

/** A page holding `body`, in an iframe whose sandbox allows script or not. */
async function page(body: string, lang: string, scripts: boolean): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', scripts ? 'allow-same-origin allow-scripts' : 'allow-same-origin');
  frame.style.inlineSize = '900px';
  frame.style.blockSize = '700px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>static</title></head><body>${body}</body></html>`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame;
}

/** A page holding `html` (no script) in a column `width` px wide, inside a frame 40 px wider; its document. */
async function sized(html: string, lang: string, width: number): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = `inline-size: ${width + 40}px; block-size: 1400px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="${lang}"><body style="margin: 0; font: 16px sans-serif"><div style="inline-size: ${width}px">${html}</div></body></html>`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentDocument!;
}

/** The map copy's picture on screen: the one drawn for the frame's width (the others are not displayed). */
function shownPicture(map: ShadowRoot): SVGSVGElement {
  const shown = [...map.querySelectorAll<SVGSVGElement>('svg.map.still')].filter((svg) => svg.getBoundingClientRect().width > 0);
  expect(shown.length, 'one picture shown').to.equal(1);
  return shown[0]!;
}

const tags = ['twin-agreement-card', 'twin-signatory-list', 'twin-city-map', 'twin-pilgrimage-timeline'] as const;

/**
 * The element once upgraded. Firefox upgrades the elements of `setHTMLUnsafe` content a task later when the content
 * holds a `<script>` (here the inline dataset).
 */
async function upgraded(el: Element): Promise<TwinElement> {
  const ctor = customElements.get(el.localName)!;
  for (let i = 0; i < 100 && !(el instanceof ctor); i++) await new Promise((r) => setTimeout(r, 10));
  expect(el, `<${el.localName}> is upgraded`).to.be.instanceOf(ctor);
  return el as TwinElement;
}

/**
 * Brings an element into view and waits until it shows its data: the map and the timeline are lazy, and keep their
 * static copy until they come near the viewport.
 */
async function inView(el: TwinElement): Promise<void> {
  el.scrollIntoView();
  await until(() => !!el.loadedDataset && !el.shadowRoot?.querySelector('.skeleton'), 10_000);
  await el.updateComplete;
}

/** What a reader sees of the copy or the element: the text of its frame (not its style sheet). */
function shownText(el: Element): string {
  return textOf(el.shadowRoot!.querySelector('.base')!);
}

describe('static HTML from twin-city-elements render', function () {
  // The command runs in Node for each test, beside three browsers on two cores.
  this.timeout(60_000);

  it('shows every element in Persian with no script: declarative shadow roots, styles applied, dates in the Solar Hijri calendar', async () => {
    const frame = await page(await cli(['--element', 'all', '--lang', 'fa']), 'fa', false);
    const doc = frame.contentDocument!;
    const win = frame.contentWindow!;
    for (const tag of tags) {
      const el = doc.querySelector(tag)!;
      expect(el, tag).not.to.equal(null);
      expect(win.customElements.get(tag), `${tag} is not defined in the frame`).to.equal(undefined);
      expect(el.shadowRoot, `${tag} has a declarative shadow root`).not.to.equal(null);
      expect(el.getAttribute('dir')).to.equal('rtl');
      expect(win.getComputedStyle(el).display, `${tag} is styled by its shadow root's style sheet`).to.equal('block');
      expect(el.shadowRoot!.querySelector('.base')!.getBoundingClientRect().height, `${tag} takes room`).to.be.greaterThan(50);
    }
    expect(shownText(doc.querySelector('twin-agreement-card')!)).to.include('تفاهم‌نامه خواهرخواندگی خوی و قونیه').and.include('۲۳ آذر ۱۴۰۴');
    expect(shownText(doc.querySelector('twin-signatory-list')!)).to.include('بهمن رضانژاد').and.include('امضاکننده');
    const map = doc.querySelector('twin-city-map')!.shadowRoot!;
    expect(map.querySelectorAll('svg.map path.land').length, 'the map draws the countries').to.be.greaterThan(5);
    expect(textOf(map.querySelector('.places')!)).to.include('خوی').and.include('قونیه');
    expect(shownText(doc.querySelector('twin-pilgrimage-timeline')!)).to.include('۴ دی ۶۵۲');
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!) as { '@graph': { startDate?: string }[] };
    expect(ld['@graph'][0]!.startDate).to.equal('2025-12-14');
  });

  it('lays out the map copy’s labels as the live map does: none over another, a marker or the frame, in every language and picture', async () => {
    for (const lang of ['fa', 'en', 'tr', 'az', 'az-Arab']) {
      const html = await cli(['--element', 'city-map', '--lang', lang]);
      // A page for each of the copy's pictures (drawn for frames under 480 px, to 900 px, and wider).
      for (const width of [375, 800, 1200]) {
        const map = (await sized(html, lang, width)).querySelector('twin-city-map')!.shadowRoot!;
        const svg = shownPicture(map);
        const frameBox = svg.getBoundingClientRect();
        const where = `${lang} ${width} px`;
        // Each label's text as the browser draws it, on screen (its fill: Firefox counts the halo in an SVG element's
        // client rectangle, Chromium and WebKit do not; the halo is 1.75 px each side, the layout's padding).
        const ctm = svg.getScreenCTM()!;
        const drawn = (g: SVGGraphicsElement) => {
          const b = g.getBBox();
          return new DOMRect(ctm.a * b.x + ctm.e, ctm.d * b.y + ctm.f, ctm.a * b.width, ctm.d * b.height);
        };
        const labels = [...svg.querySelectorAll<SVGGElement>('.label, .country-label, .distance, .still-scale')]
          .filter((g) => g.querySelector('text'))
          .map((g) => ({ name: textOf(g), box: drawn(g) }));
        const markers = [...svg.querySelectorAll<SVGGraphicsElement>('[part~="marker"] .dot')].map((d) => d.getBoundingClientRect());
        expect(labels.length, `${where}: the two cities, their places, the distance, the scale and country names`).to.be.greaterThan(8);
        expect(labels.map((l) => l.name).join(' '), `${where}: the distance`).to.match(/[0-9۰-۹]/);
        const apart = (a: DOMRect, b: DOMRect) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        for (const [i, a] of labels.entries()) {
          expect(a.box.left >= frameBox.left && a.box.right <= frameBox.right && a.box.top >= frameBox.top && a.box.bottom <= frameBox.bottom, `${where}: “${a.name}” inside the map`).to.equal(true);
          const at = (r: DOMRect) => `${r.x.toFixed(1)},${r.y.toFixed(1)} ${r.width.toFixed(1)}×${r.height.toFixed(1)}`;
          for (const b of labels.slice(i + 1)) expect(apart(a.box, b.box), `${where}: “${a.name}” (${at(a.box)}) apart from “${b.name}” (${at(b.box)})`).to.equal(true);
          for (const m of markers) expect(apart(a.box, m), `${where}: “${a.name}” off the markers`).to.equal(true);
        }
      }
    }
  });

  it('fills the map copy’s frame with its picture at any width: land to every edge, a true scale bar, names 10 to 24 px', async () => {
    const { khoyKonya } = await import('../src/data/khoy-konya.js');
    const { distanceKm } = await import('../src/geo/projection.js');
    const city = (id: string) => khoyKonya.cities.find((c) => c.id === id)!.location;
    const km = distanceKm(city('khoy'), city('konya'));
    const digits = (text: string) => Number(text.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d))).replace(/[^0-9]/g, ''));
    for (const lang of ['fa', 'en']) {
      const html = await cli(['--element', 'city-map', '--lang', lang]);
      for (const width of [320, 375, 600, 800, 1000, 1200, 1920]) {
        const map = (await sized(html, lang, width)).querySelector('twin-city-map')!.shadowRoot!;
        const where = `${lang} ${width} px`;
        const frame = map.querySelector('.viewport.still')!.getBoundingClientRect();
        const svg = shownPicture(map);
        // The land reaches every edge of the frame (this map's has land at each), where it was cut straight with a
        // band of water beside it, and the water covers the frame.
        const land = [...svg.querySelectorAll('.land')].map((p) => p.getBoundingClientRect()).filter((b) => b.width > 0);
        const water = svg.querySelector('.water')!.getBoundingClientRect();
        for (const [side, reached] of [
          ['left', Math.min(...land.map((b) => b.left)) <= frame.left + 1 && water.left <= frame.left],
          ['right', Math.max(...land.map((b) => b.right)) >= frame.right - 1 && water.right >= frame.right],
          ['top', Math.min(...land.map((b) => b.top)) <= frame.top + 1 && water.top <= frame.top],
          ['bottom', Math.max(...land.map((b) => b.bottom)) >= frame.bottom - 1 && water.bottom >= frame.bottom],
        ] as const) {
          expect(reached, `${where}: land and water to the frame's ${side} edge`).to.equal(true);
        }
        // The scale bar measures the picture as drawn: its length to its kilometres as the two cities' distance on
        // screen to theirs (the projection is true to a percent or two across the view).
        const dots = [...svg.querySelectorAll('.marker.city .dot')].map((d) => d.getBoundingClientRect());
        expect(dots.length, where).to.equal(2);
        const between = Math.hypot(dots[0]!.x - dots[1]!.x, dots[0]!.y - dots[1]!.y);
        // The bar's geometry (Firefox counts the stroke in a path's client rectangle) at the picture's scale.
        const bar = svg.querySelector<SVGPathElement>('.still-scale path')!.getBBox().width * svg.getScreenCTM()!.a;
        const barKm = digits(textOf(svg.querySelector('.still-scale text')!));
        expect(bar / barKm, `${where}: the scale bar (${barKm} km in ${bar.toFixed(1)} px) against the cities' ${between.toFixed(1)} px`).to.be.closeTo(between / km, (between / km) * 0.04);
        // Every name is drawn at a readable size, scaled with its picture.
        const scale = svg.getScreenCTM()!.a;
        for (const text of svg.querySelectorAll('text')) {
          const px = Number.parseFloat(getComputedStyle(text).fontSize) * scale;
          expect(px, `${where}: “${text.textContent}” at ${px.toFixed(1)} px`).to.be.within(10, 24);
        }
      }
    }
  });

  it('keeps the map copy as tall as the live map that takes its place, at any width (nothing on the page moves)', async () => {
    await import('../src/index.js');
    for (const lang of ['fa', 'en']) {
      const html = await cli(['--element', 'city-map', '--lang', lang]);
      for (const width of [375, 800, 1200]) {
        // The copy alone, as a reader without JavaScript has it (a page that runs no script).
        const copy = (await sized(html, lang, width)).querySelector('twin-city-map')!;
        expect(copy.shadowRoot!.querySelector('svg.map.still'), `${lang} ${width}: the copy`).to.not.equal(null);
        const copyHeight = copy.getBoundingClientRect().height;
        // The live map, drawn.
        const box = document.createElement('div');
        box.style.cssText = `inline-size: ${width}px; font: 16px sans-serif`;
        const live = document.createElement('twin-city-map') as TwinElement;
        live.setAttribute('lang', lang);
        live.setAttribute('loading', 'eager');
        box.append(live);
        document.body.append(box);
        try {
          await until(() => !!live.shadowRoot?.querySelector('svg.map .marker'), 10_000);
          await live.updateComplete;
          expect(live.getBoundingClientRect().height, `${lang} ${width}: the live map against its copy`).to.be.closeTo(copyHeight, 1);
        } finally {
          box.remove();
        }
      }
    }
  });

  it('a hostile dataset runs no script, even in a page that allows scripts', async () => {
    const data = richDataset() as Record<string, unknown> & { cities: { name: unknown }[]; people: { name: unknown }[]; agreements: { title: unknown }[]; events: { title: unknown }[] };
    const payload = '</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';
    data.cities[0]!.name = { en: payload, ar: payload };
    data.people[0]!.name = payload;
    data.agreements[0]!.title = `${payload}\u2028\u2029<!--`;
    data.events[0]!.title = payload;
    const frame = await page(await cli(['--element', 'all', '--lang', 'en'], data), 'en', true);
    await new Promise((r) => setTimeout(r, 300));
    const win = frame.contentWindow as Window & { __pwned?: number };
    expect(win.__pwned).to.equal(undefined);
    const doc = frame.contentDocument!;
    expect(doc.querySelectorAll('img').length, 'no element came out of the data').to.equal(0);
    for (const tag of tags) expect(doc.querySelector(tag)!.shadowRoot!.querySelectorAll('script, img:not([part="image"])').length, tag).to.equal(0);
    expect(shownText(doc.querySelector('twin-agreement-card')!)).to.include('</script><script>window.__pwned=1</script>');
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!) as { '@graph': { name?: string }[] };
    expect(ld['@graph'][0]!.name).to.equal(`${payload}\u2028\u2029<!--`);
  });

  it('is taken over by the elements when the script loads later: same text, no duplicate, no error', async () => {
    const html = await cli(['--element', 'all', '--lang', 'fa']);
    const container = document.createElement('div');
    container.lang = 'fa';
    document.body.append(container);
    container.setHTMLUnsafe(html);
    const copies = new Map(tags.map((tag) => [tag, container.querySelector(tag)!.shadowRoot!] as const));
    const countries = countriesOf(container);
    const before = new Map(tags.map((tag) => [tag, engineNeutralText(container.querySelector(tag)!, 'fa', countries)] as const));
    const timelineTitles = [...copies.get('twin-pilgrimage-timeline')!.querySelectorAll('.title')].map(textOf);
    const copyEvents = copies.get('twin-pilgrimage-timeline')!.querySelector('ol.events')!.getBoundingClientRect().height;
    // The names of the cities and places (the live map, which measures its labels, may leave out a reference city
    // that the copy, which estimates them, kept).
    const mapNames = [...shownPicture(copies.get('twin-city-map')!).querySelectorAll('.label.city, .label.place')].map(textOf);

    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
    window.addEventListener('error', onError);
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      await import('../src/index.js');
      for (const tag of tags) {
        const el = await upgraded(container.querySelector(tag)!);
        await inView(el);
        expect(el.shadowRoot, `${tag} keeps its shadow root`).to.equal(copies.get(tag));
        expect(el.shadowRoot!.querySelectorAll('.base').length, `${tag}: one frame, not two`).to.equal(1);
        expect(el.shadowRoot!.querySelectorAll('style').length, `${tag}: the copy's <style> is gone (the element adopts its styles)`).to.equal(0);
      }
    } finally {
      window.removeEventListener('error', onError);
      console.error = consoleError;
    }
    expect(errors).to.deep.equal([]);

    const card = container.querySelector('twin-agreement-card')!;
    expect(engineNeutralText(card, 'fa', countries)).to.equal(before.get('twin-agreement-card'));
    expect(card.shadowRoot!.querySelectorAll('article.card').length).to.equal(1);
    expect(engineNeutralText(container.querySelector('twin-signatory-list')!, 'fa', countries)).to.equal(before.get('twin-signatory-list'));
    // The live map has its controls and labels laid out by measure; the copy had its list of places under it.
    const map = container.querySelector('twin-city-map')!.shadowRoot!;
    expect(map.querySelectorAll('svg.map').length).to.equal(1);
    expect(map.querySelector('.places'), 'the list of places of the copy is gone').to.equal(null);
    const liveNames = [...map.querySelectorAll('.label')].map(textOf);
    for (const name of mapNames) expect(liveNames).to.include(name);
    // The live timeline has its filters and closed details; its events are the copy's.
    const timeline = container.querySelector('twin-pilgrimage-timeline')!.shadowRoot!;
    expect(timeline.querySelectorAll('ol.events').length).to.equal(1);
    expect([...timeline.querySelectorAll('.title')].map(textOf)).to.deep.equal(timelineTitles);
    // With the copy's details open, so that the page does not shrink under the reader (the live timeline closed them:
    // 40% shorter, 1,100 px on a phone). The live timeline adds its filters above the events and a Details button to
    // each (5% here).
    expect(timeline.querySelector('ol.events')!.getBoundingClientRect().height, 'the events about as tall as the copy’s').to.be.closeTo(copyEvents, copyEvents * 0.06);
    container.remove();
  });

  it('a copy of another dataset (--data) is taken over with that dataset, read from the element’s inline JSON', async () => {
    await import('../src/index.js');
    const html = await cli(['--element', 'agreement-card', '--lang', 'tr'], richDataset());
    const parsed = Document.parseHTMLUnsafe(html);
    const countries = countriesOf(parsed);
    const container = document.createElement('div');
    document.body.append(container);
    container.setHTMLUnsafe(html);
    const el = await upgraded(container.querySelector('twin-agreement-card')!);
    await el.updateComplete;
    expect(el.loadedDataset?.id).to.equal('wadi-noor-fjordvik');
    const text = engineNeutralText(el, 'tr', countries);
    expect(text).to.include('Wadi Noor – Fjordvik kardeş şehir anlaşması').and.not.include('Konya');
    expect(text).to.equal(engineNeutralText(parsed.querySelector('twin-agreement-card')!, 'tr', countries));
    expect(el.shadowRoot!.querySelectorAll('.base').length).to.equal(1);
    container.remove();
  });

  it('an element defined before the parser reaches its copy renders once, with no error', async () => {
    // A page whose script defines the elements before the rest of the page is parsed (an async module, or HTML
    // written by document.write): the parser connects the element before its template, Lit gives it a shadow root
    // first, and the copy's template stays an inert child.
    const frame = await page(`<script type="module">import '/src/index.ts'; window.twinReady = true;</script>`, 'en', true);
    const win = frame.contentWindow as Window & { twinReady?: boolean };
    for (let i = 0; i < 300 && !win.twinReady; i++) await new Promise((r) => setTimeout(r, 20));
    expect(win.twinReady, 'the library loaded in the frame').to.equal(true);
    const errors: unknown[] = [];
    win.addEventListener('error', (e) => errors.push(e.error ?? e.message));
    const html = await cli(['--element', 'all', '--lang', 'fa']);
    const doc = frame.contentDocument!;
    doc.open();
    doc.write(`<!doctype html><html lang="fa"><body>${html}</body></html>`);
    doc.close();
    for (const tag of tags) {
      const el = doc.querySelector(tag) as TwinElement;
      expect(el, tag).to.be.instanceOf(win.customElements.get(tag)!);
      await inView(el);
      expect(el.querySelector(':scope > template'), `${tag}: the copy stayed an inert template`).not.to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('.base').length, `${tag}: one frame`).to.equal(1);
      expect(textOf(el.shadowRoot!.querySelector('.base')!).length, `${tag} shows its content`).to.be.greaterThan(100);
    }
    expect(errors).to.deep.equal([]);
  });

  /**
   * The text of a copy or element, with what comes from the engine's own locale data made alike: country names are
   * the engine's (Node says `Türkiye` in English, WebKit `Turkey`; the JSON-LD tells which name the copy used for
   * which country). Every other character must be the same.
   */
  function engineNeutralText(el: Element, lang: string, countries: ReadonlyMap<string, string>): string {
    const base = el.shadowRoot!.querySelector('.base')!;
    let text = textOf(base);
    for (const [code, name] of countries) text = text.replaceAll(name, countryName(code, lang));
    return text;
  }

  /** The countries the copy's JSON-LD names: code → name, as the command wrote them. */
  function countriesOf(doc: ParentNode): Map<string, string> {
    const found = new Map<string, string>();
    const visit = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === 'object') {
        const node = v as Record<string, unknown>;
        if (node['@type'] === 'Country') found.set(node['identifier'] as string, node['name'] as string);
        Object.values(node).forEach(visit);
      }
    };
    visit(JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!));
    return found;
  }

  it('prints the timeline’s medieval dates as the live element shows them to Solar Hijri readers: lunar Hijri beside, Julian in the details', async () => {
    await import('../src/index.js');
    const expected = {
      fa: ['۴ دی ۶۵۲', '۵ جمادی‌الثانی ۶۷۲ ه‍.ق.', '۱۷ دسامبر ۱۲۷۳ (ژولینی)'],
      'az-Arab': ['۴ دی ۶۵۲', '۵ جمادی‌الثانی ۶۷۲ ه‍.ق.', '۱۷ دئسامبر ۱۲۷۳ (ژولین تقویمی)'],
    };
    for (const [lang, [date, hijri, julian]] of Object.entries(expected)) {
      const html = await cli(['--element', 'pilgrimage-timeline', '--lang', lang]);
      const copy = Document.parseHTMLUnsafe(html).querySelector('twin-pilgrimage-timeline')!;
      const dates = (el: Element) =>
        [...el.shadowRoot!.querySelectorAll('li[data-id]')].map((li) => [li.querySelector('time'), li.querySelector('.secondary-date'), li.querySelector('.western-date')].map((n) => (n ? textOf(n) : '')).join(' | '));
      const rumi = (el: Element) => dates(el)[[...el.shadowRoot!.querySelectorAll('li[data-id]')].findIndex((li) => li.getAttribute('data-id') === 'rumi-dies')];
      expect(rumi(copy), lang).to.equal(`${date} | ${hijri} | ${julian}`);
      const live = document.createElement('twin-pilgrimage-timeline') as TwinElement;
      live.setAttribute('lang', lang);
      live.setAttribute('loading', 'eager');
      document.body.append(live);
      await live.updateComplete;
      for (let i = 0; i < 200 && !live.shadowRoot!.querySelector('li[data-id]'); i++) await new Promise((r) => setTimeout(r, 20));
      // Arabic-script Azerbaijani's names are the library's own: every date is the same. Persian month names are the
      // engine's (WebKit's Gregorian months differ from Node's): the three dates of the sources are the same.
      const compared = (el: Element) => (lang === 'fa' ? ['rumi-born', 'shams-meets-rumi', 'rumi-dies'].map((id) => dates(el)[[...el.shadowRoot!.querySelectorAll('li[data-id]')].findIndex((li) => li.getAttribute('data-id') === id)]) : dates(el));
      expect(compared(live), `${lang}: the dates of the copy are the live ones`).to.deep.equal(compared(copy));
      live.remove();
    }
  });

  for (const lang of ['tr', 'en', 'az', 'az-Arab']) {
    it(`in ${lang}, an element already defined takes over its copy with the same text`, async () => {
      await import('../src/index.js');
      const html = await cli(['--element', 'agreement-card', '--lang', lang]);
      // A document made by parseHTMLUnsafe has no custom element registry: its copy stays as printed.
      const parsed = Document.parseHTMLUnsafe(html);
      const copy = parsed.querySelector('twin-agreement-card')!;
      const countries = countriesOf(parsed);
      expect([...countries.keys()].sort()).to.deep.equal(['IR', 'TR']);
      const container = document.createElement('div');
      document.body.append(container);
      container.setHTMLUnsafe(html);
      const el = await upgraded(container.querySelector('twin-agreement-card')!);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('.base').length).to.equal(1);
      expect(el.shadowRoot!.querySelectorAll('.secondary-date').length).to.equal(1);
      expect(engineNeutralText(el, lang, countries)).to.equal(engineNeutralText(copy, lang, countries));
      container.remove();
    });
  }
});
