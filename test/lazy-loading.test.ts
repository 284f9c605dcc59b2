/**
 * `loading="lazy"` (the default of the map and the timeline): far from the viewport an element shows a skeleton and
 * loads nothing; near it, it loads and renders. The map's skeleton takes the map's final height, so that the page
 * does not move when the map arrives.
 */
import { expect } from '@open-wc/testing';
import '../src/city-map.js';
import '../src/pilgrimage-timeline.js';
import '../src/agreement-card.js';
import type { TwinCityMap } from '../src/city-map.js';
import { defaultDatasetGeometry } from '../src/geo/geometry.js';
import type { TwinElement } from '../src/shared/twin-element.js';
import { download, html, renderTwin, until } from './helpers/render.js';

/** An element below a spacer three viewports tall, far from the viewport. */
/** A spacer three viewports tall at the start of `box`. */
function below(box: HTMLElement): HTMLElement {
  const spacer = document.createElement('div');
  spacer.style.blockSize = `${innerHeight * 3}px`;
  box.append(spacer);
  return spacer;
}

async function farBelow<T extends TwinElement>(tag: string, loading?: string): Promise<{ el: T; spacer: HTMLElement }> {
  const wrapper = await renderTwin<HTMLElement & TwinElement>(html`<div></div>`);
  const spacer = below(wrapper);
  const el = document.createElement(tag) as T;
  el.lang = 'en';
  if (loading) el.setAttribute('loading', loading);
  wrapper.append(el);
  await el.updateComplete;
  return { el, spacer };
}

describe('loading="lazy"', () => {
  afterEach(() => scrollTo(0, 0));

  for (const tag of ['twin-city-map', 'twin-pilgrimage-timeline']) {
    it(`${tag} is lazy by default: far from the viewport it shows a skeleton and loads no data; in view it renders`, async () => {
      const { el } = await farBelow<TwinElement>(tag);
      expect(el.shadowRoot!.querySelector('.skeleton'), 'a skeleton').to.not.equal(null);
      expect(el.shadowRoot!.querySelector('.state.loading')!.getAttribute('aria-busy')).to.equal('true');
      // Nothing in the skeleton takes the focus (the map's idle toolbar did, hidden from screen readers, and the focus
      // fell back to the page when the map replaced it).
      const skeleton = el.shadowRoot!.querySelector<HTMLElement>('.skeleton')!;
      if (tag === 'twin-city-map') expect(skeleton.querySelectorAll('button').length, 'the toolbar, idle').to.be.above(0);
      for (const b of skeleton.querySelectorAll<HTMLElement>('button, [tabindex]')) {
        b.focus();
        expect(el.shadowRoot!.activeElement, `${tag}: ${b.outerHTML.slice(0, 60)} takes no focus`).to.equal(null);
      }
      expect(el.loadedDataset, 'no dataset loaded').to.equal(undefined);
      await new Promise((r) => setTimeout(r, 300));
      expect(el.loadedDataset, 'still none after a while').to.equal(undefined);
      // Nor the map's view code (the projection, drawing and labels) or its geometry: the first map of this page.
      // The geometry at the scale the map's width suggests (see likelyPxPerDegree).
      const geometry = `/src/geo/generated/${defaultDatasetGeometry(el.getBoundingClientRect().width)}.ts`;
      const mapCode = ['/src/elements/city-map/map-view.ts', '/src/geo/projection.ts', geometry];
      if (tag === 'twin-city-map') for (const path of mapCode) expect(download(path), `${path} is not downloaded yet`).to.equal(undefined);
      el.scrollIntoView();
      await until(() => !!el.loadedDataset && !el.shadowRoot!.querySelector('.skeleton'));
      await el.updateComplete;
      expect(el.loadedDataset, 'loaded once in view').to.not.equal(undefined);
      expect(el.shadowRoot!.querySelector('.skeleton'), 'the skeleton is gone').to.equal(null);
      if (tag === 'twin-city-map') for (const path of mapCode) expect(download(path), `${path} is downloaded in view`).to.not.equal(undefined);
    });
  }

  it('loading="eager" loads at once, far from the viewport too; the card is eager by default', async () => {
    const map = await farBelow<TwinElement>('twin-city-map', 'eager');
    expect(map.el.loadedDataset, 'the eager map loaded').to.not.equal(undefined);
    const card = await farBelow<TwinElement>('twin-agreement-card');
    expect(card.el.loadedDataset, 'the card loaded').to.not.equal(undefined);
  });

  for (const width of [375, 800]) {
    it(`the map's skeleton is as tall as the map it makes way for, at ${width} px`, async () => {
      const wrapper = await renderTwin<HTMLElement & TwinElement>(html`<div style="inline-size: ${width}px"></div>`);
      below(wrapper);
      const el = document.createElement('twin-city-map') as TwinCityMap;
      el.lang = 'fa';
      wrapper.append(el);
      await el.updateComplete;
      const skeleton = el.getBoundingClientRect().height;
      expect(el.shadowRoot!.querySelector('.skeleton'), 'the skeleton first').to.not.equal(null);
      el.scrollIntoView();
      await until(() => !!el.shadowRoot!.querySelector('svg.map'));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('svg.map'), 'the map is drawn').to.not.equal(null);
      expect(el.getBoundingClientRect().height).to.be.closeTo(skeleton, 1);
    });
  }
});
