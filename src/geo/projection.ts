/**
 * The map's projection and the measures the map states. An azimuthal equidistant projection centred on the
 * midpoint of the two cities shows any pair on Earth, near or far, with the great circle between them as a
 * straight line and true distances from the centre; it is fitted to the points with room around them for labels.
 * Geography is never mirrored: east is right in every language.
 */
import { geoAzimuthalEquidistant, geoDistance, geoInterpolate, type GeoProjection } from 'd3-geo';
import type { LonLat } from './geometry.js';

/** The mean radius of the Earth (IUGG), in kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;

/** The great-circle distance between two points, in kilometres. */
export function distanceKm(a: LonLat, b: LonLat): number {
  return geoDistance([a.lon, a.lat], [b.lon, b.lat]) * EARTH_RADIUS_KM;
}

/** The point halfway along the great circle from `a` to `b`. */
export function midpoint(a: LonLat, b: LonLat): LonLat {
  const [lon, lat] = geoInterpolate([a.lon, a.lat], [b.lon, b.lat])(0.5);
  return { lon, lat };
}

export interface Viewport {
  readonly width: number;
  readonly height: number;
}

/**
 * A projection centred between `a` and `b` that fits them and `others` into the viewport, keeping a margin of
 * about a fifth of the width at the sides (for labels) and a sixth of the height above and below.
 */
export function fitProjection(a: LonLat, b: LonLat, others: readonly LonLat[], { width, height }: Viewport): GeoProjection {
  const centre = midpoint(a, b);
  const projection = geoAzimuthalEquidistant()
    .rotate([-centre.lon, -centre.lat])
    .clipAngle(150)
    .precision(0.2);
  const padX = Math.max(36, width * 0.2);
  const padY = Math.max(36, height * 0.18);
  // At least half a degree around the centre, so that two cities in one place still give a map.
  const points = [a, b, ...others].map((p) => [p.lon, p.lat]);
  const ring = [0, 90, 180, 270].map((bearing) => {
    const r = 0.5;
    const rad = (bearing * Math.PI) / 180;
    return [centre.lon + r * Math.sin(rad), centre.lat + r * Math.cos(rad)];
  });
  projection.fitExtent(
    [
      [padX, padY],
      [Math.max(padX + 1, width - padX), Math.max(padY + 1, height - padY)],
    ],
    { type: 'MultiPoint', coordinates: [...points, ...ring] },
  );
  return projection.clipExtent([
    [-2, -2],
    [width + 2, height + 2],
  ]);
}
