/**
 * The live map's labels: measured in the page (each once while the language, the map's size and its font stay) and
 * placed by label-layout.ts where each overlaps no marker, no other label and not the frame, off the great circle
 * and clear of border lines where it can: reference cities give way first, then country names, then places; the two
 * cities always have theirs. Called after each render of the map (zooming and panning move the labels).
 */
import type { BorderGrid } from './border-grid.js';
import { PILL, dropCoveredLandmarks, lineStart, placeLabelsBest, scoreLimit, type LabelRequest, type Rect, type SharedCandidates } from './label-layout.js';
import type { MapScene } from './map-scene.js';
import { labelGap } from './map-model.js';

/** The map as drawn, for a layout of its labels. */
export interface DrawnMap {
  readonly svg: SVGSVGElement;
  /** The scale bar, drawn over the map in HTML. */
  readonly scale: HTMLElement | null;
  /** What was drawn: the size, the zoom, and what the labels keep clear of. */
  readonly scene: MapScene;
  readonly lang: string;
  /** The border lines and coasts of the drawing (unzoomed coordinates). */
  readonly grid: BorderGrid | undefined;
}

export class MapLabels {
  /**
   * Label sizes as measured, by label, language and text, while the map's width and font stay: zooming and panning
   * move labels, and show others, but do not change a label's size, so a label is measured once.
   */
  private metrics = new Map<string, { widths: number[]; ascent: number; lineHeight: number }>();
  /** The scale bar's box in the map, as measured, by its text, its bar's length and the writing direction. */
  private scaleBoxes = new Map<string, Rect>();
  private metricsFor = '';

  /** Places every label of `map` (see the module's description), moving its text elements. */
  layout(map: DrawnMap): void {
    const { svg: svgEl, scene } = map;
    const { width, height } = scene;
    const { obstacles } = scene;
    // The scale bar is drawn over the map (in HTML) in a bottom corner: labels keep off it. It goes to the corner
    // that leaves more labels in (the inline start where both do as well).
    // Measured sizes are kept while the language, the map's size and its font stay (see `metrics`).
    const font = getComputedStyle(svgEl);
    const metricsFor = `${map.lang}|${width}x${height}|${font.fontSize}|${font.fontFamily}`;
    if (metricsFor !== this.metricsFor) {
      this.metrics = new Map();
      this.scaleBoxes = new Map();
      this.metricsFor = metricsFor;
    }
    const scaleEl = map.scale;
    let scaleBox: Rect | undefined;
    if (scaleEl) {
      scaleEl.removeAttribute('data-side');
      // Its place and size follow from its text, its bar's length and the writing direction.
      const key = `${getComputedStyle(scaleEl).direction}|${scaleEl.textContent}|${scaleEl.querySelector('svg')?.getAttribute('width') ?? ''}`;
      scaleBox = this.scaleBoxes.get(key);
      if (!scaleBox) {
        const s = scaleEl.getBoundingClientRect();
        const frame = svgEl.getBoundingClientRect();
        scaleBox = { x: s.left - frame.left, y: s.top - frame.top, width: s.width, height: s.height };
        this.scaleBoxes.set(key, scaleBox);
      }
    }
    // Reference cities' dots: kept clear by the labels of lower rank; one that a higher label covers is left out.
    const lineObstacles = [...scene.arcBoxes, ...scene.landmarkDots.values()];
    const labels = [...svgEl.querySelectorAll<SVGGElement>('g[data-label]')];
    const countries = new Map(scene.countryLabels.map((c) => [`country:${c.id}`, c.alternatives]));
    const measured = new Map<SVGGElement, { lines: SVGTextElement[]; widths: number[]; ascent: number; lineHeight: number }>();
    // Each line is its own <text>, measured alone at the origin (baseline y = 0, so its box's top is minus the
    // ascent): engines disagree on the metrics of several positioned runs in one text element. All are moved
    // first and measured after, so that the page is laid out once rather than once per label.
    // Labels measured before (see `metrics`) are not measured again: only new ones are moved to the origin.
    const linesOf = new Map(labels.map((g) => [g, [...g.querySelectorAll('text')]]));
    const metricsKey = new Map(
      [...linesOf].map(([g, lines]) => [g, `${g.dataset['label']}|${g.getAttribute('class')}|${g.getAttribute('lang') ?? ''}|${lines.map((t) => t.textContent).join('\n')}`]),
    );
    for (const [g, lines] of linesOf) {
      if (this.metrics.has(metricsKey.get(g)!)) continue;
      for (const t of lines) {
        t.setAttribute('x', '0');
        t.setAttribute('y', '0');
      }
    }
    const requests: LabelRequest[] = labels.flatMap((g): LabelRequest[] => {
      const lines = linesOf.get(g)!;
      let metrics = this.metrics.get(metricsKey.get(g)!);
      if (!metrics) {
        let ascent = 0;
        let lineHeight = 0;
        const widths = lines.map((t) => {
          const box = t.getBBox();
          ascent = Math.max(ascent, -box.y);
          lineHeight = Math.max(lineHeight, box.height);
          return box.width;
        });
        metrics = { widths, ascent, lineHeight };
        this.metrics.set(metricsKey.get(g)!, metrics);
      }
      const { widths, ascent, lineHeight } = metrics;
      measured.set(g, { lines, widths, ascent, lineHeight });
      const kind = g.dataset['label']!.split(':')[0]!;
      const isCity = kind === 'marker' && g.classList.contains('city');
      const x = Number(g.dataset['x']);
      const y = Number(g.dataset['y']);
      // Zoomed in, a marker or a reference city out of view has no name: set at the edge, it would be away from it.
      if ((kind === 'marker' || kind === 'landmark') && !(x >= 0 && x <= width && y >= 0 && y <= height)) return [];
      const padded = kind === 'distance';
      return [
        {
          key: g.dataset['label']!,
          x,
          y,
          gap: kind === 'marker' || kind === 'landmark' ? labelGap(Number(g.dataset['r']), kind === 'marker') : 0,
          width: Math.max(0, ...widths) + (padded ? 2 * PILL.x : 0),
          height: lineHeight * lines.length + (padded ? 2 * PILL.y : 0),
          // The distance's pill first: it is tied to the middle of the line, and the cities' names can go round it.
          priority: kind === 'distance' ? 0 : isCity ? 1 : kind === 'marker' ? 2 : kind === 'country' ? 3 : 4,
          required: isCity || kind === 'distance',
          around: kind === 'marker' || kind === 'landmark',
          centred: kind === 'distance',
          avoidLines: kind !== 'distance',
          // The distance's pill may move along the line when its middle is crowded; a country's name, to other
          // points on its land.
          alternatives: kind === 'distance' ? scene.distanceAlternatives : (countries.get(g.dataset['label']!) ?? []),
          // A reference city's name goes with its dot: both are left out when a label of higher rank covers the dot.
          dot: scene.landmarkDots.get(g.dataset['label']!),
        },
      ];
    });
    const { grid } = map;
    const z = scene.zoom;
    const clear = grid ? (r: Rect) => grid.clear({ x: (r.x - z.x) / z.k, y: (r.y - z.y) / z.k, width: r.width / z.k, height: r.height / z.k }) : undefined;
    // The candidates' spots and what is known of them alone are shared by the layouts for either corner.
    const shared: SharedCandidates = new Map();
    const bounds = { width, height };
    const layout = (scale: Rect | undefined) => placeLabelsBest(requests, scale ? [...obstacles, scale] : obstacles, bounds, { lineObstacles, clear, shared });
    const first = layout(scaleBox);
    let { placed, score } = first;
    // The other corner, unless the first already shows every label that the bar in no corner keeps out.
    if (scaleBox && scaleEl && score < scoreLimit(requests, obstacles, bounds, { lineObstacles, shared })) {
      const other = layout({ ...scaleBox, x: width - scaleBox.x - scaleBox.width });
      if (other.score > score) {
        ({ placed, score } = other);
        scaleEl.setAttribute('data-side', 'end');
      }
    }
    // A reference city on the great circle would read as a stop on the way: left out, as one under a label is.
    dropCoveredLandmarks(placed, scene.landmarkDots, scene.arcBoxes);
    for (const g of labels) {
      const spot = placed.get(g.dataset['label']!);
      // A reference city whose name has no room is left out whole, its dot too.
      const shown = g.closest('.landmark') ?? g;
      if (!spot) {
        for (const node of new Set([g, shown])) node.setAttribute('visibility', 'hidden');
        continue;
      }
      for (const node of new Set([g, shown])) node.removeAttribute('visibility');
      const padded = g.classList.contains('distance');
      const inner = padded ? { x: spot.x + PILL.x, y: spot.y + PILL.y, width: spot.width - 2 * PILL.x } : spot;
      // Each line is set by its measured width, towards the point (see `lineStart`), and anchored at its left edge,
      // which every engine places alike (they anchor the middle of right-to-left runs differently).
      const { lines, widths: lineWidths, ascent, lineHeight } = measured.get(g)!;
      lines.forEach((line, i) => {
        // Markers' and reference cities' names go round their points (they have a radius, `data-r`).
        line.setAttribute('x', String(lineStart(inner, Number(g.dataset['x']), lineWidths[i] ?? 0, 'r' in g.dataset)));
        line.setAttribute('y', String(inner.y + ascent + lineHeight * i));
      });
      const rect = g.querySelector('rect.pill');
      if (rect) {
        rect.setAttribute('x', String(spot.x));
        rect.setAttribute('y', String(spot.y));
        rect.setAttribute('width', String(spot.width));
        rect.setAttribute('height', String(spot.height));
        rect.setAttribute('rx', String(spot.height / 2));
      }
    }
  }
}
