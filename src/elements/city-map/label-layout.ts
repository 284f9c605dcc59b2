/**
 * Label placement for the map: each label takes the first of its candidate spots that stays inside the map and
 * overlaps no marker and no label already placed, in order of priority (the two cities, the distance, places,
 * country names, then reference cities: lower ranks give way when there is no room). Of the free spots, one clear
 * of border lines and coasts is preferred, where `clear` says which are. A required label (a city) with no free
 * spot takes the spot that overlaps least.
 */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface LabelRequest {
  readonly key: string;
  /** The point labelled (a marker's centre, the middle of the line, a country's centroid). */
  readonly x: number;
  readonly y: number;
  /** Distance between the point and the label (a marker's radius and a little). */
  readonly gap: number;
  readonly width: number;
  readonly height: number;
  /** Lower is placed first. */
  readonly priority: number;
  /** Placed even if it must overlap something. */
  readonly required: boolean;
  /** Beside the point (markers) rather than on it (country names, the distance). */
  readonly around: boolean;
  /** Other points the label may go by when its own is crowded (e.g. further along the line). */
  readonly alternatives?: readonly { readonly x: number; readonly y: number }[];
  /** Only centred on its point or an alternative (the distance's pill, on the line). */
  readonly centred?: boolean;
  /** Kept off the lines given as `lineObstacles` (the great circle). */
  readonly avoidLines?: boolean;
  /** Tries above its point first (a city whose places are fanned out below it). */
  readonly preferAbove?: boolean;
}

export interface LayoutOptions {
  /** Small boxes along lines that labels with `avoidLines` keep off. */
  readonly lineObstacles?: readonly Rect[];
  /** Whether a spot is clear of border lines and coasts (preferred where there is a choice). */
  readonly clear?: (r: Rect) => boolean;
  /**
   * What the layouts of one set of requests share (with the same bounds, line obstacles and `clear`): each label's
   * candidate spots and what is known of them before any other label is placed. Pass the same object to several
   * calls to share it between them.
   */
  readonly shared?: SharedCandidates;
}

/** A candidate spot and what does not depend on the other labels: inside the map, off the lines, clear of borders. */
interface Candidate {
  readonly rect: Rect;
  readonly inside: boolean;
  readonly offLine: boolean;
  /** Whether it is clear of border lines, asked once and only when needed. */
  clear?: boolean;
}

/** Candidates by label and order of preference (see `LayoutOptions.shared`). */
export type SharedCandidates = Map<string, Candidate[]>;

const PAD = 2;

/** The distance's pill: its padding around the text, in px. */
export const PILL = { x: 8, y: 3 } as const;

/**
 * Leaves out the reference cities (`dots`, by label key) that a placed label covers or that lie on the great circle
 * (`arc`): one there would read as a stop on the way. Removes them from `placed`.
 */
export function dropCoveredLandmarks(placed: Map<string, Rect>, dots: ReadonlyMap<string, Rect>, arc: readonly Rect[]): void {
  for (const [key, dot] of dots) {
    if ([...placed].some(([other, spot]) => other !== key && overlap(spot, dot) > 0) || arc.some((a) => overlap(a, dot) > 0)) placed.delete(key);
  }
}

export function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) + PAD;
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) + PAD;
  return w > 0 && h > 0 ? w * h : 0;
}

/** A label centred above or below its point may slide sideways to stay inside the map. */
function slide(r: Rect, bounds: { width: number }): Rect {
  return { ...r, x: Math.min(Math.max(PAD, r.x), Math.max(PAD, bounds.width - PAD - r.width)) };
}

function candidates(r: LabelRequest, bounds: { width: number; height: number }): Rect[] {
  const { x, y, gap, width: w, height: h } = r;
  if (r.centred) {
    // On the line, at its middle or further along; where a narrow map has no room between the markers, just above
    // or below the line.
    const points = [{ x, y }, ...(r.alternatives ?? [])];
    return [
      ...points.map((p) => ({ x: p.x - w / 2, y: p.y - h / 2, width: w, height: h })),
      ...points.flatMap((p) => [
        slide({ x: p.x - w / 2, y: p.y - h - 4, width: w, height: h }, bounds),
        slide({ x: p.x - w / 2, y: p.y + 4, width: w, height: h }, bounds),
      ]),
    ];
  }
  if (!r.around) {
    return [{ x, y }, ...(r.alternatives ?? [])].flatMap((p) => [
      slide({ x: p.x - w / 2, y: p.y - h - 6, width: w, height: h }, bounds),
      slide({ x: p.x - w / 2, y: p.y + 6, width: w, height: h }, bounds),
      { x: p.x - w / 2, y: p.y - h / 2, width: w, height: h },
    ]);
  }
  const d = gap;
  const diag = gap * 0.75;
  const all = [
    { x: x + d, y: y - h / 2, width: w, height: h }, // right
    { x: x - d - w, y: y - h / 2, width: w, height: h }, // left
    { x: x - w / 2, y: y + d, width: w, height: h }, // below
    { x: x - w / 2, y: y - d - h, width: w, height: h }, // above
    { x: x + diag, y: y + diag, width: w, height: h }, // below right
    { x: x - diag - w, y: y + diag, width: w, height: h }, // below left
    { x: x + diag, y: y - diag - h, width: w, height: h }, // above right
    { x: x - diag - w, y: y - diag - h, width: w, height: h }, // above left
    slide({ x: x - w / 2, y: y + d, width: w, height: h }, bounds), // below, slid inside
    slide({ x: x - w / 2, y: y - d - h, width: w, height: h }, bounds), // above, slid inside
    slide({ x: x - w / 2, y: y + d + h / 2 + 4, width: w, height: h }, bounds), // further below
    slide({ x: x - w / 2, y: y - d - 1.5 * h - 4, width: w, height: h }, bounds), // further above
    { x: x + d + 6, y: y - h / 2 + h, width: w, height: h }, // right, lower
    { x: x - d - 6 - w, y: y - h / 2 + h, width: w, height: h }, // left, lower
    { x: x + d + 6, y: y - h / 2 - h, width: w, height: h }, // right, higher
    { x: x - d - 6 - w, y: y - h / 2 - h, width: w, height: h }, // left, higher
  ];
  return r.preferAbove ? [all[3]!, all[6]!, all[7]!, all[9]!, ...all] : all;
}

function inside(r: Rect, bounds: { width: number; height: number }): boolean {
  return r.x >= PAD && r.y >= PAD && r.x + r.width <= bounds.width - PAD && r.y + r.height <= bounds.height - PAD;
}

function clampInto(r: Rect, bounds: { width: number; height: number }): Rect {
  return {
    ...r,
    x: Math.min(Math.max(PAD, r.x), Math.max(PAD, bounds.width - PAD - r.width)),
    y: Math.min(Math.max(PAD, r.y), Math.max(PAD, bounds.height - PAD - r.height)),
  };
}

/**
 * The best of a few layouts: the cities' labels beside their points first or above them first, the distance's pill
 * before or after the places' names. The best overlaps nothing and leaves out the fewest labels, weighing a place
 * over any number of country names, and a country name over any number of reference cities.
 */
export function placeLabelsBest(
  requests: readonly LabelRequest[],
  obstacles: readonly Rect[],
  bounds: { width: number; height: number },
  options: LayoutOptions = {},
): { placed: Map<string, Rect>; score: number; complete: boolean } {
  const weight = (r: LabelRequest) => (r.priority <= 2 ? 1e6 : r.priority === 3 ? 1e3 : 1);
  // Every label that can be shown is, and nothing overlaps: no layout can do better. A label none of whose spots
  // lies inside the map (its point is outside, the map zoomed in) is never shown, unless it is required.
  const showable = (r: LabelRequest) => Number.isFinite(r.x) && Number.isFinite(r.y) && (r.required || candidates(r, bounds).some((c) => inside(c, bounds)));
  const perfect = requests.reduce((sum, r) => sum + (showable(r) ? weight(r) : 0), 0);
  const score = (placed: Map<string, Rect>) => {
    const spots = [...placed.values()];
    let clashes = 0;
    spots.forEach((a, i) => {
      for (let j = i + 1; j < spots.length; j++) if (overlap(a, spots[j]!) > 0) clashes++;
      for (const b of obstacles) if (overlap(a, b) > 0) clashes++;
    });
    const shown = requests.reduce((sum, r) => sum + (placed.has(r.key) ? weight(r) : 0), 0);
    return shown - 1e9 * clashes;
  };
  const variants = [false, true].flatMap((above) =>
    [false, true].map((pillLater) =>
      requests.map((r) => ({
        ...r,
        preferAbove: above && r.required && r.around,
        priority: pillLater && r.centred ? 2.5 : r.priority,
      })),
    ),
  );
  let best: Map<string, Rect> | undefined;
  let bestScore = -Infinity;
  const shared = options.shared ?? new Map();
  for (const variant of variants) {
    const placed = placeLabels(variant, obstacles, bounds, { ...options, shared });
    const value = score(placed);
    if (value > bestScore) {
      best = placed;
      bestScore = value;
    }
    // A later variant replaces the best only when it scores more, which a perfect layout leaves no room for.
    if (bestScore === perfect) break;
  }
  return { placed: best!, score: bestScore, complete: bestScore === perfect };
}

export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Rect[],
  bounds: { width: number; height: number },
  { lineObstacles = [], clear, shared = new Map() }: LayoutOptions = {},
): Map<string, Rect> {
  const placed = new Map<string, Rect>();
  const taken: Rect[] = [...obstacles];
  const ordered = [...requests].filter((r) => Number.isFinite(r.x) && Number.isFinite(r.y)).sort((a, b) => a.priority - b.priority);
  for (const r of ordered) {
    const cacheKey = `${r.key}|${r.preferAbove ? 1 : 0}`;
    let prepared = shared.get(cacheKey);
    if (!prepared) {
      prepared = candidates(r, bounds).map((rect) => ({
        rect,
        inside: inside(rect, bounds),
        offLine: !r.avoidLines || lineObstacles.every((t) => overlap(rect, t) === 0),
      }));
      shared.set(cacheKey, prepared);
    }
    const open = prepared.filter((c) => c.inside && taken.every((t) => overlap(c.rect, t) === 0));
    // Off the line where there is room; a place's name may cross it rather than be left out (priority ≤ 2).
    const offLine = r.avoidLines ? open.filter((c) => c.offLine) : open;
    const free = offLine.length || r.priority > 2 ? offLine : open;
    const isClear = (c: Candidate) => (c.clear ??= clear!(c.rect));
    let spot = ((clear ? free.find(isClear) : undefined) ?? free[0])?.rect;
    if (!spot && r.required) {
      const options = prepared.map((c) => c.rect);
      const cost = (c: Rect) => taken.reduce((sum, t) => sum + overlap(c, t), 0);
      spot = options.map((c) => clampInto(c, bounds)).reduce((best, c) => (cost(c) < cost(best) ? c : best));
    }
    if (!spot) continue;
    placed.set(r.key, spot);
    taken.push(spot);
  }
  return placed;
}
