import { expect } from '@open-wc/testing';
import { geoPath } from 'd3-geo';
import { khoyKonya } from '../src/data/khoy-konya.js';
import { drawCountries, viewBox } from '../src/geo/draw.js';
import { loadCountries, type Country, type LonLat } from '../src/geo/geometry.js';
import { fitProjection } from '../src/geo/projection.js';

const VIEW = { width: 800, height: 500 };

/** What d3 draws for each country, projecting every one of them (the map's drawing before it left any out). */
function drawnByD3(countries: readonly Country[], a: LonLat, b: LonLat, others: LonLat[]) {
  const path = geoPath(fitProjection(a, b, others, VIEW));
  return countries.map((c) => ({ id: c.id, d: path(c) ?? '', centroid: path.centroid(c) })).filter((c) => c.d);
}

async function compare(a: LonLat, b: LonLat, others: LonLat[] = []) {
  const countries = (await loadCountries([a, b, ...others])).features as Country[];
  const projection = fitProjection(a, b, others, VIEW);
  const ours = drawCountries(countries, projection, VIEW.width, VIEW.height);
  const d3 = drawnByD3(countries, a, b, others);
  expect(ours.map((c) => c.id)).to.deep.equal(d3.map((c) => c.id));
  ours.forEach((c, i) => {
    const expected = d3[i]!.centroid;
    expect(c.centroid, `centroid of ${String(c.id)}`).to.not.equal(undefined);
    expect(Math.hypot(c.centroid![0] - expected[0], c.centroid![1] - expected[1]), `centroid of ${String(c.id)}`).to.be.below(0.5);
    // The same outline: as many rings, at the same points (ours rounds to the hundredth of a pixel).
    expect(c.d.split('M').length, `rings of ${String(c.id)}`).to.equal(d3[i]!.d.split('M').length);
  });
  return { countries, ours, projection };
}

describe('drawing the countries', () => {
  it('draws what d3 draws for Khoy and Konya, and leaves out the countries far from the view', async () => {
    const [khoy, konya] = khoyKonya.cities;
    const { countries, ours, projection } = await compare(khoy!.location, konya!.location, khoyKonya.places.map((p) => p.location));
    expect(ours.map((c) => c.id)).to.include.members(['TR', 'IR', 'AZ', 'AM', 'GE', 'IQ', 'SY']);
    // The view is bounded, and countries wholly outside it (Pakistan, Egypt) are not drawn.
    const box = viewBox(projection, VIEW.width, VIEW.height);
    expect(box).to.not.equal(undefined);
    expect(box![0]).to.be.below(konya!.location.lon);
    expect(box![2]).to.be.above(khoy!.location.lon);
    expect(countries.map((c) => c.id)).to.include.members(['PK', 'EG']);
    expect(ours.map((c) => c.id)).to.not.include.members(['PK']);
    expect(ours.map((c) => c.id)).to.not.include.members(['EG']);
  });

  it('draws what d3 draws for cities on two continents (the world map, not bounded)', async () => {
    const { projection } = await compare({ lon: -74.006, lat: 40.713 }, { lon: 139.692, lat: 35.69 });
    expect(viewBox(projection, VIEW.width, VIEW.height)).to.equal(undefined);
  });

  it('draws what d3 draws around a pole', async () => {
    const { projection } = await compare({ lon: 18.96, lat: 69.65 }, { lon: -149.9, lat: 61.22 });
    expect(viewBox(projection, VIEW.width, VIEW.height)).to.equal(undefined);
  });

  it('draws what d3 draws for two cities across the antimeridian', async () => {
    await compare({ lon: 174.76, lat: -36.85 }, { lon: -149.57, lat: -17.53 });
  });
});
