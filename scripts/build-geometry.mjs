#!/usr/bin/env node
// Builds the map geometry that ships with <twin-city-map> (run with `npm run geo:build`; the output is committed):
// - src/geo/generated/region.ts: Natural Earth 1:50m countries (world-atlas) of a generous region around Khoy and
//   Konya (Anatolia, the Caucasus, Iran, the Levant and their neighbours), simplified to about a pixel at 1200 px,
//   and the region's large lakes (Urmia, Van, Sevan…), Natural Earth 1:50m lakes as KDE Marble ships them (see
//   natural-earth-pn2.mjs): world-atlas has no lakes.
// - src/geo/generated/region-fine.ts: the same region from Natural Earth 1:10m countries, simplified less (about
//   two and a half times finer), and its lakes, finer too (one more, Habbaniyah, stays above the size kept): for
//   maps drawn at more than FINE_PX_PER_DEGREE (src/geo/geometry.ts), wide or zoomed in, where 1:50m's coasts and
//   borders show as straight strokes. The small territories 1:10m draws apart and 1:50m does not (Cyprus's bases
//   and buffer zone, Baikonur) are merged into the country around them: both scales show the same countries.
// - src/geo/generated/world.ts: 1:110m countries of the whole world, for twinnings anywhere else, and its lakes of
//   more than about 3,000 km² (from the same lakes, as coarse as the countries).
// Lakes have no id and no name: they are drawn, not labelled.
// Countries carry their ISO 3166-1 alpha-2 code as id, so their names come from Intl.DisplayNames in the
// reader's language; Natural Earth's English names are dropped.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { geoArea, geoBounds, geoCentroid, geoContains } from 'd3-geo';
import { feature, mergeArcs, quantize } from 'topojson-client';
import { filter, filterWeight, presimplify, simplify, sphericalRingArea, sphericalTriangleArea } from 'topojson-simplify';
import { readNaturalEarth } from './natural-earth-pn2.mjs';

/** The region the detailed geometry covers: [west, south, east, north] in degrees. */
export const REGION = [20, 24, 66, 50];

/** ISO 3166-1 numeric → alpha-2, for the countries the maps may label. */
const ALPHA2 = {
  '004': 'AF', '008': 'AL', '012': 'DZ', '031': 'AZ', '048': 'BH', '051': 'AM', '070': 'BA', '100': 'BG', '112': 'BY',
  '191': 'HR', '196': 'CY', '203': 'CZ', '231': 'ET', '232': 'ER', '250': 'FR', '262': 'DJ', '268': 'GE', '275': 'PS',
  '300': 'GR', '348': 'HU', '356': 'IN', '364': 'IR', '368': 'IQ', '376': 'IL', '380': 'IT', '398': 'KZ', '400': 'JO',
  '414': 'KW', '417': 'KG', '422': 'LB', '434': 'LY', '498': 'MD', '499': 'ME', '512': 'OM', '578': 'NO', '586': 'PK',
  '616': 'PL', '634': 'QA', '642': 'RO', '643': 'RU', '682': 'SA', '688': 'RS', '703': 'SK', '705': 'SI', '729': 'SD',
  '760': 'SY', '762': 'TJ', '784': 'AE', '792': 'TR', '795': 'TM', '804': 'UA', '807': 'MK', '818': 'EG', '860': 'UZ',
  '887': 'YE', '040': 'AT', '276': 'DE', '724': 'ES', '826': 'GB', '840': 'US', '124': 'CA', '156': 'CN', '392': 'JP',
  '036': 'AU', '076': 'BR', '032': 'AR', '484': 'MX', '710': 'ZA', '566': 'NG', '404': 'KE', '504': 'MA', '788': 'TN',
};
const alpha2 = (f) => ALPHA2[f.id] ?? (f.properties?.name === 'Kosovo' ? 'XK' : undefined);

function intersects([[x0, y0], [x1, y1]], [w, s, e, n]) {
  const lon = x0 <= x1 ? x1 >= w && x0 <= e : true; // a box across the antimeridian spans every longitude we use
  return lon && y1 >= s && y0 <= n;
}

/** Keeps the geometries (and, of multi-polygons, the polygons) that reach into `box`. */
function cut(topology, box) {
  const object = topology.objects.countries;
  object.geometries = object.geometries.flatMap((g) => {
    const f = feature(topology, g);
    if (!intersects(geoBounds(f), box)) return [];
    const out = { type: g.type, arcs: g.arcs, id: alpha2(f) };
    if (g.type === 'MultiPolygon') {
      out.arcs = g.arcs.filter((polygon) => intersects(geoBounds(feature(topology, { type: 'Polygon', arcs: polygon })), box));
    }
    return [out];
  });
  return topology;
}

/**
 * Territories Natural Earth 1:10m draws apart from the country around them, which 1:50m (the coarser region) includes
 * in it: merged into that country (by ISO 3166-1 numeric id), so that both scales draw the same outlines.
 */
const MERGED = { Akrotiri: '196', Dhekelia: '196', 'Cyprus U.N. Buffer Zone': '196', Baikonur: '398' };

function mergeTerritories(topology) {
  const object = topology.objects.countries;
  const into = new Map();
  object.geometries = object.geometries.filter((g) => {
    const to = MERGED[g.properties?.name];
    if (!to) return true;
    into.set(to, [...(into.get(to) ?? []), g]);
    return false;
  });
  for (const [id, parts] of into) {
    const i = object.geometries.findIndex((g) => g.id === id);
    if (i < 0) throw new Error(`no country ${id} to merge ${parts.map((p) => p.properties.name).join(', ')} into`);
    const country = object.geometries[i];
    object.geometries[i] = { ...mergeArcs(topology, [country, ...parts]), id: country.id, properties: country.properties };
  }
  return topology;
}

function label(topology) {
  for (const g of topology.objects.countries.geometries) {
    const f = feature(topology, g);
    g.id = alpha2(f);
    delete g.properties;
  }
  return topology;
}

/**
 * Topology-preserving simplification to `minArea` steradians, dropping rings smaller than `minRing`. Points
 * outside `focus` (far parts of large countries, e.g. Russia's Arctic coast, never on screen) keep only a coarse
 * shape: their weight is divided by 1000. Not quantized.
 */
function simplified(topology, minArea, minRing, focus) {
  let t = presimplify(topology, sphericalTriangleArea);
  if (focus) {
    const [w, s, e, n] = focus;
    for (const arc of t.arcs) {
      for (const point of arc) {
        const [lon, lat] = point;
        if (Number.isFinite(point[2]) && (lon < w || lon > e || lat < s || lat > n)) point[2] /= 1000;
      }
    }
  }
  t = simplify(t, minArea);
  return filter(t, filterWeight(t, minRing, sphericalRingArea)); // also drops the arcs no ring uses any more
}

/**
 * Lakes Natural Earth draws at an extent they no longer have, left out: the Aral Sea as it was before it shrank (a
 * tenth of it is left), the Kakhovka reservoir, drained in 2023. Each is found by a point inside it.
 */
const GONE = [
  { name: 'Aral Sea', lon: 59.6, lat: 45.4 },
  { name: 'Kakhovka reservoir', lon: 34.45, lat: 47.53 },
];

/** Natural Earth's 1:50m lakes, read once. */
let lakes;

/**
 * The lakes of Natural Earth 1:50m that reach into `box` (but those of GONE), as a topology of their own (object
 * `lakes`, each ring one arc), wound as d3-geo draws polygons (clockwise outer rings).
 */
function lakesTopology(box) {
  const arcs = [];
  const geometries = [];
  const gone = new Set();
  const kept = [];
  lakes ??= readNaturalEarth('ne_50m_lakes.pn2');
  for (const lake of lakes) {
    if (!intersects(geoBounds(lake), box)) continue;
    const polygons = lake.geometry.coordinates.map((rings) =>
      rings.map((ring) => {
        const closed = ring.length && (ring[0][0] !== ring.at(-1)[0] || ring[0][1] !== ring.at(-1)[1]) ? [...ring, ring[0]] : ring;
        const polygon = { type: 'Polygon', coordinates: [closed] };
        // A ring wound the other way is the whole sphere but the lake: larger than a hemisphere.
        return geoArea(polygon) > 2 * Math.PI ? closed.reverse() : closed;
      }),
    );
    const left = GONE.find((g) => polygons.some((rings) => geoContains({ type: 'Polygon', coordinates: [rings[0]] }, [g.lon, g.lat])));
    if (left) {
      gone.add(left.name);
      continue;
    }
    kept.push(polygons);
  }
  // Natural Earth also has the outline of Lakes Superior, Michigan and Huron together, over the three: a lake holding
  // the middle of a smaller one is such an outline, left out.
  const outer = (polygons) => ({ type: 'Polygon', coordinates: [polygons[0][0]] });
  const areas = kept.map((polygons) => geoArea(outer(polygons)));
  const middles = kept.map((polygons) => geoCentroid(outer(polygons))).map((c, i) => (geoContains(outer(kept[i]), c) ? c : undefined));
  for (const [i, polygons] of kept.entries()) {
    if (middles.some((c, j) => c && areas[j] < areas[i] && geoContains(outer(polygons), c))) continue;
    // Inner rings (islands) are wound the other way from outer ones.
    geometries.push({ type: 'MultiPolygon', arcs: polygons.map((rings) => rings.map((ring, k) => (arcs.push(k ? [...ring].reverse() : ring), [arcs.length - 1]))) });
  }
  const missing = GONE.filter((g) => !gone.has(g.name));
  if (missing.length) throw new Error(`ne_50m_lakes: no lake at the point of ${missing.map((g) => g.name).join(', ')}`);
  return { type: 'Topology', bbox: [-180, -90, 180, 90], arcs, objects: { lakes: { type: 'GeometryCollection', geometries } } };
}

/** `a` with the objects and arcs of `b` added (arc indices of `b` shifted past those of `a`). */
function merged(a, b) {
  const offset = a.arcs.length;
  const shift = (arcs) => (typeof arcs === 'number' ? (arcs < 0 ? ~(~arcs + offset) : arcs + offset) : arcs.map(shift));
  const objects = { ...a.objects };
  for (const [name, object] of Object.entries(b.objects)) {
    objects[name] = { ...object, geometries: object.geometries.map((g) => ({ ...g, arcs: shift(g.arcs) })) };
  }
  return { ...a, arcs: [...a.arcs, ...b.arcs], objects };
}

/**
 * Writes a topology as a module. It is a JSON string given to JSON.parse, not an object literal: browsers parse
 * JSON faster than JavaScript, and a first map waits for this module (in Chromium, about 17 ms instead of 27 for the
 * region). JSON.parse is not `eval`: it works under the strictest CSP.
 */
function write(file, name, topology, comment) {
  const json = JSON.stringify(topology);
  // The JSON holds numbers and two-letter codes: nothing to escape in a single-quoted string.
  if (/['\\\n\r\u2028\u2029]/.test(json)) throw new Error(`${file}: the topology has characters to escape`);
  writeFileSync(
    file,
    `// Generated by scripts/build-geometry.mjs from Natural Earth (public domain). Do not edit.\n// ${comment}\nimport type { Topology } from 'topojson-specification';\n\nconst ${name} = JSON.parse('${json}') as Topology;\nexport default ${name};\n`,
  );
  const lakes = topology.objects.lakes?.geometries.length;
  console.log(`${file}: ${(json.length / 1024).toFixed(1)} KB, ${topology.objects.countries.geometries.length} countries${lakes ? `, ${lakes} lakes` : ''}`);
}

/**
 * A world-atlas topology with its countries only: its `land` object (every coast of the world, which the map never
 * draws) would keep arcs far outside the region in the files.
 */
const read = (file) => {
  const topology = JSON.parse(readFileSync(`node_modules/world-atlas/${file}`, 'utf8'));
  delete topology.objects.land;
  return topology;
};
const deg2 = (d) => (d * Math.PI / 180) ** 2;

mkdirSync('src/geo/generated', { recursive: true });
const [w, s, e, n] = REGION;
const focus = [w - 6, s - 6, e + 6, n + 6];
const regionCountries = simplified(cut(read('countries-50m.json'), REGION), deg2(0.1), deg2(0.15), focus);
// Lakes smaller than Lake Sevan's fifth (about 270 km², a few pixels across on a map of the region) are left out.
const regionLakes = simplified(lakesTopology(REGION), deg2(0.1), deg2(0.15));
write(
  'src/geo/generated/region.ts',
  'region',
  quantize(merged(regionCountries, regionLakes), 1e5),
  `Countries reaching into [${REGION}] (west, south, east, north) from world-atlas, 1:50m; lakes (object "lakes") from Marble's copy of ne_50m_lakes.`,
);
// The same region from 1:10m, for maps drawn at a larger scale: finer countries and lakes.
const FINE = 0.04;
write(
  'src/geo/generated/region-fine.ts',
  'regionFine',
  quantize(merged(simplified(cut(mergeTerritories(read('countries-10m.json')), REGION), deg2(FINE), deg2(0.15), focus), simplified(lakesTopology(REGION), deg2(FINE), deg2(0.15))), 1e5),
  `Countries reaching into [${REGION}] from world-atlas, 1:10m (finer than region.ts); lakes from Marble's copy of ne_50m_lakes.`,
);
// The world's lakes of more than about 3,000 km² (Superior to Titicaca, Van and Urmia), as coarse as its countries.
const worldLakes = simplified(lakesTopology([-180, -90, 180, 90]), deg2(0.3), deg2(0.5));
write(
  'src/geo/generated/world.ts',
  'world',
  quantize(merged(simplified(label(read('countries-110m.json')), deg2(0.3), deg2(1)), worldLakes), 1e5),
  'All countries from world-atlas, 1:110m; the large lakes (object "lakes") from Marble\'s copy of ne_50m_lakes.',
);
writeFileSync(
  'src/geo/generated/region-bounds.ts',
  `// Generated by scripts/build-geometry.mjs. Do not edit.\n/** The box the detailed geometry covers: [west, south, east, north] in degrees. */\nexport const REGION_BOUNDS = [${REGION.join(', ')}] as const;\n`,
);
