import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { TwinningDataset } from '../../data/schema.js';
import { countryName, formatKilometres } from '../../i18n/format.js';
import { msg } from '../../i18n/localize.js';
import { defaultDatasetGeometry, likelyPxPerDegree, loadCountries, loadGeometry } from '../../geo/geometry.js';
import type { TwinSelectDetail } from '../../shared/events.js';
import { GroupController, type GroupMember } from '../../shared/group.js';
import { PrintController } from '../../shared/print-controller.js';
import { ResizeController } from '../../shared/resize-controller.js';
import { lazyModule } from '../../shared/lazy-module.js';
import { forcedColors, shared, tokens } from '../../shared/styles.js';
import { TwinElement, type Loading } from '../../shared/twin-element.js';
import { yieldToMain } from '../../shared/yield-to-main.js';
import { HIT_RADIUS, cityPair, mapHeight, markersOf, type Marker } from './map-model.js';
import { isOnMap, MapDeepLink } from './map-deep-link.js';
import { MapGeometry } from './map-geometry.js';
import { renderMapToolbar, toolbarFocusIn, toolbarKeyDown, TOOLS, type MapToolbarActions, type Tool } from './map-toolbar.js';
import { cityMapStyles } from './city-map.styles.js';
import { ZoomPanController } from './zoom-pan-controller.js';
import type { CityMapContext, MapContent, MapDrawing, MapLabels } from './map-view.js';
// The events' details, for the JSX types (dist/jsx.d.ts imports them from each element's module).
export type { TwinErrorDetail, TwinLoadDetail, TwinSelectDetail } from '../../shared/events.js';

/**
 * The map's view, with the projection, drawing and label code (map-view.ts): loaded beside the data (see
 * `loadView`), so that a page downloads none of it before its map is near the viewport.
 */
const view = lazyModule(() => import('./map-view.js'));
/** How far a pointer may move between down and up and still be a tap, in px. */
const TAP_SLOP = 6;

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
 * @event {CustomEvent<TwinSelectDetail>} twin-select - A city or place was chosen; `detail` is `{kind: 'city' | 'place', id}`. Cancel it to keep the selection.
 * @event {CustomEvent<TwinLoadDetail>} twin-load - The dataset loaded, validated and shown; `detail` is the dataset. Not while an error is shown in its place (`unknown-agreement`): it follows once the error is gone.
 * @event {CustomEvent<TwinErrorDetail>} twin-error - The dataset could not be loaded or is invalid; `detail` is `{code, message, issues}`.
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
  /** The country shapes drawn (map-geometry.ts). */
  private readonly geometry = new MapGeometry(this);

  private readonly size = new ResizeController(this);
  /** On paper the map prints with its list of places under it, whichever the reader had on screen. */
  private readonly print = new PrintController(this);
  /** Deep links: the page's address selects a city or place, and a choice on the map is written there. */
  private readonly link = new MapDeepLink(this, () => this.deepLink);
  /**
   * `--twin-map-height` as last read (NaN when it is not set). Read only where the page has just been laid out, not
   * while rendering: with changes pending, reading a style lays the whole page out (Chromium does, since styles here
   * depend on container queries), and a render that read it would do so once for every element rendered before.
   */
  private askedHeight = Number.NaN;
  /** Whether the frame has been measured since it first appeared (its width is 0 in a hidden part of the page). */
  private measured = false;
  /** Zoom and pan (buttons, keys, Ctrl/⌘ + wheel, pinch, drag). */
  private readonly zoomPan = new ZoomPanController(this, () => this.viewport, () => this.shadowRoot?.querySelector('svg.map'));
  /** The projection and everything drawn from it, kept while the size, the points and the geometry stay. */
  private drawing: MapDrawing | undefined;
  /** What the next render shows, worked out before it (`willUpdate`): render only turns it into a template. */
  private content: MapContent | undefined;
  /** The labels' measures and layout (map-labels.ts), once the view code is here. */
  private labels: MapLabels | undefined;

  /** The toolbar button that holds its one tab stop (not reactive: a focus moves it in place, see map-toolbar.ts). */
  private toolbarTabStop: Tool = TOOLS[0];

  private readonly toolbarActions: MapToolbarActions = {
    zoomIn: () => this.zoomPan.zoomIn(),
    zoomOut: () => this.zoomPan.zoomOut(),
    reset: () => this.zoomPan.reset(),
    toggleList: () => this.toggleList(),
    keyDown: (e) => toolbarKeyDown(e, this.language.dir === 'rtl'),
    focusIn: (e) => {
      this.toolbarTabStop = toolbarFocusIn(e) ?? this.toolbarTabStop;
    },
  };

  /** The map's own listeners (stable, so that a render does not set them again). */
  private readonly surface: CityMapContext['surface'] = {
    onKeyDown: (e) => {
      if (e.key === 'Escape') {
        // Pressed outside the popup (the popup handles its own): on a marker or the map, where the focus stays.
        if (this.popup) this.closePopup(false);
        return;
      }
      if (this.zoomPan.handleKey(e)) e.preventDefault();
    },
    onWheel: this.zoomPan.onWheel,
    onPointerDown: (e) => {
      // A tap on the map itself (not a marker, the popup or a button) closes the popup, as on other web maps; a second
      // pointer makes it a pinch.
      const onMap = !(e.target as Element).closest('.marker, .popup, button');
      this.tap = this.pointersDown.size === 0 && onMap ? { id: e.pointerId, x: e.clientX, y: e.clientY } : undefined;
      this.pointersDown.add(e.pointerId);
      this.zoomPan.onPointerDown(e);
    },
    onPointerMove: this.zoomPan.onPointerMove,
    onPointerUp: (e) => {
      this.zoomPan.onPointerUp(e);
      this.pointersDown.delete(e.pointerId);
      const tap = this.tap;
      if (tap?.id !== e.pointerId) return;
      this.tap = undefined;
      // A tap, not the end of a drag; the focus stays where it is.
      if (e.type === 'pointerup' && Math.hypot(e.clientX - tap.x, e.clientY - tap.y) < TAP_SLOP && this.popup) this.closePopup(false);
    },
  };

  /** The pointers down on the map, and the one that may be a tap on the map itself (see `surface.onPointerDown`). */
  private readonly pointersDown = new Set<number>();
  private tap: { id: number; x: number; y: number } | undefined;

  constructor() {
    super();
    this.view = 'map';
    new GroupController(this);
  }

  /** From another member of the group: a place or city is highlighted; an event highlights its first place. */
  followSelection(detail: TwinSelectDetail): void {
    const dataset = this.loadedDataset;
    if (!dataset) return;
    if (detail.kind === 'place' || detail.kind === 'city') {
      if (isOnMap(dataset, detail.id)) this.selected = detail.id;
    } else if (detail.kind === 'event') {
      const event = dataset.events.find((e) => e.id === detail.id);
      this.selected = event?.places.find((id) => isOnMap(dataset, id));
      this.popup = undefined;
      // The event's own key says it now: an older place of the map's would take precedence on the next visit.
      this.link.write(undefined);
    }
  }

  /**
   * The map's view code, beside the data (and, on the server only, the code of the static copy: the server renderer
   * loads each element's view before it renders).
   */
  static override loadView(): Promise<void> | undefined {
    const loading = view.load();
    // The import inside the branch: a bundler that knows `isServer` is false (Lit's browser build) drops it whole.
    if (isServer && !serverCopy) {
      const copy = import('./map-server-copy.js').then((m) => {
        serverCopy = m;
      });
      return Promise.all([loading, copy]).then(() => undefined);
    }
    return loading;
  }

  /**
   * Also downloads the country shapes of the region around Anatolia, the Caucasus and Iran (the embedded dataset's),
   * at the scale a map in a window of this width likely needs (the finer one in a window wider than about 770 px).
   */
  static override async preload(): Promise<void> {
    await Promise.all([super.preload(), loadGeometry(defaultDatasetGeometry())]);
  }

  /**
   * Before each render, what it shows: the map's content at the frame's width (measured before the first layout of
   * the map) and the zoom; the country shapes start to download here when they are not here yet.
   */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const linked = this.loadedDataset && this.link.follow(this.loadedDataset);
    if (linked) {
      this.selected = linked;
      this.popup = undefined;
    }
    if (!this.size.width) this.measureFrame();
    this.content = this.contentOf(this.loadedDataset);
  }

  /** What the map shows of `dataset` (undefined without a dataset, its view code, or two cities to link). */
  private contentOf(dataset: TwinningDataset | undefined): MapContent | undefined {
    const code = view.module;
    const pair = dataset && code ? cityPair(dataset, this.agreement) : undefined;
    if (!dataset || !code || !pair) return undefined;
    const [a, b] = pair;
    const markers = markersOf(dataset, a, b, this.language.requested);
    const { width, height } = this.viewport;
    const shown = (map: MapContent['map']): MapContent => ({ a, b, markers, height, map });
    if (!isServer && this.view === 'list' && !this.print.printing) return shown(undefined);
    // Data that comes with the element's first render finds no frame to measure (see `updated`).
    if (!isServer && !this.measured && !this.size.width) return shown('measuring');
    // The region's finer shapes for a map drawn large (wide, or zoomed in): see `geometryFor`.
    this.geometry.ensure(markers, code.pixelsPerDegree(this.drawing, markers, a, b, { width, height }) * this.zoomPan.zoom.k);
    // The first drawing waits for the country shapes (they download beside the data): drawn without them, the map
    // would be drawn, measured and its labels laid out twice, and the land would appear under the markers after.
    if (this.geometry.waiting) return shown('waiting');
    this.drawing = code.drawMap(this.drawing, markers, a, b, this.geometry.countries, { width, height });
    return shown(code.mapScene(this.drawing, a, b, markers, dataset, this.language.requested, this.zoomPan.zoom));
  }

  /**
   * Draws the countries of `dataset`'s map in a task before its first render, when the frame is measured and the
   * shapes are here, with what its labels keep clear of (the border lines): the render then finds the drawing made
   * (`drawMap` keeps it while the size, the points and the shapes stay, `borderGridOf` its border lines), and its
   * task is shorter by their time.
   */
  protected override async prepareFirstRender(dataset: TwinningDataset): Promise<void> {
    await yieldToMain();
    // What the render would work out: it draws (kept in `drawing`) only where the render would.
    const map = this.contentOf(dataset)?.map;
    if (typeof map === 'object') view.module?.borderGridOf(map.drawing);
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
  protected override startDownloads(): void {
    const kind = this.datasetController.sourceKind;
    if (kind === 'property') this.loadGeometryOf(this.data);
    // The embedded dataset's geometry is known: it downloads beside the dataset rather than after it (at the scale
    // the map's width, when known, or the window's suggests).
    else if (kind === 'default') loadGeometry(defaultDatasetGeometry(this.nearViewport.width)).catch(() => undefined);
  }

  /** The formatters of the distance and of the country names, made while the data downloads, each in a task of its own. */
  protected override prepareWhileLoading(): void {
    super.prepareWhileLoading();
    const { lang } = this.language;
    this.prepareLater(
      () => formatKilometres(0, lang),
      // The country names' formatter (any code: the first name loads the language's region names).
      () => countryName('TR', lang),
    );
  }

  /** Starts the download of the geometry `data` will need, from the data as given (before it is validated). */
  private loadGeometryOf(data: unknown): void {
    try {
      const pair = cityPair(data as TwinningDataset, this.agreement);
      if (pair) loadCountries(markersOf(data as TwinningDataset, ...pair, this.language.requested), likelyPxPerDegree(this.nearViewport.width)).catch(() => undefined);
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

  protected override renderContent(): unknown {
    const content = this.content;
    if (!content) return html`<p class="notice" role="status">${msg('This dataset has no cities to show.', { id: 'map.no-cities' })}</p>`;
    if (isServer) {
      // The copy for readers without JavaScript (and search engines): a still picture of the map with its labels, no
      // controls, and the list of places under it. The element replaces it when its script runs.
      const { map } = content;
      return typeof map === 'object' && this.loadedDataset
        ? serverCopy!.renderCityMapCopy({ ...this.viewContext, dir: this.language.dir, selected: this.selected }, { ...content, map }, this.loadedDataset)
        : nothing;
    }
    return view.module!.renderCityMap(
      {
        ...this.viewContext,
        selected: this.selected,
        popup: this.popup,
        printing: this.print.printing,
        toolbar: this.renderToolbar(false),
        surface: this.surface,
        choose: (m) => this.choose(m),
        closePopup: () => this.closePopup(),
        reveal: (x, y) => this.reveal(x, y),
      },
      content,
    );
  }

  /** The zoom, reset and list buttons; `idle` (in the skeleton) disables them, keeping their size. */
  private renderToolbar(idle: boolean): TemplateResult {
    const { canZoomIn, canZoomOut, isReset } = this.zoomPan;
    return renderMapToolbar({ idle, list: this.view === 'list', canZoomIn, canZoomOut, isReset, tabStop: this.toolbarTabStop }, this.toolbarActions);
  }

  // ——— interaction ———

  private choose(m: Marker): void {
    if (this.emit('twin-select', { kind: m.kind, id: m.id })) {
      this.selected = m.id;
      this.link.write(m.id);
    }
    this.popup = m.id;
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('.popup')?.focus());
  }

  /**
   * A marker zoomed or panned out of view that takes the focus (Tab goes through every marker) is brought to the
   * middle of the map, so that the reader sees what is focused; one in view, within its hit area of the edge, stays.
   */
  private reveal(x: number, y: number): void {
    const { width, height } = this.viewport;
    const m = HIT_RADIUS;
    if (x >= m && x <= width - m && y >= m && y <= height - m) return;
    this.zoomPan.panBy(width / 2 - x, height / 2 - y);
  }

  /**
   * Closes the popup and, with `returnFocus` (its close button, Escape pressed inside it), focuses its marker. Escape
   * pressed on another marker leaves the focus there.
   */
  private closePopup(returnFocus = true): void {
    const id = this.popup;
    this.popup = undefined;
    if (!returnFocus) return;
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<SVGGElement>(`.marker[data-id="${CSS.escape(id ?? '')}"]`)?.focus());
  }

  private toggleList(): void {
    this.view = this.view === 'list' ? 'map' : 'list';
    this.popup = undefined;
  }

  // ——— after each render ———

  /** Resolves once the map shows its data and its geometry. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (await this.geometry.settle()) result = await super.getUpdateComplete();
    return result;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const map = this.content?.map;
    if (this.loadedDataset && (map === 'measuring' || !this.size.width)) {
      // The data came with the first render (it loaded while the translations did), so there was no frame to
      // measure: measured now, and drawn at its width before the page is painted. Left to the ResizeObserver, the
      // drawing would come from inside its callback, which browsers report as an error.
      this.measureFrame();
      if (this.size.width || map === 'measuring') {
        this.requestUpdate();
        return;
      }
    }
    this.size.observe(this.shadowRoot?.querySelector('.map-frame'));
    const svg = this.shadowRoot?.querySelector<SVGSVGElement>('svg.map');
    const code = view.module;
    if (!svg || !code || typeof map !== 'object') return;
    // The labels are measured next, which lays the page out anyway: the asked height is read with them. A new one
    // is drawn at once, and the labels laid out after that drawing.
    if (this.readAskedHeight()) {
      this.requestUpdate();
      return;
    }
    // The labels of the map as drawn (map-labels.ts), then the open popup beside its marker.
    this.labels ??= new code.MapLabels();
    this.labels.layout({ svg, scale: this.shadowRoot!.querySelector<HTMLElement>('.scale'), scene: map, lang: this.language.lang, grid: code.borderGridOf(map.drawing) });
    code.placePopupBox(this.shadowRoot!, this.viewport);
  }
}

/** The widest the map is drawn for print, in CSS px: a column of A4 or Letter paper (about 17 cm). */
const PRINTED_MAP_WIDTH = 640;
