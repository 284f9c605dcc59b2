/**
 * The shared visual language (VISUAL.md): Arabic-script text gets more leading and a 13 px floor for small text;
 * `appearance="plain"` drops the frame for sidebars.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { html, part, renderTwin } from '../helpers/render.js';
import type { TwinElement } from '../../src/shared/twin-element.js';

const lineHeight = (el: Element) => {
  const style = getComputedStyle(el);
  return parseFloat(style.lineHeight) / parseFloat(style.fontSize);
};

describe('type and appearance shared by the elements', () => {
  for (const tag of ['twin-agreement-card', 'twin-signatory-list']) {
    it(`<${tag}>: body text at line-height 1.8 in Persian and Arabic-script Azerbaijani, 1.5 in Latin script`, async () => {
      for (const [lang, expected] of [['fa', 1.8], ['az-Arab', 1.8], ['en', 1.5], ['tr', 1.5]] as const) {
        const el = await renderTwin<TwinElement>(html`<div lang=${lang}>${document.createElement(tag)}</div>`).then((d) => d.firstElementChild as TwinElement);
        await el.updateComplete;
        expect(lineHeight(part(el, '[part~=base]')), `${tag} ${lang}`).to.be.closeTo(expected, 0.02);
      }
    });
  }

  it('appearance="plain" has no border, shadow, background or padding; the default has a frame', async () => {
    const framed = await renderTwin<TwinElement>(html`<twin-agreement-card lang="en"></twin-agreement-card>`);
    const plain = await renderTwin<TwinElement>(html`<twin-agreement-card lang="en" appearance="plain"></twin-agreement-card>`);
    const f = getComputedStyle(part(framed, '[part~=base]'));
    const p = getComputedStyle(part(plain, '[part~=base]'));
    expect(parseFloat(f.borderTopWidth), 'framed border').to.equal(1);
    expect(f.boxShadow).to.not.equal('none');
    expect(parseFloat(p.borderTopWidth), 'plain border').to.equal(0);
    expect(p.boxShadow).to.equal('none');
    expect(parseFloat(p.paddingInlineStart)).to.equal(0);
    expect(p.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });
});
