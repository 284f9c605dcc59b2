import { css } from 'lit';

/**
 * The map on paper (after the shared print sheet): the picture and, under it, the list of places (its text
 * alternative, which the element renders while the page prints, see PrintController), with no zoom, reset or list
 * button and no popup. The picture keeps its proportions and fits the paper's width: drawn for the screen's width, at
 * most a page's while printing (`--_drawn-width`, in px; see city-map.ts), it shrinks to a narrower page with its
 * scale bar (`--_bar-width` of it), so that the bar still measures the map; it does not grow past its drawn size on a
 * wider page, where its labels would grow too.
 * The screen's block size of the frame gives way to the picture's own (its width times its proportions); the picture
 * is its width attribute's size or less (so is the static HTML copy's, which prints its picture drawn 640 px wide,
 * its scale bar inside it). Land, water
 * and the line print in their (light) colours: a map without them is unreadable. The list of places stays on one page
 * with its sentence where it fits, a longer one breaking between rows; its heading row is not repeated on the next
 * page (Chromium then laid the rows out twice as tall, the last one outside the frame).
 */
export const cityMapPrintStyles = css`
  @media print {
    .toolbar,
    .places-copy,
    .popup {
      display: none;
    }
    .viewport {
      block-size: auto !important;
      inline-size: min(100%, var(--_drawn-width, 100000) * 1px);
      container-type: inline-size;
      break-inside: avoid;
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
    svg.map {
      inline-size: auto;
      max-inline-size: 100%;
      block-size: auto;
    }
    .scale-bar {
      inline-size: calc(var(--_bar-width) / var(--_drawn-width) * 100cqi);
    }
    /* The static copy prints the picture drawn for a page's width (640 px, see map-server-copy.ts), in a frame of its
       width: wider, the frame showed water beside the land's cut edge. */
    .still-picture:not(.medium) {
      display: none;
    }
    .viewport.still {
      --_drawn-width: 640;
    }
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
