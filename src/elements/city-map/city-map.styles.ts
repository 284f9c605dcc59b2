import { css } from 'lit';
import { schemeColours } from '../../shared/styles.js';
import { printStyles } from '../../shared/print.styles.js';
import { cityMapPrintStyles } from './city-map.print.styles.js';

const mapColours = schemeColours({
  land: ['--twin-map-land', '#f4f0e8', '#353a43'],
  water: ['--twin-map-water', '#cde2f2', '#0f1d2e'],
  'country-border': ['--twin-map-border', '#a39c8e', '#6c7380'],
  place: ['--twin-map-place', '#8a4b08', '#f0b46a'],
});

export const cityMapStyles = [
  mapColours,
  css`
  :host {
    --_arc: var(--twin-map-arc, var(--_accent));
    --_city: var(--twin-map-city, var(--_accent));
  }
  .map-frame {
    display: grid;
    gap: 0.5em;
  }
  /* The skeleton: the map at its height (see viewport), under the toolbar (a bone of its height until translated). */
  .toolbar-bone {
    block-size: calc(2.25em * 1.125);
    inline-size: 60%;
  }
  /* mapHeight() in map-model.ts: taller than wide-screen on phones. The static copy's frame too, so that the live
     map takes its place without moving the page. */
  .map-bone,
  .viewport.still {
    block-size: var(--twin-map-height, max(min(90cqi, 360px), min(60cqi, 560px), 240px));
  }
  .viewport.still {
    background: var(--_water);
  }
  /* The copy's pictures (map-server-copy.ts): the one drawn for the frame's width, fitted inside it, its land going
     on past its edges where the frame's proportions are not its own. */
  @media not print {
    .viewport.still {
      container-type: size;
    }
    .still-picture {
      display: none;
      position: absolute;
      inset: 0;
    }
    @container (max-width: 479.98px) {
      .still-picture.narrow {
        display: block;
      }
    }
    @container (min-width: 480px) and (max-width: 899.98px) {
      .still-picture.medium {
        display: block;
      }
    }
    @container (min-width: 900px) {
      .still-picture.wide {
        display: block;
      }
    }
    svg.map.still {
      overflow: visible;
    }
  }
  .still-scale rect {
    fill: var(--_surface);
  }
  .still-scale text {
    fill: var(--_text);
    stroke: none;
    font-size: 12px;
  }
  /* The copy's lines are set from the side towards their point (server-labels.ts). */
  .map.still text.middle {
    text-anchor: middle;
  }
  .map.still text.end {
    text-anchor: end;
  }
  .still-scale path {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  /* The copy's list of places, under the map, shown by a disclosure in the toolbar's row (as tall as the toolbar);
     on paper it is always shown (city-map.print.styles.ts). */
  @media not print {
    .places-copy:not([open]) ~ .places {
      display: none;
    }
  }
  .places-copy > summary.tool {
    /* A block of the toolbar button's height (inline, it would sit on a line of the text's height), its size
       counted as a button's is. */
    display: flex;
    box-sizing: border-box;
    list-style: none;
    inline-size: fit-content;
  }
  .places-copy > summary::-webkit-details-marker {
    display: none;
  }
  .map-bone {
    border-radius: calc(var(--_radius) / 1.5);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .zoom {
    display: flex;
  }
  .tool {
    /* 2.5em of the surrounding text, in the tool's own 1.125em. */
    min-inline-size: 2.25em;
    min-block-size: 2.25em;
    padding-block: 0.25em;
    padding-inline: 0.625em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 1.125em;
    line-height: 1;
    cursor: pointer;
  }
  /* The pair: one outline, split by the buttons' shared border. */
  .zoom .tool:first-child {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  .zoom .tool + .tool {
    margin-inline-start: -1px;
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  .zoom .tool:is(:hover, :focus-visible) {
    position: relative;
  }
  .tool.labelled {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.375em;
  }
  .tool .label {
    /* 0.875em of the surrounding text. */
    font-size: calc(0.875em / 1.125);
  }
  .tool.list {
    margin-inline-start: auto;
  }
  .icon {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .icon .dots {
    stroke-width: 2.5;
  }
  .base[dir='rtl'] .icon.mirrored {
    transform: scaleX(-1);
  }
  /* Where the labels would wrap the toolbar to a second row, the two labelled buttons show their icon alone: the
     label, cut to no width, is still the button's name. */
  @container (max-width: 30em) {
    .tool.labelled {
      gap: 0;
    }
    .tool .label {
      max-inline-size: 0;
      overflow: hidden;
      white-space: nowrap;
    }
  }
  @media (pointer: coarse) {
    .tool {
      min-inline-size: max(2.25em, 44px);
      min-block-size: max(2.25em, 44px);
    }
    /* The toolbar's bone keeps the toolbar's height: the map under it must not move when the translations come. */
    .toolbar-bone {
      block-size: max(calc(2.25em * 1.125), 44px);
    }
  }
  .tool:hover:not([aria-disabled='true']) {
    background: var(--_subtle);
  }
  .tool[aria-disabled='true'] {
    opacity: 0.55;
    cursor: default;
  }
  .tool[aria-pressed='true'],
  .tool[aria-pressed='true']:hover:not([aria-disabled='true']) {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .tool[aria-pressed='true']:hover:not([aria-disabled='true']) {
    box-shadow: inset 0 0 0 2px var(--_on-accent);
  }
  .viewport {
    position: relative;
    overflow: hidden;
    border-radius: calc(var(--_radius) / 1.5);
    /* One finger scrolls the page; two fingers pinch and move the map. */
    touch-action: pan-x pan-y;
    -webkit-user-select: none;
    user-select: none;
  }
  svg.map {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    direction: ltr;
  }
  svg.map:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .water {
    fill: var(--_water);
  }
  .land,
  .lake {
    fill: var(--_land);
    stroke: var(--_country-border);
    stroke-width: 0.75;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .lake {
    fill: var(--_water);
  }
  .arc {
    fill: none;
    stroke: var(--_arc);
    stroke-width: 2.5;
    stroke-dasharray: 7 5;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
  }
  text {
    text-anchor: start;
    font-family: inherit;
    fill: var(--_text);
    paint-order: stroke;
    stroke: var(--_land);
    stroke-width: 3.5px;
    stroke-linejoin: round;
    pointer-events: none;
  }
  /* An atlas's hierarchy: the two cities, then places, then country names and reference cities, lighter; in em of
     the text around the map, at least 12 px (13 px in Arabic script; the cities 2 px more). MAP_TEXT in map-model.ts
     has the same sizes.
     The static copy is laid out for 16 px text, and drawn at it. */
  .map {
    --_text-floor: 12px;
  }
  .map.still {
    font-size: 16px;
  }
  .base[dir='rtl'] .map {
    --_text-floor: 13px;
  }
  .label.city {
    font-size: max(0.9375em, calc(var(--_text-floor) + 2px));
    font-weight: 700;
  }
  .label.place {
    font-size: max(0.8125em, var(--_text-floor));
  }
  .distance {
    font-size: max(0.8125em, var(--_text-floor));
    font-weight: 600;
  }
  .distance text {
    stroke: none;
  }
  .distance .pill {
    fill: var(--_surface);
    stroke: var(--_arc);
    stroke-width: 1.5;
  }
  .country-label {
    font-size: max(0.75em, var(--_text-floor));
    fill: var(--_muted);
  }
  /* A reference city is a city: its name in the text's colour, darker than the country names around it (an atlas's
     hierarchy, VISUAL.md), lighter than the two cities by its weight and size. */
  .landmark-label {
    font-size: max(0.75em, var(--_text-floor));
    fill: var(--_text);
  }
  .landmark-dot {
    fill: var(--_muted);
    stroke: var(--_land);
    stroke-width: 1;
  }
  .scale {
    position: absolute;
    inset-block-end: 0.5em;
    inset-inline-start: 0.5em;
    display: flex;
    align-items: center;
    gap: 0.375em;
    padding-block: 0.125em;
    padding-inline: 0.375em;
    border-radius: 0.375em;
    background: var(--_surface);
    color: var(--_text);
    font-size: max(0.8125em, 12px);
    line-height: 1.2;
    pointer-events: none;
  }
  .scale[data-side='end'] {
    inset-inline-start: auto;
    inset-inline-end: 0.5em;
  }
  .scale-bar {
    display: block;
    overflow: visible;
  }
  .scale-bar path {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
  }
  .marker {
    cursor: pointer;
    outline: none;
  }
  .marker .hit {
    fill: transparent;
  }
  .marker .dot {
    stroke: var(--_surface);
    stroke-width: 2;
  }
  .marker.city .dot {
    fill: var(--_city);
  }
  .marker.place .dot {
    fill: var(--_place);
  }
  .marker .ring {
    fill: none;
    stroke: transparent;
    stroke-width: 3;
  }
  .marker:hover .ring,
  .marker.selected .ring {
    stroke: var(--_text);
  }
  .marker:focus-visible .ring {
    stroke: var(--_focus);
    stroke-width: 3.5;
  }
  .leader line {
    stroke: var(--_place);
    stroke-width: 1.25;
  }
  .leader .anchor {
    fill: var(--_place);
  }
  .popup {
    position: absolute;
    inline-size: min(17.5em, calc(100% - 1em));
    padding: 0.75em;
    /* Where it is shortened to the room the map has (placePopup), it scrolls: a shadow at the edge it scrolls to
       says there is more (the two covers scroll with the text and hide each shadow at its end). Below color-mix(),
       the plain surface. */
    background: var(--_surface);
    background:
      linear-gradient(var(--_surface) 40%, transparent) top / 100% 1.5em no-repeat local,
      linear-gradient(transparent, var(--_surface) 60%) bottom / 100% 1.5em no-repeat local,
      radial-gradient(farthest-side at 50% 0, color-mix(in srgb, var(--_text) 30%, transparent), transparent) top / 100% 0.625em no-repeat scroll,
      radial-gradient(farthest-side at 50% 100%, color-mix(in srgb, var(--_text) 30%, transparent), transparent) bottom / 100% 0.625em no-repeat scroll,
      var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
    font-size: 0.9375em;
    /* The close button floats at the end of the first lines: the title and the kind line run beside it. */
    display: flow-root;
    -webkit-user-select: text;
    user-select: text;
    /* Shortened by placePopup when the map has no room for all of it. */
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  .popup > p {
    margin-block: 0.375em 0;
  }
  .popup:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .popup .section-title {
    margin: 0;
  }
  .close {
    float: inline-end;
    margin-inline-start: 0.5em;
    /* 2em of the popup's text, in the button's own 1.25em. */
    min-inline-size: 1.6em;
    min-block-size: 1.6em;
    border: 0;
    border-radius: 50%;
    background: var(--_subtle);
    color: var(--_text);
    font-size: 1.25em;
    line-height: 1;
    cursor: pointer;
  }
  @media (pointer: coarse) {
    .close {
      min-inline-size: 44px;
      min-block-size: 44px;
    }
  }
  .places {
    display: grid;
    gap: 0.75em;
  }
  .places-table {
    /* Words break only where a line has no other room (not anywhere, which would narrow the kind column). */
    overflow-wrap: break-word;
    border-collapse: collapse;
    inline-size: 100%;
    font-size: 0.9375em;
  }
  .places-table th,
  .places-table td {
    text-align: start;
    padding-block: 0.375em;
    padding-inline: 0.375em;
    border-block-end: 1px solid var(--_border);
    vertical-align: top;
  }
  .places-table thead th {
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* The table's edges line up with the text above it (room for a phone's four columns). */
  .places-table :is(th, td):first-child {
    padding-inline-start: 0;
  }
  .places-table :is(th, td):last-child {
    padding-inline-end: 0;
  }
  .places-table .keep {
    white-space: nowrap;
  }
  .places-table tr.selected {
    background: var(--_subtle);
  }
  /* In a narrow frame (a sidebar, a small phone) the four columns do not fit: each place becomes a block of its own,
     its name, then its kind and city on one line, then its coordinates. The column headers stay for screen readers,
     with the table's roles (written out in the markup). */
  @container (max-width: 22em) {
    .places-table,
    .places-table tbody {
      display: block;
    }
    .places-table thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .places-table tbody tr {
      display: flex;
      flex-wrap: wrap;
      column-gap: 0.75em;
      padding-block: 0.5em;
      border-block-end: 1px solid var(--_border);
    }
    .places-table tbody :is(th, td) {
      padding: 0;
      border: 0;
    }
    .places-table tbody th,
    .places-table .coordinates {
      flex-basis: 100%;
    }
    .places-table .kind,
    .places-table .coordinates {
      color: var(--_muted);
    }
  }
  @media (forced-colors: active) {
    .land,
    .lake {
      fill: Canvas;
      stroke: CanvasText;
    }
    .water {
      fill: Canvas;
    }
    .arc,
    .leader line {
      stroke: Highlight;
    }
    .marker .dot,
    .leader .anchor {
      fill: Highlight;
    }
    text {
      fill: CanvasText;
      stroke: Canvas;
    }
    /* The pressed list button in the system's highlight, a button with nothing to do in its grey text (a disabled
       button's own, which aria-disabled does not give). */
    .tool[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
    .tool[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`,
  printStyles,
  cityMapPrintStyles,
];
