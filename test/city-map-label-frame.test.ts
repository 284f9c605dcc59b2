/**
 * When the map's labels are laid out: in the frame after a render, before that frame is painted (label-frame.ts),
 * not in the render's task. Whatever the reader sees painted has its labels where the layout put them: after a zoom
 * (the labels wait for the next animation frame) and after a change of width (the render comes in the frame's
 * rendering steps, from a ResizeObserver, and lays its labels out at once).
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
  // Out of the frame in which the labels were laid out (a render there lays them out at once).
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { wrapper, el, beside: wrapper.querySelector<HTMLElement>('.beside')! };
}

/** Each shown label's lines, where they are: `key: x,y x,y…`. */
function labelSpots(el: TwinCityMap): string[] {
  return [...part<SVGSVGElement>(el, 'svg.map').querySelectorAll<SVGGElement>('g[data-label]')]
    .filter((g) => g.getAttribute('visibility') !== 'hidden')
    .map((g) => `${g.dataset['label']}: ${[...g.querySelectorAll('text')].map((t) => `${t.getAttribute('x')},${t.getAttribute('y')}`).join(' ')}`)
    .sort();
}

const geoTransform = (el: TwinCityMap) => part<SVGSVGElement>(el, 'svg.map').querySelector('g.geo')?.getAttribute('transform');
const microtasks = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('twin-city-map: labels laid out before the frame is painted', () => {
  it('after a zoom, the labels move in the frame that shows the zoomed map, not in the task that drew it', async () => {
    const { el } = await mapIn(900);
    const before = labelSpots(el);
    const transform = geoTransform(el);
    part<HTMLButtonElement>(el, '[part~="toolbar"] button').click();
    await microtasks();
    // The zoomed map is drawn (in the click's task) and its labels wait for the frame.
    expect(geoTransform(el), 'drawn zoomed').to.not.equal(transform);
    const inTask = labelSpots(el);
    // An animation frame callback asked for now runs after the map's own, in the same frame, before its paint.
    const inFrame = await new Promise<string[]>((resolve) => requestAnimationFrame(() => resolve(labelSpots(el))));
    await el.updateComplete;
    const after = labelSpots(el);
    expect(after, 'the zoom moved the labels').to.not.deep.equal(before);
    expect(inTask, 'not laid out in the task that drew the zoomed map').to.not.deep.equal(after);
    expect(inFrame, 'laid out before the first frame after the zoom was painted').to.deep.equal(after);
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
    await el.updateComplete;
    const after = labelSpots(el);
    expect(after, 'the narrower map moved the labels').to.not.deep.equal(before);
    expect(seen, 'laid out in the frame of the new width').to.deep.equal(after);
  });
});
