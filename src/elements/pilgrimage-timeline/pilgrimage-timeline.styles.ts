import { css } from 'lit';

export const pilgrimageTimelineStyles = css`
  .filters {
    display: grid;
    gap: 0.5rem;
    margin-block-end: 0.75rem;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .chip {
    min-block-size: 2rem;
    padding-block: 0.25rem;
    padding-inline: 0.75rem;
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
    margin-block-end: 0.5rem;
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
    padding-block: 0.75rem;
    padding-inline: 1rem;
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
    inline-size: 0.875rem;
    block-size: 0.875rem;
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
    margin-block-start: 0.25rem;
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
    margin-block-start: 0.5rem;
    border-radius: calc(var(--_radius) / 2);
  }
  .more {
    margin-block-start: 0.375rem;
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
    gap: 0.375rem;
    margin-block-start: 0.5rem;
    font-size: 0.9375em;
  }
  .details[hidden] {
    display: none;
  }
  .gap {
    position: relative;
    margin-block: 0.25rem 0.75rem;
    color: var(--_muted);
    font-size: 0.875em;
    font-style: italic;
  }

  /* Vertical: the time line on the inline-start side, read top to bottom in both directions. */
  .vertical {
    display: grid;
    gap: 0.75rem;
    padding-inline-start: 1.75rem;
  }
  .vertical::before {
    content: '';
    position: absolute;
    inset-block: 0.5rem;
    inset-inline-start: 0.5625rem;
    inline-size: 2px;
    background: var(--_accent);
    opacity: 0.6;
  }
  .vertical .event::before {
    inset-inline-start: calc(-1.75rem + 0.1875rem - 4px);
    inset-block-start: 1rem;
  }
  .vertical.proportional .entry {
    margin-block-start: var(--gap, 0);
  }
  /* Windowed: the virtualizer places each entry; it fills the line's width (or its half, when alternating). */
  .vertical.windowed .entry {
    inline-size: 100%;
    padding-block-end: 0.75rem;
  }
  /* A break in the line where centuries pass. */
  .vertical .gap::before {
    content: '≈';
    position: absolute;
    inset-inline-start: -1.75rem;
    inline-size: 1.25rem;
    text-align: center;
    font-style: normal;
    font-weight: 700;
    color: var(--_accent);
    background: var(--_surface);
  }

  /* Wide: cards alternate on both sides of a central line. */
  @container (min-width: 48rem) {
    .vertical {
      padding-inline-start: 0;
    }
    .vertical::before {
      inset-inline-start: calc(50% - 1px);
    }
    .vertical .entry,
    .vertical.windowed .entry {
      inline-size: calc(50% - 1.5rem);
    }
    .vertical .entry.odd {
      margin-inline-start: calc(50% + 1.5rem);
    }
    .vertical .entry.odd .event::before {
      inset-inline-start: calc(-1.5rem - 0.4375rem - 4px);
    }
    .vertical .entry.even .event::before {
      inset-inline-start: auto;
      inset-inline-end: calc(-1.5rem - 0.4375rem - 4px);
    }
    .vertical .gap::before {
      display: none;
    }
  }

  /* Horizontal: the time axis runs in the reading direction (right to left in Persian). */
  .horizontal {
    display: flex;
    align-items: flex-start;
    gap: 1rem;
    overflow-x: auto;
    padding-block: 1.5rem 0.75rem;
    scroll-snap-type: x proximity;
    scroll-padding-inline: 0.5rem;
  }
  .horizontal .entry {
    flex: 0 0 var(--twin-timeline-card-width, 17rem);
    scroll-snap-align: start;
  }
  .horizontal .entry::before {
    content: '';
    position: absolute;
    inset-block-start: -0.875rem;
    inset-inline: -0.5rem;
    block-size: 2px;
    background: var(--_accent);
    opacity: 0.6;
  }
  .horizontal.proportional .entry {
    margin-inline-start: var(--gap, 0);
  }
  .horizontal .event::before {
    inset-block-start: calc(-0.875rem - 0.375rem - 1px);
    inset-inline-start: 0.75rem;
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
