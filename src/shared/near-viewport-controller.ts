import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells a lazy element when it comes near the viewport (`loading="lazy"`): until then it shows its skeleton and
 * loads nothing, neither its data nor the code and geometry that draw it. An eager element is near from the start,
 * and so is every element where IntersectionObserver is missing (a server, an old engine). Once near, always near.
 */
export class NearViewportController implements ReactiveController {
  private isNear = false;
  /**
   * The element's width when the observer found it near (from the observer's entry: no layout is forced), for what
   * it downloads at that moment; undefined for an element near from the start.
   */
  width: number | undefined;
  private observer: IntersectionObserver | undefined;
  /** Settles at the observer's first answer (near or not), which it gives soon after it starts observing. */
  private answered: Promise<void> | undefined;
  private answer: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly isLazy: () => boolean,
    /** How far ahead of the viewport loading starts: half a viewport, so that the element is ready when scrolled to. */
    private readonly margin = '50% 0px',
  ) {
    host.addController(this);
  }

  /** Whether the element may load and render its content now. */
  get near(): boolean {
    if (!this.isNear && (!this.isLazy() || typeof IntersectionObserver === 'undefined')) this.isNear = true;
    return this.isNear;
  }

  hostConnected(): void {
    this.observe();
  }

  hostUpdate(): void {
    // `loading` may have changed from eager to lazy before the first update (attributes are set after connecting).
    this.observe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.settle();
  }

  /**
   * Settles once it is known whether the element is near the viewport: at once for an eager element, else at the
   * observer's first answer. `updateComplete` waits for it, so that a lazy element already in view resolves it
   * with its content rather than with its skeleton.
   */
  get decided(): Promise<void> | undefined {
    return this.answered;
  }

  private settle(): void {
    this.answer?.();
    this.answer = undefined;
    this.answered = undefined;
  }

  private observe(): void {
    // An update may run after the element left the page: it observes again when it is attached again.
    if (this.observer || this.near || !this.host.isConnected) return;
    this.observer = new IntersectionObserver(
      (entries) => {
        const near = entries.find((e) => e.isIntersecting);
        if (near) {
          this.isNear = true;
          this.width = near.boundingClientRect.width;
          this.observer?.disconnect();
          this.observer = undefined;
          this.host.requestUpdate();
        }
        this.settle();
      },
      { rootMargin: this.margin },
    );
    this.answered = new Promise((resolve) => (this.answer = resolve));
    this.observer.observe(this.host);
  }
}
