// Size budgets, checked by size-limit (`npm run size`, in CI after `npm run build`). Sizes are min+gzip with Lit,
// @lit/localize and valibot included: what a site that bundles the npm build ships for one element entry.
//
// Two checks per entry:
// - "first render": the entry and its static imports, what a page downloads before the element renders (its loading
//   state) and starts its other downloads side by side. The dynamic imports (translations, the validator, the
//   default dataset, the card's and the list's view code, the map's geometry, the timeline's virtualizer) are left
//   out: an esbuild plugin marks them external.
// - "with lazy parts": everything the entry may ever load, dynamic imports included (both map geometries, though
//   a page loads one of them).
// Plus the one self-hosted file and the map geometry beside it, as they are served.

/** esbuild settings of a browser build of ES modules, as Vite or esbuild users would bundle the package. */
const browserBuild = (config) => ({
  ...config,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
});

/**
 * Leaves the `import()`s out of the bundle, except those whose path matches `keep`: what remains is what the first
 * render needs (plus what is kept).
 */
const withoutLazyParts =
  (keep = /^$/) =>
  (config) => ({
    ...browserBuild(config),
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
const firstRenderOnly = withoutLazyParts();

/** One element entry: [name, built file, first-render budget, budget with lazy parts]. */
const entries = [
  // Lit (~5.8 KB), the localization runtime, the shared base (language, data loading, loading and error views) and
  // the element's styles. Their view code (the card's with the calendar engine) loads beside the data.
  ['twin-agreement-card', 'dist/agreement-card.js', '14 kB', '40 kB'],
  ['twin-signatory-list', 'dist/signatory-list.js', '14 kB', '38 kB'],
  // The lazy parts include both geometries (region ~12 KB, world ~26 KB); a page loads one of them. The map's own
  // projection of the countries near a view's centre (src/geo/draw.ts, ~1.1 KB) draws a first map in half d3's time.
  ['twin-city-map', 'dist/city-map.js', '33 kB', '91 kB'],
  // The lazy parts include the virtualizer (~7 KB), loaded only for timelines of 150 events or more.
  ['twin-pilgrimage-timeline', 'dist/pilgrimage-timeline.js', '22 kB', '58 kB'],
  ['all four elements', 'dist/index.js', '48 kB', '116 kB'],
];

export default [
  ...entries.flatMap(([name, path, initial, total]) => [
    { name: `${name}: first render`, path, limit: initial, gzip: true, modifyEsbuildConfig: firstRenderOnly },
    { name: `${name}: with lazy parts`, path, limit: total, gzip: true, modifyEsbuildConfig: browserBuild },
  ]),
  // What the card and the list load before they can show a dataset (besides the data): the entry and its view code.
  ...[
    ['twin-agreement-card', 'dist/agreement-card.js', '19 kB'],
    ['twin-signatory-list', 'dist/signatory-list.js', '16 kB'],
  ].map(([name, path, limit]) => ({
    name: `${name}: with its view code`,
    path,
    limit,
    gzip: true,
    modifyEsbuildConfig: withoutLazyParts(/\.view-[\w-]+\.js$/),
  })),
  // What a page with the default map loads before it shows the map: the element and the region geometry.
  {
    name: 'twin-city-map: first render with the region geometry',
    path: 'dist/city-map.js',
    limit: '46 kB',
    gzip: true,
    modifyEsbuildConfig: withoutLazyParts(/\/region-[\w-]+\.js$/),
  },
  // The self-hosted file is complete: Lit, translations, the default dataset and both map geometries are inside.
  {
    name: 'self-hosted file (dist/twin-city-elements.js)',
    path: 'dist/twin-city-elements.js',
    limit: '117 kB',
    gzip: true,
    modifyEsbuildConfig: browserBuild,
  },
];
