/**
 * Lifecycle: a thousand create–attach–detach cycles of each element leave nothing behind (no observer still
 * observing, no document listener, no timer, no fetch in flight); an element works after moving between
 * documents, from a <template>, and when its properties were set before it was defined.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { fictionalTwinning } from '../fixtures/fictional-twinning.js';

const TAGS = ['twin-agreement-card', 'twin-signatory-list', 'twin-city-map', 'twin-pilgrimage-timeline'] as const;
type Twin = HTMLElement & { updateComplete: Promise<unknown>; data?: unknown; src?: string; layout?: string };

/** Counts what is alive: observers observing, document listeners, pending timers, fetches not settled or aborted. */
function instrument() {
  const live = { observers: 0, listeners: 0, timers: 0, fetches: 0 };
  const undo: (() => void)[] = [];
  for (const Ctor of [ResizeObserver, MutationObserver]) {
    const proto = Ctor.prototype as unknown as { observe: (...a: unknown[]) => void; disconnect: () => void };
    const { observe, disconnect } = proto;
    const counted = new WeakSet<object>();
    proto.observe = function (this: object, ...args: unknown[]) {
      if (!counted.has(this)) {
        counted.add(this);
        live.observers++;
      }
      observe.apply(this, args);
    };
    proto.disconnect = function (this: object) {
      if (counted.delete(this)) live.observers--;
      disconnect.call(this);
    };
    undo.push(() => Object.assign(proto, { observe, disconnect }));
  }
  const add = document.addEventListener.bind(document);
  const remove = document.removeEventListener.bind(document);
  const keys = new Set<unknown>();
  document.addEventListener = ((type: string, fn: EventListenerOrEventListenerObject, opts?: unknown) => {
    if (!keys.has(fn)) {
      keys.add(fn);
      live.listeners++;
    }
    add(type, fn, opts as AddEventListenerOptions);
  }) as typeof document.addEventListener;
  document.removeEventListener = ((type: string, fn: EventListenerOrEventListenerObject, opts?: unknown) => {
    if (keys.delete(fn)) live.listeners--;
    remove(type, fn, opts as EventListenerOptions);
  }) as typeof document.removeEventListener;
  undo.push(() => {
    document.addEventListener = add;
    document.removeEventListener = remove;
  });
  const realSet = window.setTimeout;
  const realClear = window.clearTimeout;
  const pending = new Set<number>();
  window.setTimeout = ((fn: () => void, ms?: number, ...rest: unknown[]) => {
    const id = realSet(() => {
      pending.delete(id);
      fn(...(rest as []));
    }, ms);
    pending.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id: number) => {
    pending.delete(id);
    realClear(id);
  }) as typeof window.clearTimeout;
  undo.push(() => {
    window.setTimeout = realSet;
    window.clearTimeout = realClear;
  });
  const realFetch = window.fetch;
  window.fetch = ((_url: RequestInfo | URL, init: RequestInit = {}) => {
    live.fetches++;
    // A server that never answers: only an abort ends the request.
    return new Promise((_, reject) =>
      init.signal?.addEventListener('abort', () => {
        live.fetches--;
        reject(init.signal!.reason);
      }),
    );
  }) as typeof window.fetch;
  undo.push(() => (window.fetch = realFetch));
  return {
    snapshot: () => ({ ...live, timers: pending.size }),
    restore: () => undo.reverse().forEach((u) => u()),
  };
}

describe('lifecycle', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: 1,000 create–attach–detach cycles leave nothing behind`, async function () {
      this.timeout(120_000);
      const box = document.createElement('div');
      document.body.append(box);
      // Warm up (lazy modules, translations, geometry) before counting.
      const warm = document.createElement(tag) as Twin;
      box.append(warm);
      await warm.updateComplete;
      warm.remove();
      const probe = instrument();
      try {
        const before = probe.snapshot();
        for (let i = 0; i < 1000; i++) {
          const el = document.createElement(tag) as Twin;
          el.lang = ['fa', 'tr', 'en', 'az'][i % 4]!;
          el.setAttribute('group', 'g');
          if (tag === 'twin-pilgrimage-timeline' && i % 2) el.layout = 'auto';
          if (i % 10 === 0) el.src = `/never-answers-${i}.json`;
          else if (i % 3 === 0) el.data = fictionalTwinning;
          box.append(el);
          if (i % 10 !== 0) await el.updateComplete;
          el.remove();
        }
        await new Promise((r) => requestAnimationFrame(r));
        expect(probe.snapshot()).to.deep.equal(before);
      } finally {
        probe.restore();
        box.remove();
      }
    });
  }

  it('works after moving to another document and back, and from a <template>', async () => {
    const el = document.createElement('twin-agreement-card') as Twin;
    el.lang = 'tr';
    document.body.append(el);
    await el.updateComplete;
    const other = document.implementation.createHTMLDocument('other');
    other.body.append(other.adoptNode(el));
    document.body.append(document.adoptNode(el));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('14 Aralık 2025');
    el.remove();

    const template = document.createElement('template');
    template.content.append(Object.assign(document.createElement('twin-signatory-list'), { lang: 'en' }));
    const fromTemplate = document.importNode(template.content, true).firstElementChild as Twin;
    document.body.append(fromTemplate);
    await fromTemplate.updateComplete;
    expect(fromTemplate.shadowRoot!.querySelectorAll('[part=person]').length).to.equal(4);
    fromTemplate.remove();
  });

  it('takes properties set before the element was defined (upgrade)', async () => {
    const name = 'twin-late-card';
    const el = document.createElement(name) as Twin;
    el.lang = 'en';
    el.data = fictionalTwinning;
    document.body.append(el);
    const { TwinAgreementCard } = await import('../../src/agreement-card.js');
    customElements.define(name, class extends TwinAgreementCard {});
    await (el as Twin).updateComplete;
    expect(el.shadowRoot!.querySelector('[part=title]')!.textContent).to.contain('Wadi Noor');
    el.remove();
  });
});
