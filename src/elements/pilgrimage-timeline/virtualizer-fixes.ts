/**
 * Corrections to @lit-labs/virtualizer 2.1.1 for the pages sites have, loaded with the virtualizer
 * (timeline-windowing.ts): they reach into its private fields, so each is applied only where those are as expected.
 */

/** The parts of a virtualizer 2.1 that `adaptToPage` reads and corrects (private to @lit-labs/virtualizer). */
interface VirtualizerInternals {
  connected?: () => void;
  _updateView?: () => void;
  /** `_element` is the box it was given, null when it follows the window; `element` falls back to the page's. */
  _scrollerController?: { _element?: Element | null; element?: Element; detach?: (client: unknown) => void } | null;
  _layout?: { offsetWithinScroller?: { left: number; top: number } } | null;
}

/** Whether `node` is the page's own `<html>` or `<body>` and does not scroll by itself (the page's viewport does). */
function scrollsWithThePage(node: Element): boolean {
  if (node === document.documentElement) return true;
  if (node !== document.body) return false;
  // A body of fixed height with its own scrollbar (`html, body { height: 100% } body { overflow: auto }`) scrolls by
  // itself; a body that only hides its horizontal overflow does not, nor one whose overflow the viewport takes.
  return node === document.scrollingElement || node.scrollHeight <= node.clientHeight;
}

/**
 * Two corrections to @lit-labs/virtualizer 2.1.1 for the pages sites have; without them a deep link to an event of a
 * long (windowed) timeline showed nothing or left the event out of view.
 * - It takes the first ancestor whose `overflow` is not `visible` for the box it scrolls in. On a page with
 *   `body { overflow-x: hidden }` (a common site rule) that is the `<body>`, which does not scroll: the page does.
 *   Its corrections of the scroll then went nowhere. It is given the page instead, as when no ancestor clips.
 * - It takes the list's offset within a scrolling box from the two on-screen boxes, which moves as the box scrolls
 *   (lit/lit#4767; the fix, lit/lit#5279, is not released): in a scrolling `<div>` a list framed on an entry was
 *   placed at twice its scroll position, past the list's end, and rendered nothing. The offset is corrected by the
 *   box's own scroll, as the upstream fix does. (In the page it is right: the document's box moves with the scroll.)
 */
export function adaptToPage(started: unknown): void {
  const virtualizer = started as VirtualizerInternals;
  const { connected, _updateView: update } = virtualizer;
  if (typeof connected === 'function') {
    virtualizer.connected = function (this: VirtualizerInternals) {
      connected.call(this);
      const controller = this._scrollerController;
      const box = controller?._element;
      if (!controller || !box || !scrollsWithThePage(box) || typeof controller.detach !== 'function') return;
      controller.detach(this);
      // The same class, given no element: it follows the window, as the virtualizer does when nothing clips.
      this._scrollerController = new (controller.constructor as new (client: unknown, element?: Element) => VirtualizerInternals['_scrollerController'])(this);
    };
  }
  if (typeof update === 'function') {
    virtualizer._updateView = function (this: VirtualizerInternals) {
      update.call(this);
      const box = this._scrollerController?.element;
      const offset = this._layout?.offsetWithinScroller;
      if (!box || !offset || scrollsWithThePage(box)) return;
      this._layout!.offsetWithinScroller = { left: offset.left + box.scrollLeft, top: offset.top + box.scrollTop };
    };
  }
}
