/**
 * WCAG 1.4.10 and 1.4.4: every element reflows into a 320 px column, and at 200% text size, without scrolling
 * sideways, in a left-to-right and a right-to-left language.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';

const TAGS = ['twin-agreement-card', 'twin-signatory-list', 'twin-city-map', 'twin-pilgrimage-timeline'] as const;

async function column(lang: string, fontSize: string): Promise<{ box: HTMLElement; done: () => void }> {
  const box = document.createElement('div');
  box.style.setProperty('inline-size', '320px');
  box.style.setProperty('font-size', fontSize);
  for (const tag of TAGS) {
    const el = document.createElement(tag);
    el.lang = lang;
    // Eager: the map and the timeline are lazy, and further down the column than a viewport.
    el.setAttribute('loading', 'eager');
    box.append(el);
  }
  document.body.append(box);
  await Promise.all([...box.children].map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
  return { box, done: () => box.remove() };
}

describe('reflow', () => {
  for (const lang of ['en', 'fa']) {
    for (const size of ['16px', '32px']) {
      it(`every element fits a 320 px column at ${size} text in ${lang}`, async () => {
        const { box, done } = await column(lang, size);
        try {
          for (const el of box.children) {
            const base = el.shadowRoot!.querySelector<HTMLElement>('[part=base]')!;
            expect(el.getBoundingClientRect().width, el.localName).to.be.at.most(320);
            expect(base.scrollWidth, `${el.localName} scrolls sideways`).to.be.at.most(base.clientWidth + 1);
          }
        } finally {
          done();
        }
      });
    }
  }
});
