import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed, for what CSS alone cannot do in `@media print`: render content that the screen
 * leaves out (the map's list of places while the map is shown) or open `<details>` so that their content prints.
 *
 * `printing` is true from the window's `beforeprint` to its `afterprint` (the browser's Print command and
 * `window.print()`), and whenever the `print` media query matches (print emulation in developer tools and test
 * drivers, which fire no print events). The host updates when it changes, at once when printing starts: Firefox
 * copies the page for paper right after `beforeprint`, before the microtask in which a Lit update would run.
 *
 * ```ts
 * private readonly print = new PrintController(this);
 * // render: this.print.printing ? everything : what the reader opened
 * ```
 */
export class PrintController implements ReactiveController {
  /** Whether the page is being printed now. */
  printing = false;

  private window: Window | undefined;
  private media: MediaQueryList | undefined;
  /** Between `beforeprint` and `afterprint`. */
  private printEvent = false;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    const win = this.host.ownerDocument.defaultView;
    if (!win) return;
    this.window = win;
    this.media = typeof win.matchMedia === 'function' ? win.matchMedia('print') : undefined;
    this.media?.addEventListener('change', this.onChange);
    win.addEventListener('beforeprint', this.onBeforePrint);
    win.addEventListener('afterprint', this.onAfterPrint);
    this.onChange();
  }

  hostDisconnected(): void {
    this.media?.removeEventListener('change', this.onChange);
    this.window?.removeEventListener('beforeprint', this.onBeforePrint);
    this.window?.removeEventListener('afterprint', this.onAfterPrint);
    this.media = undefined;
    this.window = undefined;
    this.printEvent = false;
    this.printing = false;
  }

  private readonly onBeforePrint = (): void => {
    this.printEvent = true;
    this.onChange();
  };

  private readonly onAfterPrint = (): void => {
    this.printEvent = false;
    this.onChange();
  };

  private readonly onChange = (): void => {
    const printing = this.printEvent || !!this.media?.matches;
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
    // Firefox copies the page for printing right after `beforeprint`, before any microtask runs (Lit updates in one):
    // what the host renders for paper must be there at once, so its update runs now.
    // (`performUpdate` is protected in Lit's types; a host that is no ReactiveElement, or has not rendered yet, updates
    // in its own time.)
    const element = this.host as unknown as { performUpdate?: () => void; hasUpdated?: boolean };
    if (printing && element.hasUpdated) element.performUpdate?.();
  };
}
