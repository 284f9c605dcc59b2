/**
 * The map's static copy, for readers without JavaScript and for search engines (`twin-city-elements render`): the
 * map as a still SVG with its labels, no controls (nothing could run them), and the list of places under it, shown by
 * a disclosure in the toolbar's row (and always on paper). The copy is as tall as the live map that replaces it, at
 * any width (the toolbar's row, then the map's frame at the live map's height, the picture for that width fitted
 * inside it, see `PICTURES`), so that nothing on the page moves when the element takes over. Loaded
 * only by the server renderer (`TwinCityMap.loadView` there), so no page downloads it. Its labels are laid out by
 * the live map's rules from estimated text widths (server-labels.ts), since a server cannot measure text.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { City, TwinningDataset } from '../../data/schema.js';
import { drawCountries } from '../../geo/draw.js';
import type { Country } from '../../geo/geometry.js';
import { fitProjection } from '../../geo/projection.js';
import { countryName, formatKilometres } from '../../i18n/format.js';
import { dropCoveredLandmarks } from './label-layout.js';
import { CITY_RADIUS, MAP_TEXT, PLACE_RADIUS, distanceLabel, isolate, labelLines, mapHeight, mapTextPx, type MapTextKind } from './map-model.js';
import { borderGridOf, drawMap, mapScene, type MapScene } from './map-scene.js';
import { mapTexts, renderPlaces, type MapContent } from './map-view.js';
import { LIST } from './map-toolbar.js';
import { msg } from '../../i18n/localize.js';
import type { ViewContext } from '../../shared/twin-element.js';
import { estimateTextWidth, layoutServerLabels, type ServerLabel } from './server-labels.js';

/** What the copy reads of the element. */
export interface ServerCopyContext extends ViewContext {
  readonly dir: 'ltr' | 'rtl';
  readonly selected: string | undefined;
}

/**
 * The copy's pictures, one for each range of the frame's width (`.still-picture` in city-map.styles.ts: under 480 px,
 * to 900 px, wider), each drawn at a width inside its range and at the height the live map takes there (`mapHeight`):
 * fitted into the frames of its range, it is scaled by 0.75 to 1.4, and its names stay readable (one picture drawn
 * 600 px wide was scaled by half on a phone, its names 6 to 8 px tall). Around each, the land goes on for `bleed` px
 * beyond the part its labels are laid out in, so that the picture fills a frame of other proportions than its own
 * (they change with the width) with land and water, not with bands of water beside land cut straight.
 */
const PICTURES = [
  { kind: 'narrow', width: 300, bleed: { x: 60, y: 60 } },
  { kind: 'medium', width: 640, bleed: { x: 60, y: 60 } },
  // Up to a frame about 2,300 px wide, four times wider than tall.
  { kind: 'wide', width: 1100, bleed: { x: 600, y: 60 } },
] as const;

type Picture = (typeof PICTURES)[number];

/** The copy of the map of `content`, drawn unzoomed (a picture for each range of widths), with the list of places under it. */
export function renderCityMapCopy(c: ServerCopyContext, content: MapContent & { readonly map: MapScene }, dataset: TwinningDataset): TemplateResult {
  const texts = mapTexts(c, content.a, content.b);
  const { a, b, markers } = content;
  const countries = content.map.drawing.countries;
  const pictures = PICTURES.map((picture) => {
    const size = { width: picture.width, height: mapHeight(picture.width, Number.NaN) };
    const drawing = drawMap(undefined, markers, a, b, countries, size);
    return renderPicture(c, content, texts, picture, mapScene(drawing, a, b, markers, dataset, c.requested, { k: 1, x: 0, y: 0 }));
  });
  return html`<div class="map-frame">
    <details class="places-copy">
      <summary class="tool labelled list">${LIST}<span class="label">${msg('List of places', { id: 'map.list' })}</span></summary>
    </details>
    <div class="viewport still">${pictures}</div>
    ${renderPlaces(c, content.markers, texts.summary)}
  </div>`;
}

/**
 * The countries of `scene`'s drawing again, over its size and `bleed` px beyond each side, through the same
 * projection moved by the bleed: drawn under a translation back, they go on past the picture's edges.
 */
function landWithBleed(scene: MapScene, a: City, b: City, markers: MapContent['markers'], bleed: Picture['bleed']) {
  const { width, height, drawing } = scene;
  const projection = fitProjection(a.location, b.location, markers, { width, height });
  const [tx, ty] = projection.translate();
  const w = width + 2 * bleed.x;
  const h = height + 2 * bleed.y;
  projection.translate([tx + bleed.x, ty + bleed.y]).clipExtent([
    [-2, -2],
    [w + 2, h + 2],
  ]);
  return drawCountries((drawing.countries?.features ?? []) as Country[], projection, w, h);
}

/** One picture of the copy (`texts`: the copy's distance and text alternative): `scene` with its labels laid out from estimated widths, its scale bar drawn inside it. */
function renderPicture(c: ServerCopyContext, content: MapContent, texts: ReturnType<typeof mapTexts>, picture: Picture, scene: MapScene): TemplateResult {
  const { distance, label } = texts;
  const { width, height, positions, landmarks, scale } = scene;
  const { arc } = scene.drawing;
  const { bleed } = picture;
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
  // The scale bar, in the bottom corner at the inline start, as on the live map; its text's width estimated too.
  const bar = scale ? Math.max(8, scale.px) : 0;
  const scaleBox = scale && { width: estimateTextWidth(scaleText, SCALE_TEXT_PX) + bar + 24, height: 26 };
  if (scaleBox) obstacles.push({ x: c.dir === 'rtl' ? width - 8 - scaleBox.width : 8, y: height - 8 - scaleBox.height, ...scaleBox });
  const placed = layoutServerLabels(labels, obstacles, [...scene.arcBoxes, ...scene.landmarkDots.values()], { width, height }, borderGridOf(scene.drawing));
  // As on the live map: a reference city under another label, or on the great circle, is left out.
  const boxes = new Map([...placed].map(([key, p]) => [key, p.box]));
  dropCoveredLandmarks(boxes, scene.landmarkDots, scene.arcBoxes);
  for (const key of scene.landmarkDots.keys()) if (!boxes.has(key)) placed.delete(key);
  const text = (key: string) =>
    placed.get(key)?.lines.map((line) => svg`<text class=${line.anchor === 'start' ? nothing : line.anchor} x=${round(line.x)} y=${round(line.y)}>${isolate(line.text)}</text>`) ?? nothing;
  const pill = placed.get('distance')?.box;
  const land = landWithBleed(scene, content.a, content.b, content.markers, bleed);
  return html`<div class="still-picture ${picture.kind}">
    <svg part="map" class="map still" width=${width} height=${height} viewBox="0 0 ${width} ${height}" direction="ltr" role="img" aria-label=${label}>
      <rect class="water" x=${-bleed.x} y=${-bleed.y} width=${width + 2 * bleed.x} height=${height + 2 * bleed.y}></rect>
      <g class="geo">
        <g transform="translate(${-bleed.x} ${-bleed.y})">
          ${land.map((l) => (l.water ? svg`<path class="lake" d=${tenths(l.d)}></path>` : svg`<path class="land" data-country=${l.id ?? ''} d=${tenths(l.d)}></path>`))}
        </g>
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
      ${scaleBox ? stillScale(scaleText, bar, scaleBox, c.dir, { width, height }) : nothing}
    </svg>
  </div>`;
}

/** A path with its coordinates to a tenth of a pixel, as precise as a screen shows and a third shorter in the HTML. */
const tenths = (d: string): string => d.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));

/** The scale bar's text size in the picture, in px before the picture is scaled (the live map's is 12 px or more). */
const SCALE_TEXT_PX = 12;

/**
 * The scale bar inside the picture, so that it is scaled with it and measures it at any size: in the bottom corner
 * at the inline start, on the surface's colour, its text then its bar in the reading direction.
 */
function stillScale(text: string, bar: number, box: { width: number; height: number }, dir: 'ltr' | 'rtl', { width, height }: { width: number; height: number }) {
  const x = dir === 'rtl' ? width - 8 - box.width : 8;
  const y = height - 8 - box.height;
  const middle = y + box.height / 2;
  const r = (n: number) => Math.round(n * 100) / 100;
  // The bar at the box's end, the text at its start (the right in right-to-left text).
  const barStart = dir === 'rtl' ? x + 8 : x + box.width - 8 - bar;
  return svg`<g part="scale" class="still-scale" aria-hidden="true">
    <rect x=${r(x)} y=${y} width=${r(box.width)} height=${box.height} rx="6"></rect>
    <text x=${r(dir === 'rtl' ? x + box.width - 8 : x + 8)} y=${middle} class=${dir === 'rtl' ? 'end' : nothing} dominant-baseline="central">${isolate(text)}</text>
    <path d="M${r(barStart)} ${middle - 3}V${middle + 2.25}H${r(barStart + bar)}V${middle - 3}"></path>
  </g>`;
}
