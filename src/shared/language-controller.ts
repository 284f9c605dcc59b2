import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLanguageAndDirection, type ResolvedLanguage } from '../i18n/language.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Follows the language and direction of its host live: the host's own `lang`/`dir`, its ancestors' `lang`
 * (across shadow roots) and `<html lang>`. One MutationObserver watches `lang` and `dir` on every root on the
 * way up; it is disconnected when the host leaves the page.
 */
export class LanguageController implements ReactiveController {
  private resolved: ResolvedLanguage;
  private observer: MutationObserver | undefined;

  constructor(private readonly host: Host) {
    this.resolved = { lang: 'en', locale: 'en', requested: 'en', dir: 'ltr' };
    host.addController(this);
  }

  /** Takes a language resolved elsewhere, where there is no page to follow (a server render; see TwinElement.prefill). */
  prefill(resolved: ResolvedLanguage): void {
    this.resolved = resolved;
  }

  get lang(): string {
    return this.resolved.lang;
  }
  get locale(): ResolvedLanguage['locale'] {
    return this.resolved.locale;
  }
  get requested(): string {
    return this.resolved.requested;
  }
  get dir(): ResolvedLanguage['dir'] {
    return this.resolved.dir;
  }

  hostConnected(): void {
    this.refresh();
    this.observer = new MutationObserver(() => this.refresh());
    const options: MutationObserverInit = { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true };
    for (let root = this.host.getRootNode(); ; ) {
      if (root instanceof ShadowRoot) {
        this.observer.observe(root, options);
        this.observer.observe(root.host, { attributes: true, attributeFilter: ['lang', 'dir'] });
        root = root.host.getRootNode();
      } else {
        if (root instanceof Document) this.observer.observe(root.documentElement, options);
        else this.observer.observe(root, options);
        break;
      }
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private refresh(): void {
    const next = resolveLanguageAndDirection(this.host);
    const { lang, dir, requested } = this.resolved;
    if (next.lang !== lang || next.dir !== dir || next.requested !== requested) {
      this.resolved = next;
      this.host.requestUpdate();
    }
  }
}
