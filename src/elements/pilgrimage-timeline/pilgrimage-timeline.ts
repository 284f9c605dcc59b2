import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { City, TwinningDataset } from '../../data/schema.js';
import { isSafeUrl } from '../../data/safe-url.js';
import { displayDate, formatYearsLater, prepareDateFormatters, type DateDisplay } from '../../i18n/dates.js';
import { formatList, formatNumber, partSeparator, pluralCategory } from '../../i18n/format.js';
import { msg, renderInLocale, str } from '../../i18n/localize.js';
import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { pickText } from '../../i18n/text.js';
import type { UiLocale } from '../../i18n/language.js';
import { headingLevel } from '../../shared/agreement.js';
import type { TwinSelectDetail } from '../../shared/events.js';
import { GroupController, type GroupMember } from '../../shared/group.js';
import { cssProps } from '../../shared/css-props.js';
import { forcedColors, shared, tokens } from '../../shared/styles.js';
import { TwinElement, type Loading } from '../../shared/twin-element.js';
import { entryMarks, filterEntries, proportionalGap, timelineEntries, type EntryMarks, type TimelineEntry } from './timeline-model.js';
import { pilgrimageTimelineStyles } from './pilgrimage-timeline.styles.js';
import { renderFilters, renderSteps } from './timeline-view.js';

export type TimelineLayout = 'vertical' | 'horizontal' | 'auto';
export type TimelineSpacing = 'even' | 'proportional';

/** Containers at least this wide show an `auto` timeline horizontally. */
const HORIZONTAL_FROM_PX = 1000;
/**
 * Longer vertical timelines render only the events near the viewport (@lit-labs/virtualizer), so 10,000 events
 * show as fast as a hundred; the arrow keys, Home and End still reach every event.
 */
const WINDOW_FROM = 150;
/** How many frames a key move to an event outside the window waits for the virtualizer to render it. */
const MAX_FRAMES_TO_REVEAL = 240;

/**
 * The virtualizer changes the page from inside its ResizeObserver callbacks, which makes every browser report
 * "ResizeObserver loop completed with undelivered notifications" as an error on the host page. Its observers
 * here deliver a frame later instead. The virtualizer takes its ResizeObserver class from a module variable when
 * it creates its observers (while this element updates or reconnects), so the class is swapped in around exactly
 * those calls and the browser's own put back at once: nothing changes for anyone else using the virtualizer.
 */
let NextFrameResizeObserver: typeof ResizeObserver | undefined;

/** Made on first use: a module that extends ResizeObserver at load time could not be imported for server rendering. */
function nextFrameResizeObserver(): typeof ResizeObserver {
  NextFrameResizeObserver ??= class extends ResizeObserver {
    constructor(callback: ResizeObserverCallback) {
      super((entries, observer) => requestAnimationFrame(() => callback(entries, observer)));
    }
  };
  return NextFrameResizeObserver;
}

function withQuietObservers<T>(run: () => T): T {
  if (!windowing) return run();
  windowing.provideResizeObserver(nextFrameResizeObserver());
  try {
    return run();
  } finally {
    windowing.provideResizeObserver(window.ResizeObserver);
  }
}

/** The virtualizer, loaded the first time a timeline is long enough to need it (most never are). */
type Windowing = typeof import('@lit-labs/virtualizer/virtualize.js') &
  typeof import('@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js') & { layout: ReturnType<typeof import('@lit-labs/virtualizer/layouts/flow.js').flow> };
let windowing: Windowing | undefined;
let loadingWindowing: Promise<Windowing> | undefined;

function loadWindowing(): Promise<Windowing> {
  // The layout is loaded with the virtualizer and handed to it: left to itself, the virtualizer downloads its
  // default layout only once it starts, one more round trip before the list can show.
  loadingWindowing ??= Promise.all([
    import('@lit-labs/virtualizer/virtualize.js'),
    import('@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js'),
    import('@lit-labs/virtualizer/layouts/flow.js'),
  ]).then(([v, r, f]) => (windowing = { ...v, ...r, layout: f.flow({}) }));
  return loadingWindowing;
}

/** While the virtualizer loads, a long timeline shows its first events. */
const FIRST_EVENTS = 40;

/**
 * From the lives of Shams Tabrizi and Rumi in the 13th century to the 2025 Khoy–Konya memorandum: dated events in
 * time order, each in the reader's calendar with a second calendar beside it, approximate and uncertain dates said
 * in words, and a visible break in the axis where centuries pass with nothing in between; the dataset's eras as
 * headings. Vertical (one column of cards beside a time line, the dates in a gutter before it when wide) or
 * horizontal (the axis runs in the reading direction: right to left in Persian).
 * One tab stop; the arrow keys move between events, Home and End go to the ends, Enter opens an event's details.
 * Filters by kind and city in labelled groups (one button opens them where narrow); `from`/`to` limit the years. Elements sharing a `group` follow each other's selection.
 *
 * @tagname twin-pilgrimage-timeline
 * @summary The history of a twinning, in every reader's calendar.
 *
 * @csspart base - The outer frame.
 * @csspart filters - The filters: their button and the labelled groups of chips.
 * @csspart chip - One filter chip.
 * @csspart events - The ordered list of events.
 * @csspart event - One event.
 * @csspart date - An event's date.
 * @csspart title - An event's title.
 * @csspart era - The heading of an era, before its first event.
 * @csspart gap - The break shown where many years pass.
 * @csspart steps - The previous and next buttons of the horizontal layout.
 * @csspart image - An event's picture.
 * @csspart error - The error message shown when the data cannot be used.
 *
 * @cssproperty --twin-color-accent - The time line and the selected event.
 * @cssproperty --twin-timeline-card-width - Width of an event in the horizontal layout (default 17em).
 *
 * @event twin-select - An event was chosen; `detail` is `{kind: 'event', id}`. Cancel it to keep the selection.
 * @event twin-load - The dataset loaded and validated; `detail` is the dataset.
 * @event twin-error - The dataset could not be loaded or is invalid; `detail` is `{code, message, issues}`.
 */
export class TwinPilgrimageTimeline extends TwinElement implements GroupMember {
  static override styles = [tokens, shared, pilgrimageTimelineStyles, forcedColors];
  static override readonly defaultLoading: Loading = 'lazy';

  static override properties: PropertyDeclarations = {
    ...TwinElement.properties,
    layout: { type: String, reflect: true },
    spacing: { type: String, reflect: true },
    kinds: { type: String },
    cities: { type: String },
    from: { type: Number },
    to: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    selected: { type: String, reflect: true },
    group: { type: String, reflect: true },
    expanded: { state: true, attribute: false },
    filtersOpen: { state: true, attribute: false },
    width: { state: true, attribute: false },
  };

  /** `vertical` (default), `horizontal`, or `auto` (horizontal in containers at least 1000 px wide). */
  declare layout: TimelineLayout;
  /** `even` (default) or `proportional`: space between events grows with the time between them, compressed. */
  declare spacing: TimelineSpacing;
  /** Event kinds to show, space-separated (default: all); the kind chips change it. */
  declare kinds: string | undefined;
  /** City ids whose events to show, space-separated (default: all); the city chips change it. */
  declare cities: string | undefined;
  /** The first year shown (proleptic Gregorian). */
  declare from: number | undefined;
  /** The last year shown. */
  declare to: number | undefined;
  /** The level of the events' headings, 1 to 6 (default 3). */
  declare headingLevel: number;
  /** The id of the selected event; set it to select one from outside. */
  declare selected: string | undefined;
  /** Elements with the same `group` follow each other's selection (e.g. a timeline and a map). */
  declare group: string | undefined;

  /**
   * The event that holds the roving tab stop. Not reactive: a focus move changes two `tabindex` attributes in place
   * (`moveTabStop`) instead of rendering the timeline again; renders read it.
   */
  private active: string | undefined;
  declare private expanded: ReadonlySet<string>;
  /** Whether the filters are open where the timeline is narrow (a disclosure button shows and hides them). */
  declare private filtersOpen: boolean;
  declare private width: number;

  private entries: TimelineEntry[] = [];
  private entriesOf: TwinningDataset | undefined;
  /** The entries on screen after filtering, in order (for the keyboard). */
  private shown: TimelineEntry[] = [];
  private filtered: { all: TimelineEntry[]; key: string; entries: TimelineEntry[]; marks: EntryMarks[] } | undefined;
  private resizeObserver: ResizeObserver | undefined;

  constructor() {
    super();
    this.layout = 'vertical';
    this.spacing = 'even';
    this.headingLevel = 3;
    this.expanded = new Set();
    this.filtersOpen = false;
    this.width = 0;
    new GroupController(this);
  }

  override connectedCallback(): void {
    withQuietObservers(() => super.connectedCallback());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  protected override update(changed: PropertyValues): void {
    this.prepareView();
    withQuietObservers(() => super.update(changed));
  }

  /**
   * What the render reads, computed before it (render sets nothing): the entries on screen, and the one that holds
   * the tab stop (the active one if still shown, else the selected one, else the first).
   */
  private prepareView(): void {
    const dataset = this.loadedDataset;
    if (!dataset) return;
    const entries = this.visibleEntries(dataset);
    this.shown = entries;
    this.active = (entries.find((e) => e.event.id === this.active) ?? entries.find((e) => e.event.id === this.selected) ?? entries[0])?.event.id;
  }

  /**
   * The virtualizer looks for its scrolling ancestors when it starts, which Lit does before the new list is in the
   * page: it would only follow the window's scroll. Once the list is in place, it is started again so that it also
   * follows a scrolling container the site put the timeline in.
   */
  private startedVirtualizer: unknown;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const virtualizer = windowing && this.shadowRoot?.querySelector<VirtualizerHostElement & HTMLElement>('ol.windowed')?.[windowing.virtualizerRef];
    if (virtualizer && virtualizer !== this.startedVirtualizer) {
      this.startedVirtualizer = virtualizer;
      withQuietObservers(() => {
        virtualizer.disconnected();
        virtualizer.connected();
      });
    }
  }

  /** The width matters only to `layout="auto"`: only then is it observed. */
  private watchWidth(): void {
    if (this.layout !== 'auto') {
      this.resizeObserver?.disconnect();
      this.resizeObserver = undefined;
      return;
    }
    if (this.resizeObserver) return;
    this.resizeObserver = new ResizeObserver(([entry]) => {
      const width = Math.round(entry!.contentRect.width);
      if (width !== this.width) this.width = width;
    });
    this.resizeObserver.observe(this);
  }

  private get horizontal(): boolean {
    return this.layout === 'horizontal' || (this.layout === 'auto' && this.width >= HORIZONTAL_FROM_PX);
  }

  private allEntries(dataset: TwinningDataset): TimelineEntry[] {
    if (this.entriesOf !== dataset) {
      this.entries = timelineEntries(dataset);
      this.entriesOf = dataset;
    }
    return this.entries;
  }

  private static set(value: string | undefined): Set<string> {
    return new Set((value ?? '').split(/[\s,]+/).filter(Boolean));
  }

  /** The filtered entries; the same array until the data or a filter changes (the virtualizer relies on it). */
  private visibleEntries(dataset: TwinningDataset): TimelineEntry[] {
    const finite = (n: number | undefined) => (n !== undefined && Number.isFinite(n) ? n : undefined);
    const all = this.allEntries(dataset);
    const key = JSON.stringify([this.kinds, this.cities, finite(this.from), finite(this.to)]);
    if (this.filtered?.all !== all || this.filtered.key !== key) {
      const entries = filterEntries(all, {
        kinds: TwinPilgrimageTimeline.set(this.kinds),
        cities: TwinPilgrimageTimeline.set(this.cities),
        from: finite(this.from),
        to: finite(this.to),
      });
      this.filtered = { all, key, entries, marks: entryMarks(entries, dataset.eras) };
    }
    return this.filtered.entries;
  }

  /** The era headings and axis breaks before each visible entry (same indices as `visibleEntries`). */
  private visibleMarks(dataset: TwinningDataset): readonly EntryMarks[] {
    this.visibleEntries(dataset);
    return this.filtered!.marks;
  }

  protected override prepareWhileLoading(): void {
    // A timeline long enough to need the virtualizer gets it downloaded beside the data, not after it.
    const events = this.datasetController.sourceKind === 'property' ? (this.data as { events?: unknown } | null)?.events : undefined;
    if (!isServer && !this.horizontal && Array.isArray(events) && events.length >= WINDOW_FROM) {
      loadWindowing().catch(() => {
        // The render that needs it reports the failure.
      });
    }
    super.prepareWhileLoading();
    prepareDateFormatters(this.language.lang, this.primaryCalendar, this.secondaryCalendarInUse);
  }

  /** The filters' row and the first events. */
  protected override renderSkeleton(): unknown {
    return html`<div class="bone short"></div>
      ${[0, 1, 2].map(() => html`<div class="bone event-bone"></div>`)}`;
  }

  protected override renderContent(dataset: TwinningDataset): unknown {
    const all = this.allEntries(dataset);
    const entries = this.visibleEntries(dataset);
    // A server-rendered copy holds every event (a page without script cannot window).
    const windowed = !isServer && !this.horizontal && entries.length >= WINDOW_FROM;
    const locale = this.language.locale;
    // The virtualizer calls this later too (on scrolling): the tab stop is read then, not now.
    const marks = this.visibleMarks(dataset);
    const item = (entry: TimelineEntry, i: number) =>
      this.renderEntry(dataset, entry, entries[i - 1], marks[i] ?? { breakYears: 0 }, entry.event.id === this.active, i, entries.length);
    const n = entries.length;
    const shownCount = formatNumber(n, this.language.lang);
    const count =
      pluralCategory(n, this.language.lang) === 'one'
        ? msg(str`${shownCount} event`, { id: 'timeline.count.one' })
        : msg(str`${shownCount} events`, { id: 'timeline.count.other' });
    // The server-rendered copy (for readers without JavaScript) leaves out what only script can work: the filters,
    // the keyboard help and the Details buttons (its details are open).
    // The filters' button and the horizontal axis's steps share one row where narrow.
    return html`${isServer
        ? nothing
        : html`<div class="toolbar">${this.renderFilters(dataset, all)}${n && this.horizontal ? renderSteps(this.language.dir === 'rtl', (d) => this.step(d)) : nothing}</div>`}
      <p class="count muted" role="status">${count}</p>
      ${n
        ? html`<ol
            id="events"
            part="events"
            class="events ${this.horizontal ? 'horizontal' : 'vertical'} ${this.spacing === 'proportional' ? 'proportional' : ''} ${windowed ? 'windowed' : ''}"
            aria-label=${msg('Timeline', { id: 'timeline.label' })}
            aria-describedby="timeline-keys"
            @keydown=${this.onKeyDown}
          >
            ${windowed ? this.renderWindow(entries, locale, item) : entries.map(item)}
          </ol>`
        : html`<p class="notice">${msg('No events match the filters.', { id: 'timeline.empty' })}</p>`}
      ${isServer
        ? nothing
        : html`<p id="timeline-keys" class="visually-hidden">
        ${msg('Use the arrow keys to move between events, Home and End to go to the first and the last, and Enter to open one.', { id: 'timeline.keys' })}
      </p>`}`;
  }

  private renderWindow(entries: TimelineEntry[], locale: UiLocale, item: (entry: TimelineEntry, i: number) => TemplateResult): unknown {
    if (!windowing) {
      void loadWindowing().then(
        () => {
          // The virtualizer replaces the first events: a reader who has moved into them keeps the focus there.
          const hadFocus = !!this.shadowRoot?.activeElement?.closest('li[data-index]');
          this.requestUpdate();
          if (hadFocus) void this.refocusAfterHandover();
        },
        (e: unknown) => console.error(`<${this.localName}>: the virtualizer could not be loaded`, e),
      );
      return entries.slice(0, FIRST_EVENTS).map(item);
    }
    return windowing.virtualize({
      items: entries,
      layout: windowing.layout,
      keyFunction: (entry: TimelineEntry) => entry.event.id,
      // The virtualizer renders items after render() returns: they need the element's locale set again.
      renderItem: (entry: TimelineEntry, i: number) => renderInLocale(locale, () => item(entry, i)),
    });
  }

  /** Scrolls the horizontal axis by most of its width, later (1) or earlier (-1) in time. */
  private step(direction: 1 | -1): void {
    const list = this.shadowRoot?.querySelector<HTMLElement>('ol.horizontal');
    if (!list) return;
    const amount = Math.max(list.clientWidth * 0.8, 1) * direction * (this.language.dir === 'rtl' ? -1 : 1);
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    list.scrollBy({ left: amount, behavior: still ? 'auto' : 'smooth' });
  }

  private renderFilters(dataset: TwinningDataset, entries: readonly TimelineEntry[]): TemplateResult {
    const cityIds = [...new Set(entries.flatMap((e) => e.cities))];
    const cities = cityIds.map((id) => dataset.cities.find((c) => c.id === id)).filter((c): c is City => c !== undefined);
    return renderFilters({
      kinds: [...new Set(entries.map((e) => e.event.kind))],
      cities: cities.map((c) => ({ id: c.id, name: this.renderText(c.name) })),
      chosenKinds: TwinPilgrimageTimeline.set(this.kinds),
      chosenCities: TwinPilgrimageTimeline.set(this.cities),
      open: this.filtersOpen,
      lang: this.language.lang,
      onOpen: () => (this.filtersOpen = !this.filtersOpen),
      onKinds: (kinds) => (this.kinds = kinds),
      onCities: (cities) => (this.cities = cities),
    });
  }

  /**
   * An entry's date as shown, formatted once per language and calendars: the timeline renders its entries again
   * whenever the focus or the selection moves, and formatting dates is most of that work.
   */
  private dateOf(entry: TimelineEntry, lang: string): DateDisplay {
    const key = `${lang}|${this.primaryCalendar}|${this.secondaryCalendarInUse ?? ''}`;
    const known = this.shownDates.get(entry);
    if (known?.key === key) return known.shown;
    const shown = displayDate(entry.date, lang, this.primaryCalendar, this.secondaryCalendarInUse);
    this.shownDates.set(entry, { key, shown });
    return shown;
  }

  private readonly shownDates = new WeakMap<TimelineEntry, { key: string; shown: DateDisplay }>();

  private renderEntry(
    dataset: TwinningDataset,
    entry: TimelineEntry,
    previous: TimelineEntry | undefined,
    marks: EntryMarks,
    tabStop: boolean,
    index: number,
    total: number,
  ): TemplateResult {
    const { event } = entry;
    const lang = this.language.lang;
    const shown = this.dateOf(entry, lang);
    const level = headingLevel(this.headingLevel, 3);
    const titleId = `title-${event.id}`;
    const expanded = isServer || this.expanded.has(event.id);
    const selected = this.selected === event.id;
    const where = this.placeNames(dataset, event.places);
    const people = event.people.map((id) => dataset.people.find((p) => p.id === id)).filter((p) => p !== undefined);
    const sources = event.sources.map((id) => dataset.sources.find((s) => s.id === id)).filter((s) => s !== undefined);
    const hasDetails = !!shown.western || !!event.description || people.length > 0 || sources.length > 0;
    const gap = this.spacing === 'proportional' ? proportionalGap(previous, entry) : 0;
    return html`<li
      class="entry ${selected ? 'selected' : ''} ${marks.era ? 'opens-era' : ''} ${marks.breakYears ? 'after-break' : ''}"
      data-id=${event.id}
      data-index=${index}
      aria-posinset=${index + 1}
      aria-setsize=${total}
      ${cssProps({ '--gap': gap ? `${gap.toFixed(2)}em` : undefined })}
    >
      ${marks.breakYears
        ? html`<p part="gap" class="gap"><span class="gap-text">${formatYearsLater(marks.breakYears, lang)}</span></p>`
        : nothing}
      ${marks.era
        ? html`<div part="era" class="era" role="heading" aria-level=${Math.max(1, level - 1)}><span class="era-text">${this.renderText(marks.era.label)}</span></div>`
        : nothing}
      <article
        part="event"
        class="event"
        tabindex=${live(tabStop ? '0' : '-1')}
        aria-labelledby=${titleId}
        aria-current=${selected ? 'true' : 'false'}
        data-kind=${event.kind}
        @click=${(e: Event) => this.onEventClick(e, entry)}
        @focus=${(e: FocusEvent) => this.moveTabStop(event.id, e.currentTarget as HTMLElement)}
      >
        <p part="date" class="date">
          <time datetime=${ifDefined(shown.iso)}>${shown.text}</time>
          ${shown.secondary ? html`<span class="secondary-date">${shown.secondary}</span>` : nothing}
        </p>
        <div class="card">
        <div part="title" class="title" role="heading" aria-level=${level} id=${titleId}>${this.renderText(event.title)}</div>
        ${where.length ? html`<p class="where muted">${formatList(where, lang)}</p>` : nothing}
        ${event.image && isSafeUrl(event.image.src)
          ? html`<img part="image" class="image" src=${event.image.src} alt=${pickText(event.image.alt, this.language.requested).text} loading="lazy" decoding="async" />`
          : nothing}
        ${hasDetails
          ? html`${isServer ? nothing : html`<button type="button" class="more" tabindex="-1" aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${`details-${event.id}`}>
                ${msg('Details', { id: 'timeline.details' })}
              </button>`}
              <div class="details" id=${`details-${event.id}`} ?hidden=${!expanded}>
                ${shown.western ? html`<p class="western-date">${shown.western}</p>` : nothing}
                ${event.description ? html`<p>${this.renderText(event.description)}</p>` : nothing}
                ${people.length
                  ? html`<p><span class="muted">${msg('People', { id: 'timeline.people' })}:</span> ${people.map(
                      (p, i) => html`${i ? this.comma : nothing}<bdi>${this.renderText(p.name)}</bdi>`,
                    )}</p>`
                  : nothing}
                ${sources.length
                  ? html`<p class="sources"><span class="muted">${msg('Sources', { id: 'card.sources' })}:</span> ${sources.map(
                      (s, i) => html`${i ? this.comma : nothing}${s.url && isSafeUrl(s.url)
                        ? html`<a href=${s.url} lang=${ifDefined(s.language)}>${this.renderText(s.title ?? s.publisher)}</a>`
                        : html`<cite lang=${ifDefined(s.language)}>${this.renderText(s.title ?? s.publisher)}</cite>`}`,
                    )}</p>`
                  : nothing}
              </div>`
          : nothing}
        </div>
      </article>
    </li>`;
  }

  private get comma(): string {
    return partSeparator(this.language.lang);
  }

  /** The names of an event's places, each with its city when it is a place in one: "Mevlana Museum (Konya)". */
  private placeNames(dataset: TwinningDataset, ids: readonly string[]): string[] {
    const requested = this.language.requested;
    return ids.flatMap((id) => {
      const city = dataset.cities.find((c) => c.id === id);
      if (city) return [pickText(city.name, requested).text];
      const place = dataset.places.find((p) => p.id === id);
      if (!place) return [];
      const placeCity = dataset.cities.find((c) => c.id === place.city);
      const name = pickText(place.name, requested).text;
      return [placeCity ? `${name}${this.comma}${pickText(placeCity.name, requested).text}` : name];
    });
  }

  // ——— selection and keyboard ———

  private onEventClick(e: Event, entry: TimelineEntry): void {
    if ((e.target as Element).closest('a')) return;
    this.activate(entry.event.id);
  }

  /** Selects an event (firing `twin-select`) and opens or closes its details. */
  private activate(id: string): void {
    this.active = id;
    const expanded = new Set(this.expanded);
    if (expanded.has(id) && this.selected === id) expanded.delete(id);
    else expanded.add(id);
    this.expanded = expanded;
    if (this.emit('twin-select', { kind: 'event', id })) this.selected = id;
  }

  private onKeyDown = (e: KeyboardEvent): void => {
    const article = (e.target as Element).closest('article.event');
    if (!article || e.target !== article) return;
    const index = Number((article.parentElement as HTMLElement).dataset['index']);
    const last = this.shown.length - 1;
    const rtl = this.language.dir === 'rtl';
    const next = this.horizontal ? (rtl ? 'ArrowLeft' : 'ArrowRight') : 'ArrowDown';
    const prev = this.horizontal ? (rtl ? 'ArrowRight' : 'ArrowLeft') : 'ArrowUp';
    let to: number | undefined;
    if (e.key === next) to = Math.min(last, index + 1);
    else if (e.key === prev) to = Math.max(0, index - 1);
    else if (e.key === 'Home') to = 0;
    else if (e.key === 'End') to = last;
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.activate((article.parentElement as HTMLElement).dataset['id']!);
      return;
    } else return;
    e.preventDefault();
    void this.focusEntry(to);
  };

  /**
   * Once the virtualizer has rendered its first range (its items replace the first events), focuses the active
   * event (the one that had the focus, or where the keys have moved it since).
   */
  private async refocusAfterHandover(): Promise<void> {
    await this.updateComplete;
    const list = this.shadowRoot?.querySelector('ol.windowed');
    if (list) await Promise.race([new Promise((resolve) => list.addEventListener('rangeChanged', resolve, { once: true })), new Promise((r) => setTimeout(r, 1000))]);
    await new Promise((r) => requestAnimationFrame(r));
    // Only if the focus was lost with the replaced items, not if the reader has gone elsewhere meanwhile.
    const active = document.activeElement;
    if (this.shadowRoot?.activeElement || (active && active !== document.body)) return;
    const index = this.shown.findIndex((e) => e.event.id === this.active);
    if (index >= 0) await this.focusEntry(index);
  }

  private focusMoves = 0;

  /**
   * Gives the tab stop to `article` (the event `id`) in place, without a render; the `tabindex` bindings are `live`,
   * so a later render that agrees leaves them and one that does not corrects them.
   */
  private moveTabStop(id: string, article: HTMLElement): void {
    if (this.active === id && article.tabIndex === 0) return;
    this.active = id;
    for (const other of this.shadowRoot?.querySelectorAll<HTMLElement>('article.event[tabindex="0"]') ?? []) other.tabIndex = -1;
    article.tabIndex = 0;
  }

  /** Moves the tab stop and the focus to the entry at `index`, bringing it into the window first if need be. */
  private async focusEntry(index: number): Promise<void> {
    const entry = this.shown[index];
    if (!entry) return;
    // The latest move wins: a move still waiting for the virtualizer gives way to a later key press.
    const move = ++this.focusMoves;
    const current = () => move === this.focusMoves;
    const at = (i: number) => this.shadowRoot?.querySelector<HTMLElement>(`li[data-index="${i}"] > article`);
    const find = () => at(index);
    // Rendered, with no render pending: a key press changes two attributes and the focus, and renders nothing.
    const onScreen = this.isUpdatePending ? undefined : find();
    if (onScreen) {
      this.moveTabStop(entry.event.id, onScreen);
      onScreen.focus({ preventScroll: false });
      onScreen.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      return;
    }
    this.active = entry.event.id;
    this.requestUpdate();
    await this.updateComplete;
    if (!current()) return;
    if (!find()) {
      // Outside the window: scroll to where it must be, then wait (a few frames) for the virtualizer to render it.
      // The estimate is refined while the virtualizer learns the list's size. One step past the edge of the window
      // (keys pressed faster than frames), the virtualizer gets a frame to follow the scroll that brought the
      // neighbour into view, which often renders it, before the first estimate.
      // It gives up after some 240 frames (4 s at 60 frames a second) if the entry never comes: counted in frames,
      // not milliseconds, so that on a slow or busy device, where frames come late, a long move still ends.
      const nextToWindow = !!(at(index - 1) ?? at(index + 1));
      for (let frame = 0; frame < MAX_FRAMES_TO_REVEAL && current() && !find(); frame++) {
        if (frame % 6 === (nextToWindow ? 1 : 0) && !this.scrollToEstimate(index)) break;
        await new Promise((r) => requestAnimationFrame(r));
      }
    }
    if (!current()) return;
    const target = find();
    if (!target) {
      // It never came (the timeline is in a frame that cannot scroll, or frames stopped): the tab stop goes back to
      // the event that has the focus, so that Tab leaves and enters the list where the reader is.
      const focused = this.shadowRoot?.activeElement?.closest<HTMLElement>('li[data-id]')?.dataset['id'];
      if (focused) {
        this.active = focused;
        this.requestUpdate();
      }
      return;
    }
    target.focus({ preventScroll: false });
    target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  /**
   * Scrolls the page, or the box the timeline scrolls in, to where the entry at `index` lies in the windowed list, by
   * the list's average entry height; the virtualizer then renders it and the exact spot. A box that hides its
   * overflow is scrolled too, as the browser does to show a focused element in it. False when the list is cut off
   * by a box that cannot scroll (`overflow: clip`): the entry cannot be brought into view, and the page stays put.
   */
  private scrollToEstimate(index: number): boolean {
    const list = this.shadowRoot?.querySelector<HTMLElement>('ol.windowed');
    if (!list || !this.shown.length) return false;
    const box = list.getBoundingClientRect();
    const y = box.top + (box.height * (index + 0.5)) / this.shown.length;
    for (let node: Node | null = list.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
      if (!(node instanceof Element)) continue;
      const overflow = getComputedStyle(node).overflowY;
      if (overflow === 'clip') return false;
      if (overflow !== 'visible' && node.scrollHeight > node.clientHeight) {
        const frame = node.getBoundingClientRect();
        node.scrollTop += y - (frame.top + frame.height / 2);
        return true;
      }
    }
    window.scrollBy(0, y - window.innerHeight / 2);
    return true;
  }

  /** From another member of the group: an event is selected; a place or city selects its first event. */
  followSelection(detail: TwinSelectDetail): void {
    const dataset = this.loadedDataset;
    if (!dataset) return;
    const entries = this.visibleEntries(dataset);
    let entry: TimelineEntry | undefined;
    if (detail.kind === 'event') entry = entries.find((e) => e.event.id === detail.id);
    else if (detail.kind === 'place') entry = entries.find((e) => e.event.places.includes(detail.id));
    else if (detail.kind === 'city') entry = entries.find((e) => e.cities.includes(detail.id));
    else if (detail.kind === 'person') entry = entries.find((e) => e.event.people.includes(detail.id));
    if (!entry) return;
    this.selected = entry.event.id;
    this.active = entry.event.id;
    this.requestUpdate();
    const index = entries.indexOf(entry);
    void this.updateComplete.then(() => {
      const li = this.shadowRoot?.querySelector(`li[data-index="${index}"]`);
      if (li) li.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      else this.scrollToEstimate(index);
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('layout') && !isServer) this.watchWidth();
    if (changed.has('selected') && this.selected) this.active = this.selected;
    // The server renderer calls willUpdate and render, not update.
    if (isServer) this.prepareView();
  }
}
