/**
 * The map's model: what it shows, computed from the dataset, the language and the size, with no DOM and no
 * projection code (map-scene.ts draws it through the projection). The element, its view, its static copy and the
 * static-HTML renderer (src/server/render-static.ts) all use it, so that the copy a reader without JavaScript sees
 * is the live map's.
 */
import type { City, Place, TwinningDataset } from '../../data/schema.js';
import { msg, str } from '../../i18n/localize.js';
import { pickText } from '../../i18n/text.js';
import { findAgreement } from '../../shared/agreement.js';

/** A marker on the map: a city or a place of interest. */
export interface Marker {
  readonly kind: 'city' | 'place';
  readonly id: string;
  readonly name: string;
  readonly nameLang: string | undefined;
  readonly lon: number;
  readonly lat: number;
  readonly city: City;
  readonly place?: Place;
}

/** A marker where it is drawn: `x`, `y`; its true point `tx`, `ty` (apart when it was moved off a crowded city). */
export interface MarkerPosition {
  readonly marker: Marker;
  readonly x: number;
  readonly y: number;
  readonly tx: number;
  readonly ty: number;
  readonly displaced: boolean;
}

/** A reference city drawn small for orientation. */
export interface LandmarkPosition {
  readonly id: string;
  readonly name: string;
  readonly nameLang: string | undefined;
  readonly x: number;
  readonly y: number;
}

export const CITY_RADIUS = 7;
export const PLACE_RADIUS = 5;
/** The ring round a selected, hovered or focused marker: this far beyond its radius (3 to 3.5 px wide). */
export const RING = 4;
/**
 * How far from its point a label's box starts, for a mark of radius `r`: a marker's clear of its ring (RING and half
 * its widest stroke) by 2 px, so that a selected marker's ring never touches its name; a reference city's clear of its
 * dot's box (its radius and 3 px) by the layout's padding and a pixel. The live map and the static copy both use it.
 */
export function labelGap(r: number, marker: boolean): number {
  return r + (marker ? RING + 2 + 2 : 6);
}
/** The radius of a marker's touch target (the drawn shape is smaller). */
export const HIT_RADIUS = 16;
/**
 * A place drawn nearer than this to its city's marker is moved off it, with a leader line to its true point:
 * two touch targets never overlap (twice the hit radius and a gap).
 */
export const MARKER_SPACING = 2 * HIT_RADIUS + 6;
/** The most characters a label shows. */
export const MAX_LABEL = 60;

/** The kinds of text on the map, from the most prominent down (an atlas's hierarchy). */
export type MapTextKind = 'city' | 'place' | 'distance' | 'country' | 'landmark';

/**
 * The size of each kind of text on the map, in em of the text around the map (VISUAL.md), and its least size in px:
 * 12 px (13 px in Arabic script), and 2 px more for the two cities, which stay the most prominent beside small text.
 * Beside 16 px text: 15, 13, 13, 12 and 12 px. city-map.styles.ts sets these sizes (test/city-map-cartography.test.ts
 * checks that they agree) and the static copy lays its labels out with them.
 */
export const MAP_TEXT: Readonly<Record<MapTextKind, { readonly em: number; readonly weight: number; readonly aboveFloor: number }>> = {
  city: { em: 0.9375, weight: 700, aboveFloor: 2 },
  place: { em: 0.8125, weight: 400, aboveFloor: 0 },
  distance: { em: 0.8125, weight: 600, aboveFloor: 0 },
  country: { em: 0.75, weight: 400, aboveFloor: 0 },
  landmark: { em: 0.75, weight: 400, aboveFloor: 0 },
};

/** The size in px of a kind of text on a map whose surrounding text is `basePx`; `arabic` for Arabic script. */
export function mapTextPx(kind: MapTextKind, basePx: number, arabic: boolean): number {
  const { em, aboveFloor } = MAP_TEXT[kind];
  return Math.max(em * basePx, (arabic ? 13 : 12) + aboveFloor);
}

/** The two cities to link: the agreement's parties, else the dataset's first two cities. */
export function cityPair(dataset: TwinningDataset, agreement: string | undefined): [City, City] | undefined {
  const found = findAgreement(dataset, agreement);
  const ids = found?.parties ?? dataset.cities.slice(0, 2).map((c) => c.id);
  const cities = ids.map((id) => dataset.cities.find((c) => c.id === id)).filter((c): c is City => c !== undefined);
  return cities.length === 2 ? [cities[0]!, cities[1]!] : undefined;
}

/** The two cities and their places of interest, named in the reader's language. */
export function markersOf(dataset: TwinningDataset, a: City, b: City, requested: string): Marker[] {
  const markers: Marker[] = [];
  for (const city of [a, b]) {
    const name = pickText(city.name, requested);
    markers.push({ kind: 'city', id: city.id, name: name.text, nameLang: name.lang, lon: city.location.lon, lat: city.location.lat, city });
  }
  for (const place of dataset.places) {
    const city = place.city === a.id ? a : place.city === b.id ? b : undefined;
    if (!city) continue;
    const name = pickText(place.name, requested);
    markers.push({ kind: 'place', id: place.id, name: name.text, nameLang: name.lang, lon: place.location.lon, lat: place.location.lat, city, place });
  }
  return markers;
}

/**
 * Where each marker is drawn. A place too near its city's marker (or an earlier place) is moved to a free spot on a
 * ring around the city, below it first, with a leader line to its true point.
 */
export function markerPositions(markers: readonly Marker[], screen: (lon: number, lat: number) => [number, number]): MarkerPosition[] {
  const out: MarkerPosition[] = [];
  for (const m of markers.filter((m) => m.kind === 'city')) {
    const [x, y] = screen(m.lon, m.lat);
    out.push({ marker: m, x, y, tx: x, ty: y, displaced: false });
  }
  const free = (x: number, y: number) => out.every((p) => Math.hypot(p.x - x, p.y - y) >= MARKER_SPACING);
  for (const m of markers.filter((m) => m.kind === 'place')) {
    const [tx, ty] = screen(m.lon, m.lat);
    if (free(tx, ty)) {
      out.push({ marker: m, x: tx, y: ty, tx, ty, displaced: false });
      continue;
    }
    const city = out.find((p) => p.marker.kind === 'city' && p.marker.city.id === m.city.id) ?? out[0]!;
    // Below the city, then fanned out to either side of it, then on a wider ring.
    let spot: [number, number] | undefined;
    for (const ring of [1, 1.8, 2.6]) {
      for (let n = 0; n < 12 && !spot; n++) {
        const angle = Math.PI / 2 + (n % 2 ? -1 : 1) * Math.ceil(n / 2) * (Math.PI / 6);
        const x = city.x + ring * MARKER_SPACING * Math.cos(angle);
        const y = city.y + ring * MARKER_SPACING * Math.sin(angle);
        if (free(x, y)) spot = [x, y];
      }
      if (spot) break;
    }
    const [x, y] = spot ?? [city.x, city.y + MARKER_SPACING];
    out.push({ marker: m, x, y, tx, ty, displaced: true });
  }
  return out;
}

/**
 * The dataset's reference cities that fall inside the map, away from its edges and its markers (a reference city
 * beside Khoy would crowd it), in the reader's language.
 */
export function landmarksInView(
  dataset: TwinningDataset,
  requested: string,
  screen: (lon: number, lat: number) => [number, number],
  markers: readonly MarkerPosition[],
  { width, height }: { width: number; height: number },
): LandmarkPosition[] {
  const out: LandmarkPosition[] = [];
  const margin = 12;
  for (const l of dataset.landmarks ?? []) {
    const [x, y] = screen(l.location.lon, l.location.lat);
    if (!(x >= margin && x <= width - margin && y >= margin && y <= height - margin)) continue;
    if (markers.some((p) => Math.hypot(p.x - x, p.y - y) < HIT_RADIUS + 14 || Math.hypot(p.tx - x, p.ty - y) < HIT_RADIUS + 14)) continue;
    if (out.some((o) => Math.hypot(o.x - x, o.y - y) < 24)) continue;
    const name = pickText(l.name, requested);
    out.push({ id: l.id, name: name.text, nameLang: name.lang, x, y });
  }
  return out;
}

/** The map's height for a frame `width` wide, unless the page asks for one: taller than wide-screen on phones. */
export function mapHeight(width: number, asked: number): number {
  if (Number.isFinite(asked) && asked > 100) return asked;
  // The same formula as the skeleton's `.map-bone` in city-map.styles.ts (in cqi of the frame).
  return Math.round(Math.max(Math.min(width * 0.9, 360), Math.min(width * 0.6, 560), 240));
}

/**
 * A long name on a narrow map is set on several lines, filled word by word; a part in parentheses stays on one
 * line. A label longer than a map can hold is cut with an ellipsis (the popup and the list of places give it whole).
 */
export function labelLines(full: string, width: number): string[] {
  const name = [...full].length > MAX_LABEL ? `${[...full].slice(0, MAX_LABEL - 1).join('').trimEnd()}…` : full;
  const max = width < 360 ? 16 : width < 520 ? 22 : Infinity;
  if (name.length <= max) return [name];
  const words = name.match(/[(（][^)）]*[)）]\S*|\S+/g) ?? [name];
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * SVG text is laid out left to right here (geography is not mirrored, and engines anchor right-to-left runs
 * differently); each label is a first-strong isolate, so a Persian name with brackets still reads right to left.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/**
 * The distance on its pill: `about 1,091 km`; on a map under 300 px wide the length alone (the summary and the list
 * say "about"): with the word, it is wider than the room between the two cities.
 */
export function distanceLabel(distance: string, width: number): string {
  return width < 300 ? distance : msg(str`about ${distance}`, { id: 'map.distance' });
}

/** Where along the great circle (0 to 1) the distance's pill may go when its middle is crowded, in order. */
export const DISTANCE_ALTERNATIVES = [0.42, 0.58, 0.34, 0.66, 0.26, 0.74] as const;

/** Points along the great circle that the other labels keep off: its ends and this many steps between. */
export const ARC_STEPS = 40;
