/**
 * The horizontal axis's track, which scrolls sideways and snaps to the cards' starts: showing a card the focus moved
 * to, and the earlier/later steps, both ending at a snap position (in the reading direction: right to left in Persian).
 */

import type { ScrollHereOptions } from '../../shared/scroll-into-view.js';

/**
 * Shows an event the focus or a selection moved to. On the horizontal track, an event cut off at either edge is
 * brought to the start edge, a snap position: brought only as far as the nearest edge, the track would snap back and
 * leave it cut off. Elsewhere, the nearest edge of the page or box. `scroll`: how (`scrollIntoView` by default; see
 * `scrollIntoViewHere` for a scroll that must not leave the element's own document).
 */
export function showOnTrack(article: HTMLElement, scroll = (target: Element, options: ScrollHereOptions) => target.scrollIntoView(options)): void {
  const list = article.closest<HTMLElement>('ol.horizontal');
  if (!list) {
    scroll(article, { block: 'nearest', inline: 'nearest' });
    return;
  }
  const card = article.getBoundingClientRect();
  const track = list.getBoundingClientRect();
  const pad = parseFloat(getComputedStyle(list).scrollPaddingInlineStart) || 0;
  if (card.left >= track.left + pad - 1 && card.right <= track.right - pad + 1) return;
  scroll(article.parentElement ?? article, { block: 'nearest', inline: 'start' });
}

/** The earlier/later steps of one track; a step taken while the last one still scrolls counts from where it goes. */
export class TrackSteps {
  /** Where the last step scrolls the track to (along the reading direction), and when it was taken. */
  private last: { readonly to: number; readonly at: number } | undefined;

  /**
   * Scrolls `list` by most of its width, later (1) or earlier (-1) in time, to the start of a card: the farthest card
   * start within 80% of the width (at least the next one), so that the track comes to rest where it snaps also in
   * engines that do not snap after a programmatic smooth scroll.
   */
  step(list: HTMLElement, direction: 1 | -1, rtl: boolean): void {
    // Distances along the reading direction (scrollLeft runs negative from the right in a right-to-left box).
    const now = rtl ? -list.scrollLeft : list.scrollLeft;
    const pending = this.last && performance.now() - this.last.at < 1000 && Math.abs(this.last.to - now) > 1 ? this.last.to : undefined;
    const from = pending ?? now;
    const track = list.getBoundingClientRect();
    const padding = parseFloat(getComputedStyle(list).scrollPaddingInlineStart) || 0;
    const edge = rtl ? track.right - padding : track.left + padding;
    // Where the track would be with each card's start at its start edge.
    const stops = [...list.querySelectorAll(':scope > li.entry')].map((li) => {
      const box = li.getBoundingClientRect();
      return now + (rtl ? edge - box.right : box.left - edge);
    });
    const reach = Math.max(list.clientWidth * 0.8, 1);
    const ahead = stops.filter((x) => (x - from) * direction > 1);
    if (!ahead.length) return;
    const within = ahead.filter((x) => Math.abs(x - from) <= reach);
    const to = within.length ? within[direction === 1 ? within.length - 1 : 0]! : ahead[direction === 1 ? 0 : ahead.length - 1]!;
    this.last = { to, at: performance.now() };
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    list.scrollTo({ left: rtl ? -to : to, behavior: still ? 'auto' : 'smooth' });
  }
}
