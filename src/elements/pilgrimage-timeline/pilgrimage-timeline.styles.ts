import { css } from 'lit';

export const pilgrimageTimelineStyles = css`
  :host {
    /* The block size kept while loading (see .state.loading), as in the README's host rule. */
    --_reserve: 40em;
  }
  .filters {
    display: grid;
    gap: 0.5em;
    margin-block-end: 0.75em;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .chip {
    min-block-size: max(24px, 2.25em);
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
    font-size: 0.875em;
    margin-block-end: 0.5em;
  }
  .event-bone {
    block-size: 6em;
    border-radius: calc(var(--_radius) / 1.5);
  }
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
    padding-block: 0.75em;
    padding-inline: 1em;
    border: 1px solid transparent;
    border-inline-start-width: 4px;
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_subtle);
    cursor: pointer;
  }
  .event:hover {
    border-color: var(--_border);
  }
  .entry.selected .event {
    border-color: var(--_border);
    border-inline-start-color: var(--_accent);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }
  .event:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* The dot on the time line. */
  .event::before {
    content: '';
    position: absolute;
    inline-size: 14px;
    block-size: 14px;
    border-radius: 50%;
    background: var(--_accent);
    border: 3px solid var(--_surface);
    box-sizing: border-box;
  }
  .entry.selected .event::before {
    background: var(--_text);
  }
  .date {
    font-weight: 600;
    color: var(--_accent);
  }
  .secondary-date {
    display: block;
    font-weight: 400;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .title {
    margin-block-start: 0.25em;
    font-size: 1.0625em;
    font-weight: 700;
    line-height: 1.3;
  }
  .where {
    font-size: 0.9375em;
  }
  .image {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    margin-block-start: 0.5em;
    border-radius: calc(var(--_radius) / 2);
  }
  .more {
    margin-block-start: 0.375em;
    min-block-size: 24px;
    min-inline-size: 24px;
    padding: 0;
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
  .details {
    display: grid;
    gap: 0.375em;
    margin-block-start: 0.5em;
    font-size: 0.9375em;
  }
  .details[hidden] {
    display: none;
  }
  .gap {
    position: relative;
    margin-block: 0.25em 0.75em;
    color: var(--_muted);
    font-size: 0.875em;
    font-style: italic;
  }
  /* Arabic script has no italic (VISUAL.md): Persian, Arabic-script Azerbaijani (az-Arab, az-Arab-IR) and Arabic. */
  .gap:is(:lang(fa), :lang(az-Arab), :lang(ar)) {
    font-style: normal;
  }

  /* Vertical: the time line on the inline-start side, read top to bottom in both directions. */
  .vertical {
    display: grid;
    gap: 0.75em;
    padding-inline-start: 1.75em;
  }
  /* The axis's centre is 0.625em from the list's start edge; each 14 px dot is centred on it. */
  .vertical::before {
    content: '';
    position: absolute;
    inset-block: 0.5em;
    inset-inline-start: calc(0.625em - 1px);
    inline-size: 2px;
    background: var(--_accent);
    opacity: 0.6;
  }
  .vertical .event::before {
    /* From the event's padding edge: back over its 4 px start border and the list's 1.75em padding. */
    inset-inline-start: calc(0.625em - 1.75em - 7px - 4px);
    inset-block-start: 1em;
  }
  .vertical.proportional .entry {
    margin-block-start: var(--gap, 0);
  }
  /* Windowed: the virtualizer places each entry; it fills the line's width (or its half, when alternating). */
  .vertical.windowed .entry {
    inline-size: 100%;
    padding-block-end: 0.75em;
  }
  /* A break in the line where centuries pass. */
  .vertical .gap::before {
    content: '≈';
    position: absolute;
    /* In the gap's own font size (0.875em): 1.75em and 1.25em of the list's. */
    inset-inline-start: calc(-1.75em / 0.875);
    inline-size: calc(1.25em / 0.875);
    text-align: center;
    font-style: normal;
    font-weight: 700;
    color: var(--_accent);
    background: var(--_surface);
  }

  /* Wide: cards alternate on both sides of a central line. */
  @container (min-width: 48em) {
    .vertical {
      padding-inline-start: 0;
    }
    .vertical::before {
      inset-inline-start: calc(50% - 1px);
    }
    .vertical .entry,
    .vertical.windowed .entry {
      inline-size: calc(50% - 1.5em);
    }
    .vertical .entry.odd {
      margin-inline-start: calc(50% + 1.5em);
    }
    .vertical .entry.odd .event::before {
      inset-inline-start: calc(-1.5em - 7px - 4px);
    }
    .vertical .entry.even .event::before {
      inset-inline-start: auto;
      /* The end border is 1 px (the start border 4 px). */
      inset-inline-end: calc(-1.5em - 7px - 1px);
    }
    .vertical .gap::before {
      display: none;
    }
  }

  /* Horizontal: the time axis runs in the reading direction (right to left in Persian). */
  .horizontal {
    display: flex;
    align-items: flex-start;
    gap: 1em;
    overflow-x: auto;
    padding-block: 1.5em 0.75em;
    scroll-snap-type: x proximity;
    scroll-padding-inline: 0.5em;
  }
  .horizontal .entry {
    flex: 0 0 var(--twin-timeline-card-width, 17em);
    scroll-snap-align: start;
  }
  .horizontal .entry::before {
    content: '';
    position: absolute;
    inset-block-start: -0.875em;
    inset-inline: -0.5em;
    block-size: 2px;
    background: var(--_accent);
    opacity: 0.6;
  }
  .horizontal.proportional .entry {
    margin-inline-start: var(--gap, 0);
  }
  .horizontal .event::before {
    /* The axis's centre is at -0.875em + 1px; back over the event's 1 px top border. */
    inset-block-start: calc(-0.875em - 7px);
    inset-inline-start: 0.75em;
  }
  @media (forced-colors: active) {
    .chip[aria-pressed='true'],
    .entry.selected .event {
      border-color: Highlight;
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .event::before,
    .vertical::before,
    .horizontal .entry::before {
      background: CanvasText;
    }
  }
`;
