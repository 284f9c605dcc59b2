/**
 * Untrusted data: every element is given each dataset of a corpus of more than 200 hostile or broken ones, then
 * random data and random texts (fast-check). Nothing may run a script, throw past the element, leave a blank
 * box, or put a dangerous link or attribute in the page: the element shows a localized error or a safe render.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { hostileCases, hugeTimeline, richDataset, type HostileCase } from '../fixtures/hostile-datasets.js';
import { inEveryCombination } from '../helpers/matrix.js';
import { textOf } from '../helpers/render.js';

const TAGS = ['twin-agreement-card', 'twin-signatory-list', 'twin-city-map', 'twin-pilgrimage-timeline'] as const;
type Twin = HTMLElement & { data: unknown; updateComplete: Promise<unknown> };

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** What a hostile dataset must never achieve inside an element's shadow root. */
function unsafeMarkup(root: ShadowRoot): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) if (/^on/i.test(attr)) found.push(`<${el.localName} ${attr}>`);
    if (el.localName === 'script' || el.localName === 'iframe' || el.localName === 'object' || el.localName === 'embed') found.push(`<${el.localName}>`);
    for (const attr of ['href', 'src', 'xlink:href']) {
      const value = el.getAttribute(attr);
      if (value === null) continue;
      const scheme = new URL(value, location.href).protocol;
      if (!SAFE_SCHEMES.has(scheme)) found.push(`<${el.localName} ${attr}="${value.slice(0, 40)}">`);
    }
  }
  return found;
}

const container = () => {
  const div = document.createElement('div');
  div.style.setProperty('inline-size', '600px');
  document.body.append(div);
  return div;
};

/** Whether the element's update settles within 5 s (an element that loads its data again at every update never does). */
const settles = (el: Twin) => Promise.race([el.updateComplete.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 5000))]);

async function renderWith(tag: string, data: unknown, lang = 'fa'): Promise<Twin> {
  const el = document.createElement(tag) as Twin;
  el.lang = lang;
  el.data = data;
  return el;
}

describe('hostile and broken data', () => {
  const all = hostileCases();
  // Chromium takes every case. Firefox and WebKit take every link and every other case, but the markup payloads in
  // text fields on a covering subset (each payload and each field at least once: 16 of 128): a text reaches the page
  // through Lit's text bindings, which no engine parses as markup, whereas a link's scheme is parsed by the engine's
  // own URL parser. The full corpus took a fifth of the suite's time in the three engines (46, 47 and 80 s in a CI
  // run); with the subset, this file alone in the three side by side: 42, 20 and 57 s.
  const cases = inEveryCombination ? all : all.filter((c) => !c.textPayload || c.textPayload.covering);
  let errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  const originalConsoleError = console.error;

  beforeEach(() => {
    errors = [];
    delete window.__pwned;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    console.error = () => undefined; // invalid data is logged once per element, by design
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.error = originalConsoleError;
  });

  it(`has a corpus of at least 200 cases (${all.length}), ${cases.length} of them in this engine`, () => {
    expect(all.length).to.be.at.least(200);
    const payloads = all.filter((c) => c.textPayload);
    const covering = payloads.filter((c) => c.textPayload!.covering);
    expect(payloads).to.have.length(128);
    // Every field and every payload in the covering subset (names are "<field>: payload <n>").
    const fields = (list: typeof all) => new Set(list.map((c) => c.name.split(': payload ')[0]));
    const numbers = (list: typeof all) => new Set(list.map((c) => c.name.split(': payload ')[1]));
    expect(fields(covering)).to.deep.equal(fields(payloads));
    expect(numbers(covering)).to.deep.equal(numbers(payloads));
  });

  for (const tag of TAGS) {
    it(`<${tag}> survives every case safely, with an error state or content`, async function () {
      this.timeout(120_000);
      const box = container();
      const failures: string[] = [];
      try {
        for (const { name, data } of cases as HostileCase[]) {
          const el = await renderWith(tag, data);
          box.replaceChildren(el);
          if (!(await settles(el))) {
            failures.push(`${name}: never settles`);
            box.replaceChildren();
            continue;
          }
          await new Promise((r) => setTimeout(r, 0));
          const root = el.shadowRoot!;
          const problems = unsafeMarkup(root);
          const error = root.querySelector('[part=error]');
          if (error && textOf(error).length < 10) problems.push('an empty error');
          if (!error && textOf(root).length < 5) problems.push('a blank box');
          if (el.getBoundingClientRect().height < 40) problems.push(`a collapsed box (${el.getBoundingClientRect().height}px)`);
          if (window.__pwned !== undefined) problems.push('a script ran');
          if (errors.length) problems.push(`uncaught: ${errors.join(' | ')}`);
          if (problems.length) failures.push(`${name}: ${problems.join(', ')}`);
          errors = [];
        }
      } finally {
        box.remove();
      }
      expect(failures).to.deep.equal([]);
    });
  }

  it('shows a timeline of 100,000 events', async function () {
    this.timeout(60_000);
    const data = hugeTimeline(100_000);
    const box = container();
    try {
      const timeline = await renderWith('twin-pilgrimage-timeline', data, 'en');
      box.replaceChildren(timeline);
      await timeline.updateComplete;
      expect(timeline.shadowRoot!.querySelector('[part=error]')).to.equal(null);
      expect(textOf(timeline.shadowRoot!.querySelector('.count')!)).to.equal('100,000 events');
      expect(timeline.shadowRoot!.querySelectorAll('article').length, 'not all at once').to.be.below(300);
      expect(errors).to.deep.equal([]);
    } finally {
      box.remove();
    }
  });

  it('never throws and never stays blank, whatever value .data is given (property-based)', async function () {
    this.timeout(150_000);
    const box = container();
    try {
      await fc.assert(
        fc.asyncProperty(fc.anything({ maxDepth: 3, maxKeys: 6, withNullPrototype: true, withObjectString: true }), async (data) => {
          const el = await renderWith('twin-agreement-card', data, 'tr');
          box.replaceChildren(el);
          expect(await settles(el), `settles for ${fc.stringify(data).slice(0, 200)}`).to.equal(true);
          expect(el.shadowRoot!.querySelector('[part=error]') ?? el.shadowRoot!.querySelector('article')).to.not.equal(null);
          expect(errors).to.deep.equal([]);
        }),
        { numRuns: 50 },
      );
    } finally {
      box.remove();
    }
  });

  it('shows any text of the data as text, never as markup (property-based)', async function () {
    this.timeout(60_000);
    const box = container();
    try {
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: 'binary', minLength: 1, maxLength: 80 }), fc.constantFrom(...TAGS), async (text, tag) => {
          const data = richDataset();
          ((data['agreements'] as Record<string, unknown>[])[0]!)['title'] = text;
          ((data['events'] as Record<string, unknown>[])[1]!)['title'] = text;
          ((data['cities'] as Record<string, unknown>[])[0]!)['name'] = text;
          const el = await renderWith(tag, data, 'en');
          box.replaceChildren(el);
          await el.updateComplete;
          const root = el.shadowRoot!;
          expect(unsafeMarkup(root)).to.deep.equal([]);
          expect(window.__pwned).to.equal(undefined);
          if (tag === 'twin-agreement-card') expect(root.querySelector('[part=title]')!.textContent).to.equal(text);
        }),
        { numRuns: 60 },
      );
    } finally {
      box.remove();
    }
  });
});
