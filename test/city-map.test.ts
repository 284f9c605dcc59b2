import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/city-map.js';
import type { TwinCityMap } from '../src/city-map.js';
import type { TwinSelectDetail } from '../src/shared/events.js';
import { fitProjection } from '../src/geo/projection.js';
import { loadGeometry } from '../src/geo/geometry.js';
import { khoyKonya } from '../src/data/khoy-konya.js';
import { html, part, renderTwin, textOf } from './helpers/render.js';
import { fictionalTwinning } from './fixtures/fictional-twinning.js';

const locales = ['fa', 'tr', 'en', 'az', 'az-Arab'] as const;

async function mapIn(width: number, lang: string, data?: unknown): Promise<TwinCityMap> {
  const wrapper = await renderTwin<HTMLElement & TwinCityMap>(
    html`<div style="inline-size: ${width}px"><twin-city-map loading="eager" lang=${lang} .data=${data}></twin-city-map></div>`,
  );
  const el = wrapper.querySelector('twin-city-map')!;
  await el.updateComplete;
  return el;
}

const svgOf = (el: TwinCityMap) => part<SVGSVGElement>(el, 'svg.map');
const marker = (el: TwinCityMap, id: string) => part<SVGGElement>(el, `.marker[data-id="${id}"]`);

/** The centre of an element relative to the map's top left corner, in CSS pixels. */
function centre(el: TwinCityMap, node: Element): [number, number] {
  const box = node.getBoundingClientRect();
  const origin = svgOf(el).getBoundingClientRect();
  return [box.left + box.width / 2 - origin.left, box.top + box.height / 2 - origin.top];
}

type Box = { x: number; y: number; width: number; height: number };
function intersects(a: Box, b: Box): boolean {
  const t = 0.5;
  return a.x < b.x + b.width - t && b.x < a.x + a.width - t && a.y < b.y + b.height - t && b.y < a.y + a.height - t;
}

describe('<twin-city-map> on the default data', () => {
  const distances: Record<(typeof locales)[number], string> = {
    fa: 'حدود ۱٬۰۹۱ کیلومتر',
    tr: 'yaklaşık 1.091 km',
    en: 'about 1,091 km',
    az: 'təxminən 1.091 km',
    'az-Arab': 'تخمیناً ۱٬۰۹۱ کیلومتر',
  };
  const labels: Record<(typeof locales)[number], string> = {
    fa: 'نقشهٔ خوی و قونیه',
    tr: 'Hoy ve Konya haritası',
    en: 'Map of Khoy and Konya',
    az: 'Xoy və Konya xəritəsi',
    'az-Arab': 'خوی و قونیه خریطه‌سی',
  };

  for (const lang of locales) {
    it(`names the map and states the computed distance in ${lang}`, async () => {
      const el = await mapIn(700, lang);
      expect(svgOf(el).getAttribute('aria-label')).to.equal(labels[lang]);
      expect(textOf(part(el, '[part=distance]'))).to.equal(distances[lang]);
      expect(el.shadowRoot!.querySelectorAll('.land').length, 'countries drawn').to.be.above(10);
    });
  }

  it('puts each city where the projection says, within a pixel', async () => {
    const el = await mapIn(900, 'en');
    const svg = svgOf(el);
    const [khoy, konya] = [khoyKonya.cities[0]!, khoyKonya.cities[1]!];
    const places = khoyKonya.places.map((p) => p.location);
    const projection = fitProjection(khoy.location, konya.location, [khoy.location, konya.location, ...places], {
      width: Number(svg.getAttribute('width')),
      height: Number(svg.getAttribute('height')),
    });
    for (const city of [khoy, konya]) {
      const [x, y] = projection([city.location.lon, city.location.lat])!;
      const [cx, cy] = centre(el, marker(el, city.id).querySelector('.dot')!);
      expect(Math.abs(cx - x), `${city.id} x`).to.be.below(1);
      expect(Math.abs(cy - y), `${city.id} y`).to.be.below(1);
    }
    // The tombs lie in their cities: drawn beside them, with a line to a dot on their true spot.
    for (const place of khoyKonya.places) {
      const [x, y] = projection([place.location.lon, place.location.lat])!;
      const [ax, ay] = centre(el, part(el, `.anchor[data-anchor="${place.id}"]`));
      expect(Math.hypot(ax - x, ay - y), place.id).to.be.below(1);
    }
  });

  it('never mirrors geography: Konya lies west of Khoy in every language', async () => {
    for (const lang of ['en', 'fa']) {
      const el = await mapIn(600, lang);
      expect(centre(el, marker(el, 'konya'))[0], lang).to.be.below(centre(el, marker(el, 'khoy'))[0]);
    }
  });

  for (const width of [280, 600, 1200]) {
    it(`sets labels that overlap no marker and no other label at ${width} px, in every language`, async () => {
      for (const lang of locales) {
        const el = await mapIn(width, lang);
        const svg = svgOf(el);
        const mapWidth = Number(svg.getAttribute('width'));
        // Glyph boxes in the map's own pixels (getBoundingClientRect would add the halo in some engines).
        const texts = [...svg.querySelectorAll<SVGGElement>('g[data-label]')].filter((t) => t.getAttribute('visibility') !== 'hidden');
        const boxes = texts.map((t) => ({ key: t.dataset['label']!, box: t.getBBox() }));
        const dots = [...svg.querySelectorAll<SVGGElement>('.marker')].map((m) => {
          const r = m.classList.contains('city') ? 8 : 7.5;
          return { x: Number(m.dataset['x']) - r, y: Number(m.dataset['y']) - r, width: 2 * r, height: 2 * r };
        });
        expect(boxes.filter((b) => b.key.startsWith('marker:')).length, `${lang}: every marker is labelled`).to.equal(4);
        for (const [i, a] of boxes.entries()) {
          expect(a.box.x, `${lang} ${a.key} inside`).to.be.at.least(0);
          expect(a.box.x + a.box.width, `${lang} ${a.key} inside`).to.be.at.most(mapWidth);
          for (const dot of dots) expect(intersects(a.box, dot), `${lang}: ${a.key} covers a marker`).to.equal(false);
          for (const b of boxes.slice(i + 1)) expect(intersects(a.box, b.box), `${lang}: ${a.key} overlaps ${b.key}`).to.equal(false);
        }
      }
    });
  }

  it('draws the countries in its first drawing when their shapes are already here', async () => {
    await loadGeometry('region');
    const el = document.createElement('twin-city-map');
    el.lang = 'en';
    el.data = khoyKonya;
    document.body.append(el);
    // Every state of the map between two tasks, as the page could paint it: the land comes with the markers.
    const landWithMarkers: number[] = [];
    const observer = new MutationObserver(() => {
      if (el.shadowRoot!.querySelector('[part~="marker"]')) landWithMarkers.push(el.shadowRoot!.querySelectorAll('.land').length);
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    try {
      await el.updateComplete;
      expect(landWithMarkers.length, 'drawings seen').to.be.above(0);
      expect(landWithMarkers[0], 'countries in the first drawing with markers').to.be.above(10);
    } finally {
      observer.disconnect();
      el.remove();
    }
  });

  it('takes its height from --twin-map-height, and follows a change at its next update', async () => {
    const wrapper = await renderTwin<HTMLElement & TwinCityMap>(
      html`<div style="inline-size: 700px; --twin-map-height: 300px"><twin-city-map lang="en"></twin-city-map></div>`,
    );
    const el = wrapper.querySelector<TwinCityMap>('twin-city-map')!;
    await el.updateComplete;
    const height = () => svgOf(el).getBoundingClientRect().height;
    expect(svgOf(el).getAttribute('height')).to.equal('300');
    expect(height()).to.be.closeTo(300, 0.5);
    expect(marker(el, 'konya').getBoundingClientRect().bottom, 'the markers are inside it').to.be.below(svgOf(el).getBoundingClientRect().bottom);
    wrapper.style.setProperty('--twin-map-height', '420px');
    el.requestUpdate();
    // Read with the labels' measures after that update, then drawn again at once.
    while (!(await el.updateComplete));
    expect(svgOf(el).getAttribute('height')).to.equal('420');
    expect(height()).to.be.closeTo(420, 0.5);
    wrapper.style.removeProperty('--twin-map-height');
    el.requestUpdate();
    while (!(await el.updateComplete));
    const width = Number(svgOf(el).getAttribute('width'));
    expect(svgOf(el).getAttribute('height'), 'without it: 0.6 × the width').to.equal(String(Math.round(width * 0.6)));
  });

  it('makes no request beyond the page’s own files', async () => {
    const el = await mapIn(600, 'fa');
    expect(el.shadowRoot!.querySelectorAll('.land').length).to.be.above(10);
    const origins = new Set(performance.getEntriesByType('resource').map((r) => new URL(r.name).origin));
    expect([...origins]).to.deep.equal([location.origin]);
  });
});

describe('<twin-city-map> interaction', () => {
  const transform = (el: TwinCityMap) => part(el, '.geo').getAttribute('transform');

  it('zooms and pans with the keyboard, and resets', async () => {
    const el = await mapIn(600, 'en');
    svgOf(el).focus();
    const before = centre(el, marker(el, 'khoy'));
    await sendKeys({ press: '+' });
    await el.updateComplete;
    expect(transform(el)).to.contain('scale(1.6)');
    const zoomed = centre(el, marker(el, 'khoy'));
    expect(Math.abs(zoomed[0] - 300), 'zoomed about the centre: Khoy moves outwards').to.be.above(Math.abs(before[0] - 300));
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(centre(el, marker(el, 'khoy'))[0], 'the left arrow shows more of the west').to.be.above(zoomed[0]);
    await sendKeys({ press: '-' });
    await el.updateComplete;
    expect(transform(el)).to.contain('scale(1)');
    await sendKeys({ press: '+' });
    await sendKeys({ press: '0' });
    await el.updateComplete;
    expect(transform(el)).to.equal('translate(0 0) scale(1)');
  });

  it('brings a marker zoomed out of view into view when it takes the focus', async () => {
    const el = await mapIn(600, 'en');
    svgOf(el).focus();
    for (const key of ['+', '+', '+', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight']) await sendKeys({ press: key });
    await el.updateComplete;
    const frame = svgOf(el).getBoundingClientRect();
    const inView = (id: string) => {
      const [x, y] = centre(el, marker(el, id));
      return x >= frame.left && x <= frame.right && y >= frame.top && y <= frame.bottom;
    };
    // Zoomed in and moved east: Konya, in the west, is out of view (Tab reached it there, and its ring was unseen).
    expect(inView('konya'), 'Konya out of view before').to.equal(false);
    marker(el, 'konya').focus();
    await el.updateComplete;
    expect(inView('konya'), 'Konya in view once focused').to.equal(true);
    expect(transform(el), 'still zoomed in').to.not.contain('scale(1)');
  });

  it('zooms with its buttons, which say when they cannot go further', async () => {
    const el = await mapIn(600, 'tr');
    const [zoomIn, zoomOut, reset] = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toolbar button')];
    expect(zoomIn!.getAttribute('aria-label')).to.equal('Yakınlaştır');
    expect(zoomOut!.getAttribute('aria-disabled'), 'already at the widest view').to.equal('true');
    zoomOut!.click();
    await el.updateComplete;
    expect(transform(el), 'a disabled button does nothing').to.equal('translate(0 0) scale(1)');
    zoomIn!.click();
    await el.updateComplete;
    expect(transform(el)).to.contain('scale(1.6)');
    expect(zoomOut!.getAttribute('aria-disabled')).to.equal('false');
    reset!.click();
    await el.updateComplete;
    expect(transform(el)).to.equal('translate(0 0) scale(1)');
  });

  it('has one tab stop in its toolbar, the arrow keys (mirrored in Persian), Home and End between its buttons, and keeps the focus on a button that has nothing more to do', async () => {
    for (const lang of ['en', 'fa']) {
      const el = await mapIn(600, lang);
      const root = el.shadowRoot!;
      const buttons = [...root.querySelectorAll<HTMLButtonElement>('[part~="toolbar"] button')];
      const tool = (name: string) => buttons.find((b) => b.dataset['tool'] === name)!;
      const focused = () => (root.activeElement as HTMLElement | null)?.dataset['tool'];
      const [next, previous] = lang === 'fa' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
      expect(buttons.map((b) => b.tabIndex), `${lang}: one tab stop`).to.deep.equal([0, -1, -1, -1]);
      // Tab from before the map lands on it.
      const before = document.createElement('button');
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(), `${lang}: Tab enters at the tab stop`).to.equal('zoom-in');
      await sendKeys({ press: next });
      expect(focused(), `${lang}: ${next}`).to.equal('zoom-out');
      expect(tool('zoom-out').tabIndex, `${lang}: the tab stop follows`).to.equal(0);
      expect(tool('zoom-in').tabIndex).to.equal(-1);
      await sendKeys({ press: 'End' });
      expect(focused(), `${lang}: End`).to.equal('list');
      await sendKeys({ press: previous });
      expect(focused(), `${lang}: ${previous}`).to.equal('reset');
      await sendKeys({ press: 'Home' });
      expect(focused(), `${lang}: Home`).to.equal('zoom-in');
      if (lang === 'fa') {
        // The rest does not depend on the direction (and each key costs WebKit's driver half a second).
        before.remove();
        el.parentElement!.remove();
        continue;
      }
      // Zoomed in, then reset with Enter: the reset button, now with nothing to reset, keeps the focus.
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(transform(el), `${lang}: Enter zooms in`).to.contain('scale(1.6)');
      tool('reset').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(transform(el), `${lang}: Enter resets`).to.equal('translate(0 0) scale(1)');
      expect(tool('reset').getAttribute('aria-disabled')).to.equal('true');
      expect(focused(), `${lang}: the focus stays on the reset button`).to.equal('reset');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(transform(el), `${lang}: a disabled button does nothing`).to.equal('translate(0 0) scale(1)');
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(transform(el), `${lang}: Space zooms in, once`).to.contain('scale(1.6)');
      await sendKeys({ press: 'End' });
      await sendKeys({ press: previous });
      // The focus leaves the toolbar, and Tab brings it back to the button last focused.
      before.focus();
      expect(root.activeElement, `${lang}: the focus left the toolbar`).to.equal(null);
      await sendKeys({ press: 'Tab' });
      expect(focused(), `${lang}: Tab comes back where the reader was`).to.equal('reset');
      before.remove();
      el.parentElement!.remove();
    }
  });

  it('opens a popup from a marker with the keyboard, fires twin-select and closes on Escape', async () => {
    const el = await mapIn(600, 'en');
    const tomb = marker(el, 'shams-tomb-khoy');
    tomb.focus();
    const selected = oneEvent(el, 'twin-select');
    await sendKeys({ press: 'Enter' });
    expect(((await selected) as CustomEvent<TwinSelectDetail>).detail).to.deep.equal({ kind: 'place', id: 'shams-tomb-khoy' });
    await el.updateComplete;
    const popup = part(el, '[part=popup]');
    expect(textOf(popup)).to.contain('Shams Tabrizi Tomb and Minaret').and.to.contain('Tomb').and.to.contain('Safavid minaret');
    expect(popup.contains(el.shadowRoot!.activeElement), 'focus moves into the popup').to.equal(true);
    expect(tomb.getAttribute('aria-expanded')).to.equal('true');
    expect(el.selected).to.equal('shams-tomb-khoy');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=popup]')).to.equal(null);
    expect(el.shadowRoot!.activeElement, 'focus returns to the marker').to.equal(marker(el, 'shams-tomb-khoy'));
  });

  it('goes on by Tab from an open popup to the marker after its own, and back by Shift+Tab to its own', async () => {
    const el = await mapIn(600, 'en');
    const order = [...el.shadowRoot!.querySelectorAll<SVGGElement>('.marker')];
    const opener = order[0]!;
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const popup = part(el, '[part=popup]');
    expect(popup.contains(el.shadowRoot!.activeElement), 'in the popup').to.equal(true);
    // Shift+Tab (as a key event: the WebDriver-driven engines send no key chord), from the popup's start.
    const back = new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, composed: true, cancelable: true });
    el.shadowRoot!.activeElement!.dispatchEvent(back);
    expect(back.defaultPrevented, 'the popup moves the focus itself').to.equal(true);
    expect(el.shadowRoot!.activeElement, 'back to its marker').to.equal(opener);
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // Through the popup's controls, then on to the next marker (it went past the map, skipping the other markers).
    for (let i = 0; i < 4 && part(el, '[part=popup]').contains(el.shadowRoot!.activeElement); i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement, 'the next marker').to.equal(order[1]);
  });

  it('closes a popup when the map itself is tapped, not when it is dragged', async () => {
    const el = await mapIn(600, 'en');
    const surface = part(el, '[part=map]');
    const box = surface.getBoundingClientRect();
    const pointer = (type: string, x: number, y: number) =>
      surface.dispatchEvent(new PointerEvent(type, { pointerId: 7, pointerType: 'touch', isPrimary: true, clientX: box.left + x, clientY: box.top + y, bubbles: true, composed: true }));
    marker(el, 'konya').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    const open = () => el.shadowRoot!.querySelector('[part=popup]') !== null;
    expect(open(), 'open').to.equal(true);
    // A drag across the map (it pans when zoomed in) leaves the popup open.
    pointer('pointerdown', 20, 20);
    pointer('pointermove', 80, 40);
    pointer('pointerup', 80, 40);
    await el.updateComplete;
    expect(open(), 'open after a drag').to.equal(true);
    // A tap closes it (it stayed open: only × and Escape closed it).
    pointer('pointerdown', 20, 20);
    pointer('pointerup', 22, 21);
    await el.updateComplete;
    expect(open(), 'closed by a tap').to.equal(false);
  });

  it('closes a popup on Escape pressed on another marker, leaving the focus on that marker', async () => {
    const el = await mapIn(600, 'en');
    marker(el, 'khoy').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=popup]')).to.not.equal(null);
    marker(el, 'konya').focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=popup]')).to.equal(null);
    // It went back to Khoy, which opened the popup.
    expect(el.shadowRoot!.activeElement, 'the focus stays on Konya').to.equal(marker(el, 'konya'));
  });

  it('marks the selected place in the list of places as current, as the map marks its marker', async () => {
    const el = await mapIn(600, 'en');
    el.selected = 'konya';
    el.view = 'list';
    await el.updateComplete;
    const rows = [...el.shadowRoot!.querySelectorAll('.places-table tbody tr')];
    expect(rows.map((r) => r.getAttribute('aria-current'))).to.deep.equal(rows.map((r) => (r.classList.contains('selected') ? 'true' : null)));
    expect(rows.filter((r) => r.getAttribute('aria-current') === 'true').map(textOf).join()).to.contain('Konya');
  });

  it('highlights a place selected from outside', async () => {
    const el = await mapIn(600, 'en');
    el.selected = 'mevlana-museum';
    await el.updateComplete;
    expect(marker(el, 'mevlana-museum').classList.contains('selected')).to.equal(true);
    expect(marker(el, 'mevlana-museum').getAttribute('aria-current')).to.equal('true');
    expect(marker(el, 'konya').getAttribute('aria-current')).to.equal('false');
  });

  it('offers a list of places with coordinates in the reader’s digits', async () => {
    const el = await mapIn(600, 'fa');
    const toggle = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toolbar button')].find((b) => textOf(b) === 'فهرست مکان‌ها')!;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => textOf(c)));
    expect(rows).to.have.length(4);
    expect(rows[0]![0]).to.equal('خوی');
    expect(rows[0]![3]).to.equal('۳۸٫۵۵° شمالی، ۴۴٫۹۵° شرقی');
    // Each degree sign is drawn right after its number's last digit (to its right, as the number reads left to right),
    // the second coordinate's too: after the Arabic comma the bidi algorithm put it on the number's other side.
    for (const cell of el.shadowRoot!.querySelectorAll('td.coordinates')) {
      const text = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT).nextNode() as Text;
      const box = (i: number) => {
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        return range.getBoundingClientRect();
      };
      const signs = [...text.data.matchAll(/°/g)].map((m) => m.index);
      expect(signs, textOf(cell)).to.have.length(2);
      for (const at of signs) expect(box(at).left, `${textOf(cell)}: the sign at ${at}`).to.be.at.least(box(at - 1).right - 1);
    }
    expect(rows.find((r) => r[0] === 'آرامگاه و منار شمس تبریزی')?.[1]).to.equal('آرامگاه');
    expect(textOf(part(el, '[part=list]'))).to.contain('حدود ۱٬۰۹۱ کیلومتر');
  });
});

describe('<twin-city-map> with other data', () => {
  it('fits two cities on different continents, on the world map', async () => {
    const el = await mapIn(600, 'en', fictionalTwinning);
    const bounds = svgOf(el).getBoundingClientRect();
    for (const id of ['wadi-noor', 'fjordvik']) {
      const box = marker(el, id).querySelector('.dot')!.getBoundingClientRect();
      expect(box.left, id).to.be.above(bounds.left + 20);
      expect(box.right, id).to.be.below(bounds.right - 20);
      expect(box.top, id).to.be.above(bounds.top + 20);
      expect(box.bottom, id).to.be.below(bounds.bottom - 20);
    }
    expect(el.shadowRoot!.querySelector('.land[data-country="NO"]'), 'Norway is drawn').to.not.equal(null);
    expect(textOf(part(el, '[part=distance]'))).to.match(/^about 4,\d{3} km$/);
  });
});
