/**
 * The country shapes the map draws, shipped with the package (see scripts/build-geometry.mjs) and loaded on first
 * use: the detailed region around Anatolia, the Caucasus and Iran, with its large lakes, when every point to show
 * lies in it, otherwise the whole world at a coarser scale. The region comes at two scales: a map drawn larger than
 * `FINE_PX_PER_DEGREE` (wide, or zoomed in) draws the finer one. No request leaves the site.
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

export type GeometryName = 'region' | 'region-fine' | 'world';

/**
 * The scale, in pixels per degree of arc at the map's centre, above which a map of the region draws its finer
 * geometry (1:10m): below it, 1:50m's outlines are as fine as the screen shows (a map of Khoy and Konya 600 px wide
 * is drawn at about 26 px per degree, 1,200 px wide at about 55); above it, they show as straight strokes.
 */
export const FINE_PX_PER_DEGREE = 32;

/** The region's geometry for a map drawn at `pxPerDegree`. */
export const regionAt = (pxPerDegree: number): GeometryName => (pxPerDegree > FINE_PX_PER_DEGREE ? 'region-fine' : 'region');

/**
 * A guess of the scale a map will be drawn at, for downloads started before it is measured, from the element's
 * `width` when it is known without a layout (a lazy map's, from its IntersectionObserver), else the window's (a map
 * is seldom wider): a pair of cities a region apart (Khoy and Konya are 22° of longitude apart) is drawn at about the
 * width ÷ 24 per degree. A wrong guess costs a download, not a wrong map: the map draws the scale it needs.
 */
export const likelyPxPerDegree = (width?: number): number => (width ?? (typeof innerWidth === 'number' ? innerWidth : 0)) / 24;

/**
 * The geometry a map of the embedded Khoy–Konya dataset draws (the region, which was cut around it) at the likely
 * scale (see `likelyPxPerDegree`): a map showing that dataset downloads it beside the dataset instead of after it
 * (test/city-map-loading.test.ts checks both).
 */
export const defaultDatasetGeometry = (width?: number): GeometryName => regionAt(likelyPxPerDegree(width));

/**
 * The geometry a map of `points` draws: the detailed region (at `pxPerDegree`, finer above `FINE_PX_PER_DEGREE`), or
 * the world.
 */
export function geometryFor(points: readonly LonLat[], pxPerDegree = 0): GeometryName {
  return inRegion(points) ? regionAt(pxPerDegree) : 'world';
}

const modules: Record<GeometryName, () => Promise<{ default: Topology | undefined }>> = {
  region: () => import('./generated/region.js'),
  // The one self-hosted file leaves it out (see vite.config.ts): its maps draw the region at one scale.
  'region-fine': () => import('./generated/region-fine.js'),
  world: () => import('./generated/world.js'),
};

/** The countries of one geometry, downloaded once. */
export function loadGeometry(which: GeometryName): Promise<Countries> {
  let pending = cache.get(which);
  if (!pending) {
    pending = modules[which]().then((m) => {
      // A build without the finer region (the self-hosted file) draws the region at its one scale.
      if (!m.default) return loadGeometry('region');
      const countries = countriesOf(m.default);
      loaded.set(which, countries);
      return countries;
    });
    pending.catch(() => cache.delete(which));
    cache.set(which, pending);
  }
  return pending;
}

/** The countries to draw around `points` at `pxPerDegree`: the detailed region (at its scale) or the world. */
export function loadCountries(points: readonly LonLat[], pxPerDegree = 0): Promise<Countries> {
  return loadGeometry(geometryFor(points, pxPerDegree));
}

/** The countries of one geometry if they are here. */
export const loadedGeometry = (which: GeometryName): Countries | undefined => loaded.get(which);

/**
 * The shapes here that serve a map asking for `which`: for the coarser region the finer one first (it is only more
 * detailed, and a map zoomed out again is not drawn anew), else the geometry itself; undefined if it must download.
 */
export const servingGeometry = (which: GeometryName): Countries | undefined =>
  (which === 'region' ? loaded.get('region-fine') : undefined) ?? loaded.get(which);

/**
 * The countries to draw around `points` at `pxPerDegree` now (server rendering cannot wait for them): those that
 * serve it (see `servingGeometry`), else, for the finer region, the coarser one while the finer downloads.
 */
export function loadedCountries(points: readonly LonLat[], pxPerDegree = 0): Countries | undefined {
  const which = geometryFor(points, pxPerDegree);
  return servingGeometry(which) ?? (which === 'region-fine' ? loaded.get('region') : undefined);
}
