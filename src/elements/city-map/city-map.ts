import { html, isServer, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { geoInterpolate, geoPath, type GeoProjection } from 'd3-geo';
import type { City, Place, TwinningDataset } from '../../data/schema.js';
import { isSafeUrl } from '../../data/safe-url.js';
import { countryName, formatKilometres, formatNumber, partSeparator } from '../../i18n/format.js';
import { msg, str } from '../../i18n/localize.js';
import { pickText } from '../../i18n/text.js';
import { DEFAULT_DATASET_GEOMETRY, loadCountries, loadedCountries, loadGeometry, type Countries, type Country } from '../../geo/geometry.js';
import { drawCountries } from '../../geo/draw.js';
import { distanceKm, fitProjection } from '../../geo/projection.js';
import type { TwinSelectDetail } from '../../shared/events.js';
import { GroupController, type GroupMember } from '../../shared/group.js';
import { PrintController } from '../../shared/print-controller.js';
import { DeepLinkController, deepLinkKey } from '../../shared/deep-link-controller.js';
import { ResizeController } from '../../shared/resize-controller.js';
import { cssProps } from '../../shared/css-props.js';
import { forcedColors, shared, tokens } from '../../shared/styles.js';
import { TwinElement, type Loading } from '../../shared/twin-element.js';
import {
  ARC_STEPS,
  CITY_RADIUS,
  DISTANCE_ALTERNATIVES,
  HIT_RADIUS,
  PLACE_RADIUS,
  cityPair,
  distanceLabel,
  isolate,
  labelLines,
  landmarksInView,
  mapHeight,
  markerPositions,
  markersOf,
  scaleBar,
  scaleBarSvg,
  type Marker,
  type MarkerPosition,
} from './map-model.js';
import { BorderGrid } from './border-grid.js';
import { MapLabels } from './map-labels.js';
import { placePopup } from './popup-placement.js';
import { cityMapStyles } from './city-map.styles.js';
import { ZoomPanController } from './zoom-pan-controller.js';



/** The static copy's rendering, loaded by the server renderer only (see `loadView`): no page downloads it. */
let serverCopy: typeof import('./map-server-copy.js') | undefined;
/**
 * Both cities of a twinning on a map that ships with the package: the countries around them, a few reference cities
 * for orientation (the dataset's `landmarks`), a scale bar, the great circle between them labelled with its length,
 * and their places of interest (Shams Tabrizi's tomb in Khoy and the
 * Mevlana Museum in Konya by default). Markers are buttons that open a popup; the map zooms and pans with buttons,
 * the keyboard (`+`, `-`, arrows, `0`), Ctrl/⌘ + wheel and pinch; a list of places is its text alternative.
 * No tile, font or script is fetched from anywhere: it works offline and under a strict CSP.
 *
 * With a `group` attribute it follows the selection of the other elements of that group: an event chosen on
 * `<twin-pilgrimage-timeline group="…">` highlights the event's place.
 *
 * With `deep-link` it follows the page's address: `#place=<id>` selects a city or place and `#event=<id>` an
 * event's place (as a linked timeline would), and a city or place chosen on the map is written there as `place=<id>`
 * with `history.replaceState` (no entry in the browser's history per click), so that a copied link opens the page
 * on it.
 *
 * @tagname twin-city-map
 * @summary The twinned cities, their shrines and the link between them, on a self-contained map.
 *
 * @csspart base - The outer frame.
 * @csspart toolbar - The zoom, reset and list buttons.
 * @csspart map - The SVG map.
 * @csspart marker - A city or place marker (a button).
 * @csspart label - A marker's label.
 * @csspart arc - The great-circle line between the cities.
 * @csspart distance - The distance on its pill at the middle of the line.
 * @csspart scale - The scale bar, in the reader's digits and units.
 * @csspart popup - The popup of a chosen marker.
 * @csspart list - The list of places (text alternative).
 * @csspart error - The error message shown when the data cannot be used.
 *
 * @cssproperty --twin-map-land - Land color.
 * @cssproperty --twin-map-water - Water color.
 * @cssproperty --twin-map-border - Country borders and coastlines.
 * @cssproperty --twin-map-arc - The line between the cities.
 * @cssproperty --twin-map-city - City markers.
 * @cssproperty --twin-map-place - Place markers.
 * @cssproperty --twin-map-height - Height of the map (default: 0.9 × its width up to 360 px on phones, 0.6 × its width up to 560 px on wider screens, at least 240 px).
 *
 * @event twin-select - A city or place was chosen; `detail` is `{kind: 'city' | 'place', id}`. Cancel it to keep the selection.
 * @event twin-load - The dataset loaded and validated; `detail` is the dataset.
 * @event twin-error - The dataset could not be loaded or is invalid; `detail` is `{code, message, issues}`.
 */
export class TwinCityMap extends TwinElement implements GroupMember {
  static {
    // The first drawing may need a second one at the measured width, right after it (see `updated`): Lit's
    // development-mode notice about an update scheduled by an update is expected there.
    this.disableWarning?.('change-in-update');
  }

  static override styles = [tokens, shared, cityMapStyles, forcedColors];
  static override readonly defaultLoading: Loading = 'lazy';

  static override properties: PropertyDeclarations = {
    ...TwinElement.properties,
    agreement: { type: String },
    selected: { type: String, reflect: true },
    view: { type: String, reflect: true },
    group: { type: String, reflect: true },
    deepLink: { type: String, attribute: 'deep-link' },
    popup: { state: true, attribute: false },
  };

  /** The agreement whose two parties are linked (default: the dataset's first; else its first two cities). */
  declare agreement: string | undefined;
  /** The id of the selected city or place; set it to highlight one from outside (e.g. from a timeline). */
  declare selected: string | undefined;
  /** `map` (default) or `list`: the list of places, the map's text alternative. */
  declare view: 'map' | 'list';
  /** Elements with the same `group` follow each other's selection (e.g. a timeline and a map). */
  declare group: string | undefined;
  /**
   * Deep links (off unless present): the map selects what the page's address names after `#` (`place=<id>` for a city
   * or place, else `event=<id>` for an event's place) and writes `place=<id>` there when the reader chooses one on
   * the map, keeping every other part of the address. A value names another key than `place` (`deep-link="map"`).
   */
  declare deepLink: string | undefined;

  /** The id of the marker whose popup is open. */
  declare private popup: string | undefined;
  /**
   * The shapes drawn, once loaded. Not reactive: taken during a render when they are already here (they download
   * beside the data), so that the first drawing has them; a load that ends later asks for a render itself.
   */
  private countries: Countries | undefined;

  private readonly size = new ResizeController(this);
  /** On paper the map prints with its list of places under it, whichever the reader had on screen. */
  private readonly print = new PrintController(this);
  /** Deep links: the map's own key in the page's fragment (`place`), read and written. */
  private readonly placeLink = new DeepLinkController(this, () => deepLinkKey(this.deepLink, 'place'));
  /** Deep links: the timeline's key (`event`), only read: an event linked to selects its place. */
  private readonly eventLink = new DeepLinkController(this, () => (deepLinkKey(this.deepLink, 'place') ? 'event' : undefined));
  /** The fragment's ids as last applied or written, so that a selection is taken from it only when it changes. */
  private linked: string | undefined;
  /**
   * `--twin-map-height` as last read (NaN when it is not set). Read only where the page has just been laid out, not
   * while rendering: with changes pending, reading a style lays the whole page out (Chromium does, since styles here
   * depend on container queries), and a render that read it would do so once for every element rendered before.
   */
  private askedHeight = Number.NaN;
  /** Whether the frame has been measured since it first appeared (its width is 0 in a hidden part of the page). */
  private measured = false;
  /** The last render left the drawing out until the frame is measured. */
  private drawingDeferred = false;
  private countriesFor = '';
  private countriesPending: Promise<void> | undefined;
  /** Zoom and pan (buttons, keys, Ctrl/⌘ + wheel, pinch, drag). */
  private readonly zoomPan = new ZoomPanController(this, () => this.viewport, () => this.shadowRoot?.querySelector('svg.map'));
  /** The projection and everything drawn from it, kept while the size, the points and the geometry stay. */
  private drawing:
    | {
        key: string;
        countries: Countries | undefined;
        projection: GeoProjection;
        land: { id: string | undefined; d: string; rings: readonly (readonly number[])[] }[];
        arc: string;
        centroids: { id: string; c: readonly [number, number] }[];
        /** Where the border lines and coasts are, built on the first label layout of this drawing. */
        grid?: BorderGrid | undefined;
      }
    | undefined;
  /** The labels' measures and layout (map-labels.ts). */
  private readonly labels = new MapLabels();

  constructor() {
    super();
    this.view = 'map';
    new GroupController(this);
  }

  /** From another member of the group: a place or city is highlighted; an event highlights its first place. */
  followSelection(detail: TwinSelectDetail): void {
    const dataset = this.loadedDataset;
    if (!dataset) return;
    const known = (id: string) => dataset.cities.some((c) => c.id === id) || dataset.places.some((p) => p.id === id);
    if (detail.kind === 'place' || detail.kind === 'city') {
      if (known(detail.id)) this.selected = detail.id;
    } else if (detail.kind === 'event') {
      const event = dataset.events.find((e) => e.id === detail.id);
      this.selected = event?.places.find(known);
      this.popup = undefined;
      // The event's own key says it now: an older place of the map's would take precedence on the next visit.
      this.writeLink(undefined);
    }
  }

  /** The ids the page's fragment names for the map, as one string to compare. */
  private get linkState(): string {
    return `${this.placeLink.value ?? ''}#${this.eventLink.value ?? ''}`;
  }

  /** Writes the map's key in the page's fragment (removes it for undefined), with deep links on. */
  private writeLink(id: string | undefined): void {
    if (!this.placeLink.enabled) return;
    this.placeLink.write(id);
    this.linked = this.linkState;
  }

  /**
   * Deep links: when the fragment's ids change (on load, once the data is here, and on `hashchange`), selects the
   * city or place it names, else the first place of the event it names (as a linked timeline's selection does).
   */
  private followDeepLink(): void {
    const dataset = this.loadedDataset;
    if (!dataset || !this.placeLink.enabled || this.linkState === this.linked) return;
    this.linked = this.linkState;
    const known = (id: string) => dataset.cities.some((c) => c.id === id) || dataset.places.some((p) => p.id === id);
    const place = this.placeLink.value;
    const event = this.eventLink.value;
    const selected = place && known(place) ? place : dataset.events.find((e) => e.id === event)?.places.find(known);
    if (!selected) return;
    this.selected = selected;
    this.popup = undefined;
  }

  /** On the server only, the code of the static copy (the server renderer loads each element's view before it renders). */
  static override loadView(): Promise<void> | undefined {
    // The import inside the branch: a bundler that knows `isServer` is false (Lit's browser build) drops it whole.
    if (isServer) {
      return serverCopy
        ? undefined
        : import('./map-server-copy.js').then((m) => {
            serverCopy = m;
          });
    }
    return undefined;
  }

  /** Also downloads the country shapes of the region around Anatolia, the Caucasus and Iran (the embedded dataset's). */
  static override async preload(): Promise<void> {
    await Promise.all([super.preload(), loadGeometry(DEFAULT_DATASET_GEOMETRY)]);
  }

  /** Before the first layout of the map, its width is that of the frame's content box. */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Data given as a property: the geometry it needs starts to download now, before the first render and beside
    // the validator, rather than after that render (see `prepareWhileLoading`, which starts it for other sources).
    if (!this.hasUpdated && this.data !== undefined && this.data !== null && this.nearViewport.near) this.loadGeometryOf(this.data);
    this.followDeepLink();
    if (!this.size.width) this.measureFrame();
  }

  /** The width of the frame's content box, once the frame is on the page, and the height asked of the map. */
  private measureFrame(): void {
    const base = this.shadowRoot?.querySelector<HTMLElement>('.base');
    if (!base) return;
    const width = base.clientWidth;
    const style = getComputedStyle(base);
    this.size.width = Math.max(0, Math.round(width - Number.parseFloat(style.paddingInlineStart) - Number.parseFloat(style.paddingInlineEnd)));
    this.measured = true;
    this.readAskedHeight();
  }

  /** Reads `--twin-map-height`; true if it changed. Call it only where the page's layout is up to date. */
  private readAskedHeight(): boolean {
    const before = this.askedHeight;
    this.askedHeight = Number.parseFloat(getComputedStyle(this).getPropertyValue('--twin-map-height'));
    return !Object.is(before, this.askedHeight);
  }

  private get viewport(): { width: number; height: number } {
    let width = Math.max(200, this.size.width || 600);
    // On paper, drawn at most a printed page's width (A4 or Letter with a browser's margins and the frame's padding):
    // drawn for a wider screen, the picture would be shrunk to the page, its labels with it. Not while zoomed in, so
    // that the page prints the part of the map the reader chose.
    if (this.print.printing && this.zoomPan.isReset) width = Math.min(width, PRINTED_MAP_WIDTH);
    return { width, height: mapHeight(width, this.askedHeight) };
  }

  /**
   * While the data downloads or is validated, the geometry its cities need starts to download too: the embedded
   * dataset's is known before it arrives, and the `data` property's is picked from it before validation. The pick
   * only chooses which shapes to fetch; the map draws from the validated data, and loads what that needs if the
   * pick was wrong.
   */
  protected override prepareWhileLoading(): void {
    // The geometry first, at once: the formatters below keep the main thread busy for a while.
    const kind = this.datasetController.sourceKind;
    if (kind === 'property') this.loadGeometryOf(this.data);
    // The embedded dataset's geometry is known: it downloads beside the dataset rather than after it.
    else if (kind === 'default') loadGeometry(DEFAULT_DATASET_GEOMETRY).catch(() => undefined);
    super.prepareWhileLoading();
    formatKilometres(0, this.language.lang);
    // The country names' formatter (any code: the first name loads the language's region names).
    countryName('TR', this.language.lang);
  }

  /** Starts the download of the geometry `data` will need, from the data as given (before it is validated). */
  private loadGeometryOf(data: unknown): void {
    try {
      const pair = this.cityPair(data as TwinningDataset);
      if (pair) loadCountries(this.markersOf(data as TwinningDataset, ...pair)).catch(() => undefined);
    } catch {
      // Unusable data: validation reports it.
    }
  }

  /** The toolbar (its buttons disabled) and the map's frame at the height the map will take (see `viewport`). */
  protected override renderSkeleton(): unknown {
    // Before its translations are here, a bone of the toolbar's height in place of its labelled buttons.
    const toolbar = this.translated() ? this.renderToolbar(true) : html`<div class="bone toolbar-bone"></div>`;
    return html`<div class="map-frame">${toolbar}<div class="bone map-bone"></div></div>`;
  }

  protected override renderContent(dataset: TwinningDataset): unknown {
    const pair = this.cityPair(dataset);
    if (!pair) return html`<p class="notice" role="status">${msg('This dataset has no cities to show.', { id: 'map.no-cities' })}</p>`;
    const [a, b] = pair;
    const markers = this.markersOf(dataset, a, b);
    const lang = this.language.lang;
    const names = [a, b].map((c) => pickText(c.name, this.language.requested).text) as [string, string];
    const distance = formatKilometres(distanceKm(a.location, b.location), lang);
    const label = msg(str`Map of ${names[0]} and ${names[1]}`, { id: 'map.label' });
    const summary = msg(str`${names[0]} and ${names[1]} are about ${distance} apart, measured along the great circle.`, { id: 'map.summary' });
    if (isServer) return this.renderServerCopy(markers, a, b, label, summary, distance);
    const printing = this.print.printing;
    return html`<div class="map-frame">
      ${this.renderToolbar(false)}
      ${this.view === 'list' && !printing ? this.renderList(markers, summary) : this.renderMap(markers, a, b, label, summary, distance)}
      ${printing ? this.renderList(markers, summary) : nothing}
    </div>`;
  }

  /** The zoom, reset and list buttons; `idle` (in the skeleton) disables them, keeping their size. */
  private renderToolbar(idle: boolean): TemplateResult {
    return html`<div part="toolbar" class="toolbar" role="toolbar" aria-label=${msg('Map controls', { id: 'map.controls' })}>
      <button type="button" class="tool" aria-label=${msg('Zoom in', { id: 'map.zoom-in' })} ?disabled=${idle || this.view === 'list' || !this.zoomPan.canZoomIn} @click=${() => this.zoomPan.zoomIn()}>
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" class="tool" aria-label=${msg('Zoom out', { id: 'map.zoom-out' })} ?disabled=${idle || this.view === 'list' || !this.zoomPan.canZoomOut} @click=${() => this.zoomPan.zoomOut()}>
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" class="tool text" ?disabled=${idle || this.view === 'list' || this.zoomPan.isReset} @click=${() => this.zoomPan.reset()}>
        ${msg('Reset view', { id: 'map.reset' })}
      </button>
      <button type="button" class="tool text" aria-pressed=${this.view === 'list' ? 'true' : 'false'} ?disabled=${idle} @click=${() => this.toggleList()}>
        ${msg('List of places', { id: 'map.list' })}
      </button>
    </div>`;
  }

  /** The two cities to link: the agreement's parties, else the dataset's first two cities. */
  private cityPair(dataset: TwinningDataset): [City, City] | undefined {
    return cityPair(dataset, this.agreement);
  }

  private markersOf(dataset: TwinningDataset, a: City, b: City): Marker[] {
    return markersOf(dataset, a, b, this.language.requested);
  }

  /** Recomputed only when the map's size, its points or its geometry change: not on every zoom or pan step. */
  private draw(markers: Marker[], a: City, b: City, width: number, height: number): NonNullable<TwinCityMap['drawing']> {
    const key = `${width}x${height}|${markers.map((m) => `${m.id}:${m.lon},${m.lat}`).join(';')}`;
    if (this.drawing?.key === key && this.drawing.countries === this.countries) return this.drawing;
    const projection = fitProjection(a.location, b.location, markers, { width, height });
    const drawn = drawCountries((this.countries?.features ?? []) as Country[], projection, width, height);
    const land = drawn.map(({ id, d, rings }) => ({ id, d, rings }));
    const arc = arcPath(projection, a, b);
    const centroids = drawn.flatMap(({ id, centroid }) => (id && centroid ? [{ id, c: centroid }] : []));
    this.drawing = { key, countries: this.countries, projection, land, arc, centroids };
    return this.drawing;
  }

  private renderMap(markers: Marker[], a: City, b: City, label: string, summary: string, distance: string): TemplateResult {
    const { width, height } = this.viewport;
    // Data that comes with the element's first render finds no frame to measure: the frame is put on the page
    // empty, measured at once, and the map drawn once at its width, before anything is painted.
    this.drawingDeferred = !this.measured && !this.size.width;
    if (this.drawingDeferred) return html`<div class="viewport" ${cssProps({ 'block-size': `${height}px` })}></div>`;
    this.ensureCountries(markers);
    // The first drawing waits for the country shapes (they download beside the data): drawn without them, the map
    // would be drawn, measured and its labels laid out twice, and the land would appear under the markers after.
    if (!this.countries && this.countriesPending) return html`<div class="viewport bone" ${cssProps({ 'block-size': `${height}px` })}></div>`;
    const { projection, land, arc, centroids } = this.draw(markers, a, b, width, height);
    const z = this.zoomPan.zoom;
    const screen = (lon: number, lat: number): [number, number] => {
      const [x, y] = projection([lon, lat]) ?? [Number.NaN, Number.NaN];
      return [x * z.k + z.x, y * z.k + z.y];
    };
    const positions = this.markerPositions(markers, screen);
    const landmarks = landmarksInView(this.loadedDataset!, this.language.requested, screen, positions, { width, height });
    const along = geoInterpolate([a.location.lon, a.location.lat], [b.location.lon, b.location.lat]);
    const [mx, my] = screen(...along(0.5));
    const alternatives = DISTANCE_ALTERNATIVES.map((t) => screen(...along(t)).join(',')).join(' ');
    // Points along the great circle, which the other labels keep off where they can.
    const arcPoints = Array.from({ length: ARC_STEPS + 1 }, (_, i) => screen(...along(i / ARC_STEPS)).join(',')).join(' ');
    const lang = this.language.lang;
    const scale = scaleBar(projection, z.k, { width, height }, Math.min(140, width * 0.22));
    // The drawn width, for print, where the map shrinks to the paper and its scale bar with it (city-map.print.styles.ts).
    return html`<div class="viewport" ${cssProps({ 'block-size': `${height}px`, '--_drawn-width': String(width) })}
        @keydown=${this.onKeyDown}
        @wheel=${this.zoomPan.onWheel}
        @pointerdown=${this.zoomPan.onPointerDown}
        @pointermove=${this.zoomPan.onPointerMove}
        @pointerup=${this.zoomPan.onPointerUp}
        @pointercancel=${this.zoomPan.onPointerUp}>
      <svg part="map" class="map" width=${width} height=${height} viewBox="0 0 ${width} ${height}" direction="ltr"
        role="group" aria-roledescription=${msg('map', { id: 'map.roledescription' })} aria-label=${label} aria-describedby="map-summary map-keys" tabindex="0">
        <rect class="water" x="0" y="0" width=${width} height=${height}></rect>
        <g class="geo" transform="translate(${z.x} ${z.y}) scale(${z.k})" aria-hidden="true">
          ${land.map((l) => svg`<path class="land" data-country=${l.id ?? ''} d=${l.d}></path>`)}
          <path part="arc" class="arc" d=${arc}></path>
        </g>
        <g class="landmarks" aria-hidden="true">
          ${landmarks.map(
            (l) => svg`<g class="landmark" data-landmark=${l.id}><circle class="landmark-dot" cx=${l.x} cy=${l.y} r="2.5"></circle><g class="label landmark-label" data-label=${`landmark:${l.id}`} data-x=${l.x} data-y=${l.y} data-r="3" lang=${l.nameLang ?? nothing}><text>${isolate(l.name)}</text></g></g>`,
          )}
        </g>
        <g class="country-labels" aria-hidden="true">
          ${centroids.map(({ id, c }) => svg`<g class="country-label" data-label=${`country:${id}`} data-x=${c[0] * z.k + z.x} data-y=${c[1] * z.k + z.y}><text>${isolate(countryName(id, lang))}</text></g>`)}
        </g>
        ${positions.map((p) => (p.displaced ? svg`<g class="leader" aria-hidden="true"><line x1=${p.tx} y1=${p.ty} x2=${p.x} y2=${p.y}></line><circle class="anchor" data-anchor=${p.marker.id} cx=${p.tx} cy=${p.ty} r="2"></circle></g>` : nothing))}
        <g part="distance" class="distance" data-label="distance" data-x=${mx} data-y=${my} data-alternatives=${alternatives} data-arc=${arcPoints}><rect class="pill" rx="10"></rect><text>${isolate(distanceLabel(distance, width))}</text></g>
        ${positions.map((p) => this.renderMarker(p))}
      </svg>
      <p id="map-summary" class="visually-hidden">${summary}</p>
      <p id="map-keys" class="visually-hidden">${msg('Use plus and minus to zoom, the arrow keys to move the map and 0 to reset it.', { id: 'map.keys' })}</p>
      ${scale ? html`<div part="scale" class="scale" aria-hidden="true" ${cssProps({ '--_bar-width': String(Math.max(8, Math.round(scale.px))) })}><span class="scale-text">${formatKilometres(scale.km, lang)}</span>${scaleBarSvg(scale.px)}</div>` : nothing}
      ${this.renderPopup(positions)}
    </div>`;
  }

  /**
   * The server-rendered copy for readers without JavaScript (and search engines): the map as a still picture with
   * its labels, no controls, and the list of places under it (map-server-copy.ts, loaded only by the server
   * renderer: see `loadView`). The element replaces it when its script runs.
   */
  private renderServerCopy(markers: Marker[], a: City, b: City, label: string, summary: string, distance: string): TemplateResult {
    const { width, height } = this.viewport;
    this.ensureCountries(markers);
    const drawing = this.draw(markers, a, b, width, height);
    const screen = (lon: number, lat: number): [number, number] => drawing.projection([lon, lat]) ?? [Number.NaN, Number.NaN];
    const positions = this.markerPositions(markers, screen);
    return serverCopy!.renderMapServerCopy({
      a,
      b,
      label,
      distance,
      width,
      height,
      drawing,
      positions,
      landmarks: landmarksInView(this.loadedDataset!, this.language.requested, screen, positions, { width, height }),
      lang: this.language.lang,
      dir: this.language.dir,
      labelLines: (name) => this.labelLines(name),
      list: this.renderList(markers, summary),
    });
  }

  private markerPositions(markers: Marker[], screen: (lon: number, lat: number) => [number, number]): MarkerPosition[] {
    return markerPositions(markers, screen);
  }

  private renderMarker(p: { marker: Marker; x: number; y: number }): TemplateResult {
    const m = p.marker;
    const kind = m.kind === 'city' ? kindLabel('city') : kindLabel(m.place!.kind);
    const selected = this.selected === m.id;
    const r = m.kind === 'city' ? CITY_RADIUS : PLACE_RADIUS;
    return svg`<g part="marker" class="marker ${m.kind} ${selected ? 'selected' : ''}" role="button" tabindex="0"
        data-id=${m.id} data-x=${p.x} data-y=${p.y} transform="translate(${p.x} ${p.y})"
        aria-label=${`${m.name}${partSeparator(this.language.lang)}${kind}`} aria-haspopup="dialog" aria-expanded=${this.popup === m.id ? 'true' : 'false'} aria-current=${selected ? 'true' : 'false'}
        @click=${() => this.choose(m)} @keydown=${(e: KeyboardEvent) => this.onMarkerKey(e, m)}>
      <circle class="hit" r="16"></circle>
      ${m.kind === 'city' ? svg`<circle class="dot" r=${r}></circle>` : svg`<rect class="dot" x=${-r} y=${-r} width=${2 * r} height=${2 * r} transform="rotate(45)"></rect>`}
      <circle class="ring" r=${r + 4}></circle>
    </g>
    <g part="label" class="label ${m.kind}" data-label=${`marker:${m.id}`} data-x=${p.x} data-y=${p.y} data-r=${r}
      lang=${m.nameLang ?? nothing} aria-hidden="true">${this.labelLines(m.name).map((line) => svg`<text>${isolate(line)}</text>`)}</g>`;
  }

  private labelLines(full: string): string[] {
    return labelLines(full, this.viewport.width);
  }

  /** The popup of the chosen marker; `placePopupBox` puts it beside its marker once it can be measured. */
  private renderPopup(positions: MarkerPosition[]): unknown {
    const open = positions.find((p) => p.marker.id === this.popup);
    if (!open) return nothing;
    const m = open.marker;
    const description = m.place?.description;
    const url = m.place?.url ?? (m.kind === 'city' ? m.city.url : undefined);
    const kind = m.kind === 'city' ? kindLabel('city') : kindLabel(m.place!.kind);
    return html`<div part="popup" class="popup" role="dialog" aria-labelledby="popup-title" tabindex="-1"
      data-x=${open.x} data-y=${open.y} @keydown=${this.onPopupKey}>
      <div class="popup-head">
        <div id="popup-title" class="section-title">${this.renderText(m.place?.name ?? m.city.name)}</div>
        <button type="button" class="close" aria-label=${msg('Close', { id: 'map.close' })} @click=${() => this.closePopup()}>×</button>
      </div>
      <p class="muted">${kind}${m.kind === 'place' ? html` · ${this.renderText(m.city.name)}` : nothing}</p>
      ${description ? html`<p>${this.renderText(description)}</p>` : nothing}
      ${url && isSafeUrl(url) ? html`<p><a href=${url}>${msg('More information', { id: 'map.more' })}</a></p>` : nothing}
    </div>`;
  }

  private renderList(markers: Marker[], summary: string): TemplateResult {
    const lang = this.language.lang;
    return html`<div part="list" class="places">
      <p>${summary}</p>
      <table class="places-table">
        <caption class="visually-hidden">${msg('List of places', { id: 'map.list' })}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('Place', { id: 'map.place' })}</th>
            <th scope="col">${msg('Kind', { id: 'map.kind' })}</th>
            <th scope="col">${msg('City', { id: 'map.city' })}</th>
            <th scope="col">${msg('Coordinates', { id: 'map.coordinates' })}</th>
          </tr>
        </thead>
        <tbody>
          ${markers.map(
            (m) => html`<tr class=${this.selected === m.id ? 'selected' : ''}>
              <th scope="row"><bdi lang=${ifDefined(m.nameLang)}>${keepParentheses(m.name)}</bdi></th>
              <td>${m.kind === 'city' ? kindLabel('city') : kindLabel(m.place!.kind)}</td>
              <td>${this.renderText(m.city.name)}${partSeparator(lang)}${countryName(m.city.country, lang)}</td>
              <td><bdi>${formatCoordinates(m.lat, m.lon, lang)}</bdi></td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  // ——— interaction ———

  private choose(m: Marker): void {
    if (this.emit('twin-select', { kind: m.kind, id: m.id })) {
      this.selected = m.id;
      this.writeLink(m.id);
    }
    this.popup = m.id;
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('.popup')?.focus());
  }

  private closePopup(): void {
    const id = this.popup;
    this.popup = undefined;
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<SVGGElement>(`.marker[data-id="${CSS.escape(id ?? '')}"]`)?.focus());
  }

  private onMarkerKey(e: KeyboardEvent, m: Marker): void {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.choose(m);
    }
  }

  private onPopupKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.closePopup();
    }
  };

  private toggleList(): void {
    this.view = this.view === 'list' ? 'map' : 'list';
    this.popup = undefined;
  }

  private onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      if (this.popup) this.closePopup();
      return;
    }
    if (this.zoomPan.handleKey(e)) e.preventDefault();
  };

  // ——— geometry and labels ———

  private ensureCountries(markers: Marker[]): void {
    if (isServer) {
      // Server rendering cannot wait: the geometry is there if it was loaded before (see src/server/).
      this.countries = loadedCountries(markers);
      return;
    }
    const key = markers.map((m) => `${m.lon},${m.lat}`).join(';');
    if (this.countriesFor === key) return;
    this.countriesFor = key;
    const ready = loadedCountries(markers);
    if (ready) {
      this.countries = ready;
      return;
    }
    this.countriesPending = loadCountries(markers).then(
      (countries) => {
        if (this.countriesFor !== key) return;
        this.countries = countries;
        this.requestUpdate();
      },
      (e: unknown) => {
        console.error(`<${this.localName}>: the map's geometry could not be loaded`, e);
        // The map is drawn without its countries rather than not at all.
        if (this.countriesFor === key) this.countriesPending = undefined;
        this.requestUpdate();
      },
    );
  }

  /** Resolves once the map shows its data and its geometry. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.countriesPending) {
      const pending = this.countriesPending;
      await pending;
      if (this.countriesPending === pending) this.countriesPending = undefined;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.loadedDataset && (this.drawingDeferred || !this.size.width)) {
      // The data came with the first render (it loaded while the translations did), so there was no frame to
      // measure: measured now, and drawn at its width before the page is painted. Left to the ResizeObserver, the
      // drawing would come from inside its callback, which browsers report as an error.
      this.measureFrame();
      if (this.size.width || this.drawingDeferred) {
        this.requestUpdate();
        return;
      }
    }
    this.size.observe(this.shadowRoot?.querySelector('.map-frame'));
    if (!this.shadowRoot?.querySelector('svg.map')) return;
    // The labels are measured next, which lays the page out anyway: the asked height is read with them. A new one
    // is drawn at once, and the labels laid out after that drawing.
    if (this.readAskedHeight()) {
      this.requestUpdate();
      return;
    }
    this.layoutLabels();
    this.placePopupBox();
  }

  /**
   * Puts the open popup inside the frame beside its marker, not over it (map coordinates are physical: east is
   * right in every language, so it is placed by `left`). Measured here, after the render that made it.
   */
  private placePopupBox(): void {
    const popup = this.shadowRoot?.querySelector<HTMLElement>('.popup');
    if (!popup) return;
    const { width, height } = this.viewport;
    popup.style.maxBlockSize = '';
    const natural = { width: popup.offsetWidth, height: popup.offsetHeight };
    const box = placePopup({ x: Number(popup.dataset['x']), y: Number(popup.dataset['y']), r: HIT_RADIUS }, natural, { width, height });
    popup.style.left = `${Math.round(box.x)}px`;
    popup.style.top = `${Math.round(box.y)}px`;
    if (box.height < natural.height) popup.style.maxBlockSize = `${Math.floor(box.height)}px`;
  }

  /** Places the labels of the map as drawn (map-labels.ts). */
  private layoutLabels(): void {
    const svg = this.shadowRoot?.querySelector<SVGSVGElement>('svg.map');
    if (!svg) return;
    const { width, height } = this.viewport;
    this.labels.layout({ svg, scale: this.shadowRoot!.querySelector<HTMLElement>('.scale'), width, height, lang: this.language.lang, zoom: this.zoomPan.zoom, grid: this.borderGrid() });
  }

  /** The border grid of the current drawing, built once per drawing (after it is on the page, not while rendering). */
  private borderGrid(): BorderGrid | undefined {
    const drawing = this.drawing;
    if (!drawing) return undefined;
    if (!('grid' in drawing)) drawing.grid = BorderGrid.of(drawing.land, this.viewport.width, this.viewport.height);
    return drawing.grid;
  }
}

/** The widest the map is drawn for print, in CSS px: a column of A4 or Letter paper (about 17 cm). */
const PRINTED_MAP_WIDTH = 640;


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


/** A name whose parts in parentheses do not wrap inside: `Mevlana Museum` may wrap, `(Rumi's tomb)` stays whole. */
function keepParentheses(name: string): unknown[] {
  return name.split(/([(（][^)）]*[)）])/).map((part, i) => (i % 2 ? html`<span class="keep">${part}</span>` : part));
}

/** The localized name of a marker's kind. */
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

/** `38.55° N, 44.95° E` in the reader's digits and words. */
function formatCoordinates(lat: number, lon: number, lang: string): string {
  const n = (v: number) => formatNumber(Math.abs(v), lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const latText = lat >= 0 ? msg(str`${n(lat)}° N`, { id: 'coord.north' }) : msg(str`${n(lat)}° S`, { id: 'coord.south' });
  const lonText = lon >= 0 ? msg(str`${n(lon)}° E`, { id: 'coord.east' }) : msg(str`${n(lon)}° W`, { id: 'coord.west' });
  return `${latText}${partSeparator(lang)}${lonText}`;
}
