import { css } from 'lit';

/*
 * Lengths in custom properties (--_axis, --_card-start, …) are em: they are read where they are used, so they are
 * used only on boxes in the list's font size (the text's own size is set on inner spans).
 */
export const pilgrimageTimelineStyles = css`
  :host {
    /* The block size kept while loading (see .state.loading), as in the README's host rule. */
    --_reserve: 40em;
    /* Touch targets: 24 px always, 44 px under a coarse pointer (VISUAL.md). */
    --_target: 24px;
  }
  @media (pointer: coarse) {
    :host {
      --_target: 44px;
    }
  }
  cite {
    font-style: normal;
  }

  /* ——— filters: labelled groups; where narrow, one button opens them ——— */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-end: 0.75em;
  }
  .filters {
    flex: 1 1 auto;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
  }
  .filters-toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: max(var(--_target), 2.25em);
    min-inline-size: var(--_target);
    padding-block: 0.25em;
    padding-inline: 0.75em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 0.875em;
    cursor: pointer;
  }
  .steps {
    display: flex;
    gap: 0.5em;
    margin-inline-start: auto;
  }
  .step {
    min-block-size: max(var(--_target), 2.25em);
    min-inline-size: max(var(--_target), 2.75em);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  .step:hover,
  .filters-toggle:hover {
    background: var(--_subtle);
  }
  /* A chevron drawn with borders (no icon font, no image): down when closed, up when open, in both directions. */
  .toggle-mark {
    inline-size: 0.5em;
    block-size: 0.5em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
  }
  .filters.open .toggle-mark {
    transform: translateY(0.15em) rotate(225deg);
  }
  .filter-groups {
    display: none;
    flex-basis: 100%;
    gap: 0.5em;
  }
  .filters.open .filter-groups {
    display: grid;
  }
  /* The label beside its chips in every group, on the baseline of their first row; the chips wrap under each other
     (a group whose chips did not fit beside the label went under it, the other beside: two rows out of line). */
  .filter-group {
    display: flex;
    align-items: baseline;
    gap: 0.375em 0.75em;
  }
  .filter-label {
    min-inline-size: 4.5em;
    font-size: max(0.8125em, 12px);
    font-weight: 600;
    color: var(--_muted);
  }
  .chips {
    flex: 1 1 0;
    min-inline-size: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .chip {
    min-block-size: max(var(--_target), 2.25em);
    min-inline-size: var(--_target);
    padding-block: 0.25em;
    padding-inline: 0.875em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 0.875em;
    cursor: pointer;
  }
  .chip:hover {
    background: var(--_subtle);
  }
  .chip[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .count {
    font-size: max(0.8125em, 12px);
    margin-block-end: 0.5em;
  }
  @container (min-width: 40em) {
    .filters-toggle {
      display: none;
    }
    .filter-groups,
    .filters.open .filter-groups {
      display: grid;
    }
  }
  .event-bone {
    block-size: 6em;
    border-radius: calc(var(--_radius) / 1.5);
  }

  /* ——— an event: the date as a kicker, then the card (headline, place, details) ——— */
  .events {
    list-style: none;
    margin: 0;
    padding: 0;
    position: relative;
  }
  .entry {
    position: relative;
  }
  .event {
    position: relative;
    border-radius: calc(var(--_radius) / 1.5);
    cursor: pointer;
  }
  .event:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .card {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.75em;
    padding-block: 0.5em;
    padding-inline: 0.875em;
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_subtle);
  }
  .event:hover .card {
    border-color: var(--_border);
  }
  .entry.selected .card {
    border-color: var(--_accent);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }
  .date {
    font-size: 0.875em;
    font-weight: 600;
    line-height: 1.4;
    color: var(--_accent);
  }
  .secondary-date {
    display: block;
    font-weight: 400;
    font-size: max(0.9286em, 12px);
    color: var(--_muted);
  }
  .title {
    flex-basis: 100%;
    font-size: 1.125em;
    font-weight: 650;
    line-height: 1.3;
  }
  .where {
    flex: 0 1 auto;
    font-size: max(0.8125em, 12px);
    line-height: 1.4;
  }
  /* A line of its own after the place, before the "Details" button (VISUAL.md: image, then the disclosure), in the
     order a screen reader reads them. */
  .figure {
    flex-basis: 100%;
    margin: 0.5em 0;
  }
  .image {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    border-radius: calc(var(--_radius) / 2);
  }
  .credit {
    margin-block-start: 0.25em;
    font-size: var(--_fs-meta);
  }
  .more {
    min-block-size: var(--_target);
    min-inline-size: max(var(--_target), 3em);
    padding-inline: 0.25em;
    /* Its word in line with the headline's start when it begins a line (the padding only widens the target). */
    margin-inline-start: -0.25em;
    padding-block: 0;
    border: 0;
    background: none;
    color: var(--_link);
    font: inherit;
    font-size: 0.875em;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .more[aria-expanded='true'] {
    text-decoration: none;
  }
  /* A line of its own under the place and the button (a narrower flex item would stand beside them in a wide card). */
  .details {
    order: 2;
    flex: 0 0 100%;
    display: grid;
    gap: 0.375em;
    margin-block: 0.25em;
    font-size: 0.9375em;
  }
  .details > * {
    max-inline-size: 38em;
  }
  .details[hidden] {
    display: none;
  }
  /* "Copy link to this event" (deep links), and the link in a field where the clipboard cannot be written. */
  .share {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }
  .copy-link {
    min-block-size: max(var(--_target), 2em);
    min-inline-size: var(--_target);
    padding-block: 0.125em;
    padding-inline: 0.625em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_surface);
    color: var(--_link);
    font: inherit;
    font-size: 0.875em;
    cursor: pointer;
  }
  .copy-link:hover {
    background: var(--_subtle);
  }
  .link-field {
    flex: 1 1 12em;
    min-inline-size: 0;
    min-block-size: var(--_target);
    padding-inline: 0.5em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 0.875em;
    direction: ltr;
  }
  /* Arabic script: taller lines (VISUAL.md), and no italic, letter-spacing or case change anywhere here. */
  :is(:lang(fa), :lang(az-Arab), :lang(ar)) :is(.title) {
    line-height: 1.6;
  }
  :is(:lang(fa), :lang(az-Arab), :lang(ar)) :is(.date, .gap-text) {
    line-height: 1.6;
  }
  :is(:lang(fa), :lang(az-Arab), :lang(ar)) :is(.where) {
    line-height: 1.7;
  }
  :is(:lang(fa), :lang(az-Arab), :lang(ar)) .details {
    line-height: 1.8;
  }

  /* ——— era headings and the break in the axis where centuries pass ——— */
  /* A section's title (VISUAL.md): above the events' headlines. */
  .era-text {
    display: block;
    font-size: var(--_fs-title);
    font-weight: 700;
    line-height: var(--_lh-title);
  }
  .gap {
    position: relative;
    color: var(--_muted);
  }
  .gap-text {
    font-size: 0.875em;
    font-weight: 600;
    font-style: normal;
  }

  /*
   * Vertical: one column of cards beside the axis, in the reading direction's start side. Where wide, the dates
   * stand in a gutter before the axis, so that every row is full.
   */
  .vertical {
    --_axis: 0.875em;
    --_card-start: 1.75em;
    --_dot-y: 0.7em;
    display: grid;
    gap: 0.5em;
  }
  .vertical::before {
    content: '';
    position: absolute;
    inset-block: 0.5em;
    inset-inline-start: calc(var(--_axis) - 1px);
    inline-size: 2px;
    background: var(--_accent);
    opacity: 0.6;
  }
  .vertical .event {
    display: grid;
    grid-template-columns: var(--_card-start) minmax(0, 1fr);
    row-gap: 0.125em;
  }
  .vertical .date,
  .vertical .card {
    grid-column: 2;
  }
  .vertical .event::before,
  .vertical .gap::before {
    content: '';
    position: absolute;
    box-sizing: border-box;
  }
  /* The dot, centred on the axis at the date's first line, whatever the card's height. */
  .vertical .event::before {
    inset-inline-start: calc(var(--_axis) - 7px);
    inset-block-start: calc(var(--_dot-y) - 7px);
    inline-size: 14px;
    block-size: 14px;
    border-radius: 50%;
    background: var(--_accent);
    border: 3px solid var(--_surface);
  }
  .vertical .entry.selected .event::before {
    background: var(--_text);
  }
  .vertical .era {
    padding-inline-start: var(--_card-start);
    /* The title's own leading sets it off from the card above; below it, room for the focus ring of the event under
       it (3 px, 2 px off the event), which crossed its last line. */
    padding-block: 0 0.3125em;
  }
  .vertical .entry:first-child .era {
    padding-block-start: 0;
  }
  /* The break: the axis stops, a dashed stretch between two bars, and the years in words beside it. */
  .vertical .gap {
    display: flex;
    align-items: center;
    min-block-size: 3em;
    padding-inline-start: var(--_card-start);
    margin-block: 0.25em;
  }
  .vertical .gap::before {
    inset-block: 0;
    inset-inline-start: calc(var(--_axis) - 7px);
    inline-size: 14px;
    border-block: 2px solid var(--_accent);
    background:
      repeating-linear-gradient(to bottom, var(--_accent) 0 3px, transparent 3px 7px) center / 2px calc(100% - 8px) no-repeat,
      var(--_surface);
  }
  .vertical.proportional .entry {
    margin-block-start: var(--gap, 0);
  }
  /* Windowed: the virtualizer places each entry; it fills the line's width. */
  .vertical.windowed .entry {
    inline-size: 100%;
    padding-block-end: 0.5em;
  }
  @container (min-width: 40em) {
    .vertical {
      --_gutter: 11em;
      --_axis: calc(var(--_gutter) + 1em);
      --_card-start: calc(var(--_gutter) + 2em);
      /* The date's first line, level with the headline's (the card's padding, 0.5em, above it). */
      --_dot-y: 1.2em;
    }
    .vertical .event {
      grid-template-columns: var(--_gutter) 2em minmax(0, 1fr);
    }
    .vertical .date {
      grid-column: 1;
      grid-row: 1;
      padding-block-start: calc(0.5em / 0.875);
      text-align: end;
    }
    .vertical .card {
      grid-column: 3;
      grid-row: 1;
      align-self: start;
    }
  }

  /* ——— horizontal: the time axis runs in the reading direction (right to left in Persian) ——— */
  .horizontal {
    /* The era heading above the axis, the year ticks' labels under it, then the cards. */
    --_head: 4.5em;
    --_axis-y: 2.5em;
    display: flex;
    align-items: flex-start;
    gap: 1em;
    overflow-x: auto;
    padding-block-end: 0.75em;
    padding-inline: 0.5em;
    scroll-snap-type: x mandatory;
    scroll-padding-inline: 0.5em;
  }
  .horizontal .entry {
    flex: 0 0 var(--twin-timeline-card-width, 17em);
    padding-block-start: var(--_head);
    scroll-snap-align: start;
  }
  .horizontal .entry::before,
  .horizontal .entry::after {
    content: '';
    position: absolute;
    box-sizing: border-box;
  }
  .horizontal .entry::before {
    inset-block-start: calc(var(--_axis-y) - 1px);
    inset-inline: -0.5em;
    block-size: 2px;
    background: var(--_accent);
    opacity: 0.6;
  }
  /* Every dot on the axis: all entries have the same head above their card. */
  .horizontal .entry::after {
    inset-block-start: calc(var(--_axis-y) - 7px);
    inset-inline-start: 0.75em;
    inline-size: 14px;
    block-size: 14px;
    border-radius: 50%;
    background: var(--_accent);
    border: 3px solid var(--_surface);
  }
  .horizontal .entry.selected::after {
    background: var(--_text);
  }
  /*
   * The year ticks between an event's dot and the next one's: a strip from this dot to the next (the card, the gap
   * between cards and any proportional space before the next), each tick at its share of the way, its mark centred on
   * the axis and its label under it, clear of the dots (which reach 7 px under the axis).
   */
  .horizontal .ticks {
    position: absolute;
    inset-block-start: var(--_axis-y);
    inset-inline-start: calc(0.75em + 7px);
    inline-size: calc(100% + 1em + var(--next-gap, 0em));
    block-size: 0;
    pointer-events: none;
  }
  .tick {
    position: absolute;
    inset-block-start: -4px;
    inset-inline-start: var(--at);
    inline-size: 1px;
    block-size: 8px;
    background: var(--_accent);
  }
  .tick-label {
    position: absolute;
    inset-block-start: 11px;
    inset-inline-start: -2.5em;
    inline-size: 5em;
    text-align: center;
    font-size: max(0.75em, 12px);
    line-height: 1.2;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  /* Arabic script's smallest size is 13 px (VISUAL.md): Persian digits at 12 px are hard to tell apart. */
  .tick-label:is(:lang(fa), :lang(az-Arab), :lang(ar)) {
    font-size: max(0.75em, 13px);
    /* The box a year is centred in, as wide as at 12 px: ticks stay 4em of the text apart (timeline-model.ts). */
    inset-inline-start: -2em;
    inline-size: 4em;
    white-space: nowrap;
  }
  .horizontal .era {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    white-space: nowrap;
  }
  .horizontal .date {
    display: block;
    margin-block-end: 0.25em;
  }
  .horizontal.proportional .entry {
    margin-inline-start: var(--gap, 0);
  }
  /* The break: room before the entry, a dashed stretch of axis and the years in words under it. */
  .horizontal .entry.after-break {
    margin-inline-start: 8em;
  }
  .horizontal .gap {
    position: absolute;
    inset-block-start: calc(var(--_axis-y) - 7px);
    inset-inline-end: calc(100% + 1em);
    inline-size: 7em;
    padding-block-start: 1.25em;
    text-align: center;
  }
  .horizontal .gap::before {
    content: '';
    position: absolute;
    inset-block-start: 0;
    inset-inline: -1em;
    block-size: 14px;
    border-inline: 2px solid var(--_accent);
    background:
      repeating-linear-gradient(to right, var(--_accent) 0 3px, transparent 3px 7px) center / calc(100% - 8px) 2px no-repeat,
      var(--_surface);
  }

  /*
   * Print: every event with its details, in one column (the element renders so while the page prints, see
   * PrintController); nothing that only a pointer or a key can work, no shadow, and no event cut across two pages.
   */
  @media print {
    .toolbar,
    .steps,
    .more,
    .share {
      display: none;
    }
    .entry.selected .card {
      box-shadow: none;
    }
    .event {
      break-inside: avoid;
    }
  }

  @media (forced-colors: active) {
    .chip[aria-pressed='true'],
    .entry.selected .card {
      border-color: Highlight;
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .vertical .event::before,
    .horizontal .entry::after,
    .tick,
    .vertical::before,
    .horizontal .entry::before {
      background: CanvasText;
    }
    .vertical .gap::before,
    .horizontal .gap::before {
      forced-color-adjust: none;
      background: Canvas;
      border-color: CanvasText;
    }
  }
`;
