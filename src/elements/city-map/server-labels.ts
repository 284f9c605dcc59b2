/**
 * The labels of the map's static copy (the server's HTML, for readers without JavaScript): laid out with the live
 * map's rules (label-layout.ts: nothing over a marker, another label or the frame, off the great circle and clear of
 * borders where there is room, lower ranks giving way), from text widths estimated from the characters, since a
 * server cannot measure text. Estimates run a little wide, so that labels keep apart in any font.
 */
import type { BorderGrid } from './border-grid.js';
import { PILL, lineStart, placeLabelsBest, type LabelRequest, type Rect } from './label-layout.js';
import { labelGap } from './map-model.js';

/** One label to lay out: its text lines, its font and the point it labels. */
export interface ServerLabel {
  readonly key: string;
  readonly lines: readonly string[];
  readonly fontSize: number;
  readonly weight?: number;
  readonly x: number;
  readonly y: number;
  /** A marker's or a reference city's radius: the label goes round it. */
  readonly radius?: number;
  readonly priority: number;
  readonly required?: boolean;
  /** Centred on its point or an alternative (the distance's pill). */
  readonly pill?: boolean;
  readonly alternatives?: readonly { x: number; y: number }[];
  /** A reference city's dot: its name is left out when a label of higher rank covers it. */
  readonly dot?: Rect;
}

/** A placed label: its box, and where each line's text starts (left edge) and its baseline. */
export interface PlacedServerLabel {
  readonly box: Rect;
  /**
   * Each line, and the point it is set from (`anchor`, as SVG's `text-anchor`): a label beside its point is set from
   * the edge towards the point, one above, below or on it from its middle, so that a line wider or narrower than
   * estimated grows or shrinks away from the point, never over it.
   */
  readonly lines: readonly { text: string; x: number; y: number; anchor: 'start' | 'middle' | 'end' }[];
}

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;

/**
 * Advance of one character in ems, for a sans-serif face: about DejaVu Sans's, the widest of the common faces
 * (Linux's default sans-serif), so that labels keep apart in Arial, Tahoma, Noto Sans or Vazirmatn too.
 */
function advance(c: string): number {
  if (c === ' ' || c === '\u00a0') return 0.28;
  if (/^[\u2066-\u2069\u200c-\u200f]$/u.test(c)) return 0;
  if (ARABIC.test(c)) return /[\u06f0-\u06f9\u0660-\u0669]/.test(c) ? 0.56 : 0.47;
  if (/[A-Z]/.test(c)) return 0.72;
  if (/[mw]/.test(c)) return 0.92;
  if (/[ijlft.,:;'’!|()]/.test(c)) return 0.36;
  if (/[0-9]/.test(c)) return 0.64;
  return 0.61;
}

/** The estimated width of `text` in px at `fontSize`, bold where `weight` is 600 or more. */
export function estimateTextWidth(text: string, fontSize: number, weight = 400): number {
  let ems = 0;
  for (const c of text) ems += advance(c);
  // An Arabic-script word ends in a letter's final form, wider than the joined ones (`خوی`).
  ems += 0.3 * (text.match(/[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]+/g)?.length ?? 0);
  return ems * fontSize * (weight >= 600 ? 1.08 : 1);
}

/** Line height and ascent, in px: Arabic-script faces are taller. */
function metrics(lines: readonly string[], fontSize: number): { lineHeight: number; ascent: number } {
  return lines.some((l) => ARABIC.test(l)) ? { lineHeight: fontSize * 1.6, ascent: fontSize * 1.1 } : { lineHeight: fontSize * 1.36, ascent: fontSize * 1.07 };
}

/**
 * Lays the labels out as the live map does; the ones that get no place are left out. `obstacles` are the markers'
 * boxes, `lineObstacles` small boxes along the great circle.
 */
export function layoutServerLabels(
  labels: readonly ServerLabel[],
  obstacles: readonly Rect[],
  lineObstacles: readonly Rect[],
  bounds: { width: number; height: number },
  grid?: BorderGrid,
): Map<string, PlacedServerLabel> {
  const sized = labels.map((l) => {
    const widths = l.lines.map((line) => estimateTextWidth(line, l.fontSize, l.weight) + 2);
    return { label: l, widths, ...metrics(l.lines, l.fontSize) };
  });
  const requests: LabelRequest[] = sized.map(({ label: l, widths, lineHeight }) => ({
    key: l.key,
    x: l.x,
    y: l.y,
    gap: l.radius === undefined ? 0 : labelGap(l.radius, l.key.startsWith('marker:')),
    width: Math.max(0, ...widths) + (l.pill ? 2 * PILL.x : 0),
    height: lineHeight * l.lines.length + (l.pill ? 2 * PILL.y : 0),
    priority: l.priority,
    required: l.required ?? false,
    around: l.radius !== undefined,
    centred: l.pill,
    avoidLines: !l.pill,
    alternatives: l.alternatives,
    dot: l.dot,
  }));
  const { placed } = placeLabelsBest(requests, obstacles, bounds, { lineObstacles, clear: grid ? (r) => grid.clear(r) : undefined });
  const out = new Map<string, PlacedServerLabel>();
  for (const { label: l, widths, lineHeight, ascent } of sized) {
    const box = placed.get(l.key);
    if (!box) continue;
    const inner = l.pill ? { x: box.x + PILL.x, y: box.y + PILL.y, width: box.width - 2 * PILL.x } : box;
    out.set(l.key, {
      box,
      // Towards the point, as the live map sets them (`lineStart`); the estimated widths have a pixel each side.
      lines: l.lines.map((text, i) => {
        const y = inner.y + ascent + lineHeight * i;
        const start = lineStart(inner, l.x, widths[i]!, l.radius !== undefined) + 1;
        const end = start + widths[i]! - 2;
        const beside = l.radius !== undefined && (inner.x >= l.x || inner.x + inner.width <= l.x);
        if (!beside) return { text, x: (start + end) / 2, y, anchor: 'middle' as const };
        return inner.x >= l.x ? { text, x: start, y, anchor: 'start' as const } : { text, x: end, y, anchor: 'end' as const };
      }),
    });
  }
  return out;
}
