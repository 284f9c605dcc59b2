/**
 * `scrollIntoView` that stays inside the element's own document. In a page of its own it is `scrollIntoView`; in an
 * iframe (the iframe page of a CMS, a page in a preview) it scrolls the boxes around the element and the frame's own
 * viewport, never the page that holds the frame: `scrollIntoView` scrolls every ancestor frame too, so that an
 * iframe's address asking for one event would move the reader of the host page away from what they were reading.
 */
export interface ScrollHereOptions {
  /** As `scrollIntoView`'s `block`. */
  readonly block: 'start' | 'center' | 'nearest';
  /** As `scrollIntoView`'s `inline` (`start`: the reading direction's start edge of the box that scrolls). */
  readonly inline: 'start' | 'nearest';
}

export function scrollIntoViewHere(target: Element, options: ScrollHereOptions): void {
  if (window.parent === window) {
    target.scrollIntoView(options);
    return;
  }
  scrollBoxes(target, null, options);
  const box = target.getBoundingClientRect();
  window.scrollBy(offset(box.left, box.right, 0, window.innerWidth, 'nearest'), offset(box.top, box.bottom, 0, window.innerHeight, options.block));
}

/**
 * Scrolls only the boxes between `target` and `host` (an element's own scrolling list), never the page: for what the
 * reader did not ask to see, such as an event selected on a map linked to the timeline (the whole page moved to the
 * timeline under the reader's finger).
 */
export function scrollIntoViewWithin(target: Element, host: Element, options: ScrollHereOptions): void {
  scrollBoxes(target, host, options);
}

/** Scrolls each scrolling box around `target`, up to `stop` (excluded; null: up to the document's root). */
function scrollBoxes(target: Element, stop: Element | null, options: ScrollHereOptions): void {
  for (let node = parentOf(target); node && node !== stop; node = parentOf(node)) {
    const style = getComputedStyle(node);
    const y = scrolls(style.overflowY) && node.scrollHeight > node.clientHeight;
    const x = scrolls(style.overflowX) && node.scrollWidth > node.clientWidth;
    if (!x && !y) continue;
    const box = target.getBoundingClientRect();
    const frame = node.getBoundingClientRect();
    const top = frame.top + node.clientTop;
    const left = frame.left + node.clientLeft;
    const px = (value: string) => Number.parseFloat(value) || 0;
    if (y) {
      node.scrollTop += offset(box.top, box.bottom, top + px(style.scrollPaddingTop), top + node.clientHeight - px(style.scrollPaddingBottom), options.block);
    }
    if (x) {
      const rtl = style.direction === 'rtl';
      const [start, end] = [left + px(style.scrollPaddingLeft), left + node.clientWidth - px(style.scrollPaddingRight)];
      // The start edge of a right-to-left box is its right edge: aligning there is aligning the ends, mirrored.
      const dx = options.inline === 'start' && rtl ? box.right - end : offset(box.left, box.right, start, end, options.inline);
      node.scrollLeft += dx;
    }
  }
}

const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden';

/** The element's parent, across shadow roots (a slotted element's is its slot's parent); null at the document's root. */
function parentOf(node: Element): Element | null {
  if (node.assignedSlot) return node.assignedSlot;
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** How far to scroll so that [from, to] sits in [start, end] as `align` asks. */
function offset(from: number, to: number, start: number, end: number, align: 'start' | 'center' | 'nearest'): number {
  if (align === 'start') return from - start;
  if (align === 'center') return (from + to) / 2 - (start + end) / 2;
  // Nearest: not at all when it is in view; else the nearer edge, the start edge when it does not fit.
  if (from >= start && to <= end) return 0;
  return from < start || to - from > end - start ? from - start : to - end;
}
