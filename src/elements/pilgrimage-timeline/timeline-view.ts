/**
 * The timeline's controls as templates (DESIGN.md: the view): the filters in labelled groups behind a disclosure
 * button, and the horizontal axis's earlier/later buttons. Pure: they read what they are given and call back.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from '../../i18n/format.js';
import { msg } from '../../i18n/localize.js';

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
