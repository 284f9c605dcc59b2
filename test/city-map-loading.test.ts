// What a page with the default map downloads, and in which order. A file of its own, so that neither the embedded
// dataset nor the map's geometry is loaded when it starts.
import { expect } from '@open-wc/testing';
import '../src/city-map.js';
import type { TwinCityMap } from '../src/city-map.js';
import { defaultDatasetGeometry, geometryFor, likelyPxPerDegree, loadGeometry, loadedCountries } from '../src/geo/geometry.js';
import { fictionalTwinning } from './fixtures/fictional-twinning.js';
import { download, html, renderTwin } from './helpers/render.js';

const downloaded = (path: string) => download(path) ?? expect.fail(`no download of ${path}`);

describe('<twin-city-map> on the default data', () => {
  it('downloads the geometry of the embedded dataset beside the dataset, not after it', async function () {
    // The test server sends the dataset 400 ms late while this cookie is set (web-test-runner.config.mjs).
    document.cookie = 'twin-slow-dataset=1; path=/';
    try {
      const el = await renderTwin<TwinCityMap>(html`<twin-city-map lang="en"></twin-city-map>`);
      expect(el.shadowRoot!.querySelectorAll('[part~="marker"]').length).to.be.above(1);
    } finally {
      document.cookie = 'twin-slow-dataset=; path=/; max-age=0';
    }
    const dataset = downloaded('/src/data/khoy-konya.ts');
    // At the scale a map in this window likely needs (see likelyPxPerDegree).
    const geometry = downloaded(`/src/geo/generated/${defaultDatasetGeometry()}.ts`);
    // Firefox and WebKit keep module scripts in memory across the pages of a session, whatever the server says:
    // once an earlier test file has loaded the dataset, this page takes it from there and the server cannot hold
    // it back. Chromium asks the server again.
    if (dataset.transferSize === 0) this.skip();
    expect(dataset.responseEnd - dataset.startTime, 'the dataset came late').to.be.above(300);
    expect(geometry.startTime, 'the geometry was asked for while the dataset was on its way').to.be.below(dataset.responseEnd - 200);
  });

  it('prefetches the geometry that the map of the embedded dataset draws', async () => {
    // The cities of its agreement and their places.
    const { khoyKonya } = await import('../src/data/khoy-konya.js');
    const cities = khoyKonya.cities.filter((c) => khoyKonya.agreements[0]!.parties.includes(c.id));
    const places = khoyKonya.places.filter((p) => cities.some((c) => c.id === p.city));
    expect(cities).to.have.length(2);
    expect(geometryFor([...cities, ...places].map((p) => p.location))).to.equal('region');
    expect(geometryFor([...cities, ...places].map((p) => p.location), likelyPxPerDegree())).to.equal(defaultDatasetGeometry());
  });
});

describe('<twin-city-map> given its data with its first render', () => {
  it('draws once, at the width of its frame', async () => {
    // Nothing in this file has used Azerbaijani yet: the element's first render is its skeleton (no text), at the
    // map's height, while those strings download and its data (the validator is already loaded) is validated; the
    // map is then drawn once, at the width of the frame, and the page never moves.
    await import('../src/data/validate.js');
    await loadGeometry('region');
    const { khoyKonya } = await import('../src/data/khoy-konya.js');
    const box = document.createElement('div');
    box.style.inlineSize = '820px';
    const el = document.createElement('twin-city-map');
    el.lang = 'az';
    // Eager: a lazy map shows its skeleton first and draws when it comes into view (test/lazy-loading.test.ts).
    el.loading = 'eager';
    el.data = structuredClone(khoyKonya);
    box.append(el);
    // Every state of the map between two tasks, as the page could paint it.
    let skeletonSeen = false;
    const heights: number[] = [];
    const widths: string[] = [];
    const observer = new MutationObserver(() => {
      if (el.shadowRoot!.querySelector('.skeleton')) skeletonSeen = true;
      heights.push(el.getBoundingClientRect().height);
      const svg = el.shadowRoot!.querySelector('svg.map');
      if (svg && widths[widths.length - 1] !== svg.getAttribute('width')) widths.push(svg.getAttribute('width')!);
    });
    try {
      document.body.append(box);
      observer.observe(el.shadowRoot!, { childList: true, subtree: true, attributes: true });
      await el.updateComplete;
      expect(skeletonSeen, 'the skeleton came first (else this test would not see the case)').to.equal(true);
      const final = el.getBoundingClientRect().height;
      for (const h of heights) expect(h, `a height the element had before its final ${final} px`).to.be.closeTo(final, 1);
      const frame = el.shadowRoot!.querySelector<HTMLElement>('.viewport')!.getBoundingClientRect().width;
      expect(widths, 'each width the map was drawn at').to.deep.equal([String(Math.round(frame))]);
      expect(el.shadowRoot!.querySelectorAll('.land').length).to.be.above(10);
    } finally {
      observer.disconnect();
      box.remove();
    }
  });
});

describe('<twin-city-map> whose geometry is still downloading', () => {
  it('draws once, with the countries: never the markers on an empty sea first', async () => {
    // Egypt and Norway: the world's shapes, which nothing in this file has loaded.
    const points = fictionalTwinning.cities.map((c) => c.location);
    expect(geometryFor(points)).to.equal('world');
    expect(loadedCountries(points), 'the world is not loaded yet (else this test would not see the case)').to.equal(undefined);
    const el = document.createElement('twin-city-map');
    el.lang = 'en';
    el.loading = 'eager';
    el.data = structuredClone(fictionalTwinning);
    // Every state of the map between two tasks, as the page could paint it.
    const landWithMarkers: number[] = [];
    let labelled = 0;
    const observer = new MutationObserver(() => {
      if (el.shadowRoot!.querySelector('[part~="marker"]')) landWithMarkers.push(el.shadowRoot!.querySelectorAll('.land').length);
    });
    try {
      document.body.append(el);
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      await el.updateComplete;
      expect(landWithMarkers.length, 'drawings seen').to.be.above(0);
      expect(landWithMarkers[0], 'countries in the first drawing with markers').to.be.above(3);
      labelled = el.shadowRoot!.querySelectorAll('[part~="label"]').length;
      expect(labelled, 'the cities labelled').to.be.at.least(2);
    } finally {
      observer.disconnect();
      el.remove();
    }
  });
});
