import { expect } from '@open-wc/testing';
import { validateDataset } from '../src/data/validate.js';
import { khoyKonya } from '../src/data/khoy-konya.js';

const withEras = (eras: unknown) => ({ ...structuredClone(khoyKonya), eras });
const problems = (input: unknown) => {
  const result = validateDataset(input);
  return result.ok ? [] : result.issues.map((i) => [i.path, i.reason]);
};

describe('dataset eras', () => {
  it('accepts the default dataset’s three eras, and datasets without eras', () => {
    expect(khoyKonya.eras?.map((e) => e.id)).to.deep.equal(['shams-and-rumi', 'museum-and-heritage', 'twinning']);
    for (const era of khoyKonya.eras ?? []) expect(Object.keys(era.label as object).sort()).to.deep.equal(['az', 'az-Arab', 'en', 'fa', 'tr']);
    expect(validateDataset(khoyKonya).ok).to.equal(true);
    const without: Partial<typeof khoyKonya> = structuredClone(khoyKonya);
    delete without.eras;
    expect(validateDataset(without).ok).to.equal(true);
  });

  it('reports each wrong era where it is: a missing label, an unreadable date, a duplicate id, an end before the start', () => {
    expect(
      problems(
        withEras([
          { id: 'a', from: '1200', to: '1300' },
          { id: 'b', label: 'B', from: 'soon', to: '1300' },
          { id: 'a', label: 'A again', from: '1400', to: '1500' },
          { id: 'c', label: 'C', from: '2000', to: '1999-12' },
          { id: 'd', label: 'D', from: 5, to: { value: 1999 } },
        ]),
      ),
    ).to.deep.equal([
      ['eras[0].label', 'missing'],
      ['eras[1].from', 'date'],
      ['eras[4].from', 'date'],
      ['eras[4].to', 'date'],
      ['eras[2].id', 'duplicate'],
      ['eras[3].to', 'range'],
    ]);
  });

  it('accepts an era of one day and Julian dates', () => {
    expect(problems(withEras([{ id: 'd', label: 'D', from: { value: '1273-12-17', calendar: 'julian' }, to: { value: '1273-12-17', calendar: 'julian' } }]))).to.deep.equal([]);
  });
});
