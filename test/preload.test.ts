// `preload()`: a page that fetches its own data downloads beforehand what the element fetches on first use, so that
// the element shows the data without waiting. A file of its own, so that neither the validator nor the geometry is
// loaded when it starts.
import { expect } from '@open-wc/testing';
import '../src/city-map.js';
import { TwinCityMap } from '../src/city-map.js';
import { until } from './helpers/render.js';

describe('TwinCityMap.preload()', () => {
  it('downloads the validator and the region geometry that a map given data waits for', async function () {
    // The test server holds the validator and the region's shapes back 1.5 s while this cookie is set
    // (web-test-runner.config.mjs), as a slow network would.
    document.cookie = 'twin-slow-first-use=1; path=/';
    const { khoyKonya } = await import('../src/data/khoy-konya.js');
    try {
      const started = performance.now();
      await TwinCityMap.preload();
      // Firefox and WebKit keep module scripts in memory across the pages of a session: once an earlier test file
      // has loaded them, nothing was held back, and the timing below proves nothing.
      if (performance.now() - started < 1400) this.skip();
      const el = document.createElement('twin-city-map');
      el.loading = 'eager';
      el.data = khoyKonya;
      const given = performance.now();
      document.body.append(el);
      try {
        const drawn = () => Boolean(el.shadowRoot?.querySelector('[part~="marker"]') && el.shadowRoot.querySelector('[part~="map"] path.land'));
        await until(drawn, 4000);
        expect(drawn(), 'the map drew its markers and land').to.equal(true);
        // Well under the 1.5 s a map that downloaded them again would wait, with room for a busy machine.
        expect(performance.now() - given, 'ms from the data to the drawn map').to.be.below(1000);
      } finally {
        el.remove();
      }
    } finally {
      document.cookie = 'twin-slow-first-use=; path=/; max-age=0';
    }
  });
});
