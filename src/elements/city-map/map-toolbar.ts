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
  /** The button that holds the toolbar's one tab stop. */
  readonly tabStop: Tool;
}

export interface MapToolbarActions {
  zoomIn(): void;
  zoomOut(): void;
  reset(): void;
  toggleList(): void;
  /** The toolbar's keydown listener: `toolbarKeyDown`. */
  keyDown(e: KeyboardEvent): void;
  /** The toolbar's focusin listener: `toolbarFocusIn`, keeping the tool it returns as the tab stop. */
  focusIn(e: FocusEvent): void;
}

/** The toolbar's buttons, in order. */
export const TOOLS = ['zoom-in', 'zoom-out', 'reset', 'list'] as const;
export type Tool = (typeof TOOLS)[number];

/**
 * The toolbar, as ARIA's toolbar pattern has it: one tab stop, the arrow keys between its buttons. A button that can
 * do nothing now is marked disabled (`aria-disabled`) but keeps its place and its focus: "Reset view", pressed, does
 * not drop the reader's focus to the page when it has nothing more to reset.
 */
export function renderMapToolbar(s: MapToolbarState, actions: MapToolbarActions): TemplateResult {
  const still = s.idle || s.list;
  const reset = msg('Reset view', { id: 'map.reset' });
  const list = msg('List of places', { id: 'map.list' });
  const tool = (id: Tool, off: boolean, act: () => void) => ({
    // No `live`: a focus moves the tab stop in place to where the state puts it, so the DOM and the last render agree.
    tabindex: id === s.tabStop ? 0 : -1,
    disabled: off ? ('true' as const) : ('false' as const),
    click: () => {
      if (!off) act();
    },
  });
  const zoomIn = tool('zoom-in', still || !s.canZoomIn, () => actions.zoomIn());
  const zoomOut = tool('zoom-out', still || !s.canZoomOut, () => actions.zoomOut());
  const home = tool('reset', still || s.isReset, () => actions.reset());
  const places = tool('list', s.idle, () => actions.toggleList());
  // The zoom buttons are one pair; the list, which changes what the map shows rather than where it looks, goes to the
  // far end. In a narrow frame the reset and list buttons show their icon alone, so that the toolbar keeps to one
  // row; their label stays their name, and a tooltip's.
  return html`<div part="toolbar" class="toolbar" role="toolbar" aria-label=${msg('Map controls', { id: 'map.controls' })} @keydown=${actions.keyDown} @focusin=${actions.focusIn}>
    <span class="zoom">
      <button type="button" class="tool" data-tool="zoom-in" tabindex=${zoomIn.tabindex} aria-label=${msg('Zoom in', { id: 'map.zoom-in' })} aria-disabled=${zoomIn.disabled} @click=${zoomIn.click}>
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" class="tool" data-tool="zoom-out" tabindex=${zoomOut.tabindex} aria-label=${msg('Zoom out', { id: 'map.zoom-out' })} aria-disabled=${zoomOut.disabled} @click=${zoomOut.click}>
        <span aria-hidden="true">−</span>
      </button>
    </span>
    <button type="button" class="tool labelled reset" data-tool="reset" tabindex=${home.tabindex} title=${reset} aria-disabled=${home.disabled} @click=${home.click}>
      ${HOME}<span class="label">${reset}</span>
    </button>
    <button type="button" class="tool labelled list" data-tool="list" tabindex=${places.tabindex} title=${list} aria-pressed=${s.list ? 'true' : 'false'} aria-disabled=${places.disabled} @click=${places.click}>
      ${LIST}<span class="label">${list}</span>
    </button>
  </div>`;
}

/**
 * A button of the toolbar got the focus (a key, a click, the browser's own): it takes the tab stop, in place, without
 * a render (the next render binds the same). Returns that button's tool.
 */
export function toolbarFocusIn(e: FocusEvent): Tool | undefined {
  const button = e.target as HTMLElement;
  if (!button.matches('.tool')) return undefined;
  for (const other of (e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('.tool')) other.tabIndex = other === button ? 0 : -1;
  return button.dataset['tool'] as Tool;
}

/**
 * The toolbar's keys: the arrow keys to the next and previous button (mirrored when `rtl`), Home and End to the first
 * and last. Enter and Space are the buttons' own.
 */
export function toolbarKeyDown(e: KeyboardEvent, rtl: boolean): void {
  const buttons = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('.tool')];
  const index = buttons.indexOf(e.target as HTMLElement);
  if (index < 0 || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  const [next, previous] = rtl ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
  const last = buttons.length - 1;
  const to = e.key === next ? Math.min(last, index + 1) : e.key === previous ? Math.max(0, index - 1) : e.key === 'Home' ? 0 : e.key === 'End' ? last : undefined;
  if (to === undefined) return;
  e.preventDefault();
  buttons[to]!.focus();
}

/** The first view: a house, as maps mark the button that brings them back to where they started. */
const HOME = html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M2.5 7.5 8 2.5l5.5 5M4 6.5V13.5h3v-4h2v4h3V6.5" /></svg>`;
/** A list: three lines, each after a dot (mirrored in right-to-left text, where lists start on the right). */
export const LIST = html`<svg class="icon mirrored" viewBox="0 0 16 16" aria-hidden="true"><path d="M6 4h8M6 8h8M6 12h8" /><path class="dots" d="M2.5 4h.01M2.5 8h.01M2.5 12h.01" /></svg>`;
