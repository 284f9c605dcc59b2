// Which of the region's two scales a lazy map downloads when it comes near the viewport: the one its own width
// suggests (read from its IntersectionObserver), not the window's. A file of its own, so that no geometry is loaded
// when it starts.
import { expect } from '@open-wc/testing';
import '../src/city-map.js';
import type { TwinCityMap } from '../src/city-map.js';
import { FINE_PX_PER_DEGREE, loadedGeometry } from '../src/geo/geometry.js';
import { html, renderTwin, until } from './helpers/render.js';

/** A lazy map `width` px wide below a spacer three viewports tall, scrolled to and shown. */
async function lazyMapScrolledTo(width: number): Promise<TwinCityMap> {
  const wrapper = await renderTwin<HTMLElement & TwinCityMap>(
    html`<div><div style="block-size: ${innerHeight * 3}px"></div><div style="inline-size: ${width}px"><twin-city-map lang="en"></twin-city-map></div></div>`,
  );
  const el = wrapper.querySelector('twin-city-map')! as TwinCityMap;
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('.skeleton'), 'far from the viewport, a skeleton').to.not.equal(null);
  el.scrollIntoView();
  await until(() => !!el.shadowRoot!.querySelector('svg.map path.land'));
  await el.updateComplete;
  return el;
}

describe('a lazy map’s geometry', () => {
  afterEach(() => scrollTo(0, 0));

  it('downloads the coarser region for a narrow map, and the finer for a wide one, whatever the window’s width', async () => {
    expect(loadedGeometry('region'), 'nothing loaded yet (else this test would not see the case)').to.equal(undefined);
    expect(loadedGeometry('region-fine')).to.equal(undefined);
    // 400 px: drawn at about 17 px per degree. Before, the download followed the window (a desktop's: the finer).
    const narrow = await lazyMapScrolledTo(400);
    expect(loadedGeometry('region'), 'the coarser region').to.not.equal(undefined);
    expect(loadedGeometry('region-fine'), 'not the finer').to.equal(undefined);
    expect(narrow.shadowRoot!.querySelectorAll('path.land').length).to.be.above(10);
    // 1,400 px (wider than the window, as a map can be): drawn at about 60 px per degree.
    expect(1400 / 24).to.be.above(FINE_PX_PER_DEGREE);
    await lazyMapScrolledTo(1400);
    expect(loadedGeometry('region-fine'), 'the finer region').to.not.equal(undefined);
  });
});
