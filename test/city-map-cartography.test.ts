/**
 * The map's cartography, measured (issue 22): labels that overlap no other label, no marker and not the frame, at
 * phone and desktop widths in fa, tr, en and az; markers whose touch targets do not overlap; popups inside the
 * frame and off their marker, closed by touch and by Escape; the scale bar in the reader's digits and units;
 * reference cities from the dataset; names never split inside their parentheses.
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/city-map.js';
import type { TwinCityMap } from '../src/city-map.js';
import { khoyKonya } from '../src/data/khoy-konya.js';
import type { TwinningDataset } from '../src/data/schema.js';
import { validateDataset } from '../src/data/validate.js';
import { cityPair, labelLines, mapTextPx, markerPositions, markersOf, MARKER_SPACING, type MapTextKind, type Marker } from '../src/elements/city-map/map-model.js';
import { drawCountries } from '../src/geo/draw.js';
import { loadGeometry } from '../src/geo/geometry.js';
import { fitProjection } from '../src/geo/projection.js';
import { placePopup } from '../src/elements/city-map/popup-placement.js';
import { html, part, renderTwin, textOf } from './helpers/render.js';

async function mapIn(width: number, lang: string, data?: unknown): Promise<TwinCityMap> {
  const wrapper = await renderTwin<HTMLElement & TwinCityMap>(
    html`<div style="inline-size: ${width}px"><twin-city-map loading="eager" lang=${lang} .data=${data}></twin-city-map></div>`,
  );
  const el = wrapper.querySelector('twin-city-map')! as TwinCityMap;
  await el.updateComplete;
  return el;
}

type Box = { x: number; y: number; width: number; height: number };
const intersects = (a: Box, b: Box, t = 0.5) => a.x < b.x + b.width - t && b.x < a.x + a.width - t && a.y < b.y + b.height - t && b.y < a.y + a.height - t;
const svgOf = (el: TwinCityMap) => part<SVGSVGElement>(el, 'svg.map');
/** A box relative to the map's top left corner, in CSS pixels. */
function local(el: TwinCityMap, node: Element): Box {
  const b = node.getBoundingClientRect();
  const o = svgOf(el).getBoundingClientRect();
  return { x: b.left - o.left, y: b.top - o.top, width: b.width, height: b.height };
}
const visibleLabels = (svg: SVGSVGElement) =>
  [...svg.querySelectorAll<SVGGElement>('g[data-label]')]
    .filter((g) => g.getAttribute('visibility') !== 'hidden')
    .map((g) => ({ key: g.dataset['label']!, box: g.getBBox() as Box }));

describe('<twin-city-map> cartography', () => {
  for (const width of [280, 375, 800, 1280]) {
    it(`sets every label inside the frame, off every marker and every other label, at ${width} px in fa, tr, en and az`, async () => {
      for (const lang of ['fa', 'tr', 'en', 'az']) {
        const el = await mapIn(width, lang);
        const svg = svgOf(el);
        const frame = { width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) };
        const labels = visibleLabels(svg);
        const keys = labels.map((l) => l.key);
        // Never the two cities' names left out; the places' too at these sizes.
        for (const id of ['khoy', 'konya', 'shams-tomb-khoy', 'mevlana-museum']) expect(keys, `${lang} ${width}: ${id} labelled`).to.include(`marker:${id}`);
        expect(keys, `${lang} ${width}: the distance`).to.include('distance');
        expect(keys.some((k) => k.startsWith('country:')), `${lang} ${width}: some country named`).to.equal(true);
        const dots = [...svg.querySelectorAll<SVGGElement>('.marker .dot, .landmark:not([visibility]) .landmark-dot')].map((d) => local(el, d));
        const scale = local(el, part(el, '.scale'));
        // The great circle, sampled: only the distance's pill sits on it (at these sizes there is room off it).
        const arc = part<SVGPathElement>(el, '.arc');
        const arcPoints = Array.from({ length: 60 }, (_, i) => arc.getPointAtLength((arc.getTotalLength() * i) / 59));
        for (const dot of svg.querySelectorAll('.landmark:not([visibility]) .landmark-dot')) {
          const c = local(el, dot);
          const near = arcPoints.some((p) => Math.hypot(p.x - (c.x + c.width / 2), p.y - (c.y + c.height / 2)) < 4);
          expect(near, `${lang} ${width}: a reference city on the great circle`).to.equal(false);
        }
        for (const [i, a] of labels.entries()) {
          const where = `${lang} ${width}: ${a.key}`;
          // Inside, and off the frame's edge (3 px of the text's box; a name set against the edge reads as cut off).
          expect(a.box.x, `${where} inside (start)`).to.be.at.least(3);
          expect(a.box.y, `${where} inside (top)`).to.be.at.least(3);
          expect(a.box.x + a.box.width, `${where} inside (end)`).to.be.at.most(frame.width - 3);
          expect(a.box.y + a.box.height, `${where} inside (bottom)`).to.be.at.most(frame.height - 3);
          expect(intersects(a.box, scale), `${where} covers the scale bar`).to.equal(false);
          if (width >= 800 && a.key !== 'distance') {
            const on = arcPoints.some((p) => p.x > a.box.x && p.x < a.box.x + a.box.width && p.y > a.box.y && p.y < a.box.y + a.box.height);
            expect(on, `${where} lies on the great circle`).to.equal(false);
          }
          for (const dot of dots) expect(intersects(a.box, dot), `${where} covers a marker ${JSON.stringify([a.box.x, a.box.y, a.box.width, a.box.height, dot])}`).to.equal(false);
          // A marker's name stays clear of the ring drawn round it when it is selected, hovered or focused (its outer
          // edge: the ring's radius and half its widest stroke, 1.75 px), by a pixel.
          if (a.key.startsWith('marker:')) {
            // Its centre from the ring's box (Firefox counts the stroke in it, on every side alike), its size from its radius.
            const ringEl = part<SVGCircleElement>(el, `.marker[data-id="${a.key.slice(7)}"] .ring`);
            const ring = local(el, ringEl);
            const [cx, cy, outer] = [ring.x + ring.width / 2, ring.y + ring.height / 2, ringEl.r.baseVal.value + 1.75];
            const dx = Math.max(a.box.x - cx, 0, cx - (a.box.x + a.box.width));
            const dy = Math.max(a.box.y - cy, 0, cy - (a.box.y + a.box.height));
            expect(Math.hypot(dx, dy), `${where}: apart from its marker's ring`).to.be.at.least(outer + 1);
          }
          for (const b of labels.slice(i + 1)) expect(intersects(a.box, b.box), `${where} overlaps ${b.key}`).to.equal(false);
        }
        el.parentElement!.remove();
      }
    });
  }

  it('draws its markers apart: no two touch targets overlap, at phone and desktop widths', async () => {
    for (const width of [280, 375, 1280]) {
      const el = await mapIn(width, 'fa');
      const targets = [...svgOf(el).querySelectorAll('.marker .hit')].map((h) => local(el, h));
      expect(targets.length).to.equal(4);
      for (const [i, a] of targets.entries()) for (const b of targets.slice(i + 1)) expect(intersects(a, b, 0), `${width}: targets overlap`).to.equal(false);
      // A place moved off its city keeps a leader line to its true point.
      expect(svgOf(el).querySelectorAll('.leader line').length, `${width}: leader lines`).to.be.at.least(1);
      el.parentElement!.remove();
    }
  });

  it('moves a place off its city by at least two touch targets (the model)', () => {
    const city = { id: 'c' } as Marker['city'];
    const m = (kind: 'city' | 'place', id: string, lon: number): Marker => ({ kind, id, name: id, nameLang: 'en', lon, lat: 0, city });
    const spots = markerPositions([m('city', 'c', 0), m('place', 'p', 1), m('place', 'q', 2)], (lon) => [100 + lon, 100]);
    for (const [i, a] of spots.entries()) for (const b of spots.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).to.be.at.least(MARKER_SPACING);
    expect(spots.filter((s) => s.displaced).length).to.equal(2);
  });

  for (const lang of ['fa', 'tr', 'en', 'az']) {
    it(`opens each marker's popup inside the frame at 375 px, off its marker, closed by touch and Escape (${lang})`, async () => {
      const el = await mapIn(375, lang);
      const svg = svgOf(el);
      const frame = svg.getBoundingClientRect();
      for (const id of ['khoy', 'konya', 'shams-tomb-khoy', 'mevlana-museum']) {
        const marker = part<SVGGElement>(el, `.marker[data-id="${id}"]`);
        marker.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        await el.updateComplete;
        const popup = part(el, '.popup').getBoundingClientRect();
        expect(popup.left, `${id} popup left`).to.be.at.least(frame.left);
        expect(popup.top, `${id} popup top`).to.be.at.least(frame.top);
        expect(popup.right, `${id} popup right`).to.be.at.most(frame.right);
        expect(popup.bottom, `${id} popup bottom`).to.be.at.most(frame.bottom);
        const dot = marker.querySelector('.dot')!.getBoundingClientRect();
        expect(intersects({ x: popup.left, y: popup.top, width: popup.width, height: popup.height }, { x: dot.left, y: dot.top, width: dot.width, height: dot.height }, 0), `${id} popup covers its marker`).to.equal(false);
        const close = part(el, '.popup .close').getBoundingClientRect();
        expect(close.top >= frame.top && close.bottom <= frame.bottom && close.left >= frame.left && close.right <= frame.right, `${id}: × inside`).to.equal(true);
        if (id === 'khoy') {
          part<HTMLButtonElement>(el, '.popup .close').click();
        } else {
          part<HTMLElement>(el, '.popup').focus();
          await sendKeys({ press: 'Escape' });
        }
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.popup'), `${id} popup closed`).to.equal(null);
      }
      el.parentElement!.remove();
    });

    it(`shows a city's popup whole on a phone, its close button at touch size, and says when a place's must scroll (${lang})`, async () => {
      const el = await mapIn(375, lang);
      // The close button as a coarse pointer has it (44 px): the popup's first lines run beside it.
      const touch = new CSSStyleSheet();
      touch.replaceSync('.close { min-inline-size: 44px; min-block-size: 44px; }');
      el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, touch];
      for (const id of ['khoy', 'konya', 'shams-tomb-khoy']) {
        part<SVGGElement>(el, `.marker[data-id="${id}"]`).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        await el.updateComplete;
        const popup = part(el, '.popup');
        const close = part(el, '.popup .close').getBoundingClientRect();
        expect(close.height, `${id}: × at touch size`).to.be.at.least(44);
        if (id !== 'shams-tomb-khoy') {
          // A title, a kind line and a link: no scrolling for three lines (they scrolled by 17 px in Persian).
          expect(popup.scrollHeight, `${id}: the popup scrolls`).to.be.at.most(popup.clientHeight + 1);
          const title = part(el, '.popup .section-title').getBoundingClientRect();
          expect(title.top, `${id}: the title beside the ×, not under it`).to.be.below(close.bottom);
        } else {
          // A long description on a small map scrolls: a shadow at its lower edge says so.
          expect(popup.scrollHeight, `${id}: the popup scrolls`).to.be.above(popup.clientHeight + 1);
          expect(getComputedStyle(popup).backgroundAttachment, `${id}: the scroll shadows`).to.match(/local.*local.*scroll.*scroll/);
        }
      }
      el.parentElement!.remove();
    });
  }

  it('keeps a popup inside a frame too small for it, with its top (and close button) in view (the placement)', () => {
    const box = placePopup({ x: 50, y: 20, r: 16 }, { width: 200, height: 300 }, { width: 240, height: 240 });
    expect(box.y).to.be.at.least(0);
    expect(box.x).to.be.at.least(0);
    expect(box.x + box.width).to.be.at.most(240);
    // Room below: it goes below, not over the marker.
    const below = placePopup({ x: 120, y: 30, r: 16 }, { width: 200, height: 120 }, { width: 340, height: 300 });
    expect(below.y).to.be.at.least(30 + 16);
    const above = placePopup({ x: 120, y: 260, r: 16 }, { width: 200, height: 120 }, { width: 340, height: 300 });
    expect(above.y + above.height).to.be.at.most(260 - 16);
  });

  const scales: Record<string, RegExp> = {
    fa: /^[۰-۹٬]+ کیلومتر$/,
    tr: /^[0-9.]+ km$/,
    en: /^[0-9,]+ km$/,
    az: /^[0-9.]+ km$/,
  };
  for (const [lang, pattern] of Object.entries(scales)) {
    it(`states its scale bar in the reader's digits and units (${lang})`, async () => {
      const el = await mapIn(800, lang);
      const text = textOf(part(el, '.scale-text'));
      expect(text).to.match(pattern);
      // The bar is as long as that many kilometres across the middle of the map (within a few per cent).
      const bar = part(el, '.scale-bar').getBoundingClientRect().width;
      expect(bar).to.be.within(20, 0.25 * svgOf(el).getBoundingClientRect().width);
      el.parentElement!.remove();
    });
  }

  it('draws Lake Urmia and Lake Van as water over the land, and leaves the cities beside them on land (light and dark)', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await mapIn(1280, 'en');
      el.setAttribute('theme', theme);
      await el.updateComplete;
      const svg = svgOf(el);
      const lakes = [...svg.querySelectorAll<SVGPathElement>('path.lake')];
      expect(lakes.length, `${theme}: lakes drawn`).to.be.at.least(2);
      // Screen points from longitude and latitude, by the affine map through three reference cities' dots (over a few
      // hundred kilometres, the projection is that within a pixel or two).
      const dot = (id: string) => {
        const c = part<SVGCircleElement>(el, `.landmark[data-landmark="${id}"] .landmark-dot`);
        return { x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')) };
      };
      const known = (['tabriz', 'urmia', 'erzurum'] as const).map((id) => ({ ...khoyKonya.landmarks!.find((l) => l.id === id)!.location, ...dot(id) }));
      const [p, q, r] = known as [(typeof known)[0], (typeof known)[0], (typeof known)[0]];
      const det = (q.lon - p.lon) * (r.lat - p.lat) - (r.lon - p.lon) * (q.lat - p.lat);
      const at = (lon: number, lat: number) => {
        const u = ((lon - p.lon) * (r.lat - p.lat) - (r.lon - p.lon) * (lat - p.lat)) / det;
        const v = ((q.lon - p.lon) * (lat - p.lat) - (lon - p.lon) * (q.lat - p.lat)) / det;
        return new DOMPoint(p.x + u * (q.x - p.x) + v * (r.x - p.x), p.y + u * (q.y - p.y) + v * (r.y - p.y));
      };
      const inLake = (point: DOMPoint) => lakes.some((lake) => lake.isPointInFill(point));
      expect(inLake(at(45.4, 37.75)), `${theme}: the middle of Lake Urmia is water`).to.equal(true);
      expect(inLake(at(42.9, 38.65)), `${theme}: the middle of Lake Van is water`).to.equal(true);
      for (const [name, lon, lat] of [['Tabriz', 46.2919, 38.08], ['Khoy', 44.95, 38.55], ['Hakkari', 43.74, 37.58]] as const) {
        expect(inLake(at(lon, lat)), `${theme}: ${name} is on land`).to.equal(false);
      }
      // Water as the sea is, outlined as the coasts are.
      const style = getComputedStyle(lakes[0]!);
      expect(style.fill, `${theme}: lake fill`).to.equal(getComputedStyle(part(el, 'rect.water')).fill);
      expect(style.stroke, `${theme}: lake outline`).to.equal(getComputedStyle(part(el, '.land')).stroke);
    }
  });

  it('names the countries in view when zoomed in, at the middle of what the view shows of each and off its lakes, and no city out of view (en, 1000 px)', async () => {
    const el = await mapIn(1000, 'en');
    const svg = svgOf(el);
    // Zoomed in about Khoy (Ctrl and the wheel, as on other web maps): most of the view is Iran and Türkiye, but the
    // middle of what the whole map shows of Iran is off to the east.
    const khoy = part(el, '[part~="marker"][data-id="khoy"] .dot').getBoundingClientRect();
    const at = { clientX: khoy.left + khoy.width / 2, clientY: khoy.top + khoy.height / 2 };
    svg.dispatchEvent(new WheelEvent('wheel', { ...at, deltaY: -470, ctrlKey: true, bubbles: true, cancelable: true, composed: true }));
    await el.updateComplete;
    const [, x, y, k] = /translate\(([-\d.e]+) ([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(part(el, 'g.geo').getAttribute('transform')!)!.map(Number);
    expect(k, 'zoomed in').to.be.above(2);
    // Konya and its museum are out of view now: their names are not set at the edge of the map, away from them.
    for (const id of ['konya', 'mevlana-museum']) {
      expect(Number(part(el, `[part~="marker"][data-id="${id}"]`).getAttribute('data-x')), `${id} out of view`).to.be.below(0);
      expect(part(el, `g[data-label="marker:${id}"]`).getAttribute('visibility'), `${id}: no name`).to.equal('hidden');
    }
    const shown = [...svg.querySelectorAll<SVGGElement>('g[data-label^="country:"]:not([visibility])')];
    expect(shown.map((g) => g.dataset['label'])).to.include.members(['country:IR', 'country:TR']);
    for (const g of shown) {
      const id = g.dataset['label']!.slice('country:'.length);
      expect(Number(g.dataset['x']), `${id}: its name's point in view`).to.be.within(0, Number(svg.getAttribute('width')));
      // The name's point, in the drawing's coordinates, lies in its country.
      const point = new DOMPoint((Number(g.dataset['x']) - x!) / k!, (Number(g.dataset['y']) - y!) / k!);
      if (id === 'IR' || id === 'TR') expect(part<SVGPathElement>(el, `.land[data-country="${id}"]`).isPointInFill(point), `${id}: its name on it`).to.equal(true);
      // Not on a lake, where it would read as the lake's name (the middle of Iran in view is on Lake Urmia).
      const box = g.getBBox();
      const middle = new DOMPoint((box.x + box.width / 2 - x!) / k!, (box.y + box.height / 2 - y!) / k!);
      expect([...svg.querySelectorAll<SVGPathElement>('path.lake')].some((lake) => lake.isPointInFill(middle)), `${id}: not on a lake`).to.equal(false);
    }
  });

  it('draws the region’s finer outlines on a wide map, and on a phone’s zoomed in: the coasts and borders of 1:10m, not 1:50m', async () => {
    const [coarse, fine] = await Promise.all([loadGeometry('region'), loadGeometry('region-fine')]);
    const [a, b] = cityPair(khoyKonya as TwinningDataset, undefined)!;
    const markers = markersOf(khoyKonya as TwinningDataset, a, b, 'en');
    /** Türkiye's outline as the map's drawing of `shapes` at the element's size would draw it. */
    const outline = (el: TwinCityMap, shapes: typeof fine) => {
      const svg = svgOf(el);
      const size = { width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) };
      return drawCountries(shapes.features, fitProjection(a.location, b.location, markers, size), size.width, size.height).find((c) => c.id === 'TR')!.d;
    };
    const drawn = (el: TwinCityMap) => part(el, '.land[data-country="TR"]').getAttribute('d');
    const wide = await mapIn(1280, 'en');
    expect(drawn(wide)).to.equal(outline(wide, fine));
    expect(drawn(wide)).to.not.equal(outline(wide, coarse));
    const phone = await mapIn(375, 'en');
    const zoomIn = part<HTMLButtonElement>(phone, '[part~="toolbar"] button');
    for (let i = 0; i < 3; i++) zoomIn.click();
    await phone.updateComplete;
    expect(Number(/scale\(([-\d.e]+)\)/.exec(part(phone, 'g.geo').getAttribute('transform')!)![1]), 'zoomed in').to.be.above(2);
    expect(drawn(phone)).to.equal(outline(phone, fine));
  });

  it('shows the reference cities of the dataset that fall inside the map, smaller than the cities', async () => {
    const el = await mapIn(1280, 'tr');
    const names = [...svgOf(el).querySelectorAll('.landmark:not([visibility]) .landmark-label')].map(textOf);
    expect(names).to.include('Tebriz');
    expect(names).to.include('Erzurum');
    const size = (sel: string) => Number.parseFloat(getComputedStyle(part(el, sel)).fontSize);
    expect(size('.landmark-label')).to.be.below(size('.label.city'));
    expect(size('.country-label')).to.be.below(size('.label.city'));
    expect(size('.country-label')).to.be.at.least(12);
    // Country names lighter than the names of cities, reference cities included (their fill's luminance, light theme).
    const luminance = (sel: string) => {
      const [r, g, b] = getComputedStyle(part(el, sel)).fill.match(/\d+(\.\d+)?/g)!.map(Number) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    expect(luminance('.country-label'), 'a country against a reference city').to.be.above(luminance('.landmark-label') + 20);
    // Halos in the land's colour keep labels readable over border lines.
    expect(getComputedStyle(part(el, '.label.city text')).paintOrder).to.match(/^stroke/);
    el.parentElement!.remove();
    const none = await mapIn(1280, 'tr', { ...khoyKonya, landmarks: [] });
    expect(none.shadowRoot!.querySelectorAll('.landmark').length).to.equal(0);
    none.parentElement!.remove();
  });

  it('sizes its text in em of the text around it, at least 12 px (13 px in Arabic script; the cities 2 px more), as MAP_TEXT says', async () => {
    const selectors: Record<MapTextKind, string> = { city: '.label.city', place: '.label.place', distance: '.distance', country: '.country-label', landmark: '.landmark-label' };
    for (const lang of ['en', 'fa']) {
      const sizes: number[] = [];
      for (const base of [14, 16, 20]) {
        const wrapper = await renderTwin<HTMLElement & TwinCityMap>(html`<div style="inline-size: 800px; font-size: ${base}px"><twin-city-map loading="eager" lang=${lang}></twin-city-map></div>`);
        const el = wrapper.querySelector('twin-city-map')! as TwinCityMap;
        await el.updateComplete;
        for (const [kind, selector] of Object.entries(selectors) as [MapTextKind, string][]) {
          const size = Number.parseFloat(getComputedStyle(part(el, selector)).fontSize);
          expect(size, `${lang}, ${base} px text: ${kind}`).to.be.closeTo(mapTextPx(kind, base, lang === 'fa'), 0.05);
        }
        const city = Number.parseFloat(getComputedStyle(part(el, '.label.city')).fontSize);
        const others = ['.label.place', '.distance', '.country-label', '.landmark-label'].map((q) => Number.parseFloat(getComputedStyle(part(el, q)).fontSize));
        expect(city - Math.max(...others), `${lang}, ${base} px text: the cities' names stand out`).to.be.at.least(1.99);
        sizes.push(city);
        wrapper.remove();
      }
      // Beside 16 px text, the sizes the map had in px (15 px cities, 12 px or 13 px in Arabic script country names).
      expect(mapTextPx('city', 16, false)).to.equal(15);
      expect(mapTextPx('country', 16, lang === 'fa')).to.equal(lang === 'fa' ? 13 : 12);
      expect(sizes[2], `${lang}: a city's name grows with the text around the map`).to.be.above(sizes[1]!);
    }
  });

  it('reports a landmark without a place at its path', () => {
    const result = validateDataset({ ...khoyKonya, landmarks: [{ id: 'x', name: 'X', location: { lat: 95, lon: 0 } }] });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).to.include('landmarks[0].location.lat');
  });

  it('sets the lines of a name beside its marker flush towards it: left when the name is to its right, right when to its left (280 and 375 px, fa, en and az)', async () => {
    let checked = 0;
    for (const width of [280, 375]) {
      for (const lang of ['fa', 'en', 'az']) {
        const el = await mapIn(width, lang);
        const svg = svgOf(el);
        for (const g of svg.querySelectorAll<SVGGElement>('g[data-label^="marker:"]:not([visibility])')) {
          const lines = [...g.querySelectorAll('text')].map((t) => local(el, t));
          if (lines.length < 2) continue;
          const where = `${lang} ${width}: ${g.dataset['label']}`;
          const box = local(el, g);
          // The marker's centre, from its dot as drawn.
          const dot = local(el, part(el, `.marker[data-id="${CSS.escape(g.dataset['label']!.slice('marker:'.length))}"] .dot`));
          const point = dot.x + dot.width / 2;
          const starts = lines.map((l) => l.x);
          const ends = lines.map((l) => l.x + l.width);
          if (box.x >= point) {
            for (const x of starts) expect(x - box.x, `${where}: a line starts away from the marker's side`).to.be.within(-1, 1);
            checked++;
          } else if (box.x + box.width <= point) {
            for (const x of ends) expect(box.x + box.width - x, `${where}: a line ends away from the marker's side`).to.be.within(-1, 1);
            checked++;
          } else {
            // Above or below: centred.
            for (const [i, x] of starts.entries()) expect(x - box.x - (box.x + box.width - ends[i]!), `${where}: centred`).to.be.within(-1.5, 1.5);
          }
        }
        el.parentElement!.remove();
      }
    }
    // The places' names of two lines sit beside their markers at these widths (Mevlana Museum's in English, both
    // shrines' in Persian at 280 px): the check above ran.
    expect(checked).to.be.at.least(4);
  });

  it('never splits a name inside its parentheses in the list of places either (fa, 280 px)', async () => {
    const el = await mapIn(280, 'fa');
    el.view = 'list';
    await el.updateComplete;
    const keep = part(el, '.places-table .keep');
    expect(textOf(keep)).to.equal('(موزه مولانا)');
    // One line: its box is no taller than a line of the table's text.
    const lineHeight = Number.parseFloat(getComputedStyle(keep.closest('th')!).lineHeight);
    expect(keep.getClientRects().length, 'one box').to.equal(1);
    expect(keep.getBoundingClientRect().height).to.be.below(lineHeight * 1.2);
    el.parentElement!.remove();
  });

  it('breaks no word of the kind column in its list of places (en and fa, 343 px: a 375 px screen less its margins)', async () => {
    for (const lang of ['en', 'fa']) {
      const el = await mapIn(343, lang);
      el.view = 'list';
      await el.updateComplete;
      const table = part(el, '.places-table');
      // The kind column breaks no word: each cell is one line.
      for (const cell of table.querySelectorAll('tbody td:nth-child(2)')) {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
        expect(lines.size, `${lang}: ${textOf(cell)} on one line`).to.equal(1);
      }
      el.parentElement!.remove();
    }
  });

  it('keeps its list of places inside its frame, from a 270 px sidebar to a desktop, in every language', async () => {
    for (const width of [240, 280, 343, 480, 800]) {
      for (const lang of ['fa', 'tr', 'en', 'az', 'az-Arab']) {
        const el = await mapIn(width, lang);
        el.view = 'list';
        await el.updateComplete;
        const frame = part(el, '.base');
        const style = getComputedStyle(frame);
        const box = frame.getBoundingClientRect();
        const inner = { left: box.left + Number.parseFloat(style.paddingLeft), right: box.right - Number.parseFloat(style.paddingRight) };
        const where = `${lang}, ${width} px`;
        const table = part(el, '.places-table');
        for (const node of [table, ...table.querySelectorAll('tbody :is(th, td)')]) {
          const r = node.getBoundingClientRect();
          expect(r.left, `${where}: ${textOf(node).slice(0, 30)} starts inside the frame`).to.be.at.least(inner.left - 0.5);
          expect(r.right, `${where}: ${textOf(node).slice(0, 30)} ends inside the frame`).to.be.at.most(inner.right + 0.5);
        }
        // Each row keeps its place's name, kind, city and coordinates, in that order, whatever the layout.
        const first = table.querySelector('tbody tr')!;
        expect([...first.children].map((c) => c.localName), where).to.deep.equal(['th', 'td', 'td', 'td']);
        expect(el.scrollWidth, `${where}: nothing sticks out of the element`).to.be.at.most(el.clientWidth + 1);
        el.parentElement!.remove();
      }
    }
  });

  it('never splits a name inside its parentheses', () => {
    for (const width of [250, 340, 480]) {
      for (const line of labelLines('آرامگاه مولانا (موزه مولانا)', width)) expect((line.match(/\(/g) ?? []).length, line).to.equal((line.match(/\)/g) ?? []).length);
      for (const line of labelLines('Mövlana türbəsi (Mövlana Muzeyi)', width)) expect((line.match(/\(/g) ?? []).length, line).to.equal((line.match(/\)/g) ?? []).length);
    }
  });

  it('keeps the pressed list button readable while hovered: its accent background, not the hover grey', async () => {
    const el = await mapIn(800, 'en');
    const list = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tool')].find((b) => b.hasAttribute('aria-pressed'))!;
    list.click();
    await el.updateComplete;
    const pressed = getComputedStyle(list).backgroundColor;
    const box = list.getBoundingClientRect();
    try {
      await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
      expect(list.matches(':hover'), 'hovered').to.equal(true);
      expect(getComputedStyle(list).backgroundColor).to.equal(pressed);
    } finally {
      await resetMouse();
    }
    el.parentElement!.remove();
  });

  it('keeps its toolbar to one row from a 280 px phone to a desktop in every language: the reset and list buttons labelled where the labels fit, their icons alone where not', async () => {
    for (const width of [280, 375, 800, 1280]) {
      for (const lang of ['fa', 'tr', 'en', 'az', 'az-Arab']) {
        const el = await mapIn(width, lang);
        const where = `${lang} ${width}`;
        const toolbar = part(el, '[part~="toolbar"]').getBoundingClientRect();
        const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="toolbar"] button')];
        expect(buttons.length, where).to.equal(4);
        const boxes = buttons.map((b) => b.getBoundingClientRect());
        const tops = boxes.map((b) => b.top);
        expect(Math.max(...tops) - Math.min(...tops), `${where}: one row`).to.be.below(1);
        for (const b of boxes) {
          expect(Math.min(b.width, b.height), `${where}: a target of 24 px at least`).to.be.at.least(24);
          expect(b.left >= toolbar.left - 0.5 && b.right <= toolbar.right + 0.5, `${where}: inside the toolbar`).to.equal(true);
        }
        // The zoom pair shares a border: one overlaps the other by that 1 px (in either direction).
        const [zoomIn, zoomOut] = boxes as [DOMRect, DOMRect];
        const gap = Math.max(zoomIn.left, zoomOut.left) - Math.min(zoomIn.right, zoomOut.right);
        expect(gap, `${where}: the zoom pair joined`).to.be.within(-1.5, -0.5);
        const wide = width >= 800;
        for (const button of buttons.slice(2)) {
          const label = button.querySelector<HTMLElement>('.label')!;
          const text = textOf(label);
          expect(text, where).to.not.equal('');
          // Its label is its name (the tooltip's too), shown or not.
          expect(textOf(button), `${where}: named by its label`).to.equal(text);
          expect(button.title, `${where}: its tooltip`).to.equal(text);
          const shown = label.getBoundingClientRect();
          if (wide) {
            expect(shown.width, `${where}: "${text}" shown`).to.be.above(10);
            const inner = button.getBoundingClientRect();
            expect(shown.left >= inner.left && shown.right <= inner.right, `${where}: "${text}" whole inside its button`).to.equal(true);
          } else {
            expect(shown.width, `${where}: "${text}" hidden, its icon alone`).to.be.at.most(1);
          }
          expect(button.querySelector('svg.icon')!.getBoundingClientRect().width, `${where}: its icon`).to.be.above(8);
        }
        el.parentElement!.remove();
      }
    }
  });
});
