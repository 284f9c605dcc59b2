// Size budgets, checked by size-limit (`npm run size`, in CI after `npm run build`). Sizes are min+gzip with Lit,
// @lit/localize and valibot included: what a site that bundles the npm package ships for one documented import.
//
// Measured the consumer's way: the package is packed and installed into a new project (scripts/consumer-app.mjs,
// as the consumer tests do; TWIN_PACKAGE_TARBALL=<file.tgz> measures a given tarball), and esbuild bundles that
// project's own module, which imports the package as the README says (test/consumers/src/*.js, e.g.
// `import 'twin-city-elements/city-map.js'`), through the package's "exports" and "sideEffects". So a budget
// measures the bundle a site gets, and a bundle that lost its element fails: each check also requires the bundle
// to still define the tags its import defines (issue 25: a build whose entries only re-exported from chunks was
// reduced to nearly nothing by bundlers honouring "sideEffects", and its element never defined).
//
// Two checks per entry:
// - "first render": the import and its static imports, what a page downloads before the element renders (its
//   loading state) and starts its other downloads side by side. The dynamic imports (translations, the validator,
//   the default dataset, the card's and the list's view code, the map's geometry, the timeline's virtualizer) are
//   left out: an esbuild plugin marks them external.
// - "with lazy parts": everything the import may ever load, dynamic imports included (every map geometry, though a
//   page loads one or two of them).
// Plus the one self-hosted file, as the package ships it.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { installPackedPackage, root } from './scripts/consumer-app.mjs';

const site = installPackedPackage('twin-size-');
process.on('exit', site.remove);
cpSync(join(root, 'test/consumers/src'), join(site.dir, 'src'), { recursive: true });
/** The site's module that makes a documented import (test/consumers/src/<file>). */
const app = (file) => join(site.dir, 'src', file);

/** Fails the bundle unless it still calls customElements.define with each of `tags`. */
const defining = (tags) => ({
  name: 'defines-its-tags',
  setup(build) {
    build.onEnd((result) => {
      if (!result.metafile) return;
      const code = Object.keys(result.metafile.outputs)
        .filter((file) => file.endsWith('.js'))
        .map((file) => readFileSync(join(build.initialOptions.absWorkingDir ?? process.cwd(), file), 'utf8'))
        .join('\n');
      const missing = tags.filter((tag) => !new RegExp(`["'\`]${tag}["'\`]`).test(code));
      if (missing.length || !code.includes('customElements.define')) {
        throw new Error(`the bundle does not define ${missing.map((t) => `<${t}>`).join(', ') || 'any tag'}: a site would get no element`);
      }
    });
  },
});

/**
 * The map's static copy (map-server-copy, ~3 kB) is imported only where Lit's `isServer` is true, by the server
 * renderer: no page loads it. Bundlers that fold Lit's constant (Rollup, Vite) drop the import; esbuild, which
 * measures here, keeps it, so it is left out of the measure.
 */
const serverOnly = {
  name: 'server-only-external',
  setup(build) {
    build.onResolve({ filter: /map-server-copy/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};

/** esbuild settings of a browser build of ES modules, as Vite or esbuild users would bundle the package. */
const browserBuild = (tags) => (config) => ({
  ...config,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  // Errors reach size-limit as the build's exception (a failed check stops the others mid-build: no noise from them).
  logLevel: 'silent',
  plugins: [...(config.plugins ?? []), serverOnly, defining(tags)],
});

/**
 * Leaves the `import()`s out of the bundle, except those whose path matches `keep`: what remains is what the first
 * render needs (plus what is kept).
 */
const withoutLazyParts = (tags, keep = /^$/) => (config) =>
  browserBuild(tags)({
    ...config,
    plugins: [
      {
        name: 'dynamic-imports-external',
        setup(build) {
          build.onResolve({ filter: /.*/ }, (args) =>
            args.kind === 'dynamic-import' && !keep.test(args.path) ? { path: args.path, external: true } : undefined,
          );
        },
      },
    ],
  });

const ALL = ['twin-agreement-card', 'twin-signatory-list', 'twin-city-map', 'twin-pilgrimage-timeline'];

/**
 * One documented import: [name, the site's module, the tags it defines, first-render budget, budget with lazy parts].
 * Each budget is the size measured on 2026-12-01 rounded up to the next kB, except those raised on 2026-12-02 to the
 * size measured then rounded up to the next 0.5 kB. That day's features added bytes (the timeline's year ticks, deep
 * links to a map place or a timeline event with their "Copy link", print styles and the print controller, the map's
 * measuring of its labels), while the build began to minify the CSS of the elements' css`` templates
 * (scripts/lit-css-minify.mjs, ~3 kB less for all four elements): the budgets still under then were left. Later that
 * day the timeline's pictures (a figure with the credit, width and height) took the timeline and all four over by a few
 * bytes: those two budgets are 0.5 kB above the measure.
 */
const entries = [
  // Lit (~5.8 KB), the localization runtime, the shared base (language, data loading, loading and error views) and
  // the element's styles. Their view code (the card's with the calendar engine) loads beside the data.
  // 47.9 kB with lazy parts on 2026-12-04, 48.06 with Azerbaijani names for the Hijri months (in the az translations'
  // chunk, counted with every element's lazy parts): 48.5 kB.
  ['twin-agreement-card', 'agreement-card.js', ['twin-agreement-card'], '17 kB', '48.5 kB'],
  ['twin-signatory-list', 'signatory-list.js', ['twin-signatory-list'], '17 kB', '45 kB'],
  // The lazy parts include every geometry (region ~9.6 KB, at its finer scale ~19 KB, world ~27 KB, with their
  // lakes); a page loads one or two of them. The map's own
  // projection of the countries near a view's centre (src/geo/draw.ts, ~1.1 KB) draws a first map in half d3's time.
  // The map's view (map-view.ts with d3-geo, the drawing and the label layout, ~18 KB) is a lazy part since
  // 2026-12-02 (first render 39.5 kB before): 21.4 and 104.2 kB then; 107.4 kB with the lakes (region ~0.45 KB,
  // world ~1.6 KB) and the country names' places in view and off the lakes; 131.8 kB with the region's finer scale
  // (1:10m, for maps drawn wide or zoomed in) on 2026-12-02, 123.4 kB once the geometries lost world-atlas's `land`
  // object (every coast of the world, never drawn: 3 kB of the region's file). 22.21 and 124.16 kB on 2026-12-03 with
  // the toolbar on one row (the zoom pair, icons for the reset and list buttons, alone in a narrow frame); 22.63 and
  // 124.55 kB with the toolbar's keys (one tab stop, the arrow keys; aria-disabled buttons that keep the focus).
  // 22.98 and 124.95 kB on 2026-12-04 with the popup's close button floated and its scroll shadows, the static copy's
  // frame and disclosure styles, and labels kept off the frame's edge: 23.5 and 125.5 kB, half a kilobyte above.
  // 23.23 and 125.43 kB with the static copy's three pictures (their styles), a focused marker brought into view and
  // the popup's Tab order: 126 kB.
  ['twin-city-map', 'city-map.js', ['twin-city-map'], '23.5 kB', '126 kB'],
  // The lazy parts include the virtualizer (~7 KB), loaded only for timelines of 150 events or more. 67 → 67.5 kB on
  // 2026-12-03 for the corrections of the virtualizer (virtualizer-fixes.ts: its offset in a scrolling box), which took
  // the lazy parts to 67.05 kB (67.15 with the body-as-scroller correction). 29.5 → 30 and 67.5 → 68 kB on 2026-12-04
  // for a deep link's scroll that stays inside an iframe (scroll-into-view.ts) and dates that always have a place to
  // wrap: 29.78 and 67.56 kB; 29.89 and 67.79 kB with the design review's styles (era headings, ticks, filters):
  // 30.5 and 68.5 kB, half a kilobyte above.
  ['twin-pilgrimage-timeline', 'pilgrimage-timeline.js', ['twin-pilgrimage-timeline'], '30.5 kB', '68.5 kB'], // 29.89 and 67.79 kB on 2026-12-04
  // `import 'twin-city-elements'` uses none of the index's exports, so validateDataset's static code (valibot and the
  // schema, ~4.5 KB) stays out of its first render: it was counted while the index file was bundled as an entry.
  // 37.2 and 134.9 kB on 2026-12-02, the map's view lazy; 138.1 with lakes; 162.2 with the region's finer scale,
  // 152.4 without world-atlas's `land` objects; 38.07 and 153.41 on 2026-12-03 with the map's toolbar on one row,
  // 38.47 and 153.88 with its keys; 39.06 and 154.53 on 2026-12-04 with the timeline's scroll inside an iframe and the
  // map's popup beside its close button, with scroll shadows; 39.27 and 154.86 with the rest of that day's fixes;
  // 39.65 and 155.58 with the next session's (the static copy's styles, keyboard fixes, Azerbaijani month names)
  ['all four elements', 'all.js', ALL, '40 kB', '156 kB'],
];

export default [
  ...entries.flatMap(([name, file, tags, initial, total]) => [
    { name: `${name}: first render`, path: app(file), limit: initial, gzip: true, modifyEsbuildConfig: withoutLazyParts(tags) },
    { name: `${name}: with lazy parts`, path: app(file), limit: total, gzip: true, modifyEsbuildConfig: browserBuild(tags) },
  ]),
  // What the card and the list load before they can show a dataset (besides the data): the import and its view code.
  ...[
    ['twin-agreement-card', 'agreement-card.js', '23 kB'],
    ['twin-signatory-list', 'signatory-list.js', '19 kB'],
  ].map(([name, file, limit]) => ({
    name: `${name}: with its view code`,
    path: app(file),
    limit,
    gzip: true,
    modifyEsbuildConfig: withoutLazyParts([name], /\.view-[\w-]+\.js$/),
  })),
  // What a page with the default map loads before it shows the map: the element, its view and the region geometry
  // (at the scale of a phone's map; a wide map's, below).
  {
    name: 'twin-city-map: first render with its view and the region geometry',
    path: app('city-map.js'),
    // 53.9 kB on 2026-12-02 (52.3 before the view was a lazy part: esbuild, which measures here, wraps each module a
    // kept import() reaches in a function of its own; a site's bundler, and the folder, load it as a chunk), 54.0 kB
    // with the drawing done before the render turn (prepareFirstRender) the same day, 55.6 kB with the region's lakes
    // and the country names' places in view and off the lakes; 52.4 kB once the region's file lost world-atlas's
    // `land` object (every coast of the world, never drawn); 52.62 kB on 2026-12-03 with the list of places laid out
    // as blocks in a narrow frame (its four columns overflowed a phone's); 53.09 kB the same day with the toolbar on
    // one row (the zoom pair, and icons for the reset and list buttons, alone in a narrow frame), 53.48 with its keys;
    // 53.75 on 2026-12-04 with that day's map fixes (popup, static copy's styles, labels off the edge)
    limit: '54.5 kB',
    gzip: true,
    modifyEsbuildConfig: withoutLazyParts(['twin-city-map'], /\/(region(?!-fine-)|map-view)-[\w-]+\.js$/),
  },
  {
    name: 'twin-city-map: first render with its view and the region geometry at its finer scale (a map drawn wide)',
    path: app('city-map.js'),
    // 62.7 kB on 2026-12-02: the region from 1:10m, 10.3 kB more than a phone's map downloads; 63.01 kB on 2026-12-03
    // with the lines of a name beside its marker set flush towards it (label-layout.ts `lineStart`), 63.42 with the
    // toolbar on one row and 63.81 with its keys; 64.09 kB on 2026-12-04 with that day's map fixes (popup, static
    // copy's styles, labels off the edge); 64.47 kB with the next session's (the static copy's three pictures, a
    // focused marker brought into view, the popup's Tab order)
    limit: '65 kB',
    gzip: true,
    modifyEsbuildConfig: withoutLazyParts(['twin-city-map'], /\/(region-fine|map-view)-[\w-]+\.js$/),
  },
  // The self-hosted file is complete: Lit, translations, the default dataset and both map geometries are inside (the
  // region at one scale: vite.config.ts leaves out its finer one).
  {
    name: 'self-hosted file (twin-city-elements/twin-city-elements.js)',
    path: join(site.dir, 'node_modules/twin-city-elements/dist/twin-city-elements.js'),
    // 135.9 kB on 2026-12-02 (134.6 before the map's view was loaded apart: an import() in one file costs ~1 kB); 139.0
    // with the lakes of both geometries and the country names' places in view and off the lakes; 135.8 once the
    // geometries lost world-atlas's `land` objects; 136.15 on 2026-12-03 with the virtualizer's corrections
    // (virtualizer-fixes.ts); 136.78 with the map's toolbar on one row (its two icons and their styles), 137.19 with
    // its keys; 137.82 on 2026-12-04 with the timeline's scroll inside an iframe and the map popup's scroll shadows,
    // 138.29 with the rest of that day's fixes (the detail types, the design review's styles); 139.05 with the static
    // copy's styles, the keyboard fixes of the map and the timeline, and Azerbaijani names for the Hijri months
    limit: '139.5 kB',
    gzip: true,
    modifyEsbuildConfig: browserBuild(ALL),
  },
];
