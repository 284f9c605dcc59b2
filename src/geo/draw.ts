/**
 * Country shapes drawn through a projection, each projected once: the SVG path and the centroid of its visible
 * part come from one pass. Countries whose bounding box lies wholly outside the map's view are not projected at
 * all: most of the detailed region's points lie outside a map of two nearby cities, and projecting and clipping
 * them was most of a first map's time.
 */
import { geoStream, type GeoProjection, type GeoStream } from 'd3-geo';
import type { Country } from './geometry.js';

export interface DrawnCountry {
  readonly id: string | undefined;
  /** The SVG path of the visible part. */
  readonly d: string;
  /** The centre of the visible part (area-weighted), where a country's name goes. */
  readonly centroid: readonly [number, number] | undefined;
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

/** Collects the projected, clipped rings of one country as a path and its centroid. */
class Recorder implements GeoStream {
  private d = '';
  private ring: number[] = [];
  // Area-weighted centroid sums (the shoelace formula), and a plain mean for shapes of no area.
  private ax = 0;
  private ay = 0;
  private area = 0;
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
    for (let i = 0; i < r.length; i += 2) {
      const x0 = r[i]!;
      const y0 = r[i + 1]!;
      const x1 = r[(i + 2) % r.length]!;
      const y1 = r[(i + 3) % r.length]!;
      const cross = x0 * y1 - x1 * y0;
      this.ax += (x0 + x1) * cross;
      this.ay += (y0 + y1) * cross;
      this.area += cross;
      this.mx += x0;
      this.my += y0;
      this.count++;
    }
  }
  polygonStart(): void {}
  polygonEnd(): void {}
  sphere(): void {}

  result(id: string | undefined): DrawnCountry | undefined {
    if (!this.d) return undefined;
    const centroid: [number, number] | undefined =
      Math.abs(this.area) > 1e-6 ? [this.ax / (3 * this.area), this.ay / (3 * this.area)] : this.count ? [this.mx / this.count, this.my / this.count] : undefined;
    return { id, d: this.d, centroid: centroid && Number.isFinite(centroid[0]) && Number.isFinite(centroid[1]) ? centroid : undefined };
  }
}

/** The countries visible in a view of `width` × `height` through `projection` (which clips to that view). */
export function drawCountries(countries: readonly Country[], projection: GeoProjection, width: number, height: number): DrawnCountry[] {
  const view = viewBox(projection, width, height);
  const drawn: DrawnCountry[] = [];
  for (const country of countries) {
    if (view && !overlaps(view, boxOf(country))) continue;
    const recorder = new Recorder();
    geoStream(country, projection.stream(recorder));
    const result = recorder.result(country.id);
    if (result) drawn.push(result);
  }
  return drawn;
}
