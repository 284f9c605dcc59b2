/**
 * The timeline's keyboard: one tab stop among the events (a roving `tabindex`), the arrow keys along the axis
 * (mirrored in a right-to-left horizontal timeline), Home and End to the ends, Enter and Space to open one. A move to
 * an event not rendered (outside a windowed list's window) waits for the element to bring it in.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RovingFocusOptions {
  /** The ids of the items in order, as the element shows them now. */
  ids(): readonly string[];
  /** The keys that move to the next and the previous item. */
  keys(): { readonly next: string; readonly previous: string };
  /** The focusable element of the item at `index`, when it is rendered. */
  find(index: number): HTMLElement | null | undefined;
  /** A selector that matches the items' focusable elements in the host's shadow root. */
  readonly itemSelector: string;
  /**
   * The index of the item whose focusable element is `target` (`within`: or that contains `target`); undefined when
   * it is none.
   */
  indexOf(target: Element, within?: boolean): number | undefined;
  /** Enter or Space on the item at `index`. */
  activate(index: number): void;
  /**
   * Brings the item at `index` into the rendered items (a windowed list scrolls to it) while `current()` holds;
   * `nearWindow` when a neighbour of it is rendered.
   */
  reveal?(index: number, current: () => boolean, nearWindow: boolean): Promise<void>;
  /** Scrolls a newly focused item into view (default: the nearest edge, `scrollIntoView`'s `nearest`). */
  scrollIntoView?(item: HTMLElement): void;
}

export class RovingFocusController implements ReactiveController {
  /**
   * The item that holds the tab stop. Not reactive: a focus move changes two `tabindex` attributes in place
   * (`moveTabStop`) instead of rendering the list again; renders read it through `isTabStop`.
   */
  private active: string | undefined;
  /** Counts moves: a move still waiting for its item gives way to a later key press. */
  private moves = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly isUpdatePending: boolean },
    private readonly options: RovingFocusOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // A move still waiting for its item ends.
    this.moves++;
  }

  /** The id of the item that holds the tab stop. */
  get tabStop(): string | undefined {
    return this.active;
  }

  isTabStop(id: string): boolean {
    return id === this.active;
  }

  /**
   * Before a render: the tab stop stays on its item if still shown, else goes to `preferred` (the selection) if
   * shown, else to the first item.
   */
  settle(preferred: string | undefined): void {
    const ids = this.options.ids();
    this.active = [this.active, preferred].find((id) => id !== undefined && ids.includes(id)) ?? ids[0];
  }

  /** Gives the tab stop to `id` (an item selected from outside); the host renders it. */
  moveTo(id: string): void {
    this.active = id;
  }

  /** The list's keydown handler. */
  readonly onKeyDown = (e: KeyboardEvent): void => {
    const target = e.target as Element;
    const index = this.options.indexOf(target);
    if (index === undefined) return;
    const last = this.options.ids().length - 1;
    const { next, previous } = this.options.keys();
    let to: number | undefined;
    if (e.key === next) to = Math.min(last, index + 1);
    else if (e.key === previous) to = Math.max(0, index - 1);
    else if (e.key === 'Home') to = 0;
    else if (e.key === 'End') to = last;
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.options.activate(index);
      return;
    } else return;
    e.preventDefault();
    void this.focus(to);
  };

  /**
   * An item got the focus (a click, or the browser's own): it takes the tab stop, in place, without a render; the
   * host binds `tabindex` with `live`, so a later render that agrees leaves it and one that does not corrects it.
   */
  moveTabStop(id: string, item: HTMLElement): void {
    if (this.active === id && item.tabIndex === 0) return;
    this.active = id;
    for (const other of this.host.shadowRoot?.querySelectorAll<HTMLElement>(`${this.options.itemSelector}[tabindex="0"]`) ?? []) other.tabIndex = -1;
    item.tabIndex = 0;
  }

  /** Moves the tab stop and the focus to the item at `index`, bringing it into the rendered items first if need be. */
  async focus(index: number): Promise<void> {
    const id = this.options.ids()[index];
    if (id === undefined) return;
    const move = ++this.moves;
    const current = () => move === this.moves;
    const find = () => this.options.find(index);
    // Rendered, with no render pending: a key press changes two attributes and the focus, and renders nothing.
    const onScreen = this.host.isUpdatePending ? undefined : find();
    if (onScreen) {
      this.moveTabStop(id, onScreen);
      onScreen.focus({ preventScroll: false });
      this.scrollIntoView(onScreen);
      return;
    }
    this.active = id;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (!current()) return;
    if (!find() && this.options.reveal) {
      const nearWindow = !!(this.options.find(index - 1) ?? this.options.find(index + 1));
      await this.options.reveal(index, current, nearWindow);
    }
    if (!current()) return;
    const target = find();
    if (!target) {
      // It never came (the list is in a frame that cannot scroll, or frames stopped): the tab stop goes back to the
      // item that has the focus, so that Tab leaves and enters the list where the reader is.
      const focused = this.host.shadowRoot?.activeElement;
      const at = focused ? this.options.indexOf(focused, true) : undefined;
      if (at !== undefined) {
        this.active = this.options.ids()[at];
        this.host.requestUpdate();
      }
      return;
    }
    target.focus({ preventScroll: false });
    this.scrollIntoView(target);
  }

  private scrollIntoView(item: HTMLElement): void {
    if (this.options.scrollIntoView) this.options.scrollIntoView(item);
    else item.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  /**
   * After the rendered items were replaced (`replaced` resolves then): focuses the tab stop's item again, if the
   * focus was lost with the replaced items and the reader has not gone elsewhere meanwhile.
   */
  async refocusAfter(replaced: Promise<void>): Promise<void> {
    await replaced;
    await new Promise((r) => requestAnimationFrame(r));
    const active = document.activeElement;
    if (this.host.shadowRoot?.activeElement || (active && active !== document.body)) return;
    const index = this.active === undefined ? -1 : this.options.ids().indexOf(this.active);
    if (index >= 0) await this.focus(index);
  }
}
