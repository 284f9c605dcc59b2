/**
 * What `<twin-city-map>` shows of a dataset: the map (the scene of map-scene.ts as SVG, its markers, popup and scale
 * bar) or its list of places. Loaded beside the data (see `TwinElement.loadView`) with the projection, drawing and
 * label code it uses, so that a page whose map is still below the fold downloads none of it.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { City, Place } from '../../data/schema.js';
import { isSafeUrl } from '../../data/safe-url.js';
import { distanceKm } from '../../geo/projection.js';
import { countryName, formatKilometres, formatNumber, partSeparator } from '../../i18n/format.js';
import { msg, str } from '../../i18n/localize.js';
import { pickText } from '../../i18n/text.js';
import { cssProps } from '../../shared/css-props.js';
import type { ViewContext } from '../../shared/twin-element.js';
import { CITY_RADIUS, HIT_RADIUS, PLACE_RADIUS, RING, distanceLabel, isolate, labelLines, type Marker, type MarkerPosition } from './map-model.js';
import type { MapScene } from './map-scene.js';
import { placePopup } from './popup-placement.js';

export { MapLabels } from './map-labels.js';
export { borderGridOf, drawMap, mapScene, pixelsPerDegree, type MapDrawing, type MapScene } from './map-scene.js';

/** What the map shows: its two cities and their markers, and the map as drawn (unless it cannot be drawn yet). */
export interface MapContent {
  readonly a: City;
  readonly b: City;
  readonly markers: readonly Marker[];
  /**
   * The map at its zoom; `measuring` while its frame is put on the page to be measured before the first drawing,
   * `waiting` while the country shapes download; undefined when the list is shown instead.
   */
  readonly map: MapScene | 'measuring' | 'waiting' | undefined;
  /** The height the map takes. */
  readonly height: number;
}

/** What the map's view reads of the element, and what it calls back. */
export interface CityMapContext extends ViewContext {
  readonly selected: string | undefined;
  /** The id of the marker whose popup is open. */
  readonly popup: string | undefined;
  /** On paper, the list of places prints under the map. */
  readonly printing: boolean;
  /** The toolbar (rendered by the element, which also shows it while it loads). */
  readonly toolbar: TemplateResult;
  /** The map's listeners of keys, the wheel and pointers (zoom and pan). */
  readonly surface: {
    onKeyDown(e: KeyboardEvent): void;
    onWheel(e: WheelEvent): void;
    onPointerDown(e: PointerEvent): void;
    onPointerMove(e: PointerEvent): void;
    onPointerUp(e: PointerEvent): void;
  };
  choose(marker: Marker): void;
  closePopup(): void;
  /** A marker took the focus at `x`, `y` on the map as zoomed: the map moves it into view if it is outside. */
  reveal(x: number, y: number): void;
}

/** The map, or the list of places, of `content` (call while rendering, in the element's locale). */
export function renderCityMap(c: CityMapContext, content: MapContent): TemplateResult {
  const texts = mapTexts(c, content.a, content.b);
  return html`<div class="map-frame">
    ${c.toolbar}
    ${content.map === undefined ? renderPlaces(c, content.markers, texts.summary) : renderMap(c, content.map, content.height, texts)}
    ${c.printing ? renderPlaces(c, content.markers, texts.summary) : nothing}
  </div>`;
}

/** The distance as the reader reads it, the map's accessible name and the sentence that says what it shows. */
export function mapTexts(c: ViewContext, a: City, b: City): { distance: string; label: string; summary: string } {
  const names = [a, b].map((city) => pickText(city.name, c.requested).text) as [string, string];
  const distance = formatKilometres(distanceKm(a.location, b.location), c.lang);
  return {
    distance,
    label: msg(str`Map of ${names[0]} and ${names[1]}`, { id: 'map.label' }),
    summary: msg(str`${names[0]} and ${names[1]} are about ${distance} apart, measured along the great circle.`, { id: 'map.summary' }),
  };
}

function renderMap(c: CityMapContext, scene: MapScene | 'measuring' | 'waiting', height: number, texts: { distance: string; label: string; summary: string }): TemplateResult {
  // Data that comes with the element's first render finds no frame to measure: the frame is put on the page empty,
  // measured at once, and the map drawn once at its width, before anything is painted.
  if (scene === 'measuring') return html`<div class="viewport" ${cssProps({ 'block-size': `${height}px` })}></div>`;
  // The first drawing waits for the country shapes (they download beside the data): drawn without them, the map
  // would be drawn, measured and its labels laid out twice, and the land would appear under the markers after.
  if (scene === 'waiting') return html`<div class="viewport bone" ${cssProps({ 'block-size': `${height}px` })}></div>`;
  const { width, zoom: z, positions, drawing } = scene;
  const { lang } = c;
  // The drawn width, for print, where the map shrinks to the paper and its scale bar with it (city-map.print.styles.ts).
  return html`<div class="viewport" ${cssProps({ 'block-size': `${scene.height}px`, '--_drawn-width': String(width) })}
      @keydown=${c.surface.onKeyDown}
      @wheel=${c.surface.onWheel}
      @pointerdown=${c.surface.onPointerDown}
      @pointermove=${c.surface.onPointerMove}
      @pointerup=${c.surface.onPointerUp}
      @pointercancel=${c.surface.onPointerUp}>
    <svg part="map" class="map" width=${width} height=${scene.height} viewBox="0 0 ${width} ${scene.height}" direction="ltr"
      role="group" aria-roledescription=${msg('map', { id: 'map.roledescription' })} aria-label=${texts.label} aria-describedby="map-summary map-keys" tabindex="0">
      <rect class="water" x="0" y="0" width=${width} height=${scene.height}></rect>
      <g class="geo" transform="translate(${z.x} ${z.y}) scale(${z.k})" aria-hidden="true">
        ${drawing.land.map((l) => (l.water ? svg`<path class="lake" d=${l.d}></path>` : svg`<path class="land" data-country=${l.id ?? ''} d=${l.d}></path>`))}
        <path part="arc" class="arc" d=${drawing.arc}></path>
      </g>
      <g class="landmarks" aria-hidden="true">
        ${scene.landmarks.map(
          (l) => svg`<g class="landmark" data-landmark=${l.id}><circle class="landmark-dot" cx=${l.x} cy=${l.y} r="2.5"></circle><g class="label landmark-label" data-label=${`landmark:${l.id}`} data-x=${l.x} data-y=${l.y} data-r="3" lang=${l.nameLang ?? nothing}><text>${isolate(l.name)}</text></g></g>`,
        )}
      </g>
      <g class="country-labels" aria-hidden="true">
        ${scene.countryLabels.map(({ id, x, y }) => svg`<g class="country-label" data-label=${`country:${id}`} data-x=${x} data-y=${y}><text>${isolate(countryName(id, lang))}</text></g>`)}
      </g>
      ${positions.map((p) => (p.displaced ? svg`<g class="leader" aria-hidden="true"><line x1=${p.tx} y1=${p.ty} x2=${p.x} y2=${p.y}></line><circle class="anchor" data-anchor=${p.marker.id} cx=${p.tx} cy=${p.ty} r="2"></circle></g>` : nothing))}
      <g part="distance" class="distance" data-label="distance" data-x=${scene.distanceAt.x} data-y=${scene.distanceAt.y}><rect class="pill" rx="10"></rect><text>${isolate(distanceLabel(texts.distance, width))}</text></g>
      ${positions.map((p) => renderMarker(c, p, width))}
    </svg>
    <p id="map-summary" class="visually-hidden">${texts.summary}</p>
    <p id="map-keys" class="visually-hidden">${msg('Use plus and minus to zoom, the arrow keys to move the map and 0 to reset it.', { id: 'map.keys' })}</p>
    ${scene.scale
      ? html`<div part="scale" class="scale" aria-hidden="true" ${cssProps({ '--_bar-width': String(Math.max(8, Math.round(scene.scale.px))) })}><span class="scale-text">${formatKilometres(scene.scale.km, lang)}</span>${scaleBarSvg(scene.scale.px)}</div>`
      : nothing}
    ${renderPopup(c, positions)}
  </div>`;
}

function renderMarker(c: CityMapContext, p: MarkerPosition, width: number): TemplateResult {
  const m = p.marker;
  const kind = kindOf(m);
  const selected = c.selected === m.id;
  const r = m.kind === 'city' ? CITY_RADIUS : PLACE_RADIUS;
  return svg`<g part="marker" class="marker ${m.kind} ${selected ? 'selected' : ''}" role="button" tabindex="0"
      data-id=${m.id} data-x=${p.x} data-y=${p.y} transform="translate(${p.x} ${p.y})"
      aria-label=${`${m.name}${partSeparator(c.lang)}${kind}`} aria-haspopup="dialog" aria-expanded=${c.popup === m.id ? 'true' : 'false'} aria-current=${selected ? 'true' : 'false'}
      @click=${() => c.choose(m)} @keydown=${(e: KeyboardEvent) => onMarkerKey(c, e, m)} @focus=${() => c.reveal(p.x, p.y)}>
    <circle class="hit" r=${HIT_RADIUS}></circle>
    ${m.kind === 'city' ? svg`<circle class="dot" r=${r}></circle>` : svg`<rect class="dot" x=${-r} y=${-r} width=${2 * r} height=${2 * r} transform="rotate(45)"></rect>`}
    <circle class="ring" r=${r + RING}></circle>
  </g>
  <g part="label" class="label ${m.kind}" data-label=${`marker:${m.id}`} data-x=${p.x} data-y=${p.y} data-r=${r}
    lang=${m.nameLang ?? nothing} aria-hidden="true">${labelLines(m.name, width).map((line) => svg`<text>${isolate(line)}</text>`)}</g>`;
}

function onMarkerKey(c: CityMapContext, e: KeyboardEvent, m: Marker): void {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    c.choose(m);
  }
}

/** The popup of the chosen marker; `placePopupBox` puts it beside its marker once it can be measured. */
function renderPopup(c: CityMapContext, positions: readonly MarkerPosition[]): unknown {
  const open = positions.find((p) => p.marker.id === c.popup);
  if (!open) return nothing;
  const m = open.marker;
  const description = m.place?.description;
  const url = m.place?.url ?? (m.kind === 'city' ? m.city.url : undefined);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Tab') {
      tabOutOfPopup(e, m.id);
      return;
    }
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    c.closePopup();
  };
  return html`<div part="popup" class="popup" role="dialog" aria-labelledby="popup-title" tabindex="-1"
    data-x=${open.x} data-y=${open.y} @keydown=${onKey}>
    <button type="button" class="close" aria-label=${msg('Close', { id: 'map.close' })} @click=${() => c.closePopup()}>×</button>
    <div id="popup-title" class="section-title">${c.renderText(m.place?.name ?? m.city.name)}</div>
    <p class="muted">${kindOf(m)}${m.kind === 'place' ? html` · ${c.renderText(m.city.name)}` : nothing}</p>
    ${description ? html`<p>${c.renderText(description)}</p>` : nothing}
    ${url && isSafeUrl(url) ? html`<p><a href=${url}>${msg('More information', { id: 'map.more' })}</a></p>` : nothing}
  </div>`;
}

/**
 * Tab in the open popup, which comes after the map's markers in the page: past its last control, the focus goes on to
 * the marker after the one that opened it (else on to what follows the map); before its first, back to that marker.
 * Without this, Tab left the popup for what follows the map, skipping the markers after its own.
 */
function tabOutOfPopup(e: KeyboardEvent, opener: string): void {
  const popup = e.currentTarget as HTMLElement;
  const active = (popup.getRootNode() as ShadowRoot).activeElement;
  const controls = [...popup.querySelectorAll<HTMLElement>('button, a[href]')];
  const atStart = active === popup || active === controls[0];
  const atEnd = active === (controls.at(-1) ?? popup);
  const markers = [...(popup.closest('.viewport')?.querySelectorAll<SVGGElement>('.marker') ?? [])];
  const i = markers.findIndex((marker) => marker.dataset['id'] === opener);
  const target = e.shiftKey ? (atStart ? markers[i] : undefined) : atEnd ? markers[i + 1] : undefined;
  if (!target) return;
  e.preventDefault();
  target.focus();
}

/**
 * Puts the open popup of `root` inside the frame (`width` × `height`) beside its marker, not over it (map
 * coordinates are physical: east is right in every language, so it is placed by `left`). Call it after the render
 * that made the popup, when it can be measured.
 */
export function placePopupBox(root: ParentNode, { width, height }: { width: number; height: number }): void {
  const popup = root.querySelector<HTMLElement>('.popup');
  if (!popup) return;
  popup.style.maxBlockSize = '';
  const natural = { width: popup.offsetWidth, height: popup.offsetHeight };
  const box = placePopup({ x: Number(popup.dataset['x']), y: Number(popup.dataset['y']), r: HIT_RADIUS }, natural, { width, height });
  popup.style.left = `${Math.round(box.x)}px`;
  popup.style.top = `${Math.round(box.y)}px`;
  if (box.height < natural.height) popup.style.maxBlockSize = `${Math.floor(box.height)}px`;
}

/**
 * The list of places: the map's text alternative, and what prints under it. The table's roles are written out: in a
 * narrow frame its rows are laid out as blocks (city-map.styles.ts), and WebKit drops the implicit roles of table
 * elements that are not displayed as tables.
 */
export function renderPlaces(c: ViewContext & { readonly selected: string | undefined }, markers: readonly Marker[], summary: string): TemplateResult {
  const { lang } = c;
  return html`<div part="list" class="places">
    <p>${summary}</p>
    <table class="places-table" role="table">
      <caption class="visually-hidden">${msg('List of places', { id: 'map.list' })}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">${msg('Place', { id: 'map.place' })}</th>
          <th scope="col" role="columnheader">${msg('Kind', { id: 'map.kind' })}</th>
          <th scope="col" role="columnheader">${msg('City', { id: 'map.city' })}</th>
          <th scope="col" role="columnheader">${msg('Coordinates', { id: 'map.coordinates' })}</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${markers.map(
          (m) => html`<tr role="row" class=${c.selected === m.id ? 'selected' : ''} aria-current=${ifDefined(c.selected === m.id ? 'true' : undefined)}>
            <th scope="row" role="rowheader"><bdi lang=${ifDefined(m.nameLang)}>${keepParentheses(m.name)}</bdi></th>
            <td role="cell" class="kind">${kindOf(m)}</td>
            <td role="cell">${c.renderText(m.city.name)}${partSeparator(lang)}${countryName(m.city.country, lang)}</td>
            <td role="cell" class="coordinates"><bdi>${formatCoordinates(m.lat, m.lon, lang)}</bdi></td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** The scale bar's bracket, `px` long (an SVG, so that the static copy needs no style attribute under a strict CSP). */
export function scaleBarSvg(px: number): TemplateResult {
  const w = Math.max(8, Math.round(px));
  return html`<svg class="scale-bar" width=${w} height="6" viewBox="0 0 ${w} 6" aria-hidden="true"><path d="M0.75 0V5.25H${w - 0.75}V0"></path></svg>`;
}

/** A name whose parts in parentheses do not wrap inside: `Mevlana Museum` may wrap, `(Rumi's tomb)` stays whole. */
function keepParentheses(name: string): unknown[] {
  return name.split(/([(（][^)）]*[)）])/).map((part, i) => (i % 2 ? html`<span class="keep">${part}</span>` : part));
}

/** The localized name of a marker's kind. */
function kindOf(m: Marker): string {
  return kindLabel(m.kind === 'city' ? 'city' : m.place!.kind);
}

function kindLabel(kind: Place['kind'] | 'city'): string {
  switch (kind) {
    case 'city':
      return msg('City', { id: 'kind.city' });
    case 'tomb':
      return msg('Tomb', { id: 'kind.tomb' });
    case 'museum':
      return msg('Museum', { id: 'kind.museum' });
    case 'mosque':
      return msg('Mosque', { id: 'kind.mosque' });
    case 'city-hall':
      return msg('City hall', { id: 'kind.city-hall' });
    case 'landmark':
      return msg('Landmark', { id: 'kind.landmark' });
  }
}

/**
 * `38.55° N, 44.95° E` in the reader's digits and words. Each number with its degree sign is a left-to-right isolate:
 * in right-to-left text the bidi algorithm otherwise sets the sign on either side of the number, depending on what
 * comes before it (`۳۸٫۵۵°` first, `°۴۴٫۹۵` after an Arabic comma).
 */
function formatCoordinates(lat: number, lon: number, lang: string): string {
  const n = (v: number) => `\u2066${formatNumber(Math.abs(v), lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  const latText = lat >= 0 ? msg(str`${n(lat)}° N`, { id: 'coord.north' }) : msg(str`${n(lat)}° S`, { id: 'coord.south' });
  const lonText = lon >= 0 ? msg(str`${n(lon)}° E`, { id: 'coord.east' }) : msg(str`${n(lon)}° W`, { id: 'coord.west' });
  // The isolate opened before each number closes after its degree sign, wherever a translation puts the words.
  const close = (text: string) => text.replace(/°/u, '°\u2069');
  return `${close(latText)}${partSeparator(lang)}${close(lonText)}`;
}
