/**
 * The timeline's templates (DESIGN.md: the view): the frame (toolbar, count, list), each event, the filters in
 * labelled groups behind a disclosure button, and the horizontal axis's earlier/later buttons. Pure: they read what
 * they are given (the model's entries and what the element decided) and call back; they set nothing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Person, Source } from '../../data/schema.js';
import type { LocalizedText } from '../../i18n/text.js';
import { isSafeUrl } from '../../data/safe-url.js';
import { formatYearsLater, type DateDisplay } from '../../i18n/dates.js';
import { directionOfLanguage } from '../../i18n/language.js';
import { formatList, formatNumber, pluralCategory } from '../../i18n/format.js';
import { msg, str } from '../../i18n/localize.js';
import { cssProps } from '../../shared/css-props.js';
import type { EntryMarks, TimelineEntry } from './timeline-model.js';

/** What the frame of the timeline shows. */
export interface TimelineFrame {
  readonly lang: string;
  readonly rtl: boolean;
  readonly horizontal: boolean;
  readonly proportional: boolean;
  readonly windowed: boolean;
  /**
   * A copy without the controls only script can work (the filters, the steps, the keyboard help): the server's,
   * and the one printed.
   */
  readonly plain: boolean;
  /** How many events are shown. */
  readonly count: number;
  /** How many events there are before the filters. */
  readonly total: number;
  readonly filters: FiltersView;
  /** What the polite live region says (a copied link); empty for nothing. */
  readonly announcement: string;
  /** The list's items (the entries, or the virtualizer's directive). */
  readonly items: unknown;
  onStep(direction: 1 | -1): void;
  onKeyDown(e: KeyboardEvent): void;
}

/** The toolbar (filters and steps), the count, and the list of events (or a notice that none match). */
export function renderTimeline(v: TimelineFrame): TemplateResult {
  const n = v.count;
  const shownCount = formatNumber(n, v.lang);
  const count =
    pluralCategory(n, v.lang) === 'one'
      ? msg(str`${shownCount} event`, { id: 'timeline.count.one' })
      : msg(str`${shownCount} events`, { id: 'timeline.count.other' });
  // The filters' button and the horizontal axis's steps share one row where narrow.
  return html`${v.plain
      ? nothing
      : html`<div class="toolbar">${renderFilters(v.filters)}${n && v.horizontal ? renderSteps(v.rtl, v.onStep) : nothing}</div>`}
    <p class="count muted" role="status">${count}</p>
    ${n
      ? html`<ol
          id="events"
          part="events"
          class="events ${v.horizontal ? 'horizontal' : 'vertical'} ${v.proportional ? 'proportional' : ''} ${v.windowed ? 'windowed' : ''}"
          aria-label=${msg('Timeline', { id: 'timeline.label' })}
          aria-describedby=${ifDefined(v.plain ? undefined : 'timeline-keys')}
          @keydown=${v.onKeyDown}
        >
          ${v.items}
        </ol>`
      : html`<p class="notice">${v.total
          ? msg('No events match the filters.', { id: 'timeline.empty' })
          : msg('There are no events to show.', { id: 'timeline.no-events' })}</p>`}
    ${v.plain ? nothing : html`<p class="visually-hidden" role="status" aria-live="polite">${v.announcement}</p>`}
    ${v.plain
      ? nothing
      : html`<p id="timeline-keys" class="visually-hidden">
          ${msg('Use the arrow keys to move between events, Home and End to go to the first and the last, and Enter to open one.', { id: 'timeline.keys' })}
        </p>`}`;
}

/** How the events are shown, the same for every event of one render. */
export interface EntryContext {
  readonly lang: string;
  /** The level of the events' headings (the eras' one above). */
  readonly level: number;
  /** Without the Details buttons, every event's details open (see `TimelineFrame.plain`). */
  readonly plain: boolean;
  /** The separator between the parts of a name or a list of names ("، " in Persian). */
  readonly comma: string;
  /** A dataset text in the reader's language, marked with its `lang` when in another. */
  text(text: LocalizedText | undefined): unknown;
  /** A dataset text as a plain string (for attributes). */
  plainText(text: LocalizedText | undefined): string;
  onClick(e: Event, id: string): void;
  onFocus(id: string, article: HTMLElement): void;
  /** With deep links: each event's details offer its link. */
  readonly share?: ShareView;
}

/** The "Copy link to this event" row of an event's details. */
export interface ShareView {
  /** The event whose link is shown in a field to copy by hand (the clipboard could not be written). */
  readonly shown: string | undefined;
  /** The link to an event. */
  href(id: string): string;
  onCopy(id: string): void;
}

/** One event as shown: the model's entry with what the element decided about it. */
export interface EntryView {
  readonly entry: TimelineEntry;
  readonly index: number;
  readonly total: number;
  /** The era heading and axis break before it. */
  readonly marks: EntryMarks;
  /** The space before it (proportional spacing), in em; 0 for none. */
  readonly gap: number;
  readonly date: DateDisplay;
  /** Its places' names, each with its city. */
  readonly places: readonly string[];
  readonly people: readonly Person[];
  readonly sources: readonly Source[];
  readonly tabStop: boolean;
  readonly selected: boolean;
  readonly expanded: boolean;
  /**
   * The horizontal axis's year ticks between this event's dot and the next one's: the year as written, and where
   * (0 at this dot, 1 at the next).
   */
  readonly ticks?: readonly { readonly label: string; readonly at: number }[];
  /** The space before the next event (proportional spacing), in em: the ticks reach over it to the next dot. */
  readonly nextGap?: number;
}

/** One event: the axis break and era heading before it, its date, its card, and its details. */
export function renderEntry(c: EntryContext, v: EntryView): TemplateResult {
  const { event } = v.entry;
  const { lang, level } = c;
  const { marks } = v;
  const titleId = `title-${event.id}`;
  const expanded = c.plain || v.expanded;
  const shown = v.date;
  const hasDetails = !!shown.western || !!event.description || v.people.length > 0 || v.sources.length > 0 || !!c.share;
  return html`<li
    class="entry ${v.selected ? 'selected' : ''} ${marks.era ? 'opens-era' : ''} ${marks.breakYears ? 'after-break' : ''}"
    data-id=${event.id}
    data-index=${v.index}
    aria-posinset=${v.index + 1}
    aria-setsize=${v.total}
    ${cssProps({ '--gap': v.gap ? `${v.gap.toFixed(2)}em` : undefined })}
  >
    ${marks.breakYears
      ? html`<p part="gap" class="gap"><span class="gap-text">${formatYearsLater(marks.breakYears, lang)}</span></p>`
      : nothing}
    ${v.ticks?.length
      ? html`<div part="ticks" class="ticks" aria-hidden="true" ${cssProps({ '--next-gap': v.nextGap ? `${v.nextGap.toFixed(2)}em` : undefined })}>
          ${v.ticks.map((t) => html`<span class="tick" ${cssProps({ '--at': `${(t.at * 100).toFixed(3)}%` })}><span class="tick-label">${t.label}</span></span>`)}
        </div>`
      : nothing}
    ${marks.era
      ? html`<div part="era" class="era" role="heading" aria-level=${level - 1}><span class="era-text">${c.text(marks.era.label)}</span></div>`
      : nothing}
    <article
      part="event"
      class="event"
      tabindex=${live(v.tabStop ? '0' : '-1')}
      aria-labelledby=${`${titleId} date-${event.id}`}
      aria-current=${v.selected ? 'true' : 'false'}
      data-kind=${event.kind}
      @click=${(e: Event) => c.onClick(e, event.id)}
      @focus=${(e: FocusEvent) => c.onFocus(event.id, e.currentTarget as HTMLElement)}
    >
      <p part="date" class="date" id=${`date-${event.id}`}>
        <time datetime=${ifDefined(shown.iso)}>${keepTogether(shown.text)}</time>
        ${shown.secondary ? html`<span class="secondary-date">${keepTogether(shown.secondary)}</span>` : nothing}
      </p>
      <div class="card">
      <div part="title" class="title" role="heading" aria-level=${level} id=${titleId}>${c.text(event.title)}</div>
      ${v.places.length ? html`<p class="where muted">${formatList(v.places, lang)}</p>` : nothing}
      ${event.image && isSafeUrl(event.image.src)
        ? html`<figure class="figure">
            <img
              part="image"
              class="image"
              src=${event.image.src}
              alt=${c.plainText(event.image.alt)}
              width=${ifDefined(event.image.width)}
              height=${ifDefined(event.image.height)}
              loading="lazy"
              decoding="async"
            />
            ${event.image.credit ? html`<figcaption part="credit" class="credit muted">${c.text(event.image.credit)}</figcaption>` : nothing}
          </figure>`
        : nothing}
      ${hasDetails
        ? html`${c.plain ? nothing : html`<button type="button" class="more" tabindex="-1" aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${`details-${event.id}`}>
              ${msg('Details', { id: 'timeline.details' })}
            </button>`}
            <div class="details" id=${`details-${event.id}`} ?hidden=${!expanded}>
              ${shown.western ? html`<p class="western-date">${keepTogether(shown.western)}</p>` : nothing}
              ${event.description ? html`<p>${c.text(event.description)}</p>` : nothing}
              ${v.people.length
                ? html`<p><span class="muted">${msg('People', { id: 'timeline.people' })}:</span> ${v.people.map(
                    (p, i) => html`${i ? c.comma : nothing}<bdi>${c.text(p.name)}</bdi>`,
                  )}</p>`
                : nothing}
              ${v.sources.length
                ? html`<p class="sources"><span class="muted">${msg('Sources', { id: 'card.sources' })}:</span> ${v.sources.map(
                    (s, i) => html`${i ? c.comma : nothing}${s.url && isSafeUrl(s.url)
                      ? html`<a href=${s.url}>${sourceName(s, c)}</a>`
                      : html`<cite>${sourceName(s, c)}</cite>`}`,
                  )}</p>`
                : nothing}
              ${c.share ? renderShare(c.share, event.id) : nothing}
            </div>`
        : nothing}
      </div>
    </article>
  </li>`;
}

export interface FiltersView {
  /** The event kinds present, in order. */
  readonly kinds: readonly string[];
  /** The cities present, with their names as rendered. */
  readonly cities: readonly { readonly id: string; readonly name: unknown }[];
  readonly chosenKinds: ReadonlySet<string>;
  readonly chosenCities: ReadonlySet<string>;
  /** Whether the groups are open where the timeline is narrow. */
  readonly open: boolean;
  readonly lang: string;
  onOpen(): void;
  /** The new `kinds` / `cities` (space-separated ids, undefined for all). */
  onKinds(kinds: string | undefined): void;
  onCities(cities: string | undefined): void;
}

/** The filters: one "Filter events" button (shown where narrow) and the Kind and City groups, each labelled. */
export function renderFilters(v: FiltersView): TemplateResult {
  const chip = (label: unknown, pressed: boolean, toggle: () => void) =>
    html`<button type="button" part="chip" class="chip" aria-pressed=${pressed ? 'true' : 'false'} @click=${toggle}>${label}</button>`;
  // Each group has a visible label ("Kind", "City"); its "All" chip is read with it.
  const group = (id: string, label: string, chips: unknown) =>
    html`<div class="filter-group" role="group" aria-labelledby=${`filter-${id}`}>
      <span class="filter-label" id=${`filter-${id}`}>${label}</span>
      <div class="chips">${chips}</div>
    </div>`;
  const chosen = v.chosenKinds.size + v.chosenCities.size;
  return html`<div part="filters" class="filters ${v.open ? 'open' : ''}" role="group" aria-label=${msg('Filter events', { id: 'timeline.filters' })}>
    <button type="button" class="filters-toggle" aria-expanded=${v.open ? 'true' : 'false'} aria-controls="filter-groups" @click=${() => v.onOpen()}>
      <span class="toggle-mark" aria-hidden="true"></span>${msg('Filter events', { id: 'timeline.filters' })}${chosen
        ? html` <span class="filters-chosen">(${formatNumber(chosen, v.lang)})</span>`
        : nothing}
    </button>
    <div class="filter-groups" id="filter-groups">
      ${group(
        'kind',
        msg('Kind', { id: 'timeline.kind' }),
        html`${chip(msg('All', { id: 'timeline.all' }), v.chosenKinds.size === 0, () => v.onKinds(undefined))}
        ${v.kinds.map((k) => chip(eventKindLabel(k), v.chosenKinds.has(k), () => v.onKinds(toggled(v.chosenKinds, k))))}`,
      )}
      ${v.cities.length > 1
        ? group(
            'city',
            msg('City', { id: 'timeline.city' }),
            html`${chip(msg('All', { id: 'timeline.all' }), v.chosenCities.size === 0, () => v.onCities(undefined))}
            ${v.cities.map((c) => chip(c.name, v.chosenCities.has(c.id), () => v.onCities(toggled(v.chosenCities, c.id))))}`,
          )
        : nothing}
    </div>
  </div>`;
}

/** The horizontal axis's earlier and later buttons: the arrows point along the reading direction. */
export function renderSteps(rtl: boolean, onStep: (direction: 1 | -1) => void): TemplateResult {
  const step = (direction: 1 | -1, label: string, arrow: string) =>
    html`<button type="button" class="step" aria-controls="events" aria-label=${label} title=${label} @click=${() => onStep(direction)}>
      <span aria-hidden="true">${arrow}</span>
    </button>`;
  return html`<div part="steps" class="steps">
    ${step(-1, msg('Earlier events', { id: 'timeline.earlier' }), rtl ? '→' : '←')}
    ${step(1, msg('Later events', { id: 'timeline.later' }), rtl ? '←' : '→')}
  </div>`;
}

function renderShare(share: ShareView, id: string): TemplateResult {
  const label = msg('Link to this event', { id: 'timeline.link' });
  return html`<p class="share">
    <button type="button" class="copy-link" @click=${() => share.onCopy(id)}>${msg('Copy link to this event', { id: 'timeline.copy-link' })}</button>
    ${share.shown === id
      ? html`<input class="link-field" type="url" readonly aria-label=${label} title=${label} .value=${live(share.href(id))} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />`
      : nothing}
  </p>`;
}

/**
 * A source as the reader sees it, isolated from the text around it: its headline, where it has one written in the
 * source's language alone, marked with that language and set in its direction (`752. Şeb-i Arus` in a right-to-left
 * page, its number first); else its publisher in the reader's language (marked only where it is in another).
 * `language` is the source's, not its publisher's name's: `IRIB News` in English is no Persian text.
 */
function sourceName(s: Source, c: EntryContext): TemplateResult {
  if (typeof s.title === 'string' && s.language) return html`<bdi lang=${s.language} dir=${directionOfLanguage(s.language)}>${s.title}</bdi>`;
  return html`<bdi>${c.text(s.title ?? s.publisher)}</bdi>`;
}

/**
 * A date with no-break spaces where a line must not break: before a number (a month and its year, "اسفند ۶۲۴",
 * "November 29"), and after one unless a bracket follows (a day and its month, a year and its era, "۶۴۲ ه‍.ق.", a year
 * and the dash of a range); but where a number and the word after it come before another number (a day and its month
 * before their year, "between 1247 and" before 1248), the line may break before that number. A long date in the
 * gutter then wraps between its parts ("حدود اسفند ۶۲۴ –" / "فروردین ۶۲۵", "تخمیناً ۲۶ جمادی‌الثانی" / "۶۴۲ ه‍.ق.",
 * "… 1244" / "(Julian)"), and always has a place to wrap: one without, wider than its column, was broken by the
 * browser inside its last word (a lone period on a line). A calendar's name in brackets is never broken.
 */
export function keepTogether(date: string): string {
  return date
    // A calendar's name in brackets stays whole: "(Jülyen takvimi)", "(hicri-şəmsi)" (a no-break hyphen).
    .replace(/\([^()]*\)/gu, (named) => named.replaceAll(' ', '\u00a0').replaceAll('-', '\u2011'))
    .replace(/ (?=\p{Nd})/gu, '\u00a0')
    .replace(/(\p{Nd}) (?!\()/gu, '$1\u00a0')
    .replace(/(\p{Nd}\u00a0[^\s\p{Nd}]+)\u00a0(?=\p{Nd})/gu, '$1 ');
}

function toggled(set: ReadonlySet<string>, value: string): string | undefined {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next.size ? [...next].join(' ') : undefined;
}

/** The localized name of an event kind; a kind the library does not know is shown as the dataset names it. */
export function eventKindLabel(kind: string): string {
  switch (kind) {
    case 'birth':
      return msg('Birth', { id: 'event-kind.birth' });
    case 'death':
      return msg('Death', { id: 'event-kind.death' });
    case 'meeting':
      return msg('Meeting', { id: 'event-kind.meeting' });
    case 'journey':
      return msg('Journey', { id: 'event-kind.journey' });
    case 'disappearance':
      return msg('Disappearance', { id: 'event-kind.disappearance' });
    case 'building':
      return msg('Building', { id: 'event-kind.building' });
    case 'museum':
      return msg('Museum', { id: 'event-kind.museum' });
    case 'heritage':
      return msg('Heritage', { id: 'event-kind.heritage' });
    case 'membership':
      return msg('Membership', { id: 'event-kind.membership' });
    case 'commemoration':
      return msg('Commemoration', { id: 'event-kind.commemoration' });
    case 'agreement':
      return msg('Agreement', { id: 'event-kind.agreement' });
    case 'founding':
      return msg('Founding', { id: 'event-kind.founding' });
    default:
      return kind;
  }
}
