import { css } from 'lit';

/**
 * The map on paper (after the shared print sheet): the picture and, under it, the list of places (its text
 * alternative, which the element renders while the page prints, see PrintController), with no zoom, reset or list
 * button and no popup. The picture keeps its proportions and fits the paper's width: drawn for the screen's width
 * (`--_drawn-width`, in px), it shrinks to a narrower page with its scale bar (`--_bar-width` of it), so that the bar
 * still measures the map; it does not grow past its drawn size on a wider page, where its labels would grow too.
 * Land, water and the line print in their (light) colours: a map without them is unreadable.
 */
export const cityMapPrintStyles = css`
  @media print {
    .toolbar,
    .popup {
      display: none;
    }
    .viewport {
      /* The height set for the screen gives way to the picture's own (its width times its proportions). */
      block-size: auto !important;
      inline-size: min(100%, var(--_drawn-width, 100000) * 1px);
      container-type: inline-size;
      break-inside: avoid;
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
    /* Its drawn width (its width attribute: also the static HTML copy's, which sets no --_drawn-width), or less. */
    svg.map {
      inline-size: auto;
      max-inline-size: 100%;
      block-size: auto;
    }
    .scale-bar {
      inline-size: calc(var(--_bar-width) / var(--_drawn-width) * 100cqi);
    }
    /* The list of places stays on one page with its sentence where it fits; a longer one breaks between rows. Its
       heading row is not repeated on the next page: Chromium then laid the rows out twice as tall and out of the frame. */
    .places {
      break-inside: avoid;
    }
    .places-table thead {
      display: table-row-group;
    }
    .places-table tr {
      break-inside: avoid;
    }
    .places-table thead tr {
      break-after: avoid;
    }
    .places-table tr.selected {
      background: none;
    }
  }
`;
