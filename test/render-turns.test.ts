// Four elements whose data arrives together (the embedded dataset, loaded once for the page) render it one per
// frame: the browser lays out and paints one before the next renders, rather than all four in one long task and one
// long frame (issue 19: no long task, Total Blocking Time). A file of its own, so that the embedded dataset is not
// loaded when it starts.
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { TwinAgreementCard } from '../src/agreement-card.js';
import type { TwinningDataset } from '../src/data/schema.js';
import type { TwinElement } from '../src/shared/twin-element.js';
import { renderTurn } from '../src/shared/yield-to-main.js';
import { until } from './helpers/render.js';

/** Counts the animation frames from now until `stop()`. */
function countFrames(): { readonly frame: number; stop(): void } {
  let frame = 0;
  let counting = true;
  const count = () => {
    frame++;
    if (counting) requestAnimationFrame(count);
  };
  requestAnimationFrame(count);
  return {
    get frame() {
      return frame;
    },
    stop: () => (counting = false),
  };
}

describe('first renders of the embedded dataset', () => {
  it('come one per frame, each element in a frame of its own', async () => {
    const frames = countFrames();
    const host = document.createElement('div');
    const tags = ['twin-agreement-card', 'twin-signatory-list', 'twin-city-map', 'twin-pilgrimage-timeline'];
    const shown = new Map<string, { frame: number; at: number }>();
    for (const tag of tags) {
      const el = document.createElement(tag) as TwinElement;
      el.setAttribute('lang', 'en');
      el.setAttribute('loading', 'eager');
      host.append(el);
    }
    document.body.append(host);
    // The frame in which each element's loading state gave way to its data (observed in the task of that render).
    const observers = [...host.children].map((el) => {
      const observer = new MutationObserver(() => {
        const base = el.shadowRoot!.querySelector('[part~="base"]');
        if (!shown.has(el.localName) && base && !base.querySelector('.state.loading')) shown.set(el.localName, { frame: frames.frame, at: performance.now() });
      });
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      return observer;
    });
    try {
      await until(() => shown.size === tags.length, 10_000);
      expect([...shown.keys()].sort(), 'every element showed its data').to.deep.equal([...tags].sort());
      // Between two first renders, a frame, or the 50 ms a turn waits at most for one after the render before it: a
      // busy engine may not draw a frame that soon (WebKitGTK's MiniBrowser under Xvfb, rendering in software, often
      // does not). Without turns, the four came 1–16 ms apart in one frame.
      const renders = [...shown.entries()].sort((a, b) => a[1].at - b[1].at);
      for (let i = 1; i < renders.length; i++) {
        const [before, a] = renders[i - 1]!;
        const [after, b] = renders[i]!;
        const apart = b.frame > a.frame || b.at - a.at >= 49;
        expect(apart, `<${after}> rendered ${(b.at - a.at).toFixed(1)} ms after <${before}>, in frame ${b.frame} after ${a.frame}`).to.equal(true);
      }
    } finally {
      frames.stop();
      for (const o of observers) o.disconnect();
      host.remove();
    }
  });

  it('turns come a frame after the end of the one before, or 50 ms after it where no frame comes', async () => {
    const frames = countFrames();
    // Each turn busy for 30 ms, as a long render is, then ended: the next comes a frame or 50 ms after that end.
    const busy = (ms: number) => {
      const end = performance.now() + ms;
      while (performance.now() < end);
    };
    const turns = await Promise.all(
      Array.from({ length: 5 }, () =>
        renderTurn().then((endTurn) => {
          const start = { frame: frames.frame, at: performance.now() };
          busy(30);
          const ended = { frame: frames.frame, at: performance.now() };
          endTurn();
          return { start, ended };
        }),
      ),
    );
    frames.stop();
    for (let i = 1; i < turns.length; i++) {
      const [a, b] = [turns[i - 1]!.ended, turns[i]!.start];
      expect(b.frame > a.frame || b.at - a.at >= 49, `turn ${i}: ${(b.at - a.at).toFixed(1)} ms and ${b.frame - a.frame} frames after the end of the one before`).to.equal(true);
    }
  });

  it('give an element its data before its first render, with its content not yet shown (TwinElement.prepareFirstRender)', async () => {
    const log: string[] = [];
    class RecordingCard extends TwinAgreementCard {
      protected override async prepareFirstRender(dataset: TwinningDataset): Promise<void> {
        log.push(`prepare: ${dataset.agreements.length} agreement(s), content ${this.shadowRoot?.querySelector('.card') ? 'shown' : 'not shown'}`);
      }

      protected override renderContent(dataset: TwinningDataset): unknown {
        if (!log.includes('render')) log.push('render');
        return super.renderContent(dataset);
      }
    }
    customElements.define('test-recording-card', RecordingCard);
    // The embedded dataset, then data given as a property (validated, then prepared in a task of its own, then
    // rendered: before 2c1b49e it was rendered in the task that validated it, unprepared).
    const { khoyKonya } = await import('../src/data/khoy-konya.js');
    for (const data of [undefined, { ...khoyKonya, agreements: [...khoyKonya.agreements, { ...khoyKonya.agreements[0]!, id: 'second' }] }]) {
      log.length = 0;
      const el = document.createElement('test-recording-card') as TwinElement;
      el.lang = 'en';
      if (data) el.data = data;
      document.body.append(el);
      try {
        await until(() => log.includes('render'), 4000);
        await el.updateComplete;
        expect(log).to.deep.equal([`prepare: ${data ? 2 : 1} agreement(s), content not shown`, 'render']);
        expect(el.shadowRoot!.querySelector('.card'), 'the card shown after').to.not.equal(null);
      } finally {
        el.remove();
      }
    }
  });
});
