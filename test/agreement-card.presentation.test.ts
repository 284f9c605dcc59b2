import { expect } from '@open-wc/testing';
import '../src/agreement-card.js';
import type { TwinAgreementCard } from '../src/agreement-card.js';
import { defineElement } from '../src/shared/define.js';
import { matrix } from './helpers/matrix.js';
import { html, part, renderTwin } from './helpers/render.js';

const locales = ['fa', 'tr', 'en', 'az', 'az-Arab'] as const;
const themes = ['light', 'dark'] as const;

describe('<twin-agreement-card> accessibility', () => {
  // Every locale × theme in Chromium, a covering subset in Firefox and WebKit (helpers/matrix.ts).
  for (const [lang, theme] of matrix(locales, themes)) {
    it(`has no axe violations in ${lang}, ${theme} theme`, async () => {
      const el = await renderTwin<TwinAgreementCard>(html`<twin-agreement-card lang=${lang} theme=${theme}></twin-agreement-card>`);
      await expect(el).to.be.accessible();
    });
  }

  it('has no axe violations in its error state', async () => {
    const original = console.error;
    console.error = () => undefined;
    try {
      const el = await renderTwin<TwinAgreementCard>(html`<twin-agreement-card lang="fa" .data=${{ version: 1 }}></twin-agreement-card>`);
      part(el, '[part=error]');
      await expect(el).to.be.accessible();
    } finally {
      console.error = original;
    }
  });

  it('names its sections with headings at the level asked for', async () => {
    const el = await renderTwin<TwinAgreementCard>(html`<twin-agreement-card lang="en" heading-level="3"></twin-agreement-card>`);
    expect(part(el, '[part=title]').getAttribute('aria-level')).to.equal('3');
    const levels = [...el.shadowRoot!.querySelectorAll('[role=heading]')].map((h) => h.getAttribute('aria-level'));
    expect(levels).to.deep.equal(['3', '4', '4', '4', '4']);
  });
});

describe('<twin-agreement-card> layout and theming', () => {
  const inWidth = (width: number, lang = 'en') =>
    renderTwin<TwinAgreementCard>(html`<div style="inline-size: ${width}px"><twin-agreement-card lang=${lang}></twin-agreement-card></div>`).then(
      (wrapper) => wrapper.querySelector('twin-agreement-card')!,
    );

  it('stacks the two cities in a narrow sidebar (280 px)', async () => {
    const el = await inWidth(280);
    await el.updateComplete;
    const [a, b] = [...el.shadowRoot!.querySelectorAll('[part=party]')].map((p) => p.getBoundingClientRect());
    expect(b!.top).to.be.at.least(a!.bottom - 1);
    expect(el.getBoundingClientRect().width).to.be.at.most(280);
  });

  it('sets the two cities side by side when wide (900 px), mirrored in Persian', async () => {
    const en = await inWidth(900);
    await en.updateComplete;
    const [khoyEn, konyaEn] = [...en.shadowRoot!.querySelectorAll('[part=party]')].map((p) => p.getBoundingClientRect());
    expect(Math.abs(khoyEn!.top - konyaEn!.top)).to.be.below(1);
    expect(khoyEn!.left).to.be.below(konyaEn!.left);
    const fa = await inWidth(900, 'fa');
    await fa.updateComplete;
    const [khoyFa, konyaFa] = [...fa.shadowRoot!.querySelectorAll('[part=party]')].map((p) => p.getBoundingClientRect());
    expect(khoyFa!.left).to.be.above(konyaFa!.left);
  });

  it('inherits the page font and takes --twin-* colours', async () => {
    const wrapper = await renderTwin<HTMLElement & TwinAgreementCard>(
      html`<div style="font-family: monospace; --twin-color-surface: rgb(1, 2, 3)"><twin-agreement-card lang="en"></twin-agreement-card></div>`,
    );
    const el = wrapper.querySelector('twin-agreement-card')!;
    await el.updateComplete;
    const base = getComputedStyle(part(el, '[part=base]'));
    expect(base.fontFamily).to.equal('monospace');
    expect(base.backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('switches between light and dark with the theme attribute', async () => {
    const el = await renderTwin<TwinAgreementCard>(html`<twin-agreement-card lang="en" theme="light"></twin-agreement-card>`);
    const light = getComputedStyle(part(el, '[part=base]')).backgroundColor;
    el.theme = 'dark';
    await el.updateComplete;
    const dark = getComputedStyle(part(el, '[part=base]')).backgroundColor;
    expect(light).to.equal('rgb(255, 255, 255)');
    expect(dark).not.to.equal(light);
  });

  it('can be styled through its parts', async () => {
    const style = document.createElement('style');
    style.textContent = 'twin-agreement-card.parted::part(title) { text-transform: uppercase; }';
    document.head.append(style);
    try {
      const el = await renderTwin<TwinAgreementCard>(html`<twin-agreement-card class="parted" lang="en"></twin-agreement-card>`);
      expect(getComputedStyle(part(el, '[part=title]')).textTransform).to.equal('uppercase');
    } finally {
      style.remove();
    }
  });
});

describe('loading the library twice', () => {
  it('keeps the first definition and warns only about another version', async () => {
    const first = customElements.get('twin-agreement-card')!;
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      defineElement('twin-agreement-card', first);
      expect(warnings).to.have.length(0);
      class OtherVersion extends HTMLElement {
        static readonly version = '0.0.1-other';
      }
      defineElement('twin-agreement-card', OtherVersion);
      expect(customElements.get('twin-agreement-card')).to.equal(first);
      expect(String(warnings[0])).to.contain('0.0.1-other');
    } finally {
      console.warn = original;
    }
  });
});
