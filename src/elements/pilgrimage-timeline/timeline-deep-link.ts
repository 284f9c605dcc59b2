import type { ReactiveControllerHost } from 'lit';
import { DeepLinkController, deepLinkKey } from '../../shared/deep-link-controller.js';

/** What the timeline gives its deep links. */
export interface TimelineDeepLinkOptions {
  /** The `deep-link` attribute (absent: off; empty: the key `event`). */
  readonly attribute: () => string | null | undefined;
  /**
   * Selects the linked event at `index` of the events shown, as `selected` set by the page (no `twin-select`), and
   * opens it. Called before a render, which shows it.
   */
  readonly select: (id: string, index: number) => void;
  /** Scrolls the event `id` at `index` into view once rendered (the render that shows it has completed). */
  readonly reveal: (index: number, id: string) => Promise<void>;
  /** The read-only field of an event's link, when rendered (to copy by hand). */
  readonly field: (id: string) => HTMLInputElement | null | undefined;
}

/**
 * The timeline's deep links: `#event=<id>` in the page's address selects, opens and shows that event (on load, when
 * the address changes, and once an event with that id is shown after the data came or a filter changed); the reader's
 * selection is written back to the address (replacing the history entry); "Copy link to this event" copies the link,
 * or shows it in a field to copy by hand, and the live region says so. The address is read and watched by the shared
 * `DeepLinkController` (a reactive controller: the host updates when the fragment changes); the element calls
 * `follow` while it prepares each render, once it knows the events shown.
 */
export class TimelineDeepLink {
  private readonly link: DeepLinkController;
  /** The fragment's event last applied (or written): a later render applies it again only when the address changes. */
  private linked: string | undefined;
  /** The event whose link was just copied (the live region says so). */
  copied: string | undefined;
  /** The event whose link is shown in a field to copy by hand (no clipboard access). */
  linkShown: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: TimelineDeepLinkOptions,
  ) {
    this.link = new DeepLinkController(host, () => deepLinkKey(options.attribute(), 'event'));
  }

  /** Whether deep links are on. */
  get enabled(): boolean {
    return this.link.enabled;
  }

  /** The event the address links to now, if any (a linked timeline loads at once, wherever it is on the page). */
  get value(): string | undefined {
    return this.link.value;
  }

  /** The page's address linking to the event `id` (empty when deep links are off or the timeline is not in a page). */
  href(id: string): string {
    return this.link.href(id) ?? '';
  }

  /**
   * Applies the address's event, before a render, to the events now shown (`ids`): when the fragment names one that
   * was not applied yet, it is selected and opened, and once rendered, scrolled into view.
   */
  follow(ids: readonly string[]): void {
    const id = this.link.value;
    if (id === this.linked) return;
    const index = id === undefined ? -1 : ids.indexOf(id);
    if (id === undefined || index < 0) {
      // Absent, or not (yet) shown: once an event is shown with that id (the data came, a filter changed) it applies.
      if (id === undefined) this.linked = undefined;
      return;
    }
    this.linked = id;
    this.options.select(id, index);
    void this.reveal(index, id);
  }

  private async reveal(index: number, id: string): Promise<void> {
    await this.host.updateComplete;
    await this.options.reveal(index, id);
  }

  /** Keeps the address's fragment on the selected event. */
  write(id: string): void {
    if (!this.link.enabled) return;
    this.link.write(id);
    this.linked = id;
  }

  /**
   * Copies the link to an event (the page's address with the event in its fragment) to the clipboard and says so in
   * the live region; where the clipboard cannot be written (no API, an insecure page, a refusal), shows the link in a
   * read-only field, selected, to copy by hand.
   */
  async copy(id: string): Promise<void> {
    const href = this.link.href(id);
    if (!href) return;
    this.copied = undefined;
    this.host.requestUpdate();
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(href);
      this.linkShown = undefined;
      this.copied = id;
      this.host.requestUpdate();
    } catch {
      this.linkShown = id;
      this.host.requestUpdate();
      await this.host.updateComplete;
      const field = this.options.field(id);
      field?.focus();
      field?.select();
    }
  }
}
