import { fixture, html as testHtml } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { TwinElement } from '../../src/shared/twin-element.js';

/** Renders `template` in a fixture and waits until its twin element shows its data or error. */
export async function renderTwin<T extends TwinElement>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await el.updateComplete;
  return el;
}

/** The text a reader sees in the element's shadow root (whitespace collapsed). */
export function visibleText(el: Element, selector?: string): string {
  const root = el.shadowRoot!;
  const node = selector ? root.querySelector(selector) : root;
  if (!node) throw new Error(`nothing matches ${selector}`);
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The text of a node as a reader sees it (whitespace collapsed, invisible bidi isolates dropped). */
export function textOf(node: Node): string {
  return (node.textContent ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
}

/** The shadow element matching `selector`, failing the test when there is none. */
export function part<E extends Element = HTMLElement>(el: Element, selector: string): E {
  const found = el.shadowRoot!.querySelector<E>(selector);
  if (!found) throw new Error(`nothing matches ${selector} in <${el.localName}>`);
  return found;
}

/** Waits for the element's next render after a change outside it (language, attributes). */
export async function nextRender(el: TwinElement): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

/**
 * Waits (up to `ms`) for something the browser or a virtualizer does after a few frames. It does not fail by
 * itself: the assertion after it says what was expected.
 */
export async function until(condition: () => boolean, ms = 4000): Promise<void> {
  const end = performance.now() + ms;
  while (!condition() && performance.now() < end) await new Promise((r) => setTimeout(r, 20));
}

/**
 * The page's download of the file whose path ends with `path`, if it made one. Firefox and WebKit may take a module
 * script from memory, loaded by an earlier test file: its `transferSize` is then 0, and there is no download to time.
 */
export function download(path: string): PerformanceResourceTiming | undefined {
  return performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname.endsWith(path)) as PerformanceResourceTiming | undefined;
}

export { testHtml as html };
