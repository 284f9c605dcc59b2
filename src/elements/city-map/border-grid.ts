/**
 * Which parts of the map lie on a border line or a coast: the outlines of the countries and lakes as drawn, their
 * segments filed by the cells of a coarse grid they cross. A label's box is clear if no segment passes within
 * `MARGIN` of it and its middle is not on a lake: it then lies inside one country, or all in the sea. Built after a
 * drawing, never while rendering, from the points the drawing projected (no canvas: reading pixels back cost Firefox
 * up to tens of milliseconds).
 */
import type { Rect } from './label-layout.js';

/** The grid's cells, in pixels: a label's box covers a few of them. */
const CELL = 24;
/**
 * How near a line a label's box may come, in pixels: the border's half width and the room of the label's halo (the
 * same clearance as the canvas this grid replaced gave, whose 2.5 px lines were read in cells of 2 px: of the labels
 * of the default map in four languages at four widths, 15 of 16 layouts came out the same).
 */
export const MARGIN = 2;

export class BorderGrid {
  /** Per cell, its segments as x0, y0, x1, y1, … */
  private readonly cells: (number[] | undefined)[];
  private readonly cols: number;
  private readonly rows: number;
  /** Each lake's rings (x0, y0, x1, y1, …): its shore, and its islands'. */
  private readonly lakes: readonly (readonly (readonly number[])[])[];

  private constructor(cells: (number[] | undefined)[], cols: number, rows: number, lakes: readonly (readonly (readonly number[])[])[]) {
    this.cells = cells;
    this.cols = cols;
    this.rows = rows;
    this.lakes = lakes;
  }

  /**
   * The grid of the outlines of `land` (rings of points in the map's coordinates; `water` for a lake) over a map
   * `width` × `height`.
   */
  static of(land: readonly { rings: readonly (readonly number[])[]; water?: true }[], width: number, height: number): BorderGrid {
    const cols = Math.max(1, Math.ceil(width / CELL));
    const rows = Math.max(1, Math.ceil(height / CELL));
    const cells: (number[] | undefined)[] = new Array<number[] | undefined>(cols * rows);
    const maxX = width + MARGIN;
    const maxY = height + MARGIN;
    for (const { rings } of land) {
      for (const ring of rings) {
        const n = ring.length;
        for (let i = 0; i < n; i += 2) {
          const x0 = ring[i]!;
          const y0 = ring[i + 1]!;
          const x1 = ring[(i + 2) % n]!;
          const y1 = ring[(i + 3) % n]!;
          // Segments wholly off the map (the clipped rings run along its edge, just outside it) are left out.
          if (Math.max(x0, x1) < -MARGIN || Math.min(x0, x1) > maxX || Math.max(y0, y1) < -MARGIN || Math.min(y0, y1) > maxY) continue;
          // Filed in every cell of the segment's bounding box: a few cells at most for the short edges of a map.
          const c0 = Math.max(0, Math.floor((Math.min(x0, x1) - MARGIN) / CELL));
          const c1 = Math.min(cols - 1, Math.floor((Math.max(x0, x1) + MARGIN) / CELL));
          const r0 = Math.max(0, Math.floor((Math.min(y0, y1) - MARGIN) / CELL));
          const r1 = Math.min(rows - 1, Math.floor((Math.max(y0, y1) + MARGIN) / CELL));
          for (let r = r0; r <= r1; r++) {
            for (let c = c0; c <= c1; c++) (cells[r * cols + c] ??= []).push(x0, y0, x1, y1);
          }
        }
      }
    }
    return new BorderGrid(cells, cols, rows, land.flatMap((l) => (l.water ? [l.rings] : [])));
  }

  /** Whether the point (in the map's coordinates) lies on a lake. */
  inLake(x: number, y: number): boolean {
    return this.lakes.some((rings) => insideRings(rings, x, y));
  }

  /** Whether `r` (in the map's coordinates) crosses no border line or coast, and its middle is not on a lake. */
  clear(r: Rect): boolean {
    if (this.inLake(r.x + r.width / 2, r.y + r.height / 2)) return false;
    const left = r.x - MARGIN;
    const top = r.y - MARGIN;
    const right = r.x + r.width + MARGIN;
    const bottom = r.y + r.height + MARGIN;
    const c0 = Math.max(0, Math.floor(left / CELL));
    const c1 = Math.min(this.cols - 1, Math.floor(right / CELL));
    const r0 = Math.max(0, Math.floor(top / CELL));
    const r1 = Math.min(this.rows - 1, Math.floor(bottom / CELL));
    for (let row = r0; row <= r1; row++) {
      for (let col = c0; col <= c1; col++) {
        const segments = this.cells[row * this.cols + col];
        if (!segments) continue;
        for (let i = 0; i < segments.length; i += 4) {
          if (crosses(segments[i]!, segments[i + 1]!, segments[i + 2]!, segments[i + 3]!, left, top, right, bottom)) return false;
        }
      }
    }
    return true;
  }
}

/**
 * Whether (x, y) lies inside the shape of `rings`: inside an odd number of them (on a country's land and not in a
 * hole of it; on a lake and not on one of its islands).
 */
export function insideRings(rings: readonly (readonly number[])[], x: number, y: number): boolean {
  return rings.reduce((inside, ring) => inside !== insideRing(ring, x, y), false);
}

/** Whether (x, y) lies inside `ring` (x0, y0, x1, y1, …), by the even–odd rule. */
export function insideRing(ring: readonly number[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
    const xi = ring[i]!;
    const yi = ring[i + 1]!;
    const xj = ring[j]!;
    const yj = ring[j + 1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether the segment from (x0, y0) to (x1, y1) meets the rectangle [left, right] × [top, bottom] (Liang–Barsky). */
export function crosses(x0: number, y0: number, x1: number, y1: number, left: number, top: number, right: number, bottom: number): boolean {
  const dx = x1 - x0;
  const dy = y1 - y0;
  let t0 = 0;
  let t1 = 1;
  /** Narrows [t0, t1] to where p × t ≤ q; false when nothing is left. */
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q >= 0;
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
    return true;
  };
  return clip(-dx, x0 - left) && clip(dx, right - x0) && clip(-dy, y0 - top) && clip(dy, bottom - y0);
}
