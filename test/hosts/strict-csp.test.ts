/**
 * A page with the strictest Content-Security-Policy a municipal site might send: no inline script or style, no
 * eval, no other origin, Trusted Types required for script sinks. All four elements must render and work with
 * no violation reported, in every engine (Trusted Types where the engine enforces them).
 */
import { expect } from '@open-wc/testing';

type Frame = Window & { __violations: string[] };

describe('under a strict Content-Security-Policy with Trusted Types', () => {
  it('shows every element with no violation', async () => {
    const iframe = document.createElement('iframe');
    iframe.style.setProperty('inline-size', '900px');
    iframe.style.setProperty('block-size', '700px');
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    iframe.src = '/test/hosts/strict-csp.html';
    document.body.append(iframe);
    try {
      await loaded;
      const win = iframe.contentWindow as Frame;
      const doc = iframe.contentDocument!;
      const tags = ['twin-agreement-card', 'twin-signatory-list', 'twin-city-map', 'twin-pilgrimage-timeline'];
      const defined = Promise.all(tags.map((t) => win.customElements.whenDefined(t)));
      const late = new Promise((_, reject) => setTimeout(() => reject(new Error(`not defined after 6 s; violations: ${win.__violations?.join(', ')}`)), 6000));
      await Promise.race([defined, late]);
      for (const tag of tags) {
        const el = doc.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part=base]'), tag).to.not.equal(null);
        expect(el.shadowRoot!.querySelector('[part=error]'), tag).to.equal(null);
        expect(el.getBoundingClientRect().height, tag).to.be.above(150);
      }
      // Interact: open a map popup (focus moves, positions set through the CSSOM) and a timeline event.
      const map = doc.querySelector('twin-city-map')!.shadowRoot!;
      map.querySelector('.marker[data-id="konya"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await (doc.querySelector('twin-city-map') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(map.querySelector('[part=popup]'), 'the popup opens').to.not.equal(null);
      const timeline = doc.querySelector('twin-pilgrimage-timeline') as HTMLElement & { updateComplete: Promise<unknown> };
      timeline.shadowRoot!.querySelector<HTMLElement>('article')!.click();
      await timeline.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(timeline.shadowRoot!.querySelector('.details:not([hidden])'), 'the event opens').to.not.equal(null);
      expect(win.__violations).to.deep.equal([]);
    } finally {
      iframe.remove();
    }
  });
});
