// The same timeline, generated from one seed, in the format of each library under test, and the map's data (the
// default Khoy–Konya dataset and the country shapes our map draws, as GeoJSON for Leaflet).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importSources } from '../../scripts/import-sources.mjs';

/** A small, fast generator (mulberry32): the same seed gives the same events on every machine. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['caravan', 'library', 'bridge', 'garden', 'festival', 'mosque', 'market', 'delegation', 'museum', 'poem', 'school', 'visit'];
const KINDS = ['meeting', 'journey', 'building', 'commemoration'];

/** `n` events between 1100 and 2025, each a real day, in no particular order (every library sorts them). */
export function generateEvents(n, seed = 2025) {
  const random = seededRandom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  return Array.from({ length: n }, (_, i) => {
    const year = 1100 + Math.floor(random() * 926);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    return {
      id: `e${i}`,
      year,
      month,
      day,
      kind: pick(KINDS),
      title: `${pick(WORDS)} ${pick(WORDS)} ${i + 1}`,
      description: `The ${pick(WORDS)} and the ${pick(WORDS)} of the year ${year}.`,
    };
  });
}

const iso = (e) => `${String(e.year).padStart(4, '0')}-${String(e.month).padStart(2, '0')}-${String(e.day).padStart(2, '0')}`;

/** Our dataset format (schema version 1). */
export function asTwinDataset(events) {
  return {
    version: 1,
    id: 'bench',
    cities: [
      { id: 'a', name: 'Amberfield', country: 'TR', location: { lat: 37.87, lon: 32.48 } },
      { id: 'b', name: 'Birchmoor', country: 'IR', location: { lat: 38.55, lon: 44.95 } },
    ],
    events: events.map((e) => ({ id: e.id, date: iso(e), kind: e.kind, title: e.title, description: e.description })),
  };
}

/** TimelineJS3's JSON format. */
export function asTimelineJs(events) {
  return {
    events: events.map((e) => ({
      unique_id: e.id,
      start_date: { year: String(e.year), month: String(e.month), day: String(e.day) },
      text: { headline: e.title, text: e.description },
    })),
  };
}

/** vis-timeline's items. */
export function asVisItems(events) {
  return events.map((e) => ({ id: e.id, start: iso(e), content: e.title, title: e.description }));
}

/** Writes every data file the pages fetch into `dir`/data. */
export async function writeFixtures(dir, sizes) {
  const data = join(dir, 'data');
  for (const format of ['ours', 'timelinejs', 'vis']) mkdirSync(join(data, format), { recursive: true });
  for (const n of sizes) {
    const events = generateEvents(n);
    writeFileSync(join(data, 'ours', `${n}.json`), JSON.stringify(asTwinDataset(events)));
    writeFileSync(join(data, 'timelinejs', `${n}.json`), JSON.stringify(asTimelineJs(events)));
    writeFileSync(join(data, 'vis', `${n}.json`), JSON.stringify(asVisItems(events)));
  }
  const map = await mapData();
  mkdirSync(join(data, 'map'), { recursive: true });
  writeFileSync(join(data, 'map', 'ours.json'), JSON.stringify(map.dataset));
  writeFileSync(join(data, 'map', 'leaflet.json'), JSON.stringify(map.leaflet));
}

/**
 * The default dataset and, for Leaflet, the same country shapes our map draws for it as GeoJSON (the finer region
 * geometry: the bench's map, in a window 1,280 px wide, is drawn at more than FINE_PX_PER_DEGREE), the cities and
 * places as points and the great-circle line as the same interpolated points.
 */
async function mapData() {
  const { khoyKonya, loadGeometry, geoInterpolate } = await importSources(`
    export { khoyKonya } from './src/data/khoy-konya.ts';
    export { loadGeometry } from './src/geo/geometry.ts';
    export { geoInterpolate } from 'd3-geo';`);
  const [a, b] = khoyKonya.agreements[0].parties.map((id) => khoyKonya.cities.find((c) => c.id === id));
  const countries = await loadGeometry('region-fine');
  const along = geoInterpolate([a.location.lon, a.location.lat], [b.location.lon, b.location.lat]);
  const arc = Array.from({ length: 65 }, (_, i) => along(i / 64)).map(([lon, lat]) => [lat, lon]);
  const point = (x) => ({ name: typeof x.name === 'string' ? x.name : x.name.en, lat: x.location.lat, lon: x.location.lon });
  return {
    dataset: khoyKonya,
    leaflet: { countries, cities: [a, b].map(point), places: khoyKonya.places.map(point), arc },
  };
}
