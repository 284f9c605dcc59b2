/**
 * The map's toolbar: zoom in and out, reset the view, show the list of places. Kept with the element (not its lazy
 * view): the map shows it, its buttons disabled, while it loads.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '../../i18n/localize.js';

export interface MapToolbarState {
  /** While the map loads: every button is disabled, and keeps its size. */
  readonly idle: boolean;
  readonly list: boolean;
  readonly canZoomIn: boolean;
  readonly canZoomOut: boolean;
  readonly isReset: boolean;
}

export interface MapToolbarActions {
  zoomIn(): void;
  zoomOut(): void;
  reset(): void;
  toggleList(): void;
}

export function renderMapToolbar(s: MapToolbarState, actions: MapToolbarActions): TemplateResult {
  const still = s.idle || s.list;
  const reset = msg('Reset view', { id: 'map.reset' });
  const list = msg('List of places', { id: 'map.list' });
  // The zoom buttons are one pair; the list, which changes what the map shows rather than where it looks, goes to the
  // far end. In a narrow frame the reset and list buttons show their icon alone, so that the toolbar keeps to one
  // row; their label stays their name, and a tooltip's.
  return html`<div part="toolbar" class="toolbar" role="toolbar" aria-label=${msg('Map controls', { id: 'map.controls' })}>
    <span class="zoom">
      <button type="button" class="tool" aria-label=${msg('Zoom in', { id: 'map.zoom-in' })} ?disabled=${still || !s.canZoomIn} @click=${() => actions.zoomIn()}>
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" class="tool" aria-label=${msg('Zoom out', { id: 'map.zoom-out' })} ?disabled=${still || !s.canZoomOut} @click=${() => actions.zoomOut()}>
        <span aria-hidden="true">−</span>
      </button>
    </span>
    <button type="button" class="tool labelled reset" title=${reset} ?disabled=${still || s.isReset} @click=${() => actions.reset()}>
      ${HOME}<span class="label">${reset}</span>
    </button>
    <button type="button" class="tool labelled list" title=${list} aria-pressed=${s.list ? 'true' : 'false'} ?disabled=${s.idle} @click=${() => actions.toggleList()}>
      ${LIST}<span class="label">${list}</span>
    </button>
  </div>`;
}

/** The first view: a house, as maps mark the button that brings them back to where they started. */
const HOME = html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M2.5 7.5 8 2.5l5.5 5M4 6.5V13.5h3v-4h2v4h3V6.5" /></svg>`;
/** A list: three lines, each after a dot (mirrored in right-to-left text, where lists start on the right). */
const LIST = html`<svg class="icon mirrored" viewBox="0 0 16 16" aria-hidden="true"><path d="M6 4h8M6 8h8M6 12h8" /><path class="dots" d="M2.5 4h.01M2.5 8h.01M2.5 12h.01" /></svg>`;
