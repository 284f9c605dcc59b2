/**
 * The country shapes the map draws, shipped with the package (see scripts/build-geometry.mjs) and loaded on first
 * use: the detailed region around Anatolia, the Caucasus and Iran, with its large lakes, when every point to show
 * lies in it, otherwise the whole world at a coarser scale. No request leaves the site.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { REGION_BOUNDS } from './generated/region-bounds.js';

/** A country (its ISO 3166-1 alpha-2 code as `id`), or a lake (`water`, no id) drawn over the land. */
export type Country = Feature<Geometry, null> & { id?: string; water?: true };
export interface Countries extends FeatureCollection<Geometry, null> {
  features: Country[];
}

export interface LonLat {
  readonly lon: number;
  readonly lat: number;
}

/** Whether every point lies within the detailed region (with a margin for the map around them). */
export function inRegion(points: readonly LonLat[]): boolean {
  const [w, s, e, n] = REGION_BOUNDS;
  return points.every((p) => p.lon >= w + 2 && p.lon <= e - 2 && p.lat >= s + 2 && p.lat <= n - 2);
}

const cache = new Map<string, Promise<Countries>>();
const loaded = new Map<string, Countries>();

/** The countries of a topology, then its lakes (the region's: world-atlas has none, see build-geometry.mjs). */
function countriesOf(topology: Topology): Countries {
  const shapes = (name: string): Country[] => {
    const object = topology.objects[name] as GeometryCollection | undefined;
    return object ? (feature(topology, object) as unknown as Countries).features : [];
  };
  return { type: 'FeatureCollection', features: [...shapes('countries'), ...shapes('lakes').map((lake): Country => ({ ...lake, water: true }))] };
}

export type GeometryName = 'region' | 'world';

/**
 * The geometry a map of the embedded Khoy–Konya dataset draws: the region was cut around it. A map showing that
 * dataset downloads it beside the dataset instead of after it (test/city-map-loading.test.ts checks both).
 */
export const DEFAULT_DATASET_GEOMETRY: GeometryName = 'region';

/** The geometry a map of `points` draws: the detailed region, or the world. */
export function geometryFor(points: readonly LonLat[]): GeometryName {
  return inRegion(points) ? 'region' : 'world';
}

/** The countries of one geometry, downloaded once. */
export function loadGeometry(which: GeometryName): Promise<Countries> {
  let pending = cache.get(which);
  if (!pending) {
    pending = (which === 'region' ? import('./generated/region.js') : import('./generated/world.js')).then((m) => {
      const countries = countriesOf(m.default);
      loaded.set(which, countries);
      return countries;
    });
    pending.catch(() => cache.delete(which));
    cache.set(which, pending);
  }
  return pending;
}

/** The countries to draw around `points`: the detailed region or the world. */
export function loadCountries(points: readonly LonLat[]): Promise<Countries> {
  return loadGeometry(geometryFor(points));
}

/** The countries around `points` if `loadCountries` has loaded them (for server rendering, which cannot wait). */
export function loadedCountries(points: readonly LonLat[]): Countries | undefined {
  return loaded.get(geometryFor(points));
}
