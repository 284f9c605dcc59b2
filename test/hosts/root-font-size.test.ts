/**
 * Sizes follow the text around the element, never the page's root font size (VISUAL.md): many municipal sites set
 * `html { font-size: 10px }` (Bootstrap 3, the 62.5% trick). Each element is rendered in 16 px text on pages whose
 * root is 10, 16 and 24 px: the element and its key parts must measure the same within 1 px.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { html, renderTwin, until } from '../helpers/render.js';
import type { TwinElement } from '../../src/shared/twin-element.js';
import type { TemplateResult } from 'lit';

type Measure = (el: TwinElement) => Record<string, number>;

const box = (node: Element | null | undefined, what: string): { w: number; h: number } => {
  if (!node) throw new Error(`nothing to measure for ${what}`);
  const r = node.getBoundingClientRect();
  return { w: r.width, h: r.height };
};
const q = (el: TwinElement, selector: string) => el.shadowRoot!.querySelector(selector);
const px = (value: string) => parseFloat(value);

const cases: [string, TemplateResult, Measure][] = [
  [
    'twin-agreement-card',
    html`<twin-agreement-card lang="fa"></twin-agreement-card>`,
    (el) => {
      const base = getComputedStyle(q(el, '[part~=base]')!);
      return { 'frame width': box(el, 'card').w, 'padding': px(base.paddingInlineStart), 'radius': px(base.borderTopLeftRadius), 'title height': box(q(el, '.title'), 'title').h };
    },
  ],
  [
    'twin-signatory-list',
    html`<twin-signatory-list lang="fa"></twin-signatory-list>`,
    (el) => {
      const person = box(q(el, '.person'), 'person');
      return { 'person width': person.w, 'person height': person.h, 'padding': px(getComputedStyle(q(el, '[part~=base]')!).paddingInlineStart) };
    },
  ],
  [
    'twin-city-map',
    html`<twin-city-map lang="fa" loading="eager"></twin-city-map>`,
    (el) => {
      const tool = box(q(el, '.tool'), 'map button');
      return { 'button width': tool.w, 'button height': tool.h, 'padding': px(getComputedStyle(q(el, '[part~=base]')!).paddingInlineStart) };
    },
  ],
  [
    'twin-pilgrimage-timeline',
    html`<twin-pilgrimage-timeline lang="fa" loading="eager"></twin-pilgrimage-timeline>`,
    (el) => {
      const dot = getComputedStyle(q(el, '.event')!, '::before');
      const chip = box(q(el, '.chip'), 'chip');
      const more = box(q(el, '.more'), 'details button');
      return { 'dot size': px(dot.inlineSize), 'dot offset': px(dot.insetInlineStart), 'chip height': chip.h, 'details width': more.w, 'details height': more.h, 'card padding': px(getComputedStyle(q(el, '.card')!).paddingInlineStart) };
    },
  ],
];

async function measureAtRoot(rootPx: number, template: TemplateResult, measure: Measure): Promise<Record<string, number>> {
  document.documentElement.style.fontSize = `${rootPx}px`;
  // The host page's body text is 16 px whatever the root: the element takes its size from it.
  const wrapper = await renderTwin<HTMLElement & TwinElement>(html`<div style="font-size: 16px; inline-size: 720px">${template}</div>`);
  const el = wrapper.firstElementChild as TwinElement;
  await el.updateComplete;
  await until(() => !!el.shadowRoot?.querySelector('[part~=base]') && !el.shadowRoot.querySelector('.loading, [aria-busy=true]'));
  return measure(el);
}

describe('sizes follow the text around the element, not the root font size', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  for (const [tag, template, measure] of cases) {
    it(`${tag}: measures the same with a root of 10, 16 and 24 px`, async () => {
      const at16 = await measureAtRoot(16, template, measure);
      for (const root of [10, 24]) {
        const other = await measureAtRoot(root, template, measure);
        for (const [name, value] of Object.entries(at16)) {
          expect(Math.abs(value), `${name} at root 16 px`).to.be.greaterThan(0);
          expect(other[name], `${name} at root ${root} px (at 16 px: ${value.toFixed(1)})`).to.be.closeTo(value, 1);
        }
      }
    });
  }
});
