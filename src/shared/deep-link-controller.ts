import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Deep links: an element reads the id of what to select from the page's URL fragment and keeps the fragment up to
 * date when the reader selects something, so that the address in the browser's bar (or a copied link) opens the
 * page on the same event or place.
 *
 * The fragment holds one or more `key=value` pairs joined by `&`, one key per kind of thing linked to:
 * `#event=rumi-death`, or `#event=rumi-death&place=konya` when a timeline and a map on one page both link. Each
 * element reads and writes only its own key and leaves the rest of the fragment as it was, including parts that are
 * not pairs (a plain `#section` anchor stays first). Keys and values are percent-encoded.
 *
 * Writing replaces the current history entry (`history.replaceState`): selecting ten events does not make ten
 * entries for the Back button. The controller reads the fragment whenever asked (`value`) and asks its host to
 * update when the fragment changes (`hashchange`: the reader edited the address or followed a link on the page).
 *
 * ```ts
 * private readonly deepLink = new DeepLinkController(this, () => deepLinkKey(this.deepLink, 'event'));
 * // willUpdate: const id = this.deepLink.value; if (id !== this.linked) { this.linked = id; select(id) }
 * // on selection: this.deepLink.write(id);
 * ```
 */
export class DeepLinkController implements ReactiveController {
  private window: Window | undefined;

  /**
   * @param host The element; it updates when the fragment changes.
   * @param key The fragment key this element links by, or undefined while deep links are off. Read at each use,
   *   so it may follow an attribute.
   */
  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly key: () => string | undefined,
  ) {
    host.addController(this);
  }

  /** Whether deep links are on (the host has a key). */
  get enabled(): boolean {
    return !!this.key();
  }

  /** The value of the host's key in the page's fragment now; undefined when deep links are off or the key is absent. */
  get value(): string | undefined {
    const key = this.key();
    const location = this.page?.location;
    return key && location ? readFragment(location.hash, key) : undefined;
  }

  /**
   * The page's URL with the host's key set to `value` (or removed, for undefined), every other part kept; undefined
   * when deep links are off or the host is not in a page.
   */
  href(value: string | undefined): string | undefined {
    const key = this.key();
    const location = this.page?.location;
    if (!key || !location) return undefined;
    const url = new URL(location.href);
    url.hash = writeFragment(url.hash, key, value);
    return url.href;
  }

  /**
   * Sets the host's key in the page's fragment to `value` (removes it for undefined), replacing the current history
   * entry. Does nothing when deep links are off or the fragment already says so.
   */
  write(value: string | undefined): void {
    if (!this.enabled || this.value === value) return;
    const href = this.href(value);
    if (href === undefined) return;
    try {
      this.page!.history.replaceState(this.page!.history.state, '', href);
    } catch {
      // A document whose URL cannot change (about:srcdoc, some sandboxed frames): the selection still works.
    }
  }

  /** The host's window while it is in a page (also before this controller's own `hostConnected` has run). */
  private get page(): Window | undefined {
    return this.window ?? (this.host.isConnected ? (this.host.ownerDocument.defaultView ?? undefined) : undefined);
  }

  hostConnected(): void {
    this.window = this.host.ownerDocument.defaultView ?? undefined;
    this.window?.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    this.window?.removeEventListener('hashchange', this.onHashChange);
    this.window = undefined;
  }

  private readonly onHashChange = (): void => {
    if (this.enabled) this.host.requestUpdate();
  };
}

/**
 * The fragment key an element links by, from its deep-link attribute: absent (null/undefined) is off, empty (the
 * bare attribute) is `fallback`, anything else is the key itself.
 */
export function deepLinkKey(attribute: string | null | undefined, fallback: string): string | undefined {
  if (attribute === null || attribute === undefined) return undefined;
  const key = attribute.trim();
  return key || fallback;
}

/** A part of a fragment as written (`raw`), with its key and value when it is a readable `key=value` pair. */
interface Part {
  readonly raw: string;
  readonly key?: string;
  readonly value?: string;
}

function parts(hash: string): Part[] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!body) return [];
  return body.split('&').map((raw) => {
    const at = raw.indexOf('=');
    if (at < 0) return { raw };
    const key = decode(raw.slice(0, at));
    const value = decode(raw.slice(at + 1));
    return key === undefined || value === undefined ? { raw } : { raw, key, value };
  });
}

function decode(s: string): string | undefined {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** The value of `key` in a URL fragment (`#a=1&b=2`, with or without the `#`); undefined when absent or empty. */
export function readFragment(hash: string, key: string): string | undefined {
  for (const part of parts(hash)) if (part.key === key) return part.value || undefined;
  return undefined;
}

/**
 * A URL fragment (with its `#`, or empty when nothing is left) with `key` set to `value`, or removed for undefined;
 * its other parts stay as they were and where they were. A new key goes last.
 */
export function writeFragment(hash: string, key: string, value: string | undefined): string {
  const encoded = value === undefined ? undefined : `${encodeURIComponent(key)}=${encodeURIComponent(value)}`;
  let found = false;
  const out: string[] = [];
  for (const part of parts(hash)) {
    if (part.key === key) {
      if (!found && encoded) out.push(encoded);
      found = true;
    } else out.push(part.raw);
  }
  if (!found && encoded) out.push(encoded);
  return out.length ? `#${out.join('&')}` : '';
}
