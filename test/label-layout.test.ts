// The map's label layout as a function (src/elements/city-map/label-layout.ts): placeLabelsBest tries several
// variants (the cities' names above their points first, the distance's pill after the places) and keeps the best;
// it stops at a layout that no variant can beat (every label that can be shown is, and nothing overlaps).
import { expect } from '@open-wc/testing';
import { overlap, placeLabels, placeLabelsBest, type LabelRequest } from '../src/elements/city-map/label-layout.js';

const bounds = { width: 400, height: 300 };
const label = (key: string, x: number, y: number, more: Partial<LabelRequest> = {}): LabelRequest => ({
  key,
  x,
  y,
  gap: 8,
  width: 60,
  height: 14,
  priority: 2,
  required: false,
  around: true,
  ...more,
});

describe('map label layout', () => {
  it('keeps the first variant when it places every label apart, and says the layout is complete', () => {
    const requests = [label('a', 100, 100, { priority: 1, required: true }), label('b', 300, 200), label('country', 200, 60, { priority: 3, around: false })];
    const best = placeLabelsBest(requests, [], bounds);
    expect(best.complete).to.equal(true);
    expect([...best.placed.keys()].sort()).to.deep.equal(['a', 'b', 'country']);
    // The first variant is the requests as given (no name moved above its point, the pill in its own rank).
    expect([...best.placed]).to.deep.equal([...placeLabels(requests.map((r) => ({ ...r, preferAbove: false })), [], bounds)]);
    const spots = [...best.placed.values()];
    for (let i = 0; i < spots.length; i++) for (let j = i + 1; j < spots.length; j++) expect(overlap(spots[i]!, spots[j]!)).to.equal(0);
  });

  it('counts a label whose point lies outside the map (zoomed in) as one no layout can show', () => {
    const requests = [label('a', 100, 100, { priority: 1, required: true }), label('far', 2000, -900, { priority: 4 })];
    const best = placeLabelsBest(requests, [], bounds);
    expect(best.placed.has('far')).to.equal(false);
    expect(best.complete).to.equal(true);
  });

  it('is not complete when a label that could be shown has no free spot, and tries the other variants', () => {
    // A box over the whole map but the first city's corner: the place's name finds no free spot inside the map.
    const cover = { x: 150, y: 0, width: 250, height: 300 };
    const requests = [label('a', 60, 60, { priority: 1, required: true }), label('b', 300, 200)];
    const best = placeLabelsBest(requests, [cover], bounds);
    expect(best.placed.has('b')).to.equal(false);
    expect(best.complete).to.equal(false);
  });
});
