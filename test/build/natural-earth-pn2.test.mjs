// The reader of KDE Marble's .pn2 files, from which `npm run geo:build` takes Natural Earth's lakes
// (scripts/natural-earth-pn2.mjs), on files written here byte by byte.
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readPn2 } from '../../scripts/natural-earth-pn2.mjs';

/** Big-endian bytes: [type, value] pairs, type one of u8, i8, i16, u32. */
function pn2(...fields) {
  const size = { u8: 1, i8: 1, i16: 2, u32: 4 };
  const bytes = Buffer.alloc(fields.reduce((n, [type]) => n + size[type], 0));
  let at = 0;
  for (const [type, value] of fields) {
    if (type === 'u8') bytes.writeUInt8(value, at);
    else if (type === 'i8') bytes.writeInt8(value, at);
    else if (type === 'i16') bytes.writeInt16BE(value, at);
    else bytes.writeUInt32BE(value, at);
    at += size[type];
  }
  const file = join(mkdtempSync(join(tmpdir(), 'pn2-')), 'test.pn2');
  writeFileSync(file, bytes);
  return file;
}

/** A ring of one absolute node at (lon, lat) degrees and relative nodes given as [dLon, dLat] in 1/120 degree. */
const ring = (lon, lat, relative) => [
  ['u32', 1],
  ['i16', lat * 120],
  ['i16', lon * 120],
  ['i16', relative.length],
  ...relative.flatMap(([dLon, dLat]) => [
    ['i8', dLat],
    ['i8', dLon],
  ]),
];

test('reads polygons with their holes, and the polygons of a multi-geometry, in degrees', () => {
  const file = pn2(
    ['u8', 2],
    ['u32', 3],
    ['u8', 1], // records carry a colour index
    // Lake 7: an outer ring and an island in it.
    ['u8', 2],
    ['u32', 7],
    ['u8', 9],
    ...ring(45, 37.5, [
      [120, 0],
      [120, 120],
      [0, 120],
    ]),
    ['u8', 3],
    ['u32', 7],
    ...ring(45.25, 37.75, [
      [0, 12],
      [12, 12],
    ]),
    // Lake 8: two polygons in one record.
    ['u8', 4],
    ['u32', 8],
    ['u8', 9],
    ['u8', 2],
    ['u8', 2],
    ['u32', 8],
    ...ring(43, 38.5, [[60, 0], [60, 60]]),
    ['u8', 2],
    ['u32', 8],
    ...ring(42, 38, [[-60, 0], [-60, -60]]),
  );
  const lakes = readPn2(file);
  assert.deepEqual(
    lakes.map((l) => l.id),
    [7, 8],
  );
  assert.deepEqual(lakes[0].geometry.coordinates, [
    [
      [[45, 37.5], [46, 37.5], [46, 38.5], [45, 38.5]],
      [[45.25, 37.75], [45.25, 37.85], [45.35, 37.85]],
    ],
  ]);
  assert.deepEqual(lakes[1].geometry.coordinates, [
    [[[43, 38.5], [43.5, 38.5], [43.5, 39]]],
    [[[42, 38], [41.5, 38], [41.5, 37.5]]],
  ]);
});

test('refuses a file of another version, and a hole before any polygon', () => {
  assert.throws(() => readPn2(pn2(['u8', 1], ['u32', 0], ['u8', 0])), /version 1/);
  assert.throws(() => readPn2(pn2(['u8', 2], ['u32', 1], ['u8', 0], ['u8', 3], ['u32', 1], ...ring(45, 37.5, []))), /flag 3/);
});
