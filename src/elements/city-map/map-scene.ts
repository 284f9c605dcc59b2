/**
 * The map as drawn: the projection fitted to the map's size, the countries, the great circle and the country names'
 * spots (a `MapDrawing`, kept while the size, the points and the geometry stay), and, at a zoom, where everything
 * goes on screen and what the labels keep clear of (a `MapScene`). No DOM: the live map (map-view.ts) and its
 * static copy (map-server-copy.ts) draw the same scene. Loaded with the map's view, beside the data: the projection
 * code (d3-geo) is not downloaded before a map is about to show.
 */
import { geoDistance, geoInterpolate, geoPath, type GeoProjection } from 'd3-geo';
import type { City, TwinningDataset } from '../../data/schema.js';
import type { Countries, Country } from '../../geo/geometry.js';
import { addRing, clipToRectangle, drawCountries, type RingMoments } from '../../geo/draw.js';
import { EARTH_RADIUS_KM, fitProjection } from '../../geo/projection.js';
import { BorderGrid, insideRings } from './border-grid.js';
import type { Rect } from './label-layout.js';
import {
  ARC_STEPS,
  CITY_RADIUS,
  DISTANCE_ALTERNATIVES,
  PLACE_RADIUS,
  landmarksInView,
  markerPositions,
  type LandmarkPosition,
  type Marker,
  type MarkerPosition,
} from './map-model.js';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Everything drawn through the map's projection, at the map's size and before any zoom. */
export interface MapDrawing {
  /** What it was drawn for (see `drawMap`). */
  readonly key: string;
  readonly countries: Countries | undefined;
  readonly width: number;
  readonly height: number;
  readonly projection: GeoProjection;
  /** The countries, then the lakes over them (`water`); their outlines are the borders and coasts labels keep off. */
  readonly land: readonly { id: string | undefined; water?: true; d: string; rings: readonly (readonly number[])[] }[];
  readonly arc: string;
  /** Where each country's name goes: the centre of its visible part. */
  readonly centroids: readonly { id: string; c: readonly [number, number] }[];
}

/**
 * The drawing of `markers` (the two cities `a` and `b` and their places) over `countries` at `width` × `height`;
 * `previous` is returned as it is when it was drawn for the same.
 */
export function drawMap(
  previous: MapDrawing | undefined,
  markers: readonly Marker[],
  a: City,
  b: City,
  countries: Countries | undefined,
  { width, height }: { width: number; height: number },
): MapDrawing {
  const key = drawingKey(markers, { width, height });
  if (previous?.key === key && previous.countries === countries) return previous;
  const projection = fitProjection(a.location, b.location, markers, { width, height });
  const drawn = drawCountries((countries?.features ?? []) as Country[], projection, width, height);
  return {
    key,
    countries,
    width,
    height,
    projection,
    land: drawn.map(({ id, water, d, rings }) => ({ id, water, d, rings })),
    arc: arcPath(projection, a, b),
    centroids: drawn.flatMap(({ id, centroid }) => (id && centroid ? [{ id, c: centroid }] : [])),
  };
}

/**
 * The scale, in pixels per degree of arc at the centre, at which `drawMap` draws `markers` at `width` × `height`
 * (before any zoom): which of the region's geometries it needs (see `geometryFor`) depends on it.
 */
export function pixelsPerDegree(previous: MapDrawing | undefined, markers: readonly Marker[], a: City, b: City, size: { width: number; height: number }): number {
  const projection = previous?.key === drawingKey(markers, size) ? previous.projection : fitProjection(a.location, b.location, markers, size);
  return (projection.scale() * Math.PI) / 180;
}

const drawingKey = (markers: readonly Marker[], { width, height }: { width: number; height: number }) =>
  `${width}x${height}|${markers.map((m) => `${m.id}:${m.lon},${m.lat}`).join(';')}`;

const grids = new WeakMap<MapDrawing, BorderGrid>();

/** Where the drawing's border lines and coasts are (built at the first call for a drawing: after it is on the page). */
export function borderGridOf(drawing: MapDrawing): BorderGrid {
  let grid = grids.get(drawing);
  if (!grid) grids.set(drawing, (grid = BorderGrid.of(drawing.land, drawing.width, drawing.height)));
  return grid;
}

/** The map at a zoom: where its markers, reference cities, distance and scale bar go, and what labels keep off. */
export interface MapScene {
  readonly drawing: MapDrawing;
  readonly width: number;
  readonly height: number;
  /** The zoom and pan applied to the drawing. */
  readonly zoom: { readonly k: number; readonly x: number; readonly y: number };
  readonly positions: readonly MarkerPosition[];
  /** The reference cities in view, away from the markers. */
  readonly landmarks: readonly LandmarkPosition[];
  /**
   * Where each country's name goes, on screen, and other points on its land in view (off its lakes), nearest first,
   * where it may go when that one is crowded or on a lake.
   */
  readonly countryLabels: readonly { id: string; x: number; y: number; alternatives: readonly Point[] }[];
  /** The middle of the great circle, where the distance's pill goes, and the spots along it where it may go else. */
  readonly distanceAt: Point;
  readonly distanceAlternatives: readonly Point[];
  /** A round length and its bar's length in pixels, when the map can state one. */
  readonly scale: { km: number; px: number } | undefined;
  /** What no label may cover: the markers and the true points of the markers moved off their city. */
  readonly obstacles: readonly Rect[];
  /** The great circle as small boxes along it: the labels but the distance keep off it where they can. */
  readonly arcBoxes: readonly Rect[];
  /** The reference cities' dots, by their label's key (`landmark:<id>`). */
  readonly landmarkDots: ReadonlyMap<string, Rect>;
}

/** The scale bar's longest bar on a map `width` wide, in pixels. */
export function scaleBarRoom(width: number): number {
  return Math.min(140, width * 0.22);
}

/** The scene of `drawing` at `zoom` (the identity for the static copy). */
export function mapScene(
  drawing: MapDrawing,
  a: City,
  b: City,
  markers: readonly Marker[],
  dataset: TwinningDataset,
  requested: string,
  zoom: { readonly k: number; readonly x: number; readonly y: number },
): MapScene {
  const { projection, width, height } = drawing;
  const screen = (lon: number, lat: number): [number, number] => {
    const [x, y] = projection([lon, lat]) ?? [Number.NaN, Number.NaN];
    return [x * zoom.k + zoom.x, y * zoom.k + zoom.y];
  };
  const along = geoInterpolate([a.location.lon, a.location.lat], [b.location.lon, b.location.lat]);
  const point = (t: number): Point => {
    const [x, y] = screen(...along(t));
    return { x, y };
  };
  const positions = markerPositions(markers, screen);
  const landmarks = landmarksInView(dataset, requested, screen, positions, { width, height });
  const box = (x: number, y: number, r: number): Rect => ({ x: x - r, y: y - r, width: 2 * r, height: 2 * r });
  return {
    drawing,
    width,
    height,
    zoom,
    positions,
    landmarks,
    countryLabels: anchorsOf(drawing, zoom).map(({ id, c, more }) => {
      const onScreen = ([x, y]: readonly [number, number]): Point => ({ x: x * zoom.k + zoom.x, y: y * zoom.k + zoom.y });
      return { id, ...onScreen(c), alternatives: more.map(onScreen) };
    }),
    distanceAt: point(0.5),
    distanceAlternatives: DISTANCE_ALTERNATIVES.map(point),
    scale: scaleBar(projection, zoom.k, { width, height }, scaleBarRoom(width)),
    obstacles: [
      ...positions.map((p) => box(p.x, p.y, (p.marker.kind === 'city' ? CITY_RADIUS : PLACE_RADIUS) + 3)),
      ...positions.filter((p) => p.displaced).map((p) => box(p.tx, p.ty, 4)),
    ],
    arcBoxes: Array.from({ length: ARC_STEPS + 1 }, (_, i) => point(i / ARC_STEPS)).map((p) => box(p.x, p.y, 3)),
    landmarkDots: new Map(landmarks.map((l) => [`landmark:${l.id}`, box(l.x, l.y, 4)])),
  };
}

type CountryAnchor = { id: string; c: readonly [number, number]; more: (readonly [number, number])[] };

/** The last anchors of each drawing, with the zoom they are for: a render that neither draws nor zooms reuses them. */
const anchors = new WeakMap<MapDrawing, { zoom: { readonly k: number; readonly x: number; readonly y: number }; value: CountryAnchor[] }>();

/** `countryAnchors` of `drawing` at `zoom`, worked out again only when the drawing or the zoom changed. */
function anchorsOf(drawing: MapDrawing, zoom: { readonly k: number; readonly x: number; readonly y: number }): CountryAnchor[] {
  const last = anchors.get(drawing);
  if (last && last.zoom.k === zoom.k && last.zoom.x === zoom.x && last.zoom.y === zoom.y) return last.value;
  const value = countryAnchors(drawing, zoom);
  anchors.set(drawing, { zoom: { ...zoom }, value });
  return value;
}

/** The least area of a country in view, in screen pixels, for its name to be placed in it on a zoomed map. */
const NAMED_AREA = 1500;

/**
 * Where each country's name goes at `zoom`, in the drawing's coordinates: the centre of the part of the country in
 * view. Unzoomed, the drawing's centroids; zoomed in, those of the outlines cut to the view, so that a country in
 * view keeps its name when the centre of what the whole map showed of it has left the view. With it, up to four
 * other points on the country's land in view and off its lakes, nearest the centre first (`more`).
 */
function countryAnchors(drawing: MapDrawing, zoom: { readonly k: number; readonly x: number; readonly y: number }): CountryAnchor[] {
  const unzoomed = zoom.k === 1 && zoom.x === 0 && zoom.y === 0;
  const view = [-zoom.x / zoom.k, -zoom.y / zoom.k, (drawing.width - zoom.x) / zoom.k, (drawing.height - zoom.y) / zoom.k] as const;
  const centroids = unzoomed ? new Map(drawing.centroids.map(({ id, c }) => [id, c])) : undefined;
  const lakes = drawing.land.filter((l) => l.water).map((l) => l.rings);
  return drawing.land.flatMap(({ id, water, rings }) => {
    if (!id || water) return [];
    const visible = unzoomed ? rings : rings.map((ring) => clipToRectangle(ring, view)).filter((ring) => ring.length >= 6);
    let c = centroids?.get(id);
    if (!centroids) {
      const m: RingMoments = { area: 0, ax: 0, ay: 0 };
      for (const r of visible) addRing(m, r);
      // Twice the signed area, in the drawing's pixels; the screen's are k² times as many.
      if (Math.abs(m.area / 2) * zoom.k * zoom.k >= NAMED_AREA) c = [m.ax / (3 * m.area), m.ay / (3 * m.area)];
    }
    if (!c) return [];
    // A 3 × 3 grid over the part in view.
    let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const r of visible) {
      for (let i = 0; i < r.length; i += 2) {
        left = Math.min(left, r[i]!);
        right = Math.max(right, r[i]!);
        top = Math.min(top, r[i + 1]!);
        bottom = Math.max(bottom, r[i + 1]!);
      }
    }
    [left, top, right, bottom] = [Math.max(left, view[0]), Math.max(top, view[1]), Math.min(right, view[2]), Math.min(bottom, view[3])];
    const more: (readonly [number, number])[] = [];
    for (let i = 1; i <= 3; i++) {
      for (let j = 1; j <= 3; j++) {
        const x = left + ((right - left) * i) / 4;
        const y = top + ((bottom - top) * j) / 4;
        if (insideRings(visible, x, y) && !lakes.some((lake) => insideRings(lake, x, y))) more.push([x, y]);
      }
    }
    const [cx, cy] = c;
    more.sort((p, q) => Math.hypot(p[0] - cx, p[1] - cy) - Math.hypot(q[0] - cx, q[1] - cy));
    return [{ id, c, more: more.slice(0, 4) }];
  });
}

/**
 * A scale bar for the map as drawn (`zoom` times the fitted projection): a round length (1, 2 or 5 times a power
 * of ten, in kilometres) whose bar is at most `maxPx` long, measured across the centre of the map, where an
 * azimuthal equidistant projection is truest.
 */
export function scaleBar(projection: GeoProjection, zoom: number, { width, height }: { width: number; height: number }, maxPx: number): { km: number; px: number } | undefined {
  const cx = width / 2;
  const cy = height / 2;
  const p = projection.invert?.([cx - 50, cy]);
  const q = projection.invert?.([cx + 50, cy]);
  if (!p || !q) return undefined;
  const kmPerPx = (geoDistance(p, q) * EARTH_RADIUS_KM) / 100 / zoom;
  if (!(kmPerPx > 0) || !Number.isFinite(kmPerPx)) return undefined;
  const most = maxPx * kmPerPx;
  const power = 10 ** Math.floor(Math.log10(most));
  const km = [5, 2, 1].map((f) => f * power).find((v) => v <= most) ?? power;
  return { km, px: km / kmPerPx };
}

/**
 * The great circle from `a` to `b`: a straight line through the centre of the map's projection, which is centred on
 * its middle (azimuthal: every great circle through the centre is straight). Other projections (none today) get
 * d3's curve.
 */
function arcPath(projection: GeoProjection, a: City, b: City): string {
  const from = projection([a.location.lon, a.location.lat]);
  const to = projection([b.location.lon, b.location.lat]);
  const middle = projection(geoInterpolate([a.location.lon, a.location.lat], [b.location.lon, b.location.lat])(0.5));
  const round = (v: number) => Math.round(v * 100) / 100;
  if (from && to && middle) {
    // Straight where the middle of the great circle lies on the line between its ends, as it does at the centre.
    const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
    const off = Math.abs(dy * (middle[0] - from[0]) - dx * (middle[1] - from[1])) / (Math.hypot(dx, dy) || 1);
    if (off < 0.1) return `M${round(from[0])},${round(from[1])}L${round(to[0])},${round(to[1])}`;
  }
  return geoPath(projection)({ type: 'LineString', coordinates: [[a.location.lon, a.location.lat], [b.location.lon, b.location.lat]] }) ?? '';
}
