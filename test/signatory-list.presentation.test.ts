import { expect } from '@open-wc/testing';
import '../src/signatory-list.js';
import '../src/agreement-card.js';
import type { TwinSignatoryList } from '../src/signatory-list.js';
import { matrix } from './helpers/matrix.js';
import { html, part, renderTwin } from './helpers/render.js';
import { largeDelegation } from './fixtures/large-delegation.js';

const locales = ['fa', 'tr', 'en', 'az', 'az-Arab'] as const;
const themes = ['light', 'dark'] as const;
const layouts = ['list', 'compact', 'columns'] as const;

describe('<twin-signatory-list> accessibility', () => {
  // Every locale × theme × layout in Chromium, a covering subset in Firefox and WebKit (helpers/matrix.ts).
  for (const [lang, theme, layout] of matrix(locales, themes, layouts)) {
    it(`has no axe violations in ${lang}, ${theme} theme, ${layout} layout, with one participant selected`, async () => {
      const el = await renderTwin<TwinSignatoryList>(
        html`<twin-signatory-list lang=${lang} theme=${theme} layout=${layout} selected="mustafa-uzbas"></twin-signatory-list>`,
      );
      await expect(el).to.be.accessible();
    });
  }
});

describe('<twin-signatory-list> layouts', () => {
  const inWidth = async (width: number, attrs: { lang: string; layout: string }) => {
    const wrapper = await renderTwin<HTMLElement & TwinSignatoryList>(
      html`<div style="inline-size: ${width}px"><twin-signatory-list lang=${attrs.lang} layout=${attrs.layout}></twin-signatory-list></div>`,
    );
    const el = wrapper.querySelector('twin-signatory-list')!;
    await el.updateComplete;
    return el;
  };
  const boxes = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)].map((g) => g.getBoundingClientRect());

  it('sets one column per city side by side when wide, Khoy first in the reading direction', async () => {
    const en = await inWidth(900, { lang: 'en', layout: 'columns' });
    const [khoy, konya] = boxes(en, '[part=group]');
    expect(Math.abs(khoy!.top - konya!.top)).to.be.below(1);
    expect(khoy!.left).to.be.below(konya!.left);
    const fa = await inWidth(900, { lang: 'fa', layout: 'columns' });
    const [khoyFa, konyaFa] = boxes(fa, '[part=group]');
    expect(Math.abs(khoyFa!.top - konyaFa!.top)).to.be.below(1);
    expect(khoyFa!.left, 'right to left in Persian').to.be.above(konyaFa!.left);
  });

  it('stacks the columns in a narrow sidebar (280 px) without overflowing', async () => {
    const el = await inWidth(280, { lang: 'fa', layout: 'columns' });
    const [khoy, konya] = boxes(el, '[part=group]');
    expect(konya!.top).to.be.at.least(khoy!.bottom - 1);
    expect(part(el, '[part=base]').scrollWidth).to.be.at.most(part(el, '[part=base]').clientWidth);
  });

  it('puts each participant on one line in the compact layout, without titles', async () => {
    const el = await inWidth(600, { lang: 'en', layout: 'compact' });
    const lineHeight = parseFloat(getComputedStyle(part(el, '[part=person]')).lineHeight);
    for (const box of boxes(el, '[part=person]')) expect(box.height).to.be.below(lineHeight * 2);
    expect(el.shadowRoot!.querySelector('.details')).to.equal(null);
    const list = await inWidth(600, { lang: 'en', layout: 'list' });
    expect(list.shadowRoot!.querySelectorAll('.details').length).to.equal(4);
  });

  it('puts the role badge beside the names, not at the far end of a wide row, mirrored in Persian', async () => {
    // Beside the last name on its line, or, where the line is full, at the start of the next one: never further.
    const check = (el: Element, rtl: boolean, width: number) => {
      const fontSize = parseFloat(getComputedStyle(part(el, '[part=person]')).fontSize);
      for (const person of el.shadowRoot!.querySelectorAll('[part=person]')) {
        const names = person.querySelector('.names')!.getBoundingClientRect();
        const last = [...person.querySelectorAll('[part=name], [part=native-name]')].at(-1)!.getBoundingClientRect();
        const role = person.querySelector('[part=role]')!.getBoundingClientRect();
        const label = `${width} px: ${person.textContent!.replace(/\s+/g, ' ')}`;
        if (role.top < last.bottom - 1) {
          const gap = rtl ? last.left - role.right : role.left - last.right;
          expect(gap, `${label}: follows the names`).to.be.within(0, fontSize);
        } else {
          expect(rtl ? names.right - role.right : role.left - names.left, `${label}: starts the next line`).to.be.below(1);
        }
      }
    };
    for (const width of [600, 1280]) {
      check(await inWidth(width, { lang: 'en', layout: 'columns' }), false, width);
      check(await inWidth(width, { lang: 'en', layout: 'list' }), false, width);
      check(await inWidth(width, { lang: 'fa', layout: 'columns' }), true, width);
    }
  });

  it('sets the organisations present under all the columns, not under the first city', async () => {
    const el = await inWidth(900, { lang: 'en', layout: 'columns' });
    const [khoy, konya, organisations] = boxes(el, '[part=group]');
    expect(organisations!.top).to.be.at.least(Math.max(khoy!.bottom, konya!.bottom) - 1);
    expect(organisations!.width).to.be.above(khoy!.width + konya!.width);
  });

  it('breaks Latin names between words, not inside them, in narrow columns', async () => {
    // The old grid (names beside a column for the badge) broke `Mohammadrez|a` in Persian at 220 px.
    const sizes: [number, string][] = [];
    for (let w = 220; w <= 460; w += 20) sizes.push([w, 'fa'], [w, 'en']);
    for (const [width, lang] of sizes) {
      const el = await inWidth(width, { lang, layout: 'columns' });
      for (const name of el.shadowRoot!.querySelectorAll('[part=name], [part=native-name]')) {
        const walker = document.createTreeWalker(name, NodeFilter.SHOW_TEXT);
        let text: Text | undefined;
        while (walker.nextNode()) if ((walker.currentNode.textContent ?? '').trim()) text = walker.currentNode as Text;
        const words = [...text!.data.matchAll(/\S+/g)];
        for (const word of words) {
          const range = document.createRange();
          range.setStart(text!, word.index);
          range.setEnd(text!, word.index + word[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          expect(tops.size, `${lang}, ${width} px: "${word[0]}" on one line`).to.equal(1);
        }
      }
    }
  });

  it('makes the city headings clearly larger than the names (VISUAL.md: 1.375em, bold)', async () => {
    const el = await inWidth(600, { lang: 'fa', layout: 'list' });
    const heading = part(el, '[part=group-heading]');
    const name = part(el, '[part=name]');
    const size = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
    expect(size(heading) / size(name)).to.be.closeTo(1.375, 0.01);
    expect(Number(getComputedStyle(heading).fontWeight)).to.be.at.least(700);
  });

  it('tells the roles apart by the shape of their icon, not by colour alone', async () => {
    const data = structuredClone(largeDelegation);
    const el = await renderTwin<TwinSignatoryList>(html`<twin-signatory-list lang="en" .data=${data}></twin-signatory-list>`);
    const byRole = new Map<string, string>();
    for (const badge of el.shadowRoot!.querySelectorAll('[part=role]')) {
      const path = badge.querySelector('svg path')?.getAttribute('d');
      expect(path, 'an icon').to.be.a('string');
      const role = badge.getAttribute('data-role')!;
      if (byRole.has(role)) expect(byRole.get(role), `${role}: always the same icon`).to.equal(path);
      byRole.set(role, path!);
      expect(badge.textContent!.trim(), 'and the role in words').to.not.equal('');
    }
    expect(byRole.size, 'the delegation has all four roles').to.equal(4);
    expect(new Set(byRole.values()).size, 'four different shapes').to.equal(4);
  });

  it('lists twelve participants at 280 px without overflowing', async () => {
    const wrapper = await renderTwin<HTMLElement & TwinSignatoryList>(
      html`<div style="inline-size: 280px"><twin-signatory-list lang="en" .data=${largeDelegation}></twin-signatory-list></div>`,
    );
    const el = wrapper.querySelector('twin-signatory-list')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part=person]').length).to.equal(12);
    expect(part(el, '[part=base]').scrollWidth).to.be.at.most(part(el, '[part=base]').clientWidth);
  });
});

describe('<twin-signatory-list> theming', () => {
  it('takes the same --twin-* tokens as the card', async () => {
    const wrapper = await renderTwin<HTMLElement & TwinSignatoryList>(
      html`<div style="font-family: monospace; --twin-color-surface: rgb(1, 2, 3); --twin-color-accent: rgb(200, 0, 0); --twin-color-role-signatory: rgb(0, 0, 200)">
        <twin-signatory-list lang="en"></twin-signatory-list><twin-agreement-card lang="en"></twin-agreement-card>
      </div>`,
    );
    const list = wrapper.querySelector('twin-signatory-list')!;
    const card = wrapper.querySelector('twin-agreement-card')!;
    await Promise.all([list.updateComplete, card.updateComplete]);
    for (const el of [list, card]) {
      const base = getComputedStyle(part(el, '[part=base]'));
      expect(base.fontFamily).to.equal('monospace');
      expect(base.backgroundColor).to.equal('rgb(1, 2, 3)');
    }
    expect(getComputedStyle(part(list, '[part=role]')).color).to.equal('rgb(0, 0, 200)');
    expect(getComputedStyle(part(card, '[part=status]')).backgroundColor).to.equal('rgb(200, 0, 0)');
  });

  it('can be styled through its parts', async () => {
    const style = document.createElement('style');
    style.textContent = 'twin-signatory-list.parted::part(native-name) { text-transform: uppercase; }';
    document.head.append(style);
    try {
      const el = await renderTwin<TwinSignatoryList>(html`<twin-signatory-list class="parted" lang="fa"></twin-signatory-list>`);
      expect(getComputedStyle(part(el, '[part=native-name]')).textTransform).to.equal('uppercase');
    } finally {
      style.remove();
    }
  });
});
