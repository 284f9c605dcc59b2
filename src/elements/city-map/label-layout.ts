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
  /** Takes its first free spot, whether or not it is clear of border lines and coasts. */
  readonly crossBorders?: boolean;
  /** The mark at its point (a reference city's dot): the label is left out when a label placed before covers it. */
  readonly dot?: Rect;
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
/** Room kept between a label (its halo included) and the map's edge: a name set against the frame reads as cut off. */
const EDGE = 5;

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

/**
 * Where a line of a placed label starts (its left edge, in the label's box `inner`), justified towards the point it
 * labels, as an atlas sets a name beside its mark: flush left in a label right of its point, flush right in one left
 * of it, centred above, below or on it. A name of two lines then keeps both by its marker, rather than one of them
 * centred away from it (and nearer another place's name).
 */
export function lineStart({ x, width }: { readonly x: number; readonly width: number }, pointX: number, lineWidth: number, around: boolean): number {
  const spare = width - lineWidth;
  return x + (!around ? spare / 2 : x >= pointX ? 0 : x + width <= pointX ? spare : spare / 2);
}

/** A label centred above or below its point may slide sideways to stay inside the map. */
function slide(r: Rect, bounds: { width: number }): Rect {
  return { ...r, x: Math.min(Math.max(EDGE, r.x), Math.max(EDGE, bounds.width - EDGE - r.width)) };
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
  return all;
}

/**
 * The spots beside a point that a label preferring to go above it tries first (indices into `candidates`): above,
 * above right, above left, above slid inside.
 */
const ABOVE_FIRST = [3, 6, 7, 9];

function inside(r: Rect, bounds: { width: number; height: number }): boolean {
  return r.x >= EDGE && r.y >= EDGE && r.x + r.width <= bounds.width - EDGE && r.y + r.height <= bounds.height - EDGE;
}

function clampInto(r: Rect, bounds: { width: number; height: number }): Rect {
  return {
    ...r,
    x: Math.min(Math.max(EDGE, r.x), Math.max(EDGE, bounds.width - EDGE - r.width)),
    y: Math.min(Math.max(EDGE, r.y), Math.max(EDGE, bounds.height - EDGE - r.height)),
  };
}

/**
 * The labels the variants of `placeLabelsBest` move above their points or let cross borders: the required ones beside
 * their points (the cities'). `layoutOf` names the same ones when it says whether crossing would change a pick.
 */
const isCityLabel = (r: LabelRequest) => r.required && r.around;

/** What a label counts for in a layout: a place over any number of country names, a country over any number of reference cities. */
const weight = (r: LabelRequest) => (r.priority <= 2 ? 1e6 : r.priority === 3 ? 1e3 : 1);

/**
 * The highest score a layout of `requests` among `obstacles` can reach: every label that has a spot of its own
 * (inside the map, clear of the obstacles, off the lines where it must be), shown, and nothing overlapping. A label
 * with no such spot is never shown by any layout, unless it is required: a label whose point lies outside the map
 * (zoomed in), one that a marker or the scale bar covers wherever it goes.
 */
export function scoreLimit(
  requests: readonly LabelRequest[],
  obstacles: readonly Rect[],
  bounds: { width: number; height: number },
  { lineObstacles = [], shared = new Map() }: LayoutOptions = {},
): number {
  let limit = 0;
  for (const r of requests) {
    if (!Number.isFinite(r.x) || !Number.isFinite(r.y)) continue;
    // Off the line unless a place's name must cross it (as in `placeLabels`).
    const offLineOnly = r.avoidLines && r.priority > 2;
    const fits = (c: Candidate) => c.inside && (!offLineOnly || c.offLine) && obstacles.every((t) => overlap(c.rect, t) === 0);
    if (r.required || prepared({ ...r, preferAbove: false }, bounds, lineObstacles, shared).some(fits)) limit += weight(r);
  }
  return limit;
}

/**
 * How good a layout of `requests` among `obstacles` is: the labels shown, a place's weighing more than any number of
 * country names and a country's more than any number of reference cities, less far more for each overlap.
 */
export function layoutScore(requests: readonly LabelRequest[], obstacles: readonly Rect[], placed: ReadonlyMap<string, Rect>): number {
  const spots = [...placed.values()];
  let clashes = 0;
  spots.forEach((a, i) => {
    for (let j = i + 1; j < spots.length; j++) if (overlap(a, spots[j]!) > 0) clashes++;
    for (const b of obstacles) if (overlap(a, b) > 0) clashes++;
  });
  const shown = requests.reduce((sum, r) => sum + (placed.has(r.key) ? weight(r) : 0), 0);
  return shown - 1e9 * clashes;
}

/**
 * The best of a few layouts: the cities' labels beside their points first or above them first, the distance's pill
 * before or after the places' names, and, last, the cities' labels in their first free spot even across a border or
 * a coast (a lake's shore by a city may otherwise push its places' names over the reference cities). The best
 * overlaps nothing and leaves out the fewest labels, weighing a place over any number of country names, and a
 * country name over any number of reference cities; of layouts as good, the first. `complete`: no layout among these
 * obstacles can do better (see `scoreLimit`).
 */
export function placeLabelsBest(
  requests: readonly LabelRequest[],
  obstacles: readonly Rect[],
  bounds: { width: number; height: number },
  options: LayoutOptions = {},
): { placed: Map<string, Rect>; score: number; complete: boolean } {
  const shared = options.shared ?? new Map();
  const perfect = scoreLimit(requests, obstacles, bounds, { ...options, shared });
  const score = (placed: Map<string, Rect>) => layoutScore(requests, obstacles, placed);
  const variants = [false, true].flatMap((crossBorders) =>
    [false, true].flatMap((above) =>
      [false, true].map((pillLater) =>
        requests.map((r) => ({
          ...r,
          preferAbove: above && isCityLabel(r),
          priority: pillLater && r.centred ? 2.5 : r.priority,
          crossBorders: crossBorders && isCityLabel(r),
        })),
      ),
    ),
  );
  let best: Map<string, Rect> | undefined;
  let bestScore = -Infinity;
  // The first half of the variants keep the cities' labels clear of borders; each of the second half is its twin
  // of the first half that lets them cross. Where, in the twin that keeps them clear, every city took its first free
  // spot anyway, letting them cross changes no pick: the same layout, the same score, so it is not laid out again
  // (test/label-layout.test.ts compares with laying out every variant).
  const half = variants.length / 2;
  const crossingMatters: boolean[] = [];
  for (const [i, variant] of variants.entries()) {
    if (i >= half && !crossingMatters[i - half]) continue;
    const { placed, crossingMatters: matters } = layoutOf(variant, obstacles, bounds, { ...options, shared });
    crossingMatters[i] = matters;
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

/** A label's candidate spots in order of preference, with what is known of each alone (kept in `shared`). */
function prepared(r: LabelRequest, bounds: { width: number; height: number }, lineObstacles: readonly Rect[], shared: SharedCandidates): Candidate[] {
  const above = !!r.preferAbove && r.around && !r.centred;
  const cacheKey = `${r.key}|${above ? 1 : 0}`;
  let spots = shared.get(cacheKey);
  if (!spots) {
    if (above) {
      // The same spots, the ones above first: shared with the label's other variants, with what is known of them.
      const all = prepared({ ...r, preferAbove: false }, bounds, lineObstacles, shared);
      spots = [...ABOVE_FIRST.map((i) => all[i]!), ...all];
    } else {
      spots = candidates(r, bounds).map((rect) => ({
        rect,
        inside: inside(rect, bounds),
        offLine: !r.avoidLines || offTheLines(rect, lineObstacles),
      }));
    }
    shared.set(cacheKey, spots);
  }
  return spots;
}

/** Line obstacles in runs of consecutive boxes, each with the box round the run (see `offTheLines`). */
const runsOfLines = new WeakMap<readonly Rect[], { around: Rect; boxes: readonly Rect[] }[]>();
const RUN = 8;

/**
 * Whether `rect` overlaps none of `lines`: the boxes along the great circle come in order, so a run of them is
 * tested as the one box round it first, and a label far from the line is cleared in a few tests rather than one per
 * box.
 */
function offTheLines(rect: Rect, lines: readonly Rect[]): boolean {
  let runs = runsOfLines.get(lines);
  if (!runs) {
    runs = [];
    for (let i = 0; i < lines.length; i += RUN) {
      const boxes = lines.slice(i, i + RUN);
      const x = Math.min(...boxes.map((b) => b.x));
      const y = Math.min(...boxes.map((b) => b.y));
      const around = {
        x,
        y,
        width: Math.max(...boxes.map((b) => b.x + b.width)) - x,
        height: Math.max(...boxes.map((b) => b.y + b.height)) - y,
      };
      runs.push({ around, boxes });
    }
    runsOfLines.set(lines, runs);
  }
  return runs.every(({ around, boxes }) => overlap(rect, around) === 0 || boxes.every((b) => overlap(rect, b) === 0));
}

export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Rect[],
  bounds: { width: number; height: number },
  options: LayoutOptions = {},
): Map<string, Rect> {
  return layoutOf(requests, obstacles, bounds, options).placed;
}

/**
 * `placeLabels`, and whether letting the required labels beside their points cross borders (`crossBorders`) would
 * have changed a pick: true when one of them, not letting it, took another spot than its first free one.
 */
function layoutOf(
  requests: readonly LabelRequest[],
  obstacles: readonly Rect[],
  bounds: { width: number; height: number },
  { lineObstacles = [], clear, shared = new Map() }: LayoutOptions = {},
): { placed: Map<string, Rect>; crossingMatters: boolean } {
  let crossingMatters = false;
  const placed = new Map<string, Rect>();
  const taken: Rect[] = [...obstacles];
  const ordered = [...requests].filter((r) => Number.isFinite(r.x) && Number.isFinite(r.y)).sort((a, b) => a.priority - b.priority);
  for (const r of ordered) {
    const { dot } = r;
    if (dot && [...placed.values()].some((spot) => overlap(spot, dot) > 0)) continue;
    const spots = prepared(r, bounds, lineObstacles, shared);
    const open = (c: Candidate) => c.inside && taken.every((t) => overlap(c.rect, t) === 0);
    // The first open spot clear of border lines, else the first open spot; the candidates are tested in order and
    // only until one is found, since most labels take one of their first.
    const pick = (onLine: boolean): Rect | undefined => {
      let first: Candidate | undefined;
      for (const c of spots) {
        if ((!onLine && !c.offLine) || !open(c)) continue;
        first ??= c;
        if (!clear || r.crossBorders || (c.clear ??= clear(c.rect))) {
          if (c !== first && isCityLabel(r)) crossingMatters = true;
          return c.rect;
        }
      }
      return first?.rect;
    };
    // Off the line where there is room; a place's name may cross it rather than be left out (priority ≤ 2).
    let spot = pick(false) ?? (r.avoidLines && r.priority <= 2 ? pick(true) : undefined);
    if (!spot && r.required) {
      const options = spots.map((c) => c.rect);
      const cost = (c: Rect) => taken.reduce((sum, t) => sum + overlap(c, t), 0);
      spot = options.map((c) => clampInto(c, bounds)).reduce((best, c) => (cost(c) < cost(best) ? c : best));
    }
    if (!spot) continue;
    placed.set(r.key, spot);
    taken.push(spot);
  }
  return { placed, crossingMatters };
}
