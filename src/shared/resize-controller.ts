import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The content-box width of an element of the host's (e.g. a map's viewport), kept current with a ResizeObserver
 * that disconnects with the host. The host updates when the width changes by a whole pixel.
 */
export class ResizeController implements ReactiveController {
  width = 0;
  private observer: ResizeObserver | undefined;
  private target: Element | undefined;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /** Observes `el` (call after each render; it changes only when the element does). */
  observe(el: Element | null | undefined): void {
    // An update that runs after the host left the page observes nothing: the next one after it returns does.
    if (!el || el === this.target || !this.host.isConnected) return;
    this.target = el;
    this.observer?.disconnect();
    this.observer = new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1]!.contentRect.width);
      if (width !== this.width) {
        this.width = width;
        this.host.requestUpdate();
      }
    });
    this.observer.observe(el);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.target = undefined;
  }
}
