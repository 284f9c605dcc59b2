/**
 * The map when its country shapes cannot be downloaded (the test server answers 503 while the page holds a cookie):
 * it still shows what it can, the two cities, their places, the line and its distance, and its list of places; the
 * failure is reported in the console, and nothing is thrown. Alone in its file: a page that has loaded the shapes
 * once keeps them (and Firefox and WebKit keep them for the session's later pages: there it runs only when the shapes
 * were not loaded before).
 */
import { expect } from '@open-wc/testing';
import '../src/city-map.js';
import type { TwinCityMap } from '../src/city-map.js';
import { download, html, part, renderTwin, textOf } from './helpers/render.js';

describe('<twin-city-map> without its country shapes', () => {
  it('draws its cities, places, line and distance without the land, and says why in the console', async function () {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    const uncaught: unknown[] = [];
    const onError = (e: PromiseRejectionEvent | ErrorEvent) => uncaught.push('reason' in e ? e.reason : e.error);
    addEventListener('unhandledrejection', onError);
    addEventListener('error', onError);
    document.cookie = 'twin-no-geometry=1; path=/';
    try {
      const wrapper = await renderTwin<HTMLElement & TwinCityMap>(html`<div style="inline-size: 800px"><twin-city-map loading="eager" lang="en"></twin-city-map></div>`);
      const el = wrapper.querySelector('twin-city-map')! as TwinCityMap;
      await el.updateComplete;
      const svg = part<SVGSVGElement>(el, 'svg.map');
      // Firefox and WebKit keep module scripts in memory across the pages of a session: once an earlier test file
      // has loaded the shapes, this page takes them from there and never asks the server.
      // (The region at either scale: see geometryFor.)
      const shapes = download('/src/geo/generated/region-fine.ts') ?? download('/src/geo/generated/region.ts');
      if (svg.querySelector('path.land') && (!shapes || shapes.transferSize === 0)) this.skip();
      expect(svg.querySelectorAll('path.land').length, 'no land').to.equal(0);
      expect(svg.querySelectorAll('[part~="marker"]').length, 'the cities and their places').to.equal(4);
      expect(svg.querySelector('[part~="arc"]')!.getAttribute('d'), 'the line').to.match(/^M[\d.-]+,[\d.-]+L/);
      expect(textOf(part(el, '[part~="distance"]')), 'the distance').to.match(/about 1,\d{3} km/);
      const names = [...svg.querySelectorAll('.label.city')].filter((g) => g.getAttribute('visibility') !== 'hidden').map(textOf);
      expect(names, "the cities' names").to.have.members(['Khoy', 'Konya']);
      expect(errors.some((args) => String(args[0]).includes("the map's geometry could not be loaded")), 'the console says why').to.equal(true);
      // Its text alternative is whole.
      part<HTMLButtonElement>(el, '[part~="toolbar"] button[aria-pressed]').click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[part~="list"] tbody tr').length).to.equal(4);
      await new Promise((r) => setTimeout(r, 50));
      expect(uncaught, 'nothing thrown').to.deep.equal([]);
    } finally {
      document.cookie = 'twin-no-geometry=; path=/; max-age=0';
      console.error = original;
      removeEventListener('unhandledrejection', onError);
      removeEventListener('error', onError);
    }
  });
});
