/**
 * Country shapes drawn through a projection, each projected once: the SVG path and the centroid of its visible
 * part come from one pass. Countries whose bounding box lies wholly outside the map's view are not projected at
 * all: most of the detailed region's points lie outside a map of two nearby cities, and projecting and clipping
 * them was most of a first map's time.
 *
 * The countries of a bounded view that lie within a quarter of the globe from its centre, and whose edges need no
 * bending (every country of a map of two cities of one region), take a shorter road than d3's general one, which is
 * built for any shape on the sphere: their points are projected one by one and each ring is clipped to the view's
 * rectangle on screen. A first map spent most of its drawing time in d3's stream stages (the code runs once, before
 * any of it is optimized): in Chromium, the shorter road takes 25–35 ms where d3 took 65–85. It fills the pixels d3
 * fills, but for a few along the outlines: test/geo-draw.test.ts compares the two, pixel by pixel.
 */
import { geoStream, type GeoProjection, type GeoStream } from 'd3-geo';
import type { Polygon, Position } from 'geojson';
import type { Country } from './geometry.js';

export interface DrawnCountry {
  readonly id: string | undefined;
  /** A lake, drawn over the land. */
  readonly water?: true;
  /** The SVG path of the visible part. */
  readonly d: string;
  /** The centre of the visible part (area-weighted), where a country's name goes. */
  readonly centroid: readonly [number, number] | undefined;
  /** The outlines drawn (each ring as x0, y0, x1, y1, …, closed back to its first point), as `d` draws them. */
  readonly rings: readonly (readonly number[])[];
}

/** [west, south, east, north] in degrees. */
type Box = readonly [number, number, number, number];

const boxes = new WeakMap<Country, Box>();

/** A country's bounding box in longitude and latitude (a country crossing the antimeridian spans every longitude). */
function boxOf(country: Country): Box {
  let box = boxes.get(country);
  if (!box) {
    let w = Infinity;
    let s = Infinity;
    let e = -Infinity;
    let n = -Infinity;
    const visit = (c: unknown): void => {
      if (!Array.isArray(c)) return;
      if (typeof c[0] === 'number' && typeof c[1] === 'number') {
        const [lon, lat] = c as [number, number];
        if (lon < w) w = lon;
        if (lon > e) e = lon;
        if (lat < s) s = lat;
        if (lat > n) n = lat;
        return;
      }
      for (const x of c) visit(x);
    };
    const geometry = country.geometry as { coordinates?: unknown } | null;
    visit(geometry?.coordinates);
    box = w <= e ? [w, s, e, n] : [-180, -90, 180, 90];
    boxes.set(country, box);
  }
  return box;
}

/**
 * The longitudes and latitudes the view [0, width] × [0, height] can show, with a margin; undefined when the view is
 * too large to bound that way (it holds a pole, crosses the antimeridian, or reaches the edge of the projection).
 */
export function viewBox(projection: GeoProjection, width: number, height: number): Box | undefined {
  const steps = 16;
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    for (const [x, y] of [
      [t * width, 0],
      [t * width, height],
      [0, t * height],
      [width, t * height],
    ] as const) {
      const p = projection.invert?.([x, y]);
      if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return undefined;
      w = Math.min(w, p[0]);
      e = Math.max(e, p[0]);
      s = Math.min(s, p[1]);
      n = Math.max(n, p[1]);
    }
  }
  for (const pole of [90, -90]) {
    const p = projection([0, pole]);
    if (p && p[0] >= 0 && p[0] <= width && p[1] >= 0 && p[1] <= height) return undefined;
  }
  // A view spanning half the globe's longitudes may wrap around it: no bound.
  if (e - w > 180) return undefined;
  // Between the sampled points the view's edge curves a little: a margin covers it.
  const margin = 2 + (e - w) / steps;
  return [w - margin, Math.max(-90, s - margin), e + margin, Math.min(90, n + margin)];
}

function overlaps(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

const round = (v: number) => Math.round(v * 100) / 100;

/** Sums for the area-weighted centroid of rings (the shoelace formula): twice the signed area, and its moments. */
export interface RingMoments {
  area: number;
  ax: number;
  ay: number;
}

/** Adds ring `r` (x0, y0, x1, y1, …, closed back to its first point) to the sums `m`; the centroid is (ax, ay) / 3 area. */
export function addRing(m: RingMoments, r: readonly number[]): void {
  for (let i = 0; i < r.length; i += 2) {
    const x0 = r[i]!;
    const y0 = r[i + 1]!;
    const x1 = r[(i + 2) % r.length]!;
    const y1 = r[(i + 3) % r.length]!;
    const cross = x0 * y1 - x1 * y0;
    m.ax += (x0 + x1) * cross;
    m.ay += (y0 + y1) * cross;
    m.area += cross;
  }
}

/** Collects the projected, clipped rings of one country as a path and its centroid. */
class Recorder implements GeoStream {
  private d = '';
  private ring: number[] = [];
  private readonly rings: number[][] = [];
  // Area-weighted centroid sums, and a plain mean for shapes of no area.
  private readonly moments: RingMoments = { area: 0, ax: 0, ay: 0 };
  private mx = 0;
  private my = 0;
  private count = 0;

  point(x: number, y: number): void {
    this.ring.push(x, y);
  }
  lineStart(): void {
    this.ring = [];
  }
  lineEnd(): void {
    const r = this.ring;
    if (r.length < 4) return;
    let d = `M${round(r[0]!)},${round(r[1]!)}`;
    for (let i = 2; i < r.length; i += 2) d += `L${round(r[i]!)},${round(r[i + 1]!)}`;
    this.d += `${d}Z`;
    this.rings.push(r);
    addRing(this.moments, r);
    for (let i = 0; i < r.length; i += 2) {
      this.mx += r[i]!;
      this.my += r[i + 1]!;
      this.count++;
    }
  }
  polygonStart(): void {}
  polygonEnd(): void {}
  sphere(): void {}

  result(id: string | undefined): DrawnCountry | undefined {
    if (!this.d) return undefined;
    const { area, ax, ay } = this.moments;
    const centroid: [number, number] | undefined = Math.abs(area) > 1e-6 ? [ax / (3 * area), ay / (3 * area)] : this.count ? [this.mx / this.count, this.my / this.count] : undefined;
    return { id, d: this.d, centroid: centroid && Number.isFinite(centroid[0]) && Number.isFinite(centroid[1]) ? centroid : undefined, rings: this.rings };
  }
}

const RADIANS = Math.PI / 180;
/**
 * Within a quarter of the globe from the centre of an azimuthal equidistant projection of scale k, the middle of a
 * great-circle edge of projected length L lies at most 0.091 L² / k from the middle of the straight line (found by
 * sampling 200,000 edges of up to 60°; test/geo-draw.test.ts samples more). Edges for which that may exceed the
 * projection's precision are measured; a country with an edge that d3 would bend is left to d3. On a map of two
 * cities of one region, no edge bends.
 */
export const BEND = 0.125;

/** Draws a country's polygons into a recorder; false, having drawn nothing, when it must be left to d3. */
type DrawPolygons = (polygons: readonly Polygon['coordinates'][], recorder: GeoStream) => boolean;

/**
 * Projects the countries near the centre of a bounded view and clips them to its rectangle, on screen. It computes
 * the azimuthal equidistant projection of `fitProjection` itself, in one function, from the projection's centre,
 * scale and translation, and checks that it gets what d3 gets: with another projection it gives undefined, and d3
 * draws everything. A country is left to d3 when one of its points lies a quarter of the globe or more from the
 * centre, or when d3 would bend one of its edges where it can be seen.
 */
function nearDrawing(projection: GeoProjection, [[left, top], [right, bottom]]: [[number, number], [number, number]]): DrawPolygons | undefined {
  const [lambda, phi, gamma] = projection.rotate();
  const lon0 = -lambda * RADIANS;
  const sinLat0 = Math.sin(-phi * RADIANS);
  const cosLat0 = Math.cos(-phi * RADIANS);
  const k = projection.scale();
  const [tx, ty] = projection.translate();
  const precision = projection.precision();
  // The longest edge drawn straight without measuring it, squared (no bending at all with a precision of 0, as in d3).
  const longest = precision > 0 ? (precision * k) / BEND : Infinity;
  const extent = [left, top, right, bottom] as const;
  let x = 0;
  let y = 0;

  /** Projects a point into (x, y); false when it lies a quarter of the globe or more from the centre. */
  const forward = (lon: number, lat: number): boolean => {
    const p = lat * RADIANS;
    const l = lon * RADIANS - lon0;
    const sinP = Math.sin(p);
    const cosP = Math.cos(p);
    const cosL = Math.cos(l);
    // The cosine of the angle c between the point and the centre; the point lies at c × scale from the centre.
    const cosC = sinLat0 * sinP + cosLat0 * cosP * cosL;
    if (cosC <= 1e-9) return false;
    const c = Math.acos(Math.min(1, cosC));
    const r = c ? (k * c) / Math.sin(c) : k;
    x = tx + r * cosP * Math.sin(l);
    y = ty - r * (cosLat0 * sinP - sinLat0 * cosP * cosL);
    return true;
  };

  /**
   * Whether d3 would bend the edge from `a` (on screen at x0, y0) to `b` (at x1, y1) where it can be seen: the
   * middle of its great circle lies farther than the precision from the straight line, and the edge is not wholly
   * beyond one side of the extent by more than it could bend.
   */
  const bends = (a: Position, b: Position, x0: number, y0: number, x1: number, y1: number): boolean => {
    const dx = x1 - x0;
    const dy = y1 - y0;
    const margin = (BEND * (dx * dx + dy * dy)) / k;
    if (Math.max(x0, x1) < left - margin || Math.min(x0, x1) > right + margin || Math.max(y0, y1) < top - margin || Math.min(y0, y1) > bottom + margin) {
      return false;
    }
    const middle = sphericalMiddle(a[0]!, a[1]!, b[0]!, b[1]!);
    if (!middle || !forward(middle[0], middle[1])) return true;
    return Math.abs(dy * (x - x0) - dx * (y - y0)) > precision * Math.hypot(dx, dy);
  };

  /** A ring on screen as [x0, y0, x1, y1, …] (without GeoJSON's repeated last point), or undefined (see above). */
  const project = (ring: readonly Position[]): number[] | undefined => {
    const out: number[] = [];
    const last = ring.length - 1;
    const closed = last > 0 && ring[last]![0] === ring[0]![0] && ring[last]![1] === ring[0]![1];
    for (let i = 0; i <= last; i++) {
      if (!forward(ring[i]![0]!, ring[i]![1]!)) return undefined;
      const px = x;
      const py = y;
      const n = out.length;
      // (bends() projects the middle of the edge into x, y: the point is put back after.)
      if (n && (px - out[n - 2]!) ** 2 + (py - out[n - 1]!) ** 2 > longest && bends(ring[i - 1]!, ring[i]!, out[n - 2]!, out[n - 1]!, px, py)) return undefined;
      if (i < last || !closed) out.push(px, py);
    }
    return out;
  };

  const probe: [number, number] = [-lambda + 3, -phi + 2];
  const expected = projection(probe);
  if (gamma || !expected || !forward(...probe) || Math.abs(expected[0] - x) + Math.abs(expected[1] - y) > 1e-6) return undefined;

  return (polygons, recorder) => {
    const rings: number[][] = [];
    for (const polygon of polygons) {
      for (const ring of polygon) {
        const projected = project(ring);
        if (!projected) return false;
        rings.push(projected);
      }
    }
    for (const ring of rings) {
      const clipped = clipToRectangle(ring, extent);
      if (clipped.length < 6) continue;
      recorder.lineStart();
      for (let i = 0; i < clipped.length; i += 2) recorder.point(clipped[i]!, clipped[i + 1]!);
      recorder.lineEnd();
    }
    return true;
  };
}

/** The point halfway along the great circle between two points, in degrees (undefined for antipodes). */
function sphericalMiddle(lon1: number, lat1: number, lon2: number, lat2: number): [number, number] | undefined {
  const l1 = lon1 * RADIANS;
  const p1 = lat1 * RADIANS;
  const l2 = lon2 * RADIANS;
  const p2 = lat2 * RADIANS;
  const x = Math.cos(p1) * Math.cos(l1) + Math.cos(p2) * Math.cos(l2);
  const y = Math.cos(p1) * Math.sin(l1) + Math.cos(p2) * Math.sin(l2);
  const z = Math.sin(p1) + Math.sin(p2);
  const r = Math.hypot(x, y, z);
  return r < 1e-12 ? undefined : [Math.atan2(y, x) / RADIANS, Math.asin(z / r) / RADIANS];
}

/**
 * A polygon ring clipped to a rectangle (Sutherland–Hodgman: one pass per side). Where the ring leaves the
 * rectangle and comes back, the clipped ring runs along the rectangle's edge; the map's extent lies just outside
 * the visible view, so those edges are never seen. The filled area is the ring's area within the rectangle.
 */
export function clipToRectangle(ring: readonly number[], [x0, y0, x1, y1]: readonly [number, number, number, number]): readonly number[] {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (let i = 0; i < ring.length; i += 2) {
    const x = ring[i]!;
    const y = ring[i + 1]!;
    if (x < left) left = x;
    if (x > right) right = x;
    if (y < top) top = y;
    if (y > bottom) bottom = y;
  }
  // Wholly inside: nothing to cut. Wholly beside: nothing to keep (such a ring cannot surround the rectangle).
  if (left >= x0 && right <= x1 && top >= y0 && bottom <= y1) return ring;
  if (right < x0 || left > x1 || bottom < y0 || top > y1) return [];
  let points = ring;
  if (left < x0) points = clipSide(points, 0, x0, 1);
  if (right > x1) points = clipSide(points, 0, x1, -1);
  if (top < y0) points = clipSide(points, 1, y0, 1);
  if (bottom > y1) points = clipSide(points, 1, y1, -1);
  return points;
}

/** The part of a ring on one side of a line: `axis` (0: x, 1: y) times `sign` at least `bound` times `sign`. */
function clipSide(points: readonly number[], axis: 0 | 1, bound: number, sign: 1 | -1): number[] {
  const out: number[] = [];
  const n = points.length;
  if (n === 0) return out;
  let px = points[n - 2]!;
  let py = points[n - 1]!;
  let pIn = ((axis ? py : px) - bound) * sign >= 0;
  for (let i = 0; i < n; i += 2) {
    const x = points[i]!;
    const y = points[i + 1]!;
    const isIn = ((axis ? y : x) - bound) * sign >= 0;
    if (isIn !== pIn) {
      // Where the edge from the previous point crosses the line.
      const t = (bound - (axis ? py : px)) / ((axis ? y : x) - (axis ? py : px));
      out.push(axis ? px + t * (x - px) : bound, axis ? bound : py + t * (y - py));
    }
    if (isIn) out.push(x, y);
    px = x;
    py = y;
    pIn = isIn;
  }
  return out;
}

/** The polygons of a country, or undefined for a geometry of another kind (d3 draws it). */
function polygonsOf(country: Country): Polygon['coordinates'][] | undefined {
  const geometry = country.geometry;
  if (geometry?.type === 'Polygon') return [geometry.coordinates];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates;
  return undefined;
}

/** The countries visible in a view of `width` × `height` through `projection` (which clips to that view). */
export function drawCountries(countries: readonly Country[], projection: GeoProjection, width: number, height: number): DrawnCountry[] {
  const view = viewBox(projection, width, height);
  const extent = projection.clipExtent();
  const near = view && extent ? nearDrawing(projection, extent) : undefined;
  const drawn: DrawnCountry[] = [];
  for (const country of countries) {
    if (view && !overlaps(view, boxOf(country))) continue;
    const recorder = new Recorder();
    // The short road draws nothing when it leaves a country to d3, so the same recorder serves.
    const polygons = near && polygonsOf(country);
    if (!polygons || !near!(polygons, recorder)) geoStream(country, projection.stream(recorder));
    const result = recorder.result(country.id);
    if (result) drawn.push(country.water ? { ...result, water: true } : result);
  }
  return drawn;
}
