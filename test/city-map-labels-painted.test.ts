/**
 * The map's labels are in place in the first frame painted after a render: after a zoom, and after a change of width
 * (whose render comes in the frame's rendering steps, from a ResizeObserver). Laid out later (in a timer, or in the
 * next animation frame from there), they would show for a frame where the previous layout put them, or at the
 * origin. (Laying them out in the animation frame after each render, rather than in the render's task, was tried:
 * it shortened the render's task but made a zoom step 5–10 ms slower to show in Chromium and Firefox.)
 */
import { expect } from '@open-wc/testing';
import '../src/city-map.js';
import type { TwinCityMap } from '../src/city-map.js';
import { html, part, renderTwin } from './helpers/render.js';

/** A map `width` wide, with an empty block after it that is as wide as it (see the second test). */
async function mapIn(width: number): Promise<{ wrapper: HTMLElement; el: TwinCityMap; beside: HTMLElement }> {
  const wrapper = await renderTwin<HTMLElement & TwinCityMap>(
    html`<div style="inline-size: ${width}px"><twin-city-map loading="eager" lang="en"></twin-city-map><div class="beside"></div></div>`,
  );
  const el = wrapper.querySelector('twin-city-map')! as TwinCityMap;
  await el.updateComplete;
  return { wrapper, el, beside: wrapper.querySelector<HTMLElement>('.beside')! };
}

/** Each shown label's lines, where they are: `key: x,y x,y…`. */
function labelSpots(el: TwinCityMap): string[] {
  return [...part<SVGSVGElement>(el, 'svg.map').querySelectorAll<SVGGElement>('g[data-label]')]
    .filter((g) => g.getAttribute('visibility') !== 'hidden')
    .map((g) => `${g.dataset['label']}: ${[...g.querySelectorAll('text')].map((t) => `${t.getAttribute('x')},${t.getAttribute('y')}`).join(' ')}`)
    .sort();
}

/** The labels where they settle: after the update, and long after any frame or timer a layout might wait for. */
async function settledSpots(el: TwinCityMap): Promise<string[]> {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 200));
  return labelSpots(el);
}

const geoTransform = (el: TwinCityMap) => part<SVGSVGElement>(el, 'svg.map').querySelector('g.geo')?.getAttribute('transform');

describe('twin-city-map: labels in place in the first frame painted', () => {
  it('after a zoom, the labels are in place in the frame that shows the zoomed map', async () => {
    const { el } = await mapIn(900);
    const before = labelSpots(el);
    const transform = geoTransform(el);
    part<HTMLButtonElement>(el, '[part~="toolbar"] button').click();
    // An animation frame callback asked for in the click's task runs before the next frame is painted.
    const inFrame = await new Promise<string[]>((resolve) => requestAnimationFrame(() => resolve(labelSpots(el))));
    expect(geoTransform(el), 'drawn zoomed').to.not.equal(transform);
    const after = await settledSpots(el);
    expect(after, 'the zoom moved the labels').to.not.deep.equal(before);
    expect(inFrame, 'in place before the first frame after the zoom was painted').to.deep.equal(after);
  });

  it('after a change of width, the labels are laid out before the frame that shows the new width is painted', async () => {
    const { wrapper, el, beside } = await mapIn(900);
    const before = labelSpots(el);
    // A ResizeObserver of the test's, made after the map's, is called after it in the same frame, and after the
    // render the map's asked for (it runs in the microtasks after the map's callback): what it sees is painted. It
    // watches an empty block beside the map, whose width changes with the map's and whose height the map's new
    // height does not change (watching the map, it would see that change too late, an error).
    let seen: string[] | undefined;
    const seenThen = new Promise<void>((resolve) => {
      const observer = new ResizeObserver(() => {
        if (wrapper.style.inlineSize !== '700px') return;
        seen = labelSpots(el);
        observer.disconnect();
        resolve();
      });
      observer.observe(beside);
    });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    wrapper.style.inlineSize = '700px';
    await seenThen;
    const after = await settledSpots(el);
    expect(after, 'the narrower map moved the labels').to.not.deep.equal(before);
    expect(seen, 'laid out in the frame of the new width').to.deep.equal(after);
  });
});
