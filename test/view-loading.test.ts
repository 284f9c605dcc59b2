// An element may keep the code that renders its content apart (TwinElement.loadView; the card and the list do):
// it is downloaded beside the data, and a dataset shows only once both are here. A file of its own, so that the
// card's view code is not loaded yet when it starts.
import { expect, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import '../src/agreement-card.js';
import type { TwinAgreementCard } from '../src/agreement-card.js';
import type { TwinningDataset } from '../src/data/schema.js';
import type { TwinErrorDetail } from '../src/shared/events.js';
import { TwinElement } from '../src/shared/twin-element.js';
import { fictionalTwinning } from './fixtures/fictional-twinning.js';
import { part, visibleText } from './helpers/render.js';

/** An element whose view code fails to download once, then downloads; `release` lets the pending download end. */
class FlakyViewElement extends TwinElement {
  static attempts = 0;
  static loaded = false;
  static release: (() => void) | undefined;

  static override loadView(): Promise<void> | undefined {
    if (this.loaded) return undefined;
    this.attempts += 1;
    if (this.attempts === 1) return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    return new Promise<void>((resolve) => {
      this.release = () => {
        this.loaded = true;
        resolve();
      };
    });
  }

  protected override renderContent(dataset: TwinningDataset): unknown {
    return html`<p class="content">${dataset.cities.length} cities</p>`;
  }
}
customElements.define('test-flaky-view', FlakyViewElement);

describe('an element whose view code downloads beside the data', () => {
  it('shows the card once its view code and its data are both here, starting from neither', async () => {
    const el = document.createElement('twin-agreement-card') as TwinAgreementCard;
    el.lang = 'tr';
    el.data = fictionalTwinning;
    const loaded = oneEvent(el, 'twin-load');
    document.body.append(el);
    try {
      await el.updateComplete;
      await loaded;
      expect(visibleText(el, '[part=title]')).to.not.equal('');
      expect(el.shadowRoot!.querySelector('.loading')).to.equal(null);
    } finally {
      el.remove();
    }
  });

  it('gives the localized error and twin-error when its view code cannot be downloaded, and tries again at the next load', async () => {
    const el = document.createElement('test-flaky-view') as FlakyViewElement;
    el.lang = 'fa';
    el.data = fictionalTwinning;
    const failed = oneEvent(el, 'twin-error');
    document.body.append(el);
    try {
      const { detail } = (await failed) as CustomEvent<TwinErrorDetail>;
      await el.updateComplete;
      expect(detail.code).to.equal('network');
      expect(detail.message).to.contain('could not be downloaded');
      expect(part(el, '[part=error]').getAttribute('role')).to.equal('alert');
      expect(visibleText(el, '[part=error]')).to.contain('این اطلاعات قابل نمایش نیست');
      expect(el.shadowRoot!.querySelector('.content')).to.equal(null);

      // A new dataset loads again, and the view code with it: until the code is here, the error stays.
      el.data = { ...fictionalTwinning };
      await new Promise((r) => setTimeout(r, 50));
      expect(FlakyViewElement.attempts).to.equal(2);
      expect(el.shadowRoot!.querySelector('.content')).to.equal(null);
      const loaded = oneEvent(el, 'twin-load');
      FlakyViewElement.release!();
      await loaded;
      await el.updateComplete;
      expect(visibleText(el, '.content')).to.equal(`${fictionalTwinning.cities.length} cities`);
      expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
    } finally {
      el.remove();
    }
  });

  it('shows its loading state until its view code is here, and updateComplete waits for it', async () => {
    FlakyViewElement.loaded = false;
    FlakyViewElement.attempts = 1;
    const el = document.createElement('test-flaky-view') as FlakyViewElement;
    el.data = fictionalTwinning;
    document.body.append(el);
    try {
      await new Promise((r) => setTimeout(r, 50));
      expect(visibleText(el, '[role=status]')).to.equal('Loading…');
      let done = false;
      const complete = el.updateComplete.then(() => (done = true));
      await new Promise((r) => setTimeout(r, 50));
      expect(done).to.equal(false);
      FlakyViewElement.release!();
      await complete;
      expect(visibleText(el, '.content')).to.equal(`${fictionalTwinning.cities.length} cities`);
    } finally {
      el.remove();
    }
  });
});
