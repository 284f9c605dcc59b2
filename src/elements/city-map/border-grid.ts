/**
 * Which parts of the map lie on a border line or a coast: the countries as drawn are painted once, each in its own
 * colour, on a small canvas, with their outlines over them in white; a label's box is clear if every cell under it
 * has one and the same colour (inside one country, or all water). Built after a drawing, never while rendering.
 */
import type { Rect } from './label-layout.js';

/** Cells of two pixels: fine enough for a hairline, small enough to build in a few milliseconds. */
const CELL = 2;
const OUTLINE = 0xffffff;

export class BorderGrid {
  private readonly cells: Uint32Array;
  private readonly cols: number;
  private readonly rows: number;

  private constructor(cells: Uint32Array, cols: number, rows: number) {
    this.cells = cells;
    this.cols = cols;
    this.rows = rows;
  }

  /** The grid of `land` (SVG path data in the map's coordinates), or undefined where there is no 2D canvas. */
  static of(land: readonly { d: string }[], width: number, height: number): BorderGrid | undefined {
    const cols = Math.max(1, Math.ceil(width / CELL));
    const rows = Math.max(1, Math.ceil(height / CELL));
    const canvas = document.createElement('canvas');
    canvas.width = cols;
    canvas.height = rows;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx || typeof Path2D !== 'function') return undefined;
    ctx.scale(1 / CELL, 1 / CELL);
    const paths = land.filter((l) => l.d).map((l) => new Path2D(l.d));
    paths.forEach((path, i) => {
      // Colours far apart, so that no blend of two neighbours' edges is a third country.
      const id = (i + 1) * 37;
      ctx.fillStyle = `rgb(${id % 256} ${Math.floor(id / 256) % 256} 128)`;
      ctx.fill(path);
    });
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = 2.5;
    ctx.lineJoin = 'round';
    for (const path of paths) ctx.stroke(path);
    const data = ctx.getImageData(0, 0, cols, rows).data;
    const cells = new Uint32Array(cols * rows);
    for (let i = 0; i < cells.length; i++) {
      const a = data[i * 4 + 3]!;
      cells[i] = a === 0 ? 0 : a < 255 ? OUTLINE : (data[i * 4]! << 16) | (data[i * 4 + 1]! << 8) | data[i * 4 + 2]!;
    }
    return new BorderGrid(cells, cols, rows);
  }

  /** Whether `r` (in the map's coordinates) crosses no border line or coast. */
  clear(r: Rect): boolean {
    const x0 = Math.max(0, Math.floor(r.x / CELL));
    const y0 = Math.max(0, Math.floor(r.y / CELL));
    const x1 = Math.min(this.cols - 1, Math.floor((r.x + r.width) / CELL));
    const y1 = Math.min(this.rows - 1, Math.floor((r.y + r.height) / CELL));
    const first = this.cells[y0 * this.cols + x0];
    if (first === OUTLINE) return false;
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) if (this.cells[y * this.cols + x] !== first) return false;
    }
    return true;
  }
}
