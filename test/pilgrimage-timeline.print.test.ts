/**
 * The timeline on paper (issue 23, item 5): every event with its details, in one column, not windowed, and no control.
 * Print media is emulated in Chromium only (Playwright's `emulateMedia`); Firefox's and WebKitGTK's WebDriver drivers
 * cannot emulate it, so those tests are skipped there, by name. What the timeline renders between `beforeprint` and
 * `afterprint` (the browser's Print command) is checked in every engine.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/pilgrimage-timeline.js';
import type { TwinPilgrimageTimeline } from '../src/pilgrimage-timeline.js';
import { fictionalTwinning } from './fixtures/fictional-twinning.js';
import { html, renderTwin, textOf, until } from './helpers/render.js';

let emulating = false;

/** Lays the page out for print; skips where the driver cannot (any engine but Chromium). */
async function printMedia(context: Mocha.Context, el: TwinPilgrimageTimeline): Promise<void> {
  try {
    await emulateMedia({ media: 'print' });
  } catch (error) {
    if (/not supported|CDP|unknown command|not implemented/i.test(String(error))) context.skip();
    throw error;
  }
  emulating = true;
  if (!matchMedia('print').matches) context.skip();
  // The media query's change event comes a little later; the timeline renders for paper when it does.
  await until(() => !el.shadowRoot!.querySelector('.toolbar'), 2000);
  await el.updateComplete;
}

afterEach(async () => {
  if (emulating) await emulateMedia({ media: 'screen' });
  emulating = false;
});

const displayed = (node: Element) => {
  const box = node.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(node).visibility !== 'hidden';
};
const controlsShown = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('button, input, select, summary')].filter(displayed).map((c) => `${c.className}: ${textOf(c)}`);

describe('<twin-pilgrimage-timeline> in print', () => {
  for (const layout of ['vertical', 'horizontal']) {
    it(`prints all 16 default events with their details and no control, in one column (${layout}, Chromium)`, async function () {
      const el = await renderTwin<TwinPilgrimageTimeline>(
        html`<twin-pilgrimage-timeline lang="fa" layout=${layout} deep-link loading="eager"></twin-pilgrimage-timeline>`,
      );
      expect(controlsShown(el).length, 'the screen has controls').to.be.above(0);
      await printMedia(this, el);
      const root = el.shadowRoot!;
      const articles = [...root.querySelectorAll('article.event')];
      expect(articles.length).to.equal(16);
      for (const article of articles) {
        const id = (article.parentElement as HTMLElement).dataset['id'];
        expect(displayed(article), `${id} printed`).to.equal(true);
        const details = article.querySelector<HTMLElement>('.details');
        if (details) expect(displayed(details), `${id}'s details printed`).to.equal(true);
      }
      // The details' text: Rumi's death in the Julian calendar and the museum's description.
      expect(textOf(root.querySelector('li[data-id="rumi-dies"] .western-date')!)).to.equal('۱۷ دسامبر ۱۲۷۳ (ژولینی)');
      expect(displayed(root.querySelector('li[data-id="museum-opens"] .details p')!)).to.equal(true);
      expect(controlsShown(el), 'no filter, step, details or copy button').to.deep.equal([]);
      expect(root.querySelector('ol.horizontal'), 'one column on paper').to.equal(null);
      // All of it on the paper's width: nothing scrolls sideways.
      const list = root.querySelector<HTMLElement>('[part=events]')!;
      expect(list.scrollWidth).to.be.at.most(list.clientWidth + 1);
      // Back on screen: the controls, and the details closed again.
      await emulateMedia({ media: 'screen' });
      emulating = false;
      await until(() => controlsShown(el).length > 0);
      await el.updateComplete;
      expect(controlsShown(el).length).to.be.above(0);
      expect(root.querySelector<HTMLElement>('#details-rumi-dies')!.hidden).to.equal(true);
      if (layout === 'horizontal') expect(root.querySelector('ol.horizontal')).to.not.equal(null);
    });
  }

  it('renders a windowed timeline whole between beforeprint and afterprint, and windowed again after', async () => {
    const events = Array.from({ length: 400 }, (_, i) => ({ id: `e${i}`, date: String(1000 + i), kind: 'meeting', title: `Event ${i + 1}`, description: `About ${i + 1}` }));
    const el = await renderTwin<TwinPilgrimageTimeline>(
      html`<twin-pilgrimage-timeline lang="en" loading="eager" .data=${{ ...fictionalTwinning, events }}></twin-pilgrimage-timeline>`,
    );
    const root = el.shadowRoot!;
    await until(() => !!root.querySelector('ol.windowed') && root.querySelectorAll('article.event').length < 300);
    expect(root.querySelectorAll('article.event').length, 'windowed on screen').to.be.below(300);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(root.querySelector('ol.windowed')).to.equal(null);
    expect(root.querySelectorAll('article.event').length).to.equal(400);
    expect([...root.querySelectorAll<HTMLElement>('.details')].every((d) => !d.hidden), 'every event’s details').to.equal(true);
    expect(root.querySelector('.toolbar, .more, .copy-link'), 'no control rendered').to.equal(null);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    await until(() => root.querySelectorAll('article.event').length < 300);
    expect(root.querySelector('ol.windowed'), 'windowed again').to.not.equal(null);
    expect(root.querySelectorAll('article.event').length).to.be.below(300);
    expect(root.querySelector('.toolbar')).to.not.equal(null);
  });
});
