/**
 * The map's static copy, for readers without JavaScript and for search engines (`twin-city-elements render`): the
 * map as a still SVG with its labels, no controls (nothing could run them), and the list of places under it, shown by
 * a disclosure in the toolbar's row (and always on paper). The copy is as tall as the live map that replaces it, at
 * any width (the toolbar's row, then the map's frame at the live map's height, the picture fitted inside it), so that
 * nothing on the page moves when the element takes over. Loaded
 * only by the server renderer (`TwinCityMap.loadView` there), so no page downloads it. Its labels are laid out by
 * the live map's rules from estimated text widths (server-labels.ts), since a server cannot measure text.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { countryName, formatKilometres } from '../../i18n/format.js';
import { dropCoveredLandmarks } from './label-layout.js';
import { CITY_RADIUS, MAP_TEXT, PLACE_RADIUS, distanceLabel, isolate, labelLines, mapTextPx, type MapTextKind } from './map-model.js';
import { borderGridOf, type MapScene } from './map-scene.js';
import { mapTexts, renderPlaces, scaleBarSvg, type MapContent } from './map-view.js';
import { LIST } from './map-toolbar.js';
import { msg } from '../../i18n/localize.js';
import type { ViewContext } from '../../shared/twin-element.js';
import { estimateTextWidth, layoutServerLabels, type ServerLabel } from './server-labels.js';

/** What the copy reads of the element. */
export interface ServerCopyContext extends ViewContext {
  readonly dir: 'ltr' | 'rtl';
  readonly selected: string | undefined;
}

/** The copy of the map of `content`, drawn unzoomed, with the list of places under it. */
export function renderCityMapCopy(c: ServerCopyContext, content: MapContent & { readonly map: MapScene }): TemplateResult {
  const { distance, label, summary } = mapTexts(c, content.a, content.b);
  const { map: scene } = content;
  const { width, height, positions, landmarks, scale } = scene;
  const { land, arc } = scene.drawing;
  const { lang } = c;
  // A tenth of a pixel is precise enough, and keeps the printed HTML short.
  const round = (n: number) => Math.round(n * 10) / 10;
  const scaleText = scale ? formatKilometres(scale.km, lang) : '';
  // The sizes of the live map's text beside 16 px text, at which the copy is drawn (`.map.still`).
  const arabic = c.dir === 'rtl';
  const font = (kind: MapTextKind) => ({ fontSize: mapTextPx(kind, 16, arabic), weight: MAP_TEXT[kind].weight });
  const labels: ServerLabel[] = [
    {
      key: 'distance',
      lines: [distanceLabel(distance, width)],
      ...font('distance'),
      ...scene.distanceAt,
      priority: 0,
      required: true,
      pill: true,
      alternatives: scene.distanceAlternatives,
    },
    ...positions.map(({ marker: m, x, y }): ServerLabel => {
      const city = m.kind === 'city';
      return { key: `marker:${m.id}`, lines: labelLines(m.name, width), ...font(city ? 'city' : 'place'), x, y, radius: city ? CITY_RADIUS : PLACE_RADIUS, priority: city ? 1 : 2, required: city };
    }),
    ...scene.countryLabels.map(({ id, x, y, alternatives }): ServerLabel => ({ key: `country:${id}`, lines: [countryName(id, lang)], ...font('country'), x, y, priority: 3, alternatives })),
    ...landmarks.map(
      (l): ServerLabel => ({ key: `landmark:${l.id}`, lines: [l.name], ...font('landmark'), x: l.x, y: l.y, radius: 3, priority: 4, dot: scene.landmarkDots.get(`landmark:${l.id}`) }),
    ),
  ];
  const obstacles = [...scene.obstacles];
  // The scale bar sits in the bottom corner at the inline start (city-map.styles.ts), its size estimated too.
  if (scale) {
    const scaleWidth = estimateTextWidth(scaleText, 12) + Math.max(8, scale.px) + 24;
    obstacles.push({ x: c.dir === 'rtl' ? width - 8 - scaleWidth : 8, y: height - 34, width: scaleWidth, height: 26 });
  }
  const placed = layoutServerLabels(labels, obstacles, [...scene.arcBoxes, ...scene.landmarkDots.values()], { width, height }, borderGridOf(scene.drawing));
  // As on the live map: a reference city under another label, or on the great circle, is left out.
  const boxes = new Map([...placed].map(([key, p]) => [key, p.box]));
  dropCoveredLandmarks(boxes, scene.landmarkDots, scene.arcBoxes);
  for (const key of scene.landmarkDots.keys()) if (!boxes.has(key)) placed.delete(key);
  const text = (key: string) => placed.get(key)?.lines.map((line) => svg`<text x=${round(line.x)} y=${round(line.y)}>${isolate(line.text)}</text>`) ?? nothing;
  const pill = placed.get('distance')?.box;
  return html`<div class="map-frame">
    <details class="places-copy">
      <summary class="tool labelled list">${LIST}<span class="label">${msg('List of places', { id: 'map.list' })}</span></summary>
    </details>
    <div class="viewport still">
      <svg part="map" class="map still" width=${width} height=${height} viewBox="0 0 ${width} ${height}" direction="ltr" role="img" aria-label=${label}>
        <rect class="water" x="0" y="0" width=${width} height=${height}></rect>
        <g class="geo">
          ${land.map((l) => (l.water ? svg`<path class="lake" d=${l.d}></path>` : svg`<path class="land" data-country=${l.id ?? ''} d=${l.d}></path>`))}
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
          ${scene.countryLabels.map(({ id }) => (placed.has(`country:${id}`) ? svg`<g class="country-label">${text(`country:${id}`)}</g>` : nothing))}
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
    ${renderPlaces(c, content.markers, summary)}
  </div>`;
}
