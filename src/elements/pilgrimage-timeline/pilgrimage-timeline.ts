import { html, isServer, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { City, TwinningDataset } from '../../data/schema.js';
import { dateFormatterSteps, displayDate, type DateDisplay } from '../../i18n/dates.js';
import { formatInteger, partSeparator } from '../../i18n/format.js';
import { msg, renderInLocale } from '../../i18n/localize.js';
import { pickText } from '../../i18n/text.js';
import { headingLevel } from '../../shared/agreement.js';
import type { TwinSelectDetail } from '../../shared/events.js';
import { GroupController, type GroupMember } from '../../shared/group.js';
import { PrintController } from '../../shared/print-controller.js';
import { scrollIntoViewHere, scrollIntoViewWithin } from '../../shared/scroll-into-view.js';
import { forcedColors, shared, tokens } from '../../shared/styles.js';
import { TwinElement, type Loading } from '../../shared/twin-element.js';
import {
  axisTicks,
  entryCities,
  entryMarks,
  eventParticulars,
  filterEntries,
  idSet,
  placeNames,
  proportionalGap,
  timelineEntries,
  type AxisTick,
  type EntryMarks,
  type TimelineEntry,
} from './timeline-model.js';
import { pilgrimageTimelineStyles } from './pilgrimage-timeline.styles.js';
import { RovingFocusController } from './roving-focus-controller.js';
import { TimelineDeepLink } from './timeline-deep-link.js';
import { renderEntry, renderTimeline, type EntryContext } from './timeline-view.js';
import { showOnTrack, TrackSteps } from './timeline-track.js';
import { loadWindowing, TimelineWindow, WINDOW_FROM, withQuietObservers } from './timeline-windowing.js';
// The events' details, for the JSX types (dist/jsx.d.ts imports them from each element's module).
export type { TwinErrorDetail, TwinLoadDetail, TwinSelectDetail } from '../../shared/events.js';

export type TimelineLayout = 'vertical' | 'horizontal' | 'auto';
export type TimelineSpacing = 'even' | 'proportional';

/** Containers at least this wide show an `auto` timeline horizontally. */
const HORIZONTAL_FROM_PX = 1000;

/** What a render shows, computed before it from the dataset and the filters (render reads it, sets nothing). */
interface TimelineModel {
  readonly dataset: TwinningDataset;
  /** Every entry of the dataset, in time order. */
  readonly all: readonly TimelineEntry[];
  /** The entries shown (filtered); the same array until the data or a filter changes (the virtualizer relies on it). */
  readonly entries: TimelineEntry[];
  /** Their ids, in the same order (for the keyboard). */
  readonly ids: readonly string[];
  /** The era headings and axis breaks before each (same indices). */
  readonly marks: readonly EntryMarks[];
  /** What the filters were when it was computed. */
  readonly filterKey: string;
}

const NO_MARKS: EntryMarks = { breakYears: 0 };

/**
 * From the lives of Shams Tabrizi and Rumi in the 13th century to the 2025 Khoy–Konya memorandum: dated events in
 * time order, each in the reader's calendar with a second calendar beside it, approximate and uncertain dates said
 * in words, and a visible break in the axis where centuries pass with nothing in between; the dataset's eras as
 * headings. Vertical (one column of cards beside a time line, the dates in a gutter before it when wide) or
 * horizontal (the axis runs in the reading direction: right to left in Persian).
 * One tab stop; the arrow keys move between events, Home and End go to the ends, Enter opens an event's details.
 * Filters by kind and city in labelled groups (one button opens them where narrow); `from`/`to` limit the years. Elements sharing a `group` follow each other's selection.
 * The horizontal axis counts years in the reader's calendar and digits. With `deep-link`, the page's address selects an
 * event (`#event=<id>`) and follows the selection. On paper every event prints with its details, in one column.
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
 * @csspart ticks - The year ticks between two events on the horizontal axis.
 * @csspart image - An event's picture.
 * @csspart credit - The credit printed under an event's picture.
 * @csspart error - The error message shown when the data cannot be used.
 *
 * @cssproperty --twin-color-accent - The time line and the selected event.
 * @cssproperty --twin-timeline-card-width - Width of an event in the horizontal layout (default 17em).
 *
 * @event {CustomEvent<TwinSelectDetail>} twin-select - An event was chosen; `detail` is `{kind: 'event', id}`. Cancel it to keep the selection.
 * @event {CustomEvent<TwinLoadDetail>} twin-load - The dataset loaded, validated and shown; `detail` is the dataset. Not while an error is shown in its place (`unknown-agreement`): it follows once the error is gone.
 * @event {CustomEvent<TwinErrorDetail>} twin-error - The dataset could not be loaded or is invalid; `detail` is `{code, message, issues}`.
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
    deepLink: { type: String, attribute: 'deep-link' },
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
  /** The level of the events' headings, 1 to 6 (default 3); the eras' headings are one level above (events at 2 or more when there are eras). */
  declare headingLevel: number;
  /** The id of the selected event; set it to select one from outside. */
  declare selected: string | undefined;
  /** Elements with the same `group` follow each other's selection (e.g. a timeline and a map). */
  declare group: string | undefined;
  /**
   * Deep links, opt-in: with the attribute, the page's address selects an event and follows the selection. The
   * attribute's value is the key in the address's fragment (empty: `event`), so `deep-link` reads and writes
   * `#event=rumi-dies`; other keys of the fragment are kept (`#event=rumi-dies&place=konya` when a map links by
   * `place`). On load the event is selected, its details opened and scrolled into view (a lazy timeline then loads at
   * once); a selection replaces the address's fragment without adding to the history; each event's details offer
   * "Copy link to this event".
   */
  declare deepLink: string | undefined;

  /** The events whose details are open. */
  declare private expanded: ReadonlySet<string>;
  /** Whether the filters are open where the timeline is narrow (a disclosure button shows and hides them). */
  declare private filtersOpen: boolean;
  /** The element's width, observed only for `layout="auto"`. */
  declare private width: number;

  private readonly link = new TimelineDeepLink(this, {
    attribute: () => this.deepLink,
    // As `selected` set by the page: no `twin-select` (a map with `deep-link` reads the address itself).
    select: (id, index) => {
      this.selected = id;
      this.roving.moveTo(id);
      if (!this.expanded.has(id)) this.expanded = new Set([...this.expanded, id]);
      // A windowed list is framed on the event from this render on: the events around it are the first drawn.
      if (this.windowed) this.window.pin(index);
    },
    reveal: (index, id) => this.reveal(index, () => this.selected === id && this.isConnected),
    field: (id) => this.shadowRoot?.querySelector<HTMLInputElement>(`li[data-id="${CSS.escape(id)}"] .link-field`),
  });
  private readonly print = new PrintController(this);

  private model: TimelineModel | undefined;
  /** The horizontal axis's year ticks of `model`'s entries, in `calendar`'s years (see `axisTicks`). */
  private ticks: { readonly model: TimelineModel; readonly calendar: string; readonly ticks: readonly AxisTick[][] } | undefined;
  private resizeObserver: ResizeObserver | undefined;

  private readonly window = new TimelineWindow<TimelineEntry>(
    this,
    () => this.shadowRoot?.querySelector<HTMLElement>('ol.windowed'),
    (entry) => entry.event.id,
  );

  private readonly roving = new RovingFocusController(this, {
    itemSelector: 'article.event',
    ids: () => this.model?.ids ?? [],
    keys: () => {
      if (!this.horizontal) return { next: 'ArrowDown', previous: 'ArrowUp' };
      const rtl = this.language.dir === 'rtl';
      return { next: rtl ? 'ArrowLeft' : 'ArrowRight', previous: rtl ? 'ArrowRight' : 'ArrowLeft' };
    },
    find: (index) => this.article(index),
    indexOf: (target, within) => {
      const item = within ? target.closest('article.event') : target.matches('article.event') ? target : null;
      const index = (item?.parentElement as HTMLElement | null | undefined)?.dataset['index'];
      return index === undefined ? undefined : Number(index);
    },
    activate: (index) => {
      const id = this.model?.ids[index];
      if (id !== undefined) this.activate(id);
    },
    reveal: (index, current, nearWindow) => this.window.reveal(index, this.model?.ids.length ?? 0, () => this.article(index), current, nearWindow),
    scrollIntoView: showOnTrack,
  });

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

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('layout') && !isServer) this.watchWidth();
    if (changed.has('selected') && this.selected) this.roving.moveTo(this.selected);
    // The server renderer calls willUpdate and render, not update.
    if (isServer) this.prepareView();
  }

  protected override update(changed: PropertyValues): void {
    // Here rather than in willUpdate: the dataset controller gives the new dataset in its hostUpdate, after willUpdate.
    this.prepareView();
    withQuietObservers(() => super.update(changed));
  }

  /**
   * What the render reads, computed before it: the entries on screen and their marks (again only when the data or
   * a filter changed), the one that holds the tab stop, and the virtualizer's download when the list needs it.
   */
  private prepareView(): void {
    const dataset = this.loadedDataset;
    if (!dataset) return;
    const finite = (n: number | undefined) => (n !== undefined && Number.isFinite(n) ? n : undefined);
    const filterKey = JSON.stringify([this.kinds, this.cities, finite(this.from), finite(this.to)]);
    if (this.model?.dataset !== dataset || this.model.filterKey !== filterKey) {
      const all = this.model?.dataset === dataset ? this.model.all : timelineEntries(dataset);
      const entries = filterEntries(all, { kinds: idSet(this.kinds), cities: idSet(this.cities), from: finite(this.from), to: finite(this.to) });
      // The static copy (twin-city-elements render) shows every event's details: taking its place, the timeline opens
      // them too, so that the page does not shrink under a reader who was reading it (by 1,100 px on a phone).
      if (!this.model && this.replacesServerCopy) this.expanded = new Set(all.map((e) => e.event.id));
      this.model = { dataset, all, entries, ids: entries.map((e) => e.event.id), marks: entryMarks(entries, dataset.eras), filterKey };
    }
    const model = this.model;
    const calendar = this.primaryCalendar;
    if (this.horizontal && (this.ticks?.model !== model || this.ticks.calendar !== calendar)) {
      this.ticks = { model, calendar, ticks: axisTicks(model.entries, model.marks, calendar) };
    }
    this.link.follow(model.ids);
    this.roving.settle(this.selected);
    if (this.windowed) {
      this.window.load(() => {
        // The virtualizer replaces the first events: a reader who has moved into them keeps the focus there.
        const hadFocus = !!this.shadowRoot?.activeElement?.closest('li[data-index]');
        this.requestUpdate();
        if (hadFocus) void this.roving.refocusAfter(this.updateComplete.then(() => this.window.handover()));
      });
    }
  }

  /** Scrolls the event at `index` into view (the middle of a windowed list) once rendered, while `current()` holds. */
  private async reveal(index: number, current: () => boolean): Promise<void> {
    if (this.windowed) {
      await loadWindowing().catch(() => undefined);
      await this.updateComplete;
      await this.window.revealCentred(index, () => this.article(index), current);
      return;
    }
    const article = this.article(index);
    if (!article || !current()) return;
    // Within the timeline's own document: in an iframe, the address of the frame names the event, and the page that
    // holds the frame stays where its reader is.
    if (this.horizontal) showOnTrack(article, scrollIntoViewHere);
    scrollIntoViewHere(article, { block: 'center', inline: 'nearest' });
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

  /** Paper does not scroll sideways: a printed timeline is vertical. */
  private get horizontal(): boolean {
    if (this.print.printing) return false;
    return this.layout === 'horizontal' || (this.layout === 'auto' && this.width >= HORIZONTAL_FROM_PX);
  }

  /** Whether the list renders only the events near the viewport. A server-rendered copy holds every event. */
  private get windowed(): boolean {
    return !isServer && !this.print.printing && !this.horizontal && (this.model?.entries.length ?? 0) >= WINDOW_FROM;
  }

  /** A timeline whose event the address links to loads at once, wherever it is on the page. */
  protected override get lazy(): boolean {
    return super.lazy && this.link.value === undefined;
  }

  /** A timeline long enough to need the virtualizer gets it downloaded beside the data, not after it. */
  protected override startDownloads(): void {
    const events = this.datasetController.sourceKind === 'property' ? (this.data as { events?: unknown } | null)?.events : undefined;
    if (!isServer && !this.horizontal && Array.isArray(events) && events.length >= WINDOW_FROM) {
      loadWindowing().catch(() => {
        // The render that needs it reports the failure.
      });
    }
  }

  protected override prepareWhileLoading(): void {
    super.prepareWhileLoading();
    this.prepareLater(...dateFormatterSteps(this.language.lang, this.primaryCalendar, this.secondaryCalendarInUse));
  }

  /** The filters' row and the first events. */
  protected override renderSkeleton(): unknown {
    return html`<div class="bone short"></div>
      ${[0, 1, 2].map(() => html`<div class="bone event-bone"></div>`)}`;
  }

  protected override renderContent(dataset: TwinningDataset): unknown {
    const model = this.model!;
    const { entries, marks } = model;
    const { lang, locale, requested } = this.language;
    const context: EntryContext = {
      lang,
      // The eras' headings take the level above the events': with eras, the events' is 2 or more.
      level: Math.max(marks.some((m) => m.era) ? 2 : 1, headingLevel(this.headingLevel, 3)),
      plain: isServer || this.print.printing,
      comma: partSeparator(lang),
      text: (text) => this.renderText(text),
      plainText: (text) => pickText(text, requested).text,
      onClick: (e, id) => this.onEventClick(e, id),
      onFocus: (id, article) => this.roving.moveTabStop(id, article),
      share:
        this.link.enabled && !isServer && !this.print.printing
          ? { shown: this.link.linkShown, href: (id) => this.link.href(id), onCopy: (id) => void this.link.copy(id) }
          : undefined,
    };
    const proportional = this.spacing === 'proportional';
    const gapBefore = (i: number) => (proportional && entries[i] ? proportionalGap(entries[i - 1], entries[i]) : 0);
    const ticks = this.horizontal && !isServer ? this.ticks?.ticks : undefined;
    // The virtualizer calls this later too (on scrolling), in the element's locale: the tab stop is read then.
    const item = (entry: TimelineEntry, i: number) =>
      renderEntry(context, {
        entry,
        index: i,
        total: entries.length,
        marks: marks[i] ?? NO_MARKS,
        gap: gapBefore(i),
        ticks: ticks?.[i]?.map((t) => ({ label: formatInteger(t.year, lang), at: t.at })),
        nextGap: gapBefore(i + 1),
        date: this.dateOf(entry, lang),
        places: placeNames(dataset, entry.event.places, requested, context.comma),
        ...eventParticulars(dataset, entry.event),
        tabStop: this.roving.isTabStop(entry.event.id),
        selected: this.selected === entry.event.id,
        expanded: this.expanded.has(entry.event.id),
      });
    const windowed = this.windowed;
    const cities = entryCities(model.all)
      .map((id) => dataset.cities.find((c) => c.id === id))
      .filter((c): c is City => c !== undefined);
    return renderTimeline({
      lang,
      rtl: this.language.dir === 'rtl',
      horizontal: this.horizontal,
      proportional,
      windowed,
      plain: context.plain,
      count: entries.length,
      total: model.all.length,
      filters: {
        kinds: [...new Set(model.all.map((e) => e.event.kind))],
        cities: cities.map((c) => ({ id: c.id, name: this.renderText(c.name) })),
        chosenKinds: idSet(this.kinds),
        chosenCities: idSet(this.cities),
        open: this.filtersOpen,
        lang,
        onOpen: () => (this.filtersOpen = !this.filtersOpen),
        onKinds: (kinds) => (this.kinds = kinds),
        onCities: (cities) => (this.cities = cities),
      },
      announcement: this.link.copied ? msg('Link copied.', { id: 'timeline.link-copied' }) : '',
      items: windowed ? this.window.items(entries, (entry, i) => renderInLocale(locale, () => item(entry, i))) : entries.map(item),
      onStep: (direction) => this.step(direction),
      onKeyDown: this.roving.onKeyDown,
    });
  }

  /**
   * An entry's date as shown, formatted once per language and calendars: the timeline renders its entries again
   * whenever the focus or the selection moves, and formatting dates is most of that work. (A memo, not state: it
   * changes nothing the render shows.)
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

  /** The event article at `index`, when rendered. */
  private article(index: number): HTMLElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLElement>(`li[data-index="${index}"] > article`);
  }

  /** The earlier/later buttons of the horizontal axis. */
  private step(direction: 1 | -1): void {
    const list = this.shadowRoot?.querySelector<HTMLElement>('ol.horizontal');
    if (list) this.track.step(list, direction, this.language.dir === 'rtl');
  }

  private readonly track = new TrackSteps();

  // ——— selection ———

  private onEventClick(e: Event, id: string): void {
    // A link, and the share row (its button and field), do their own thing.
    if ((e.target as Element).closest('a, .share')) return;
    this.activate(id);
  }

  /** Selects an event (firing `twin-select`) and opens or closes its details. */
  private activate(id: string): void {
    this.roving.moveTo(id);
    const expanded = new Set(this.expanded);
    if (expanded.has(id) && this.selected === id) expanded.delete(id);
    else expanded.add(id);
    this.expanded = expanded;
    if (this.emit('twin-select', { kind: 'event', id })) {
      this.selected = id;
      this.link.write(id);
    }
  }

  /** From another member of the group: an event is selected; a place or city selects its first event. */
  followSelection(detail: TwinSelectDetail): void {
    const entries = this.model?.entries;
    if (!entries || !this.loadedDataset) return;
    let entry: TimelineEntry | undefined;
    if (detail.kind === 'event') entry = entries.find((e) => e.event.id === detail.id);
    else if (detail.kind === 'place') entry = entries.find((e) => e.event.places.includes(detail.id));
    else if (detail.kind === 'city') entry = entries.find((e) => e.cities.includes(detail.id));
    else if (detail.kind === 'person') entry = entries.find((e) => e.event.people.includes(detail.id));
    if (!entry) return;
    this.selected = entry.event.id;
    this.roving.moveTo(entry.event.id);
    this.link.write(entry.event.id);
    this.requestUpdate();
    const index = entries.indexOf(entry);
    // Into view inside the timeline's own scrolling list (the horizontal layout's), never by moving the page: the
    // reader chose a place on a map or a person in a list, and is looking there.
    void this.updateComplete.then(() => {
      const li = this.shadowRoot?.querySelector(`li[data-index="${index}"]`);
      if (li) scrollIntoViewWithin(li, this, { block: 'nearest', inline: 'nearest' });
    });
  }
}
