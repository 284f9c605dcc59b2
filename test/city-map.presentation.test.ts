import { expect } from '@open-wc/testing';
import '../src/city-map.js';
import type { TwinCityMap } from '../src/city-map.js';
import { matrix } from './helpers/matrix.js';
import { html, part, renderTwin, textOf } from './helpers/render.js';

const locales = ['fa', 'tr', 'en', 'az', 'az-Arab'] as const;
const themes = ['light', 'dark'] as const;

describe('<twin-city-map> accessibility', () => {
  // Every locale × theme in Chromium, a covering subset in Firefox and WebKit (helpers/matrix.ts).
  for (const [lang, theme] of matrix(locales, themes)) {
    it(`has no axe violations in ${lang}, ${theme} theme, as a map, with a popup open, and as a list (wide and narrow)`, async () => {
      const el = await renderTwin<TwinCityMap>(html`<twin-city-map lang=${lang} theme=${theme} selected="khoy"></twin-city-map>`);
      await expect(el, 'map').to.be.accessible();
      part<SVGGElement>(el, '.marker[data-id="mevlana-museum"]').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      part(el, '[part=popup]');
      await expect(el, 'popup').to.be.accessible();
      el.view = 'list';
      await el.updateComplete;
      part(el, '[part=list]');
      await expect(el, 'list').to.be.accessible();
      // In a narrow frame each place is a block, its kind and coordinates muted, the selected one on a tinted ground.
      el.style.inlineSize = '280px';
      expect(getComputedStyle(part(el, '.places-table tbody tr')).display, 'the narrow layout').to.equal('flex');
      await expect(el, 'list, 280 px').to.be.accessible();
    });
  }

  it('describes itself to screen readers: a named map, its distance and how to use the keys', async () => {
    const el = await renderTwin<TwinCityMap>(html`<twin-city-map lang="en"></twin-city-map>`);
    const map = part(el, 'svg.map');
    expect(map.getAttribute('aria-roledescription')).to.equal('map');
    const described = map.getAttribute('aria-describedby')!.split(' ').map((id) => textOf(part(el, `#${id}`)));
    expect(described[0]).to.equal('Khoy and Konya are about 1,091 km apart, measured along the great circle.');
    expect(described[1]).to.contain('arrow keys');
    const markers = [...el.shadowRoot!.querySelectorAll('.marker')].map((m) => m.getAttribute('aria-label'));
    expect(markers).to.deep.equal(['Khoy, City', 'Konya, City', 'Shams Tabrizi Tomb and Minaret, Tomb', 'Mevlana Museum (Rumi’s tomb), Museum']);
  });
});

describe('<twin-city-map> gestures', () => {
  const scale = (el: TwinCityMap) => Number(/scale\(([\d.]+)\)/.exec(part(el, '.geo').getAttribute('transform') ?? '')?.[1]);

  it('zooms with Ctrl + wheel, and lets a plain wheel scroll the page', async () => {
    const el = await renderTwin<TwinCityMap>(html`<twin-city-map lang="en"></twin-city-map>`);
    const svg = part(el, 'svg.map');
    const box = svg.getBoundingClientRect();
    const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, bubbles: true, cancelable: true, composed: true };
    const plain = new WheelEvent('wheel', { ...at, deltaY: -200 });
    svg.dispatchEvent(plain);
    await el.updateComplete;
    expect(plain.defaultPrevented).to.equal(false);
    expect(scale(el)).to.equal(1);
    const withCtrl = new WheelEvent('wheel', { ...at, deltaY: -200, ctrlKey: true });
    svg.dispatchEvent(withCtrl);
    await el.updateComplete;
    expect(withCtrl.defaultPrevented).to.equal(true);
    expect(scale(el)).to.be.above(1.3);
  });

  it('zooms with a two-finger pinch and pans with a drag', async () => {
    const el = await renderTwin<TwinCityMap>(html`<twin-city-map lang="en"></twin-city-map>`);
    const svg = part(el, 'svg.map');
    const box = svg.getBoundingClientRect();
    const cx = box.left + box.width / 2;
    const cy = box.top + box.height / 2;
    const pointer = (type: string, id: number, x: number) =>
      svg.dispatchEvent(new PointerEvent(type, { pointerId: id, clientX: x, clientY: cy, bubbles: true, composed: true, pointerType: 'touch', isPrimary: id === 1 }));
    pointer('pointerdown', 1, cx - 20);
    pointer('pointerdown', 2, cx + 20);
    pointer('pointermove', 1, cx - 60);
    pointer('pointermove', 2, cx + 60);
    await el.updateComplete;
    expect(scale(el)).to.be.closeTo(3, 0.01);
    pointer('pointerup', 1, cx - 60);
    pointer('pointerup', 2, cx + 60);
    const before = part(el, '.geo').getAttribute('transform');
    pointer('pointerdown', 3, cx);
    pointer('pointermove', 3, cx + 40);
    pointer('pointerup', 3, cx + 40);
    await el.updateComplete;
    expect(part(el, '.geo').getAttribute('transform')).to.not.equal(before);
    expect(scale(el)).to.be.closeTo(3, 0.01);
  });
});

describe('<twin-city-map> theming', () => {
  it('takes its colours from --twin-map-* properties and is styled through its parts', async () => {
    const style = document.createElement('style');
    style.textContent = 'twin-city-map.parted::part(distance) { font-style: italic; }';
    document.head.append(style);
    try {
      const wrapper = await renderTwin<HTMLElement & TwinCityMap>(
        html`<div style="--twin-map-land: rgb(10, 20, 30); --twin-map-water: rgb(40, 50, 60)"><twin-city-map class="parted" lang="en"></twin-city-map></div>`,
      );
      const el = wrapper.querySelector('twin-city-map')!;
      await el.updateComplete;
      expect(getComputedStyle(part(el, '.land')).fill).to.equal('rgb(10, 20, 30)');
      expect(getComputedStyle(part(el, '.water')).fill).to.equal('rgb(40, 50, 60)');
      expect(getComputedStyle(part(el, '[part=distance]')).fontStyle).to.equal('italic');
    } finally {
      style.remove();
    }
  });
});
