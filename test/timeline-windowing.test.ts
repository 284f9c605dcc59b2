// Its own file: the virtualizer must not be loaded yet when this test starts (a page loads it once).
import { expect } from '@open-wc/testing';
import '../src/pilgrimage-timeline.js';
import type { TwinPilgrimageTimeline } from '../src/pilgrimage-timeline.js';
import { fictionalTwinning } from './fixtures/fictional-twinning.js';
import { download, until } from './helpers/render.js';

const articles = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('article[part=event]')];
const focusedId = (el: Element) => (el.shadowRoot!.activeElement as HTMLElement | null)?.parentElement?.dataset['id'];

describe('<twin-pilgrimage-timeline> while its virtualizer loads', () => {
  it('keeps the focus on the event a keyboard reader moved to when the virtualizer takes over', async () => {
    const events = Array.from({ length: 400 }, (_, i) => ({ id: `e${i}`, date: String(1000 + i), kind: 'meeting', title: `Event ${i + 1}` }));
    // Inline JSON, as a page without script would give it: the virtualizer is not fetched before the data is read.
    const scroller = document.createElement('div');
    scroller.style.cssText = 'block-size: 500px; overflow-y: scroll';
    const el = document.createElement('twin-pilgrimage-timeline') as TwinPilgrimageTimeline;
    el.lang = 'en';
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ ...fictionalTwinning, events });
    el.append(script);
    scroller.append(el);
    document.body.append(scroller);
    try {
      await el.updateComplete;
      // Before the virtualizer: the first events, as plain list items.
      expect(articles(el), 'the first events, before the virtualizer').to.have.length(40);
      articles(el)[0]!.focus();
      articles(el)[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true, cancelable: true }));
      await until(() => focusedId(el) === 'e1', 5000);
      expect(focusedId(el), 'the arrow moved the focus').to.equal('e1');
      // Then the virtualizer renders the list anew (fewer items than the first 40) and the focus stays on e1.
      await until(() => articles(el).length !== 40, 5000);
      expect(articles(el).length, 'the virtualizer took over').to.not.equal(40);
      await until(() => focusedId(el) === 'e1', 5000);
      expect(focusedId(el), 'the focus after the virtualizer took over').to.equal('e1');
      expect(el.shadowRoot!.activeElement?.getAttribute('tabindex')).to.equal('0');
    } finally {
      scroller.remove();
    }
  });

  it('downloads the virtualizer and its layout together, not the layout once the virtualizer has started', async function () {
    const events = Array.from({ length: 400 }, (_, i) => ({ id: `e${i}`, date: String(1000 + i), kind: 'meeting', title: `Event ${i + 1}` }));
    const el = document.createElement('twin-pilgrimage-timeline') as TwinPilgrimageTimeline;
    el.lang = 'en';
    el.data = { ...fictionalTwinning, events };
    document.body.append(el);
    try {
      await el.updateComplete;
      await until(() => articles(el).length > 0 && articles(el).length !== 40, 5000);
      expect(articles(el).length, 'the virtualizer took over').to.not.equal(40);
    } finally {
      el.remove();
    }
    // The downloads of this page's first windowed timeline (this test's or the one before).
    // The directive's module imports the virtualizer's core, which starts the layout download when left to itself:
    // only once the core is here, has run and has been given a list.
    const core = download('/@lit-labs/virtualizer/Virtualizer.js');
    const layout = download('/@lit-labs/virtualizer/layouts/flow.js');
    // Taken from memory (Firefox, WebKit; see `download`): nothing to time.
    if (!core || core.transferSize === 0) this.skip();
    if (!layout) expect.fail('the layout was not downloaded beside the virtualizer');
    expect(layout.startTime, 'the layout was asked for while the virtualizer was on its way').to.be.below(core.responseEnd);
  });
});
