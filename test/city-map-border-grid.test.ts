// Where the map's labels may go without crossing a border line or a coast (src/elements/city-map/border-grid.ts).
import { expect } from '@open-wc/testing';
import { khoyKonya } from '../src/data/khoy-konya.js';
import { drawCountries } from '../src/geo/draw.js';
import { loadCountries, type Country } from '../src/geo/geometry.js';
import { fitProjection } from '../src/geo/projection.js';
import { BorderGrid, MARGIN, crosses } from '../src/elements/city-map/border-grid.js';

const square = [{ rings: [[10, 10, 110, 10, 110, 110, 10, 110]] }];

describe('BorderGrid', () => {
  it('finds a box clear inside a country and in the water, not across or near an outline', () => {
    const grid = BorderGrid.of(square, 200, 200);
    expect(grid.clear({ x: 30, y: 30, width: 20, height: 20 }), 'inside').to.equal(true);
    expect(grid.clear({ x: 150, y: 150, width: 10, height: 10 }), 'in the water').to.equal(true);
    expect(grid.clear({ x: 100, y: 50, width: 20, height: 10 }), 'across the east side').to.equal(false);
    expect(grid.clear({ x: 0, y: 0, width: 200, height: 200 }), 'around the whole country').to.equal(false);
    expect(grid.clear({ x: 111, y: 50, width: 10, height: 10 }), 'a pixel from the line').to.equal(false);
    expect(grid.clear({ x: 110 + MARGIN + 0.5, y: 50, width: 10, height: 10 }), 'just beyond the clearance').to.equal(true);
    // The closing side, from the last point back to the first.
    expect(grid.clear({ x: 5, y: 50, width: 10, height: 10 }), 'across the west side').to.equal(false);
  });

  it('finds a box on a lake not clear, and one on an island in it clear', () => {
    // A country with a lake in it, and an island in the lake.
    const lake = { water: true as const, rings: [[30, 30, 90, 30, 90, 90, 30, 90], [50, 50, 70, 50, 70, 70, 50, 70]] };
    const grid = BorderGrid.of([...square, lake], 200, 200);
    expect(grid.inLake(40, 40), 'on the lake').to.equal(true);
    expect(grid.inLake(60, 60), 'on the island').to.equal(false);
    expect(grid.inLake(20, 20), 'on land').to.equal(false);
    expect(grid.clear({ x: 35, y: 35, width: 10, height: 10 }), 'a box on the lake').to.equal(false);
    expect(grid.clear({ x: 55, y: 55, width: 10, height: 10 }), 'a box on the island').to.equal(true);
    expect(grid.clear({ x: 14, y: 14, width: 10, height: 10 }), 'a box on land').to.equal(true);
  });

  it('meets a segment crossing a box without an end inside it, and not one passing by', () => {
    expect(crosses(0, 50, 100, 50, 40, 40, 60, 60)).to.equal(true);
    expect(crosses(0, 0, 100, 100, 40, 40, 60, 60)).to.equal(true);
    expect(crosses(0, 100, 30, 0, 40, 40, 60, 60)).to.equal(false);
    expect(crosses(0, 30, 100, 30, 40, 40, 60, 60)).to.equal(false);
  });

  it('agrees with every segment of the map of the default data, box by box', async () => {
    const [a, b] = khoyKonya.cities;
    const countries = await loadCountries([a!.location, b!.location]);
    const view = { width: 800, height: 500 };
    const drawn = drawCountries(countries.features as Country[], fitProjection(a!.location, b!.location, [], view), view.width, view.height);
    const grid = BorderGrid.of(drawn, view.width, view.height);
    const segments = drawn.flatMap(({ rings }) =>
      rings.flatMap((ring) => Array.from({ length: ring.length / 2 }, (_, i) => [ring[2 * i]!, ring[2 * i + 1]!, ring[(2 * i + 2) % ring.length]!, ring[(2 * i + 3) % ring.length]!])),
    );
    expect(segments.length, 'segments drawn').to.be.above(300);
    // A fixed sequence of boxes (no randomness: a failure is the same on every run).
    let seed = 7;
    const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    let blocked = 0;
    for (let i = 0; i < 400; i++) {
      // Inside the map, as every label is.
      const width = 8 + next() * 80;
      const height = 8 + next() * 24;
      const box = { x: next() * (view.width - width), y: next() * (view.height - height), width, height };
      const expected = !segments.some(([x0, y0, x1, y1]) => crosses(x0!, y0!, x1!, y1!, box.x - MARGIN, box.y - MARGIN, box.x + box.width + MARGIN, box.y + box.height + MARGIN));
      if (!expected) blocked++;
      expect(grid.clear(box), `box ${JSON.stringify(box)}`).to.equal(expected);
    }
    // Both answers are common on this map, so the comparison means something.
    expect(blocked).to.be.within(40, 360);
  });
});
