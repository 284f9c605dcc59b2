/** The axe tests' settings (helpers/matrix.ts): the covering subset reaches every value and every later pair. */
import { expect } from '@open-wc/testing';
import { covering, product } from './helpers/matrix.js';

describe('test settings: product and covering subset', () => {
  const locales = ['fa', 'tr', 'en', 'az', 'az-Arab'] as const;
  const themes = ['light', 'dark'] as const;
  const layouts = ['list', 'compact', 'columns'] as const;

  it('the product has every combination once', () => {
    const rows = product(locales, themes, layouts);
    expect(rows).to.have.length(30);
    expect(new Set(rows.map((r) => r.join())).size).to.equal(30);
    expect(rows[0]).to.deep.equal(['fa', 'light', 'list']);
    expect(rows[29]).to.deep.equal(['az-Arab', 'dark', 'columns']);
  });

  for (const dims of [[locales, themes], [locales, themes, ['vertical', 'horizontal']], [locales, themes, layouts]] as const) {
    it(`the covering subset of ${dims.map((d) => d.length).join(' × ')} has every value of each dimension and every combination after the first`, () => {
      const rows = covering(...dims);
      const rest = product(...dims.slice(1));
      expect(rows.length).to.equal(Math.max(dims[0].length, rest.length));
      dims.forEach((values, d) => expect(new Set(rows.map((r) => r[d])), `dimension ${d}`).to.deep.equal(new Set(values)));
      expect(new Set(rows.map((r) => r.slice(1).join())), 'the later dimensions together').to.deep.equal(new Set(rest.map((r) => r.join())));
    });
  }
});
