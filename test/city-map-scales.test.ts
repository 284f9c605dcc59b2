// The region's two scales (src/geo/geometry.ts): which one a map draws as it is drawn larger or smaller. A file of
// its own, so that no geometry is loaded when it starts.
import { expect } from '@open-wc/testing';
import { khoyKonya } from '../src/data/khoy-konya.js';
import { FINE_PX_PER_DEGREE, loadedGeometry } from '../src/geo/geometry.js';
import { MapGeometry } from '../src/elements/city-map/map-geometry.js';

describe('the map’s geometry at two scales', () => {
  it('draws the coarser region when small, the finer one once drawn larger (keeping the coarser until it is here), and keeps the finer', async () => {
    expect(loadedGeometry('region'), 'nothing loaded yet (else this test would not see the case)').to.equal(undefined);
    expect(loadedGeometry('region-fine')).to.equal(undefined);
    let updates = 0;
    const host = Object.assign(document.createElement('div'), { addController() {}, removeController() {}, requestUpdate: () => updates++, updateComplete: Promise.resolve(true) });
    const geometry = new MapGeometry(host);
    const points = khoyKonya.cities.map((c) => c.location);

    // A phone-sized map: the coarser region, which it waits for.
    geometry.ensure(points, FINE_PX_PER_DEGREE / 2);
    expect(geometry.waiting, 'the first drawing waits for its shapes').to.equal(true);
    expect(await geometry.settle()).to.equal(true);
    const coarse = loadedGeometry('region');
    expect(coarse).to.not.equal(undefined);
    expect(geometry.countries).to.equal(coarse);
    expect(updates).to.equal(1);

    // Zoomed in past the scale: the finer region downloads, and the map keeps drawing the coarser until it is here.
    geometry.ensure(points, FINE_PX_PER_DEGREE * 2);
    expect(geometry.waiting, 'no wait: the coarser shapes stand in').to.equal(false);
    expect(geometry.countries).to.equal(coarse);
    expect(await geometry.settle()).to.equal(true);
    expect(geometry.countries).to.equal(loadedGeometry('region-fine'));
    expect(geometry.countries).to.not.equal(coarse);
    expect(updates, 'drawn again with the finer shapes').to.equal(2);

    // Zoomed out again: the finer shapes serve the smaller scale too, with no download.
    geometry.ensure(points, FINE_PX_PER_DEGREE / 2);
    expect(geometry.countries).to.equal(loadedGeometry('region-fine'));
    expect(await geometry.settle()).to.equal(false);
    expect(updates).to.equal(2);
  });
});
