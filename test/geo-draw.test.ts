import { expect } from '@open-wc/testing';
import { geoArea, geoAzimuthalEquidistant, geoCentroid, geoContains, geoDistance, geoInterpolate, geoPath, type GeoProjection } from 'd3-geo';
import { khoyKonya } from '../src/data/khoy-konya.js';
import { BEND, clipToRectangle, drawCountries, viewBox } from '../src/geo/draw.js';
import { FINE_PX_PER_DEGREE, geometryFor, loadCountries, loadGeometry, type Country, type LonLat } from '../src/geo/geometry.js';
import { fitProjection } from '../src/geo/projection.js';

const VIEW = { width: 800, height: 500 };

/** d3's path of a shape, rounded as the map rounds it (to the hundredth of a pixel). */
const d3Path = (projection: GeoProjection) => geoPath(projection).digits(2);

/** What d3 draws for each country, projecting every one of them (the map's drawing before it left any out). */
function drawnByD3(countries: readonly Country[], a: LonLat, b: LonLat, others: LonLat[]) {
  const path = d3Path(fitProjection(a, b, others, VIEW));
  return countries.map((c) => ({ id: c.id, d: path(c) ?? '', centroid: path.centroid(c) })).filter((c) => c.d);
}

/** The pixels of the view that a path fills, as a reader sees them (more than half covered). */
function filled(d: string): Uint8Array {
  const canvas = document.createElement('canvas');
  canvas.width = VIEW.width;
  canvas.height = VIEW.height;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.fill(new Path2D(d));
  const { data } = context.getImageData(0, 0, VIEW.width, VIEW.height);
  const pixels = new Uint8Array(VIEW.width * VIEW.height);
  for (let i = 0; i < pixels.length; i++) pixels[i] = data[i * 4 + 3]! >= 128 ? 1 : 0;
  return pixels;
}

/**
 * Draws the countries around the points and checks, country by country, that the map fills the pixels d3 fills
 * (a pixel may differ along the outline, where the two round differently) and puts the name where d3 would.
 */
async function compare(a: LonLat, b: LonLat, others: LonLat[] = []) {
  const countries = (await loadCountries([a, b, ...others])).features as Country[];
  const projection = fitProjection(a, b, others, VIEW);
  const ours = drawCountries(countries, projection, VIEW.width, VIEW.height);
  const d3 = drawnByD3(countries, a, b, others);
  expect(ours.map((c) => c.id)).to.deep.equal(d3.map((c) => c.id));
  let land = 0;
  ours.forEach((c, i) => {
    const name = String(c.id);
    const expected = d3[i]!;
    expect(c.centroid, `centroid of ${name}`).to.not.equal(undefined);
    expect(Math.hypot(c.centroid![0] - expected.centroid[0], c.centroid![1] - expected.centroid[1]), `centroid of ${name}`).to.be.below(0.5);
    const mine = filled(c.d);
    const theirs = filled(expected.d);
    let area = 0;
    let differ = 0;
    for (let p = 0; p < mine.length; p++) {
      area += theirs[p]!;
      differ += mine[p]! ^ theirs[p]!;
    }
    land += area;
    // Along an outline of some hundreds of pixels, a few land on either side of the half-covered mark.
    expect(differ, `pixels of ${name} filled by one drawing and not the other (of ${area})`).to.be.at.most(Math.max(8, area * 0.002));
  });
  return { countries, ours, projection, land };
}

describe('drawing the countries', () => {
  it('fills what d3 fills for Khoy and Konya, and leaves out the countries far from the view', async () => {
    const [khoy, konya] = khoyKonya.cities;
    const { countries, ours, projection, land } = await compare(khoy!.location, konya!.location, khoyKonya.places.map((p) => p.location));
    expect(ours.map((c) => c.id)).to.include.members(['TR', 'IR', 'AZ', 'AM', 'GE', 'IQ', 'SY']);
    expect(land, 'pixels of land').to.be.above(VIEW.width * VIEW.height * 0.5);
    // The view is bounded, and countries wholly outside it (Pakistan, Egypt) are not drawn.
    const box = viewBox(projection, VIEW.width, VIEW.height);
    expect(box).to.not.equal(undefined);
    expect(box![0]).to.be.below(konya!.location.lon);
    expect(box![2]).to.be.above(khoy!.location.lon);
    expect(countries.map((c) => c.id)).to.include.members(['PK', 'EG']);
    expect(ours.map((c) => c.id)).to.not.include.members(['PK']);
    expect(ours.map((c) => c.id)).to.not.include.members(['EG']);
  });

  it('fills what d3 fills for two cities at opposite corners of the detailed region', async () => {
    await compare({ lon: 23.7, lat: 37.98 }, { lon: 58.38, lat: 37.95 }); // Athens and Ashgabat
    await compare({ lon: 35.5, lat: 33.89 }, { lon: 44.79, lat: 41.72 }); // Beirut and Tbilisi
  });

  it('fills what d3 fills for two cities of one country of the world map, where long edges are bent', async () => {
    // Western Europe and North America: a bounded view of the coarser world shapes, some of whose edges are long.
    await compare({ lon: 2.35, lat: 48.86 }, { lon: 13.4, lat: 52.52 }); // Paris and Berlin
    await compare({ lon: -87.63, lat: 41.88 }, { lon: -122.42, lat: 37.77 }); // Chicago and San Francisco
    await compare({ lon: -123.12, lat: 49.28 }, { lon: -73.57, lat: 45.5 }); // Vancouver and Montreal
    await compare({ lon: 30.52, lat: 50.45 }, { lon: 76.95, lat: 43.24 }); // Kyiv and Almaty
  });

  it('leaves to d3 a country whose long edges d3 bends along their great circles', async () => {
    // London and Moscow: a wide view. A box from 0° to 40° E and 45° to 60° N, with one edge a side: d3 bends its
    // edges by pixels, and a straight line would miss them.
    const projection = fitProjection({ lon: -0.13, lat: 51.5 }, { lon: 37.62, lat: 55.75 }, [], VIEW);
    const box: Country = {
      type: 'Feature',
      id: 'XX',
      properties: null,
      geometry: { type: 'Polygon', coordinates: [[[0, 45], [0, 60], [40, 60], [40, 45], [0, 45]]] },
    };
    const [ours] = drawCountries([box], projection, VIEW.width, VIEW.height);
    const mine = filled(ours!.d);
    const theirs = filled(d3Path(projection)(box)!);
    const straight = filled(`M${[[0, 45], [0, 60], [40, 60], [40, 45]].map((p) => projection(p as [number, number])!.join(',')).join('L')}Z`);
    const count = (a: Uint8Array, b: Uint8Array) => a.reduce((n, v, i) => n + (v ^ b[i]!), 0);
    expect(count(straight, theirs), 'pixels that straight edges would miss').to.be.above(500);
    expect(count(mine, theirs), 'pixels filled by one drawing and not the other').to.be.at.most(8);
  });

  it('fills what d3 fills for two cities in one place', async () => {
    await compare({ lon: 44.95, lat: 38.55 }, { lon: 44.95, lat: 38.55 });
  });

  it('fills what d3 fills for cities on two continents (the world map, not bounded)', async () => {
    const { projection } = await compare({ lon: -74.006, lat: 40.713 }, { lon: 139.692, lat: 35.69 });
    expect(viewBox(projection, VIEW.width, VIEW.height)).to.equal(undefined);
  });

  it('fills what d3 fills around a pole', async () => {
    const { projection } = await compare({ lon: 18.96, lat: 69.65 }, { lon: -149.9, lat: 61.22 });
    expect(viewBox(projection, VIEW.width, VIEW.height)).to.equal(undefined);
  });

  it('fills what d3 fills for two cities across the antimeridian', async () => {
    await compare({ lon: 174.76, lat: -36.85 }, { lon: -149.57, lat: -17.53 });
  });
});

describe('the bend of an edge', () => {
  it('stays within the bound the map trusts, for edges anywhere within a quarter of the globe from the centre', () => {
    // The map draws an edge straight without measuring it when BEND × L² / k is within the projection's precision.
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const k = 1000;
    let worst = 0;
    for (let i = 0; i < 20_000; i++) {
      const centre: [number, number] = [random() * 360 - 180, random() * 170 - 85];
      const projection = geoAzimuthalEquidistant().rotate([-centre[0], -centre[1]]).scale(k).translate([0, 0]).precision(0);
      const a: [number, number] = [centre[0] + random() * 240 - 120, Math.max(-89, Math.min(89, centre[1] + random() * 178 - 89))];
      const size = random() < 0.5 ? 2 : 40;
      const b: [number, number] = [a[0] + random() * size - size / 2, Math.max(-89, Math.min(89, a[1] + random() * size - size / 2))];
      if (geoDistance(a, centre) >= Math.PI / 2 - 0.01 || geoDistance(b, centre) >= Math.PI / 2 - 0.01) continue;
      const [pa, pb, pm] = [projection(a)!, projection(b)!, projection(geoInterpolate(a, b)(0.5))!];
      const dx = pb[0] - pa[0];
      const dy = pb[1] - pa[1];
      const length2 = dx * dx + dy * dy;
      if (length2 < 1e-6) continue;
      const off = Math.abs(dy * (pm[0] - pa[0]) - dx * (pm[1] - pa[1])) / Math.sqrt(length2);
      worst = Math.max(worst, (off * k) / length2);
    }
    expect(worst, 'the largest bend, in units of L² / k').to.be.above(0.05).and.below(BEND);
  });
});

describe('clipping a ring to the view', () => {
  const view = [0, 0, 100, 100] as const;
  const area = (ring: readonly number[]) => {
    let sum = 0;
    for (let i = 0; i < ring.length; i += 2) sum += ring[i]! * ring[(i + 3) % ring.length]! - ring[(i + 2) % ring.length]! * ring[i + 1]!;
    return Math.abs(sum / 2);
  };

  it('keeps a ring inside the view as it is, and drops one beside it', () => {
    expect(clipToRectangle([10, 10, 20, 10, 20, 20], view)).to.deep.equal([10, 10, 20, 10, 20, 20]);
    expect(clipToRectangle([110, 10, 120, 10, 120, 20], view)).to.deep.equal([]);
  });

  it('keeps the part of a ring within the view', () => {
    // A square from (50, 50) to (150, 150): a quarter of it is in view.
    expect(area(clipToRectangle([50, 50, 150, 50, 150, 150, 50, 150], view))).to.be.closeTo(2500, 1e-9);
    // A triangle crossing the left edge: the part right of x = 0.
    expect(area(clipToRectangle([-50, 10, 50, 10, 50, 90], view))).to.be.closeTo(0.5 * 100 * 80 - 0.5 * 50 * 40, 1e-9);
  });

  it('fills the whole view with a ring around it', () => {
    expect(area(clipToRectangle([-10, -10, 110, -10, 110, 110, -10, 110], view))).to.be.closeTo(10000, 1e-9);
  });
});

describe('the region at two scales', () => {
  it('has the same countries at both, the finer drawn with more points, and no territory of its own', async () => {
    const [coarse, fine] = await Promise.all([loadGeometry('region'), loadGeometry('region-fine')]);
    const ids = (shapes: typeof coarse) => shapes.features.filter((f) => !f.water).map((f) => f.id ?? '(none)').sort();
    // Natural Earth's 1:10m draws Akrotiri, Dhekelia, Cyprus's buffer zone and Baikonur apart: merged into their country.
    expect(ids(fine)).to.deep.equal(ids(coarse));
    const points = (shapes: typeof coarse) => JSON.stringify(shapes.features.map((f) => f.geometry)).split('],[').length;
    expect(points(fine), 'points').to.be.above(2 * points(coarse));
    // Each country's finer outline covers its coarser one's middle, and the two cities lie in their countries at both.
    for (const [id, point] of [['IR', [44.95, 38.55]], ['TR', [32.48, 37.87]], ['CY', [33.2, 35.0]]] as [string, [number, number]][]) {
      for (const shapes of [coarse, fine]) expect(geoContains(shapes.features.find((f) => f.id === id)!, point), `${id}`).to.equal(true);
    }
    // The lakes of the coarser scale are all at the finer.
    const middles = (shapes: typeof coarse) => shapes.features.filter((f) => f.water).map((lake) => geoCentroid(lake));
    for (const m of middles(coarse)) {
      expect(middles(fine).some((n) => geoDistance(m, n) < 0.005), `the lake at ${m.map((x) => x.toFixed(1))}`).to.equal(true);
    }
  });

  it('is chosen by the scale the map is drawn at', () => {
    const pair = khoyKonya.cities.map((c) => c.location);
    expect(geometryFor(pair, FINE_PX_PER_DEGREE - 1)).to.equal('region');
    expect(geometryFor(pair, FINE_PX_PER_DEGREE + 1)).to.equal('region-fine');
    expect(geometryFor([{ lon: -87.63, lat: 41.88 }, ...pair], 100), 'the world has one scale').to.equal('world');
  });
});

describe('the lakes', () => {
  it('are in both geometries as water without a country, each where its lake is, and none over the cities around', async () => {
    const region = await loadCountries([khoyKonya.cities[0]!.location, khoyKonya.cities[1]!.location]);
    const world = await loadCountries([
      { lon: -87.63, lat: 41.88 },
      { lon: 139.69, lat: 35.69 },
    ]);
    expect(region).to.not.equal(world, 'Chicago–Tokyo is drawn on the world map');
    const lakesOf = (shapes: typeof region) => shapes.features.filter((f) => f.water);
    const cases = [
      { lakes: lakesOf(region), water: { Urmia: [45.4, 37.75], Van: [42.9, 38.65], Sevan: [45.3, 40.35] }, land: { Khoy: [44.95, 38.55], Tabriz: [46.29, 38.08], Konya: [32.48, 37.87] } },
      {
        lakes: lakesOf(world),
        water: { Superior: [-87.5, 47.7], Victoria: [33, -1], Baikal: [108, 53.5], Ladoga: [31.5, 60.8], Titicaca: [-69.4, -15.8] },
        land: { Nairobi: [36.82, -1.29], Irkutsk: [104.3, 52.29], Winnipeg: [-97.14, 49.9], 'La Paz': [-68.15, -16.5] },
      },
    ] as const;
    for (const { lakes, water, land } of cases) {
      for (const lake of lakes) {
        expect(lake.id, 'a lake is no country').to.equal(undefined);
        // Wound as d3 fills polygons: a lake wound the other way would be the whole Earth but the lake.
        expect(geoArea(lake), 'a lake, not the Earth around it').to.be.below(0.01);
      }
      for (const [name, point] of Object.entries(water)) expect(lakes.some((l) => geoContains(l, point as [number, number])), `${name} is drawn`).to.equal(true);
      for (const [name, point] of Object.entries(land)) expect(lakes.some((l) => geoContains(l, point as [number, number])), `${name} is on land`).to.equal(false);
    }
  });
});
