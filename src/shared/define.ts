import { VERSION } from '../version.js';

interface Versioned {
  readonly version?: string;
}

/**
 * Defines a custom element unless a definition already exists, so that the library can be loaded twice (e.g. the
 * self-hosted file and an npm build on one page). A different version already defined is reported once.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor & Versioned): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & Versioned) | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  const version = ctor.version ?? VERSION;
  if (existing !== ctor && existing.version !== version) {
    console.warn(`<${tag}> is already defined by twin-city-elements ${existing.version ?? '(unknown version)'}; version ${version} was not defined again.`);
  }
}
