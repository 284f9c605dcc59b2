/**
 * The map's static copy, for readers without JavaScript and for search engines (`twin-city-elements render`): the
 * map as a still SVG with its labels and the list of places under it, no controls (nothing could run them). Loaded
 * only by the server renderer (`TwinCityMap.loadView` there), so no page downloads it. Its labels are laid out by
 * the live map's rules from estimated text widths (server-labels.ts), since a server cannot measure text.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { geoInterpolate, type GeoProjection } from 'd3-geo';
import type { City } from '../../data/schema.js';
import { countryName, formatKilometres } from '../../i18n/format.js';
import { BorderGrid } from './border-grid.js';
import { dropCoveredLandmarks, type Rect } from './label-layout.js';
import {
  ARC_STEPS,
  CITY_RADIUS,
  DISTANCE_ALTERNATIVES,
  PLACE_RADIUS,
  distanceLabel,
  isolate,
  scaleBar,
  scaleBarSvg,
  type LandmarkPosition,
  type MarkerPosition,
} from './map-model.js';
import { estimateTextWidth, layoutServerLabels, type ServerLabel } from './server-labels.js';

/** What the element knows and has drawn, for its copy. */
export interface ServerCopyContext {
  readonly a: City;
  readonly b: City;
  /** The map's accessible name and the distance as the reader reads it. */
  readonly label: string;
  readonly distance: string;
  readonly width: number;
  readonly height: number;
  readonly drawing: {
    readonly projection: GeoProjection;
    readonly land: readonly { id?: string | undefined; d: string; rings: readonly (readonly number[])[] }[];
    readonly arc: string;
    readonly centroids: readonly { id: string; c: readonly [number, number] | [number, number] }[];
  };
  readonly positions: readonly MarkerPosition[];
  readonly landmarks: readonly LandmarkPosition[];
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  /** A marker's name in lines, as the live map breaks it. */
  labelLines(name: string): string[];
  /** The list of places under the map. */
  readonly list: TemplateResult;
}

export function renderMapServerCopy(ctx: ServerCopyContext): TemplateResult {
  const { a, b, distance, width, height, drawing, positions, landmarks, lang } = ctx;
  const { projection, land, arc, centroids } = drawing;
  // A tenth of a pixel is precise enough, and keeps the printed HTML short.
  const round = (n: number) => Math.round(n * 10) / 10;
  const along = geoInterpolate([a.location.lon, a.location.lat], [b.location.lon, b.location.lat]);
  const point = (t: number) => {
    const [x, y] = projection(along(t)) ?? [Number.NaN, Number.NaN];
    return { x, y };
  };
  const scale = scaleBar(projection, 1, { width, height }, Math.min(140, width * 0.22));
  const scaleText = scale ? formatKilometres(scale.km, lang) : '';
  // Country names and reference cities: 12 px, 13 px in Arabic script (as city-map.styles.ts sets them).
  const small = ctx.dir === 'rtl' ? 13 : 12;
  const labels: ServerLabel[] = [
    {
      key: 'distance',
      lines: [distanceLabel(distance, width)],
      fontSize: 13,
      weight: 600,
      ...point(0.5),
      priority: 0,
      required: true,
      pill: true,
      alternatives: DISTANCE_ALTERNATIVES.map(point),
    },
    ...positions.map(({ marker: m, x, y }): ServerLabel => {
      const city = m.kind === 'city';
      return { key: `marker:${m.id}`, lines: ctx.labelLines(m.name), fontSize: city ? 15 : 13, weight: city ? 700 : 400, x, y, radius: city ? CITY_RADIUS : PLACE_RADIUS, priority: city ? 1 : 2, required: city };
    }),
    ...centroids.map(({ id, c }): ServerLabel => ({ key: `country:${id}`, lines: [countryName(id, lang)], fontSize: small, x: c[0], y: c[1], priority: 3 })),
    ...landmarks.map((l): ServerLabel => ({ key: `landmark:${l.id}`, lines: [l.name], fontSize: small, x: l.x, y: l.y, radius: 3, priority: 4 })),
  ];
  const box = (x: number, y: number, r: number): Rect => ({ x: x - r, y: y - r, width: 2 * r, height: 2 * r });
  const obstacles = [
    ...positions.map((p) => box(p.x, p.y, (p.marker.kind === 'city' ? CITY_RADIUS : PLACE_RADIUS) + 3)),
    ...positions.filter((p) => p.displaced).map((p) => box(p.tx, p.ty, 4)),
  ];
  // The scale bar sits in the bottom corner at the inline start (city-map.styles.ts), its size estimated too.
  if (scale) {
    const scaleWidth = estimateTextWidth(scaleText, 12) + Math.max(8, scale.px) + 24;
    obstacles.push({ x: ctx.dir === 'rtl' ? width - 8 - scaleWidth : 8, y: height - 34, width: scaleWidth, height: 26 });
  }
  const arcBoxes = Array.from({ length: ARC_STEPS + 1 }, (_, i) => point(i / ARC_STEPS)).map((p) => box(p.x, p.y, 3));
  const dots = new Map(landmarks.map((l) => [`landmark:${l.id}`, box(l.x, l.y, 4)]));
  const placed = layoutServerLabels(labels, obstacles, [...arcBoxes, ...dots.values()], { width, height }, BorderGrid.of(land, width, height));
  // As on the live map: a reference city under another label, or on the great circle, is left out.
  const boxes = new Map([...placed].map(([key, p]) => [key, p.box]));
  dropCoveredLandmarks(boxes, dots, arcBoxes);
  for (const key of dots.keys()) if (!boxes.has(key)) placed.delete(key);
  const text = (key: string) => placed.get(key)?.lines.map((line) => svg`<text x=${round(line.x)} y=${round(line.y)}>${isolate(line.text)}</text>`) ?? nothing;
  const pill = placed.get('distance')?.box;
  return html`<div class="map-frame"><div class="viewport">
      <svg part="map" class="map" width=${width} height=${height} viewBox="0 0 ${width} ${height}" direction="ltr" role="img" aria-label=${ctx.label}>
        <rect class="water" x="0" y="0" width=${width} height=${height}></rect>
        <g class="geo">
          ${land.map((l) => svg`<path class="land" data-country=${l.id ?? ''} d=${l.d}></path>`)}
          <path part="arc" class="arc" d=${arc}></path>
        </g>
        <g class="landmarks">
          ${landmarks.map((l) =>
            placed.has(`landmark:${l.id}`)
              ? svg`<g class="landmark"><circle class="landmark-dot" cx=${round(l.x)} cy=${round(l.y)} r="2.5"></circle><g class="label landmark-label" lang=${l.nameLang ?? nothing}>${text(`landmark:${l.id}`)}</g></g>`
              : nothing,
          )}
        </g>
        <g class="country-labels">
          ${centroids.map(({ id }) => (placed.has(`country:${id}`) ? svg`<g class="country-label">${text(`country:${id}`)}</g>` : nothing))}
        </g>
        ${positions.map((p) => (p.displaced ? svg`<g class="leader"><line x1=${round(p.tx)} y1=${round(p.ty)} x2=${round(p.x)} y2=${round(p.y)}></line><circle class="anchor" cx=${round(p.tx)} cy=${round(p.ty)} r="2"></circle></g>` : nothing))}
        <g part="distance" class="distance">${pill ? svg`<rect class="pill" x=${round(pill.x)} y=${round(pill.y)} width=${round(pill.width)} height=${round(pill.height)} rx=${round(pill.height / 2)}></rect>` : nothing}${text('distance')}</g>
        ${positions.map(({ marker: m, x, y }) => {
          const r = m.kind === 'city' ? CITY_RADIUS : PLACE_RADIUS;
          return svg`<g part="marker" class="marker ${m.kind}" transform="translate(${round(x)} ${round(y)})">
              ${m.kind === 'city' ? svg`<circle class="dot" r=${r}></circle>` : svg`<rect class="dot" x=${-r} y=${-r} width=${2 * r} height=${2 * r} transform="rotate(45)"></rect>`}
            </g>
            <g part="label" class="label ${m.kind}" lang=${m.nameLang ?? nothing}>${text(`marker:${m.id}`)}</g>`;
        })}
      </svg>
      ${scale ? html`<div part="scale" class="scale"><span class="scale-text">${scaleText}</span>${scaleBarSvg(scale.px)}</div>` : nothing}
    </div>
    ${ctx.list}
  </div>`;
}
