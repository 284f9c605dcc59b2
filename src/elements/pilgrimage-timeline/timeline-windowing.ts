/**
 * The glue between a long vertical timeline and @lit-labs/virtualizer: the virtualizer is downloaded the first time
 * a timeline is long enough to need it (most never are), its ResizeObservers are kept quiet, it is started again once
 * its list is in the page, and an entry outside the window is brought into it by scrolling to where it must be.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';

/**
 * Longer vertical timelines render only the events near the viewport, so 10,000 events show as fast as a hundred;
 * the arrow keys, Home and End still reach every event.
 */
export const WINDOW_FROM = 150;
/** While the virtualizer loads, a long timeline shows its first events. */
export const FIRST_EVENTS = 40;
/**
 * The flow layout's first guess at the height of an entry it has not measured (its `_itemSize`, "initial estimate of
 * item size"; 100 px by default), for a list framed on an entry. Under every event's real height (a card holds at
 * least its title and its date): as the entries around the framed one are measured the list only grows, and the
 * layout keeps the entry where it is. A guess above the real average shrank the list under the entry on the first
 * measurement: the view was cut back to the list's new end, with no entry in it, then came back in two more frames
 * (1,000 events: 35 of 100 px too many each; in every engine, the entry left the view some 100 ms after it was shown).
 */
const PINNED_ESTIMATE_PX = 40;

/** The layout of a list framed on the entry at `index` (`pin`), with a low first guess at the entries' height. */
function pinnedLayout(index: number): Parameters<Windowing['flow']>[0] {
  const config = { pin: { index, block: 'center' as const }, _itemSize: { width: 100, height: PINNED_ESTIMATE_PX } };
  return config;
}

/** What the reader does to scroll: any of it ends a pin. */
const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
/** How many frames a move to an event outside the window waits for the virtualizer to render it. */
const MAX_FRAMES_TO_REVEAL = 240;

/** The virtualizer, its ResizeObserver hook and the layout it is given. */
type Windowing = typeof import('@lit-labs/virtualizer/virtualize.js') &
  typeof import('@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js') &
  typeof import('./virtualizer-fixes.js') &
  Pick<typeof import('@lit-labs/virtualizer/layouts/flow.js'), 'flow'> & { layout: ReturnType<typeof import('@lit-labs/virtualizer/layouts/flow.js').flow> };
let windowing: Windowing | undefined;
let loadingWindowing: Promise<Windowing> | undefined;

/** Downloads the virtualizer (once per page); the layout comes with it. */
export function loadWindowing(): Promise<Windowing> {
  // The layout is loaded with the virtualizer and handed to it: left to itself, the virtualizer downloads its
  // default layout only once it starts, one more round trip before the list can show.
  loadingWindowing ??= Promise.all([
    import('@lit-labs/virtualizer/virtualize.js'),
    import('@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js'),
    import('@lit-labs/virtualizer/layouts/flow.js'),
    // Its corrections for the pages sites have: downloaded with it, not before (most timelines never need it).
    import('./virtualizer-fixes.js'),
  ]).then(([v, r, f, x]) => (windowing = { ...v, ...r, ...x, flow: f.flow, layout: f.flow({}) }));
  return loadingWindowing;
}

/** Whether the virtualizer is here (a windowed list renders its first events until it is). */
export function windowingLoaded(): boolean {
  return windowing !== undefined;
}

/**
 * The virtualizer changes the page from inside its ResizeObserver callbacks, which makes every browser report
 * "ResizeObserver loop completed with undelivered notifications" as an error on the host page. Its observers
 * here deliver a frame later instead. The virtualizer takes its ResizeObserver class from a module variable when
 * it creates its observers (while the element updates or reconnects), so the class is swapped in around exactly
 * those calls and the browser's own put back at once: nothing changes for anyone else using the virtualizer.
 */
let NextFrameResizeObserver: typeof ResizeObserver | undefined;

/** Made on first use: a module that extends ResizeObserver at load time could not be imported for server rendering. */
function nextFrameResizeObserver(): typeof ResizeObserver {
  NextFrameResizeObserver ??= class extends ResizeObserver {
    constructor(callback: ResizeObserverCallback) {
      super((entries, observer) => requestAnimationFrame(() => callback(entries, observer)));
    }
  };
  return NextFrameResizeObserver;
}

/** Runs `run` (an update or a reconnection of the element) with the virtualizer's observers kept quiet. */
export function withQuietObservers<T>(run: () => T): T {
  if (!windowing) return run();
  windowing.provideResizeObserver(nextFrameResizeObserver());
  try {
    return run();
  } finally {
    windowing.provideResizeObserver(window.ResizeObserver);
  }
}

/**
 * The windowed list of one element: its items (the virtualizer's directive, or the first events while it loads),
 * its restart once in the page, and the scrolling that brings an entry outside the window into it.
 */
export class TimelineWindow<T> implements ReactiveController {
  /**
   * The virtualizer looks for its scrolling ancestors when it starts, which Lit does before the new list is in the
   * page: it would only follow the window's scroll. Once the list is in place, it is started again so that it also
   * follows a scrolling container the site put the timeline in.
   */
  private started: unknown;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    /** The windowed list, when the element shows one. */
    private readonly list: () => HTMLElement | null | undefined,
    private readonly key: (item: T) => string,
  ) {
    host.addController(this);
  }

  /**
   * The list's items: the virtualizer's directive once it is here, else the first events (call `load` before
   * rendering so that it comes). `renderItem` runs later too, whenever the virtualizer renders more.
   */
  items(items: readonly T[], renderItem: (item: T, index: number) => TemplateResult): unknown {
    // A list framed on an entry draws nothing until the virtualizer is here: never its first events, then a jump.
    if (!windowing) return this.pinned === undefined ? items.slice(0, FIRST_EVENTS).map(renderItem) : [];
    this.count = items.length;
    const layout = this.pinned === undefined ? windowing.layout : windowing.flow(pinnedLayout(this.pinned));
    return windowing.virtualize({ items: items as T[], layout, keyFunction: this.key, renderItem });
  }

  /**
   * The entry the list is framed on (its layout's `pin`): from the virtualizer's first range on, the entries around
   * it are the ones rendered and measured, and each new measurement keeps it in the middle of the view. The reader's
   * own scrolling (a wheel, a touch, a key, a pointer) ends it, and so does `release`.
   */
  private pinned: number | undefined;
  /** How many entries the list has (its last render's). */
  private count = 0;

  /**
   * Frames the entry at `index` in the middle of the view from the list's next render on (render after calling it),
   * until the reader scrolls or `release` is called.
   */
  pin(index: number): void {
    this.pinned = index;
    if (!this.listening) for (const type of READER_INPUT) window.addEventListener(type, this.onReaderInput, { capture: true, passive: true });
    this.listening = true;
  }

  /**
   * Before the virtualizer first lays out a framed list: the list is given the height it will have by the first
   * guess, and the page (or the box) scrolled to where the entry will be. The virtualizer's first layout then finds
   * the entry's place in view and renders the entries around it in the same task. (Otherwise the empty list, out of
   * view, has no viewport: the first layout renders nothing and scrolls, and the entries come a frame later, a tenth of
   * a second and more on a busy phone. The virtualizer sets the list's height itself from then on.)
   */
  private placePinned(list: HTMLElement, index: number): void {
    list.style.minHeight = `${this.count * PINNED_ESTIMATE_PX}px`;
    this.scrollToEstimate(index, this.count);
  }

  /** Lets the list scroll freely again (the entry stays where it is). */
  release(): void {
    // Without the virtualizer (it could not be loaded) the list shows its first events again.
    if (this.pinned !== undefined && !windowing) this.host.requestUpdate();
    this.pinned = undefined;
    if (this.listening) for (const type of READER_INPUT) window.removeEventListener(type, this.onReaderInput, { capture: true });
    this.listening = false;
  }

  private listening = false;
  private readonly onReaderInput = (): void => this.release();

  /**
   * The virtualizer unpins its layout at any scroll it did not make itself, and it takes a scroll event that arrives
   * more than two frames after its own correction for one (WebKit under load): the list then drifts off the entry as
   * the entries near it are measured. Until the reader moves, its pin is given back by rendering again.
   */
  private readonly onUnpinned = (): void => {
    if (this.pinned !== undefined) this.host.requestUpdate();
  };

  hostDisconnected(): void {
    this.release();
  }

  /** Starts downloading the virtualizer; `onLoaded` runs once it is here, if the download was needed. */
  load(onLoaded: () => void): void {
    if (windowing) return;
    void loadWindowing().then(onLoaded, (e: unknown) => console.error(`<${this.host.localName}>: the virtualizer could not be loaded`, e));
  }

  hostUpdated(): void {
    const list = this.list() as (VirtualizerHostElement & HTMLElement) | null | undefined;
    const virtualizer = windowing && list?.[windowing.virtualizerRef];
    if (virtualizer && virtualizer !== this.started) {
      this.started = virtualizer;
      windowing!.adaptToPage(virtualizer);
      list!.addEventListener('unpinned', this.onUnpinned);
      if (this.pinned !== undefined) this.placePinned(list!, this.pinned);
      withQuietObservers(() => {
        virtualizer.disconnected();
        virtualizer.connected();
      });
    }
  }

  /** Resolves once the virtualizer has rendered its first range (its items replace the first events), or after 1 s. */
  async handover(): Promise<void> {
    const list = this.list();
    if (!list) return;
    await Promise.race([new Promise((resolve) => list.addEventListener('rangeChanged', resolve, { once: true })), new Promise((r) => setTimeout(r, 1000))]);
  }

  /**
   * Scrolls until `find()` returns the entry at `index` of `count` (the virtualizer has rendered it), as long as
   * `current()` says the move is still wanted: to where the entry must be by the list's average entry height, then
   * again every few frames while the virtualizer learns the list's size. Gives up after some 240 frames (4 s at 60
   * frames a second): counted in frames, not milliseconds, so that on a slow or busy device a long move still ends.
   * `nearWindow`: one step past the edge of the window (keys pressed faster than frames), the virtualizer first gets
   * a frame to follow the scroll that brought the neighbour into view, which often renders it.
   */
  async reveal(index: number, count: number, find: () => HTMLElement | null | undefined, current: () => boolean, nearWindow = false): Promise<void> {
    for (let frame = 0; frame < MAX_FRAMES_TO_REVEAL && current() && !find(); frame++) {
      if (frame % 6 === (nearWindow ? 1 : 0) && !this.scrollToEstimate(index, count)) break;
      await new Promise((r) => requestAnimationFrame(r));
    }
  }

  /**
   * Frames the entry at `index` of `count` in the middle of the view (`pin`) and resolves once it has stayed rendered
   * and in view for some frames (or `current()` no longer holds, or after some 4 s); then the list is released. The
   * host renders the pinned list (it is asked to here). While the virtualizer measures the entries near it the list's
   * height changes; the pin keeps the entry in the middle. Should the entry still leave the view, the pin is given
   * again every few frames.
   */
  async revealCentred(index: number, find: () => HTMLElement | null | undefined, current: () => boolean): Promise<void> {
    const STEADY_FRAMES = 30;
    if (!windowing) return this.release();
    this.pin(index);
    this.host.requestUpdate();
    try {
      for (let frame = 0, lost = 0, steady = 0; frame < MAX_FRAMES_TO_REVEAL && current() && this.pinned === index && steady < STEADY_FRAMES; frame++) {
        const item = find();
        if (item && this.inView(item)) {
          steady++;
          lost = 0;
        } else {
          steady = 0;
          if (++lost % 6 === 0) this.host.requestUpdate();
        }
        await new Promise((r) => requestAnimationFrame(r));
      }
    } finally {
      if (this.pinned === index) this.release();
    }
  }

  /** Whether `item` is wholly in the view of the box the list scrolls in (or the window's). */
  private inView(item: HTMLElement): boolean {
    const box = item.getBoundingClientRect();
    const scroller = this.scroller();
    const view = scroller ? scroller.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
    return box.height > 0 && box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
  }

  /** The box the list scrolls in: its nearest ancestor (across shadow roots) that scrolls vertically; none for the page. */
  private scroller(): Element | undefined {
    const list = this.list();
    for (let node: Node | null = list?.parentNode ?? null; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
      if (!(node instanceof Element)) continue;
      const overflow = getComputedStyle(node).overflowY;
      if (overflow !== 'visible' && overflow !== 'clip' && node.scrollHeight > node.clientHeight) return node;
    }
    return undefined;
  }

  /**
   * Scrolls the page, or the box the timeline scrolls in, to where the entry at `index` of `count` lies in the
   * windowed list, by the list's average entry height; the virtualizer then renders it and the exact spot. A box
   * that hides its overflow is scrolled too, as the browser does to show a focused element in it. False when the list
   * is cut off by a box that cannot scroll (`overflow: clip`): the entry cannot be brought into view, and the page
   * stays put.
   */
  scrollToEstimate(index: number, count: number): boolean {
    const list = this.list();
    if (!list || !count) return false;
    const box = list.getBoundingClientRect();
    const y = box.top + (box.height * (index + 0.5)) / count;
    for (let node: Node | null = list.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
      if (!(node instanceof Element)) continue;
      const overflow = getComputedStyle(node).overflowY;
      if (overflow === 'clip') return false;
      if (overflow !== 'visible' && node.scrollHeight > node.clientHeight) {
        const frame = node.getBoundingClientRect();
        node.scrollTop += y - (frame.top + frame.height / 2);
        return true;
      }
    }
    window.scrollBy(0, y - window.innerHeight / 2);
    return true;
  }
}
