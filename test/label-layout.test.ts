// The map's label layout as a function (src/elements/city-map/label-layout.ts): placeLabelsBest tries several
// variants (the cities' names above their points first, the distance's pill after the places) and keeps the best;
// it stops at a layout that no variant can beat (every label that has a spot of its own is shown, and nothing
// overlaps).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { layoutScore, lineStart, overlap, placeLabels, placeLabelsBest, scoreLimit, type LabelRequest, type Rect } from '../src/elements/city-map/label-layout.js';

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
  it('starts each line of a label towards its point: flush left to its right, flush right to its left, else centred', () => {
    const box = { x: 100, width: 80 };
    expect(lineStart(box, 90, 50, true), 'right of the point').to.equal(100);
    expect(lineStart(box, 100, 50, true), 'right of the point, touching it').to.equal(100);
    expect(lineStart(box, 190, 50, true), 'left of the point').to.equal(130);
    expect(lineStart(box, 140, 50, true), 'above or below the point').to.equal(115);
    expect(lineStart(box, 90, 50, false), 'a country name or the distance: centred').to.equal(115);
  });

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

  it('is not complete when a label that has a spot of its own loses it to another label, and tries the other variants', () => {
    // Boxes over the whole map but a window round the point, where one name fits: the city's (required) takes it,
    // so the place's name, which would fit there alone, is left out by the first variant.
    const covers = [
      { x: 200, y: 0, width: 200, height: 300 },
      { x: 0, y: 120, width: 200, height: 180 },
    ];
    const requests = [label('a', 100, 20, { priority: 1, required: true, width: 150, height: 40 }), label('b', 100, 20, { width: 150, height: 40 })];
    const asked: string[] = [];
    const shared = { get: (key: string) => (asked.push(key), undefined), set: () => undefined } as unknown as Map<string, never>;
    const best = placeLabelsBest(requests, covers, bounds, { shared });
    expect(best.placed.has('a')).to.equal(true);
    expect(best.placed.has('b')).to.equal(false);
    expect(best.complete).to.equal(false);
    // The variants with the city's name above its point were tried too.
    expect(asked).to.include('a|1');
  });

  it('says the layout is complete when the only labels left out are those an obstacle covers wherever they go', () => {
    // A box over the whole map but the first city's corner: the place's name has no spot of its own inside the map.
    const cover = { x: 150, y: 0, width: 250, height: 300 };
    const requests = [label('a', 60, 60, { priority: 1, required: true }), label('b', 300, 200)];
    const best = placeLabelsBest(requests, [cover], bounds);
    expect(best.placed.has('b')).to.equal(false);
    expect(best.complete).to.equal(true);
    // Without the box (the scale bar in the other corner, say), the place's name could be shown.
    expect(scoreLimit(requests, [], bounds)).to.be.greaterThan(best.score);
  });

  it('does not count a country name whose every spot inside the map lies on the great circle; a place may cross it', () => {
    const line = [{ x: 0, y: 140, width: bounds.width, height: 20 }];
    const country = label('country', 200, 150, { priority: 3, around: false, avoidLines: true, width: 380, height: 30 });
    const place = label('place', 200, 150, { priority: 2, avoidLines: true, width: 380, height: 30 });
    const city = label('city', 50, 50, { priority: 1, required: true });
    const limit = (requests: LabelRequest[]) => scoreLimit(requests, [], bounds, { lineObstacles: line });
    expect(limit([city, country])).to.equal(limit([city]));
    expect(limit([city, place])).to.be.greaterThan(limit([city]));
  });
  it('leaves a reference city out when a label of higher rank covers its dot, though its name would fit', () => {
    const city = label('city', 100, 100, { priority: 1, required: true });
    const dot = { x: 128, y: 98, width: 4, height: 4 };
    const landmark = label('landmark', 130, 100, { priority: 4, width: 30 });
    expect(placeLabels([city, { ...landmark, dot }], [], bounds).has('landmark')).to.equal(false);
    expect(placeLabels([city, landmark], [], bounds).has('landmark')).to.equal(true);
  });

  it('lets a city\'s name cross a border when keeping it clear would leave a place\'s name out', () => {
    // Room in a band only: the city's name fits left or right of its point, the place's only right of its own.
    const covers = [
      { x: 0, y: 0, width: 400, height: 141 },
      { x: 0, y: 159, width: 400, height: 141 },
      { x: 0, y: 141, width: 130, height: 18 },
      { x: 270, y: 141, width: 130, height: 18 },
    ];
    const city = label('city', 200, 150, { priority: 1, required: true });
    const place = label('place', 140, 150, { width: 50 });
    // A border runs right of the city: its name is clear of it only on the left, where the place's name would go.
    const clear = (r: { x: number }) => r.x < 200;
    const best = placeLabelsBest([city, place], covers, bounds, { clear });
    expect([...best.placed.keys()].sort()).to.deep.equal(['city', 'place']);
    expect(best.placed.get('city')!.x).to.equal(208);
    // Where the place's name fits either way, the city's stays clear of the border.
    const roomy = placeLabelsBest([city, label('place', 140, 150, { width: 50, y: 60 })], [], bounds, { clear });
    expect(roomy.placed.get('city')!.x).to.be.below(200);
  });
});

/**
 * placeLabelsBest as it was before it skipped any variant: all eight laid out (until one is perfect), the first of
 * the best kept.
 */
function everyVariant(requests: readonly LabelRequest[], obstacles: readonly Rect[], clear: (r: Rect) => boolean) {
  const score = (placed: Map<string, Rect>) => layoutScore(requests, obstacles, placed);
  const perfect = scoreLimit(requests, obstacles, bounds);
  let best: { placed: Map<string, Rect>; score: number } | undefined;
  for (const crossBorders of [false, true]) {
    for (const above of [false, true]) {
      for (const pillLater of [false, true]) {
        const variant = requests.map((r) => ({
          ...r,
          preferAbove: above && r.required && r.around,
          priority: pillLater && r.centred ? 2.5 : r.priority,
          crossBorders: crossBorders && r.required && r.around,
        }));
        const placed = placeLabels(variant, obstacles, bounds, { clear });
        const value = score(placed);
        if (!best || value > best.score) best = { placed, score: value };
        if (best.score === perfect) return best;
      }
    }
  }
  return best!;
}

describe('map label layout: the variants it skips', () => {
  it('places every label where laying out all eight variants would (crowded maps, borders in the way)', () => {
    const point = { x: fc.integer({ min: -20, max: 420 }), y: fc.integer({ min: -20, max: 320 }) };
    const request = fc.record({
      ...point,
      kind: fc.constantFrom('city', 'place', 'distance', 'country', 'landmark'),
      width: fc.integer({ min: 10, max: 160 }),
      lines: fc.integer({ min: 1, max: 2 }),
    });
    const box = fc.record({ ...point, width: fc.integer({ min: 4, max: 60 }), height: fc.integer({ min: 4, max: 60 }) });
    fc.assert(
      fc.property(fc.array(request, { minLength: 1, maxLength: 14 }), fc.array(box, { maxLength: 6 }), fc.integer({ min: 1, max: 7 }), (drawn, obstacles, stripes) => {
        const requests = drawn.map(({ kind, x, y, width, lines }, i): LabelRequest => ({
          key: `${kind}:${i}`,
          x,
          y,
          gap: kind === 'city' || kind === 'place' || kind === 'landmark' ? 9 : 0,
          width,
          height: 14 * lines,
          priority: kind === 'distance' ? 0 : kind === 'city' ? 1 : kind === 'place' ? 2 : kind === 'country' ? 3 : 4,
          required: kind === 'city' || kind === 'distance',
          around: kind === 'city' || kind === 'place' || kind === 'landmark',
          centred: kind === 'distance',
          avoidLines: kind !== 'distance',
        }));
        // Border lines as vertical stripes: a spot is clear when it crosses none.
        const clear = (r: Rect) => Math.floor(r.x / (400 / stripes / 2)) === Math.floor((r.x + r.width) / (400 / stripes / 2));
        const expected = everyVariant(requests, obstacles, clear);
        const best = placeLabelsBest(requests, obstacles, bounds, { clear });
        expect(best.score).to.equal(expected.score);
        expect([...best.placed]).to.deep.equal([...expected.placed]);
      }),
      { numRuns: 400 },
    );
  });
});
