/**
 * The elements on pages nobody here controls: aggressive global CSS (resets, justify, letter-spacing, huge and
 * tiny root font sizes, !important colours, rules that hide SVG), scripts that patch built-in prototypes and
 * fetch, and a <base href> pointing elsewhere. Every element must still lay out, show its content and work.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { textOf } from '../helpers/render.js';

const TAGS = ['twin-agreement-card', 'twin-signatory-list', 'twin-city-map', 'twin-pilgrimage-timeline'] as const;

const HOSTILE_CSS = `
  *, *::before, *::after { box-sizing: content-box !important; margin: 0; padding: 0; border: 0; }
  html { font-size: var(--root-size, 16px); }
  body { text-align: justify; letter-spacing: 3px; word-spacing: 8px; line-height: 3; color: #f0f !important;
         font-family: 'Comic Sans MS', cursive; direction: rtl; white-space: pre; }
  div, section, article, ol, ul, li, p, span { display: inline !important; float: left; }
  svg { display: none !important; }
  button { all: unset; }
  a { color: red !important; text-decoration: none !important; }
  [hidden] { display: block !important; }
  ::selection { background: black; }
`;

async function mount(rootSize: string): Promise<{ host: HTMLElement; cleanup: () => void }> {
  const style = document.createElement('style');
  style.textContent = HOSTILE_CSS;
  document.head.append(style);
  document.documentElement.style.setProperty('--root-size', rootSize);
  const host = document.createElement('div');
  host.style.setProperty('inline-size', '640px');
  for (const tag of TAGS) {
    const el = document.createElement(tag);
    el.lang = 'fa';
    // All four load at once, wherever they fall on the page (the map and the timeline are lazy by default).
    el.setAttribute('loading', 'eager');
    host.append(el);
  }
  document.body.append(host);
  await Promise.all(TAGS.map((t) => (host.querySelector(t) as unknown as { updateComplete: Promise<unknown> }).updateComplete));
  return {
    host,
    cleanup: () => {
      host.remove();
      style.remove();
      document.documentElement.style.removeProperty('--root-size');
    },
  };
}

describe('on a hostile page', () => {
  // First, before anything has loaded the map's geometry: it must come from the package whatever <base> says.
  it('loads its own parts and data whatever <base href> says', async () => {
    const base = document.createElement('base');
    base.href = 'https://elsewhere.invalid/some/path/';
    document.head.prepend(base);
    try {
      const el = document.createElement('twin-city-map');
      el.lang = 'tr';
      document.body.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('.land').length, 'the geometry loaded from the package, not from <base>').to.be.above(10);
      el.remove();
    } finally {
      base.remove();
    }
  });
  for (const rootSize of ['16px', '40px', '8px']) {
    it(`every element lays out and shows its content under aggressive global CSS (root font ${rootSize})`, async () => {
      const { host, cleanup } = await mount(rootSize);
      try {
        for (const tag of TAGS) {
          const el = host.querySelector(tag)!;
          const box = el.getBoundingClientRect();
          expect(box.height, `${tag} height`).to.be.above(150);
          expect(box.width, `${tag} width`).to.be.within(300, 641);
          expect(el.shadowRoot!.querySelector('[part=error]'), `${tag} error`).to.equal(null);
          expect(textOf(el.shadowRoot!).length, `${tag} text`).to.be.above(20);
        }
        const map = host.querySelector('twin-city-map')!.shadowRoot!.querySelector('svg.map')!;
        expect(getComputedStyle(map).display, 'the page cannot hide the map').to.equal('block');
        expect(map.getBoundingClientRect().height).to.be.above(150);
        const details = host.querySelector('twin-pilgrimage-timeline')!.shadowRoot!.querySelector('.details[hidden]')!;
        expect(getComputedStyle(details).display, 'closed details stay closed').to.equal('none');
        const tool = host.querySelector('twin-city-map')!.shadowRoot!.querySelector<HTMLButtonElement>('.tool')!;
        expect(tool.getBoundingClientRect().width, 'buttons keep their size').to.be.at.least(24);
      } finally {
        cleanup();
      }
    });
  }

  it('works when scripts have patched built-in prototypes and fetch', async () => {
    const patched: (() => void)[] = [];
    const patch = <T extends object>(target: T, key: string, value: unknown) => {
      const had = Object.prototype.hasOwnProperty.call(target, key);
      const before = (target as Record<string, unknown>)[key];
      Object.defineProperty(target, key, { value, configurable: true, writable: true, enumerable: true });
      patched.push(() => (had ? Object.defineProperty(target, key, { value: before, configurable: true, writable: true }) : Reflect.deleteProperty(target, key)));
    };
    // What old "jQuery plugin" pages do: enumerable additions to Object and Array, and a broken fetch.
    patch(Object.prototype, 'extend', function extend() {});
    patch(Array.prototype, 'remove', function remove() {});
    patch(Array.prototype, 'includes', function includes(this: unknown[], v: unknown) {
      return this.indexOf(v) !== -1;
    });
    const realFetch = window.fetch;
    window.fetch = () => Promise.reject(new Error('blocked by an old analytics script'));
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      const { host, cleanup } = await mount('16px');
      try {
        for (const tag of TAGS) expect(host.querySelector(tag)!.shadowRoot!.querySelector('[part=error]'), tag).to.equal(null);
        expect(textOf(host.querySelector('twin-pilgrimage-timeline')!.shadowRoot!.querySelector('.count')!)).to.equal('۱۶ رویداد');
      } finally {
        cleanup();
      }
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      window.fetch = realFetch;
      patched.reverse().forEach((undo) => undo());
    }
  });

});
