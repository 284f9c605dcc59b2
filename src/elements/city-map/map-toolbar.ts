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
  return html`<div part="toolbar" class="toolbar" role="toolbar" aria-label=${msg('Map controls', { id: 'map.controls' })}>
    <button type="button" class="tool" aria-label=${msg('Zoom in', { id: 'map.zoom-in' })} ?disabled=${still || !s.canZoomIn} @click=${() => actions.zoomIn()}>
      <span aria-hidden="true">+</span>
    </button>
    <button type="button" class="tool" aria-label=${msg('Zoom out', { id: 'map.zoom-out' })} ?disabled=${still || !s.canZoomOut} @click=${() => actions.zoomOut()}>
      <span aria-hidden="true">−</span>
    </button>
    <button type="button" class="tool text" ?disabled=${still || s.isReset} @click=${() => actions.reset()}>${msg('Reset view', { id: 'map.reset' })}</button>
    <button type="button" class="tool text" aria-pressed=${s.list ? 'true' : 'false'} ?disabled=${s.idle} @click=${() => actions.toggleList()}>
      ${msg('List of places', { id: 'map.list' })}
    </button>
  </div>`;
}
