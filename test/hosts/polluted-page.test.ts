/**
 * The built files on a page whose older scripts have added enumerable properties to Object.prototype and
 * Array.prototype and installed a global AMD `define` (see pollute-globals.js) before ours load. Every built form
 * must define all four elements, render them and leave `define` alone. (hostile-page.test.ts patches prototypes
 * after the sources have loaded; here the page is polluted before the built files run.) These tests load dist/: run
 * `npm run build` first (CI builds before the tests).
 */
import { expect } from '@open-wc/testing';

type Frame = Window & { __errors: string[]; __defineCalls: string[] };

const TAGS = ['twin-agreement-card', 'twin-signatory-list', 'twin-city-map', 'twin-pilgrimage-timeline'];

/** The built forms a site can load: what `npm run build` makes, as a page includes it. */
const FORMS: Record<string, string[]> = {
  'the self-hosted file, dist/twin-city-elements.js': ['/dist/twin-city-elements.js'],
  'the self-hosted folder, dist/site/': ['/dist/site/twin-city-elements.js'],
  'the npm entry, dist/index.js': ['/dist/index.js'],
  'the per-element npm entries': TAGS.map((t) => `/dist/${t.replace(/^twin-/, '')}.js`),
};

async function loadPage(files: string[]): Promise<HTMLIFrameElement> {
  for (const file of files) {
    const response = await fetch(file, { method: 'HEAD' });
    if (!response.ok) throw new Error(`${file}: HTTP ${response.status}; run npm run build before these tests`);
  }
  const iframe = document.createElement('iframe');
  iframe.style.setProperty('inline-size', '900px');
  iframe.style.setProperty('block-size', '700px');
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = `/test/hosts/polluted-page.html?${files.map((f) => `src=${encodeURIComponent(f)}`).join('&')}`;
  document.body.append(iframe);
  await loaded;
  return iframe;
}

describe('on a page with a polluted Object.prototype and Array.prototype and an AMD define', () => {
  for (const [form, files] of Object.entries(FORMS)) {
    it(`${form} defines and renders every element`, async () => {
      const iframe = await loadPage(files);
      try {
        const win = iframe.contentWindow as Frame;
        const doc = iframe.contentDocument!;
        expect(win.__errors, 'the page is polluted before our files load').to.be.an('array');
        expect(({} as Record<string, unknown>)['__trackingId'], 'the pollution stays in the frame').to.equal(undefined);
        const defined = Promise.all(TAGS.map((t) => win.customElements.whenDefined(t)));
        const late = new Promise((_, reject) =>
          setTimeout(() => reject(new Error(`not all defined after 8 s; errors: ${win.__errors.join(' | ') || 'none'}`)), 8000),
        );
        await Promise.race([defined, late]);
        for (const tag of TAGS) {
          const el = doc.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
          await el.updateComplete;
          expect(el.shadowRoot!.querySelector('[part=base]'), tag).to.not.equal(null);
          expect(el.shadowRoot!.querySelector('[part=error]'), `${tag} shows no error`).to.equal(null);
          expect(el.getBoundingClientRect().height, tag).to.be.above(150);
        }
        const card = doc.querySelector('twin-agreement-card')!.shadowRoot!;
        expect(card.querySelector('[part=base]')!.getAttribute('lang')).to.equal('fa');
        expect(card.textContent, 'the card in Persian').to.contain('خوی');
        expect(doc.querySelector('twin-city-map')!.shadowRoot!.querySelectorAll('.land').length, 'the map is drawn').to.be.above(10);
        expect(win.__defineCalls, 'nothing is handed to the page’s AMD loader').to.deep.equal([]);
        // Firefox reports a ResizeObserver loop now and then on a clean page too (not this test's subject).
        const errors = win.__errors.filter((e) => !/^ResizeObserver loop/.test(e));
        expect(errors.join(' | '), 'no error on the page').to.equal('');
      } finally {
        iframe.remove();
      }
    });
  }
});
