import { expect } from '@open-wc/testing';
import '../src/signatory-list.js';
import '../src/agreement-card.js';
import type { TwinSignatoryList } from '../src/signatory-list.js';
import { html, part, renderTwin } from './helpers/render.js';
import { largeDelegation } from './fixtures/large-delegation.js';

const locales = ['fa', 'tr', 'en', 'az', 'az-Arab'] as const;
const themes = ['light', 'dark'] as const;
const layouts = ['list', 'compact', 'columns'] as const;

describe('<twin-signatory-list> accessibility', () => {
  for (const lang of locales) {
    for (const theme of themes) {
      it(`has no axe violations in ${lang}, ${theme} theme, in every layout, with one participant selected`, async () => {
        for (const layout of layouts) {
          const el = await renderTwin<TwinSignatoryList>(
            html`<twin-signatory-list lang=${lang} theme=${theme} layout=${layout} selected="mustafa-uzbas"></twin-signatory-list>`,
          );
          await expect(el, layout).to.be.accessible();
        }
      });
    }
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

  it('keeps the role badge at the inline end of each participant, mirrored in Persian', async () => {
    const en = await inWidth(600, { lang: 'en', layout: 'list' });
    const [nameEn, roleEn] = [part(en, '[part=name]'), part(en, '[part=role]')].map((e) => e.getBoundingClientRect());
    expect(roleEn!.left).to.be.above(nameEn!.right);
    const fa = await inWidth(600, { lang: 'fa', layout: 'list' });
    const [nameFa, roleFa] = [part(fa, '[part=name]'), part(fa, '[part=role]')].map((e) => e.getBoundingClientRect());
    expect(roleFa!.right).to.be.below(nameFa!.left);
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
      html`<div style="font-family: monospace; --twin-color-surface: rgb(1, 2, 3); --twin-color-accent: rgb(200, 0, 0)">
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
    expect(getComputedStyle(part(list, '[part=role]')).backgroundColor).to.equal('rgb(200, 0, 0)');
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
