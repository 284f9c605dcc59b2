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
/** How many frames a move to an event outside the window waits for the virtualizer to render it. */
const MAX_FRAMES_TO_REVEAL = 240;

/** The virtualizer, its ResizeObserver hook and the layout it is given. */
type Windowing = typeof import('@lit-labs/virtualizer/virtualize.js') &
  typeof import('@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js') & { layout: ReturnType<typeof import('@lit-labs/virtualizer/layouts/flow.js').flow> };
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
  ]).then(([v, r, f]) => (windowing = { ...v, ...r, layout: f.flow({}) }));
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
    if (!windowing) return items.slice(0, FIRST_EVENTS).map(renderItem);
    return windowing.virtualize({ items: items as T[], layout: windowing.layout, keyFunction: this.key, renderItem });
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
   * Scrolls the entry at `index` of `count` to the middle of the view and resolves once it has stayed rendered and in
   * view for a few frames (or `current()` no longer holds, or after some 4 s): the virtualizer scrolls to it itself, by
   * its layout's estimate; as the entries near it are measured the list's height changes and the entry may move out of
   * view, and it is scrolled to again. Before the virtualizer has started, the scroll goes by the average height.
   */
  async revealCentred(index: number, count: number, find: () => HTMLElement | null | undefined, current: () => boolean): Promise<void> {
    const STEADY_FRAMES = 6;
    for (let frame = 0, steady = 0; frame < MAX_FRAMES_TO_REVEAL && current() && steady < STEADY_FRAMES; frame++) {
      const item = find();
      if (item && this.inView(item)) steady++;
      else {
        steady = 0;
        if (frame % 6 === 0) {
          const list = this.list() as (VirtualizerHostElement & HTMLElement) | null | undefined;
          const proxy = windowing && list?.[windowing.virtualizerRef]?.element(index);
          if (proxy) proxy.scrollIntoView({ block: 'center' });
          else if (!this.scrollToEstimate(index, count)) return;
        }
      }
      await new Promise((r) => requestAnimationFrame(r));
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
