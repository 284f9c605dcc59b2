import { expect } from '@open-wc/testing';
import '../src/pilgrimage-timeline.js';
import type { TwinPilgrimageTimeline } from '../src/pilgrimage-timeline.js';
import { matrix } from './helpers/matrix.js';
import { html, part, renderTwin } from './helpers/render.js';

const locales = ['fa', 'tr', 'en', 'az', 'az-Arab'] as const;
const themes = ['light', 'dark'] as const;
const layouts = ['vertical', 'horizontal'] as const;

describe('<twin-pilgrimage-timeline> accessibility', () => {
  // Every locale × theme × layout in Chromium, a covering subset in Firefox and WebKit (helpers/matrix.ts).
  for (const [lang, theme, layout] of matrix(locales, themes, layouts)) {
    it(`has no axe violations in ${lang}, ${theme} theme, ${layout}, with an event open`, async () => {
      const el = await renderTwin<TwinPilgrimageTimeline>(
        html`<twin-pilgrimage-timeline lang=${lang} theme=${theme} layout=${layout} spacing="proportional"></twin-pilgrimage-timeline>`,
      );
      part<HTMLElement>(el, 'li[data-id="rumi-dies"] article').click();
      await el.updateComplete;
      expect(part<HTMLElement>(el, '#details-rumi-dies').hidden, 'the details are open').to.equal(false);
      await expect(el).to.be.accessible();
    });
  }

  it('gives each event a heading at the level asked for, after its date', async () => {
    const el = await renderTwin<TwinPilgrimageTimeline>(html`<twin-pilgrimage-timeline lang="en" heading-level="2"></twin-pilgrimage-timeline>`);
    const article = part(el, 'article');
    expect(part(el, '[part=title]').getAttribute('aria-level')).to.equal('2');
    expect(article.firstElementChild!.getAttribute('part'), 'the date comes first').to.equal('date');
    // Named by its headline, then its date: moving through the events with the arrow keys, a screen reader says
    // both (named by its headline alone, it never said the date).
    const names = article.getAttribute('aria-labelledby')!.split(' ').map((id) => el.shadowRoot!.getElementById(id));
    expect(names).to.deep.equal([part(el, '[part=title]'), part(el, '[part=date]')]);
  });

  it('puts the eras one heading level above the events, and the events at level 2 or more when there are eras', async () => {
    for (const [asked, events, eras] of [
      ['3', '3', '2'],
      ['1', '2', '1'],
    ] as const) {
      const el = await renderTwin<TwinPilgrimageTimeline>(html`<twin-pilgrimage-timeline loading="eager" lang="en" heading-level=${asked}></twin-pilgrimage-timeline>`);
      expect(part(el, '[part=title]').getAttribute('aria-level'), `heading-level=${asked}: events`).to.equal(events);
      expect(part(el, '[part=era]').getAttribute('aria-level'), `heading-level=${asked}: eras`).to.equal(eras);
    }
  });
});

describe('<twin-pilgrimage-timeline> layouts', () => {
  const inWidth = async (width: number, attrs: string) => {
    const wrapper = await renderTwin<HTMLElement & TwinPilgrimageTimeline>(
      html`<div style="inline-size: ${width}px"><twin-pilgrimage-timeline lang=${attrs}></twin-pilgrimage-timeline></div>`,
    );
    const el = wrapper.querySelector('twin-pilgrimage-timeline')!;
    await el.updateComplete;
    return el;
  };
  const boxes = (el: Element) => [...el.shadowRoot!.querySelectorAll('article')].map((a) => a.getBoundingClientRect());

  it('reads top to bottom on a narrow page, cards on the inline-end side of the line', async () => {
    const el = await inWidth(360, 'en');
    const [a, b] = boxes(el);
    expect(b!.top).to.be.above(a!.bottom - 1);
    const line = getComputedStyle(part(el, '[part=events]'), '::before');
    expect(line.content).to.not.equal('none');
    expect(part(el, '[part=base]').scrollWidth).to.be.at.most(part(el, '[part=base]').clientWidth);
  });

  it('keeps one column when wide, the dates in a gutter before the line, still top to bottom', async () => {
    const el = await inWidth(1000, 'en');
    const [a, b, c] = boxes(el);
    expect(b!.top).to.be.above(a!.bottom - 1);
    expect(Math.abs(a!.left - c!.left)).to.be.below(1);
    const date = part(el, 'li[data-id="rumi-born"] .date').getBoundingClientRect();
    const card = part(el, 'li[data-id="rumi-born"] .card').getBoundingClientRect();
    expect(date.right, 'the date before the card').to.be.at.most(card.left);
    expect(Math.abs(date.top - card.top), 'on the same row').to.be.below(2);
  });

  it('spaces events by the time between them when asked, with long silences compressed', async () => {
    const wrapper = await renderTwin<HTMLElement & TwinPilgrimageTimeline>(
      html`<div style="inline-size: 400px"><twin-pilgrimage-timeline lang="en" spacing="proportional"></twin-pilgrimage-timeline></div>`,
    );
    const el = wrapper.querySelector('twin-pilgrimage-timeline')!;
    await el.updateComplete;
    const space = (id: string) => parseFloat(getComputedStyle(part(el, `li[data-id="${id}"]`)).marginBlockStart);
    // Three days between the memorandum and the Şeb-i Arus; 22 years before Rumi's birth; 652 before the museum.
    expect(space('seb-i-arus-752')).to.be.below(space('rumi-born'));
    expect(space('rumi-born')).to.be.below(space('museum-opens') + 0.01);
    expect(space('museum-opens'), 'compressed').to.be.at.most(12 * 16);
  });
});
