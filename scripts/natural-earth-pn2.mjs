// Reads Natural Earth polygons (public domain) from the .pn2 files in which KDE Marble ships them; Debian's
// marble-qt-data package installs them under /usr/share/marble/data/naturalearth/. Used by build-geometry.mjs for
// the lakes, which world-atlas does not have.
//
// The format (version 2), as Marble's Pn2Runner reads it, all big-endian: a header (version: u8, record count: u32,
// whether records carry a colour index: u8), then records. A record: a flag (u8: 1 ring, 2 a polygon's outer ring,
// 3 an inner ring of the polygon before, 4 several of these), the feature's id (u32), a colour index (u8) when the
// id is new and the header says so, then either a ring or, for flag 4, a count (u8) and that many (flag u8, id u32,
// ring). A ring: a count of absolute nodes (u32), each a latitude and a longitude (i16, in 1/120 degree) and a
// count of relative nodes (i16) that follow it as offsets from it (i8 latitude, i8 longitude).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const INSTALLED = '/usr/share/marble/data/naturalearth';

/**
 * The features of a Natural Earth .pn2 file (`ne_50m_lakes.pn2`, see `readPn2`): from `TWIN_NATURAL_EARTH_DIR`,
 * else Marble's installed copy, else marble-qt-data (15 MB) downloaded with apt-get and unpacked into a temporary
 * folder, removed after (nothing is installed).
 */
export function readNaturalEarth(name) {
  for (const dir of [process.env.TWIN_NATURAL_EARTH_DIR, INSTALLED].filter(Boolean)) {
    if (existsSync(join(dir, name))) return readPn2(join(dir, name));
  }
  const work = mkdtempSync(join(tmpdir(), 'marble-data-'));
  try {
    try {
      execFileSync('apt-get', ['download', 'marble-qt-data'], { cwd: work, stdio: 'ignore' });
      const deb = readdirSync(work).find((f) => f.endsWith('.deb'));
      execFileSync('dpkg', ['-x', join(work, deb), join(work, 'root')], { stdio: 'ignore' });
    } catch (e) {
      throw new Error(`${name}: not in ${INSTALLED} nor in TWIN_NATURAL_EARTH_DIR, and "apt-get download marble-qt-data" failed (${e.message})`);
    }
    return readPn2(join(work, 'root', INSTALLED, name));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The polygons of a .pn2 file as GeoJSON MultiPolygon features, by the file's feature id, in [lon, lat] degrees. */
export function readPn2(file) {
  const bytes = readFileSync(file);
  let at = 0;
  const u8 = () => bytes.readUInt8(at++);
  const i8 = () => bytes.readInt8(at++);
  const i16 = () => ((at += 2), bytes.readInt16BE(at - 2));
  const u32 = () => ((at += 4), bytes.readUInt32BE(at - 4));
  const version = u8();
  if (version !== 2) throw new Error(`${file}: .pn2 version ${version}; this reader knows version 2`);
  const records = u32();
  const colours = u8() !== 0;

  const ring = () => {
    const points = [];
    for (let n = u32(); n > 0; n--) {
      const lat = i16();
      const lon = i16();
      points.push([lon / 120, lat / 120]);
      for (let r = i16(); r > 0; r--) {
        const dLat = i8();
        const dLon = i8();
        points.push([(lon + dLon) / 120, (lat + dLat) / 120]);
      }
    }
    return points;
  };
  const polygons = new Map();
  const add = (flag, id) => {
    const points = ring();
    if (!polygons.has(id)) polygons.set(id, []);
    const list = polygons.get(id);
    if (flag === 1 || flag === 2) list.push([points]);
    else if (flag === 3 && list.length) list.at(-1).push(points);
    else throw new Error(`${file}: record of flag ${flag} where a polygon's ring was expected`);
  };
  let previous;
  for (let k = 0; k < records && at < bytes.length; k++) {
    const flag = u8();
    const id = u32();
    if (colours && id !== previous) u8();
    previous = id;
    if (flag === 4) {
      for (let parts = u8(); parts > 0; parts--) {
        const inner = u8();
        u32();
        add(inner, id);
      }
    } else add(flag, id);
  }
  return [...polygons].map(([id, coordinates]) => ({ type: 'Feature', id, properties: null, geometry: { type: 'MultiPolygon', coordinates } }));
}
