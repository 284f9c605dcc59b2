#!/usr/bin/env node
// `npm run bench`: our timeline and map side by side with TimelineJS3, vis-timeline and Leaflet, in the system
// Chromium and Firefox, in one run so that the ratios hold on a noisy machine. Writes bench/results.json and
// bench/RESULTS.md.
// `npm run bench:quick` (or `--quick`): one size, one browser, first renders and the deep link only, compared with the
// committed bench/results.json: fails when a ratio ours ÷ peer is more than 2× worse than committed, or above a row's
// own ceiling (the map's first render), or when ours is over a row's budget in ms (the deep link's 1 s); the full
// run fails on a budget too.
// `--only map`, `--only timeline,first-render`…: those rows only; without --quick or --dry-run they replace their
// rows in bench/results.json and bench/RESULTS.md, dated, and the other rows stay as committed.
//
// Each sample is a fresh page; the samples of the libraries compared in one row are interleaved (round by round,
// in a shuffled order), so that a slow moment of the machine hits every library alike. Medians are reported with
// a 95% bootstrap confidence interval, and the ratio ours ÷ peer with its own interval.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readOptions } from '../scripts/cli-options.mjs';
import { launch } from './lib/browsers.mjs';
import { writeFixtures } from './lib/fixtures.mjs';
import { startServer } from './lib/server.mjs';
import { median, bootstrapMedian, bootstrapRatio, seededRandom } from './lib/stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `npm run bench -- [options]   (about 19 minutes; writes bench/results.json and bench/RESULTS.md)
  --only <words>      only the rows of an element and/or a measure, comma-separated: map, timeline, first-render,
                      deep-link, locale, step, memory, zoom; their rows replace the committed ones, the others stay
  --browsers <list>   chromium, firefox or both (default both; chromium with --quick)
  --quick             bench:quick: one size, Chromium, first renders and the deep link, compared with the committed
                      results (fails on a ratio 2× worse, the map's ceiling or a budget); writes nothing
  --dry-run           measure and print, write nothing
  --report-only       write bench/RESULTS.md again from the samples in bench/results.json, measuring nothing
  --seed <n>          the seed of the rounds' shuffled order (default 7)
  --help              this text`;

// An option misspelt must not start a 19-minute run that rewrites the committed results: readOptions stops on it.
const options = readOptions(
  {
    only: { type: 'string', default: '' },
    browsers: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    'report-only': { type: 'boolean', default: false },
    seed: { type: 'string', default: '7' },
  },
  USAGE,
);
const quick = options.quick;

const TIMELINES = ['ours-timeline', 'timelinejs', 'vis-timeline'];
const MAPS = ['ours-map', 'leaflet'];
const LABELS = {
  'ours-timeline': 'twin-pilgrimage-timeline',
  timelinejs: 'TimelineJS3',
  'vis-timeline': 'vis-timeline',
  'ours-map': 'twin-city-map',
  leaflet: 'Leaflet',
};
const OURS = new Set(['ours-timeline', 'ours-map']);
/**
 * bench:quick's ceiling for the map's first render ÷ Leaflet's, besides the 2× of the committed ratio (which alone
 * would let the map become twice as slow again). Measured on 2 December 2026 on a shared two-core machine under a
 * load of 15–20, Chromium, 9 to 15 rounds a run: the map as it drew before 4858ee3 (markers first, countries after)
 * 3.15, 3.40 and 4.51 (and 4.12 in the full run before it); since then 2.09, 2.41, 2.79, 2.99, 3.08 (the committed
 * run), 3.15, 3.37, 3.63, 3.77, 3.79 and 4.12. Runs swing by a third there, so a ceiling below the slowest run of
 * today's map would fail it at random, and this one does not reliably catch a return to the old drawing: lower it on
 * a quiet machine. Later that day, with the map's validator and shapes loaded before the clock (`preload()`, as
 * Leaflet's are) and on a quiet machine (load 1.5–3): 2.04–2.15, so that the committed ratio's 2× (4.2) is now the
 * tighter limit; this one stays for runs compared with an older, slower committed ratio.
 */
const MAP_LIMIT = 4.5;
/**
 * Issue 23: a reader who follows a link to one event of a 1,000-event timeline sees it within 1 s. Ours' median must
 * stay under it in every browser of the run, bench:quick included (one browser alone, a production build: on 3 December
 * 449–539 ms in Chromium, 359 ms in Firefox), besides its ratio to the peers. A timed unit test cannot hold this: three browsers share two cores there.
 */
const DEEP_LINK_BUDGET = 1000;

const MEASURES = {
  'first-render': 'first render',
  'deep-link': 'opened at the 900th event (a shared link)',
  locale: 'locale change (en → tr)',
  step: 'step through 1,000 events',
  memory: 'heap after 100 re-renders',
  zoom: 'one zoom step',
};

/**
 * `--only map`, `--only timeline`, `--only zoom`, `--only map,first-render`…: the rows of one element and/or one
 * measure (both when both are named). Without it, every row.
 */
const only = options.only.split(',').filter(Boolean);
const ELEMENTS = { map: MAPS, timeline: TIMELINES };
for (const word of only) {
  if (!(word in ELEMENTS) && !(word in MEASURES)) {
    console.error(`--only ${word}: expected one of ${[...Object.keys(ELEMENTS), ...Object.keys(MEASURES)].join(', ')}`);
    process.exit(2);
  }
}
function selected(row) {
  const elements = only.filter((w) => w in ELEMENTS);
  const measures = only.filter((w) => w in MEASURES);
  return (!elements.length || elements.some((e) => ELEMENTS[e].includes(row.libs[0]))) && (!measures.length || measures.includes(row.measure));
}

/** The rows of the report: a measure, a size, the libraries compared, and how many samples each. */
function plan() {
  return allRows().filter(selected);
}

function allRows() {
  if (quick) {
    return [
      // TimelineJS3 needs seconds a sample; vis-timeline alone is enough to see ours slow down.
      { measure: 'first-render', n: 1000, libs: ['ours-timeline', 'vis-timeline'], rounds: 7, unit: 'ms' },
      // The map's ratio also has a ceiling of its own (see MAP_LIMIT).
      { measure: 'first-render', n: 0, libs: MAPS, rounds: 15, unit: 'ms', limit: MAP_LIMIT },
      // Issue 23: a shared link shows its event within 1 s (DEEP_LINK_BUDGET), besides the ratio.
      { measure: 'deep-link', n: 1000, libs: ['ours-timeline', 'vis-timeline'], rounds: 5, unit: 'ms', budget: DEEP_LINK_BUDGET },
    ];
  }
  return [
    { measure: 'first-render', n: 50, libs: TIMELINES, rounds: 15, unit: 'ms' },
    { measure: 'first-render', n: 1000, libs: TIMELINES, rounds: 11, unit: 'ms' },
    { measure: 'first-render', n: 10000, libs: TIMELINES, rounds: 3, unit: 'ms' },
    { measure: 'deep-link', n: 1000, libs: TIMELINES, rounds: 7, unit: 'ms', budget: DEEP_LINK_BUDGET },
    { measure: 'locale', n: 1000, libs: TIMELINES, rounds: 9, unit: 'ms' },
    { measure: 'step', n: 1000, libs: TIMELINES, rounds: 5, unit: 'ms' },
    // 50 events: TimelineJS3 is made anew for each change (it cannot change its data), and 100 times 1,000 events
    // takes it and vis-timeline minutes per sample.
    { measure: 'memory', n: 50, libs: TIMELINES, rounds: 3, unit: 'MB', browsers: ['chromium'] },
    { measure: 'first-render', n: 0, libs: MAPS, rounds: 15, unit: 'ms' },
    { measure: 'zoom', n: 0, libs: MAPS, rounds: 15, unit: 'ms' },
  ];
}

const rowName = (row) => `${MEASURES[row.measure]}${row.n ? `, ${row.n.toLocaleString('en')} events` : ', default data'}`;
const SAMPLE_TIMEOUT = 90_000;
const SLOW_SAMPLE = 30_000;

async function buildPages(sizes) {
  const out = join(root, 'bench/.build');
  rmSync(out, { recursive: true, force: true });
  // Our elements as a site ships them: minified, production Lit, lazy parts split off.
  await build({
    entryPoints: { 'pilgrimage-timeline': join(root, 'src/pilgrimage-timeline.ts'), 'city-map': join(root, 'src/city-map.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    outdir: join(out, 'lib'),
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  await writeFixtures(out, sizes);
}

async function sample(browser, server, lib, row) {
  const { page, waitFor, close } = await browser.page();
  const errors = [];
  // A blocked request to another origin (TimelineJS3's web fonts: this machine has no internet) is reported by
  // some drivers as a page error: it is listed as a finding, not taken for a failure of the library.
  page.on('pageerror', (e) => /Cross-Origin Request Blocked|NetworkError|downloadable font/.test(String(e)) || errors.push(String(e)));
  try {
    server.reset();
    await page.goto(`${server.origin}/bench/pages/index.html?lib=${lib}&n=${row.n}&measure=${row.measure}`);
    await waitFor(() => window.benchResult !== undefined, SAMPLE_TIMEOUT);
    const result = await page.evaluate(() => window.benchResult);
    if (result.error) throw new Error(result.error);
    if (errors.length) throw new Error(errors.join('\n'));
    const sum = (files) => files.reduce((n, f) => n + f.gzip, 0);
    return { ...result, bytes: sum(server.served()), dataBytes: sum(server.data()), files: server.served().map((f) => f.path) };
  } finally {
    await close();
  }
}

async function runRow(browser, server, row, random) {
  const samples = Object.fromEntries(row.libs.map((l) => [l, []]));
  const notes = {};
  const failed = new Set();
  const bytes = {};
  const dataBytes = {};
  const others = {};
  for (let round = 0; round < row.rounds; round++) {
    const order = [...row.libs].sort(() => random() - 0.5);
    for (const lib of order) {
      if (failed.has(lib) || notes[lib]) continue;
      try {
        const started = performance.now();
        const r = await sample(browser, server, lib, row);
        if (r.skipped) notes[lib] = r.skipped;
        else samples[lib].push(r.value);
        bytes[lib] = r.bytes;
        dataBytes[lib] = r.dataBytes;
        for (const origin of r.otherOrigins ?? []) (others[lib] ??= new Set()).add(origin);
        // A library that needs more than half a minute for one sample is measured once: the ratio is clear anyway.
        if (!r.skipped && performance.now() - started > SLOW_SAMPLE) notes[lib] = `measured once: one sample takes over ${SLOW_SAMPLE / 1000} s`;
      } catch (error) {
        failed.add(lib);
        // The driver's own wait for the result, or a failure in the page (its first line says what).
        notes[lib] = /^(TimeoutError|Error: Waiting failed)|waitForFunction/i.test(String(error)) ? `did not finish within ${SAMPLE_TIMEOUT / 1000} s` : `failed: ${String(error).split('\n')[0]}`;
        console.error(`  ${LABELS[lib]}: ${String(error).split('\n').slice(0, 3).join(' | ')}`);
      }
    }
  }
  const ours = row.libs.find((l) => OURS.has(l));
  const results = row.libs.map((lib) => {
    const values = samples[lib];
    const entry = { lib, label: LABELS[lib], samples: values, bytes: bytes[lib], dataBytes: dataBytes[lib], note: notes[lib], otherOrigins: [...(others[lib] ?? [])] };
    if (values.length) Object.assign(entry, { median: median(values), ci: bootstrapMedian(values, random) });
    if (lib !== ours && values.length && samples[ours].length) {
      Object.assign(entry, { ratio: median(samples[ours]) / median(values), ratioCi: bootstrapRatio(samples[ours], values, random) });
    }
    return entry;
  });
  return { name: rowName(row), measure: row.measure, n: row.n, unit: row.unit, rounds: row.rounds, limit: row.limit, budget: row.budget, results };
}

const fmt = (x, unit) => (unit === 'MB' ? x.toFixed(1) : x >= 100 ? x.toFixed(0) : x.toFixed(1));

function markdown(report) {
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${report.date}. Machine: ${report.machine}. Node ${report.node}.`,
    `Browsers: ${report.browsers.map((b) => `${b.name} ${b.version}`).join(', ')}.`,
    '',
    'Each cell is the median of fresh page loads with its 95% bootstrap confidence interval; the samples of one',
    'row are interleaved. **ours ÷ peer** below 1 means ours is faster (or smaller); its interval is in brackets.',
    'Timings run from the moment the data is handed to the library (its code already loaded) to the frame painted',
    'after the result is on screen. Bytes are what the page loaded, min+gzip (level 9): the library files, and the',
    'page in all (the library and the data it was handed, in that library’s format).',
    '',
  ];
  for (const b of report.browsers) {
    lines.push(`## ${b.name} ${b.version}`, '');
    for (const row of b.rows) {
      lines.push(
        `### ${row.name}`,
        '',
        ...(row.budget !== undefined ? [`Budget: ours at most ${row.budget.toLocaleString('en')} ${row.unit} (median).`, ''] : []),
        ...(row.date && row.date !== report.date ? [`Measured on ${row.date}${row.version && row.version !== b.version ? ` with ${b.name} ${row.version}` : ''} (\`npm run bench -- --only …\`).`, ''] : []),
        `| library | median (${row.unit}) | 95% CI | samples | ours ÷ peer | library bytes | page bytes |`,
        '|---|---:|---:|---:|---:|---:|---:|',
      );
      for (const r of row.results) {
        const value = r.median !== undefined ? fmt(r.median, row.unit) : '–';
        const ci = r.ci ? `${fmt(r.ci[0], row.unit)}–${fmt(r.ci[1], row.unit)}` : '–';
        const ratio = r.ratio !== undefined ? `${r.ratio.toFixed(2)} [${r.ratioCi[0].toFixed(2)}–${r.ratioCi[1].toFixed(2)}]` : OURS.has(r.lib) ? 'ours' : '–';
        const kb = (n) => (n !== undefined ? `${(n / 1024).toFixed(1)} KB` : '–');
        const bytes = `${kb(r.bytes)} | ${kb(r.bytes !== undefined && r.dataBytes !== undefined ? r.bytes + r.dataBytes : undefined)}`;
        const asides = [r.note, r.otherOrigins?.length ? `asked ${r.otherOrigins.map((o) => new URL(o).host).join(', ')}` : ''].filter(Boolean);
        lines.push(`| ${r.label}${asides.length ? ` (${asides.join('; ')})` : ''} | ${value} | ${ci} | ${r.samples.length} | ${ratio} | ${bytes} |`);
      }
      lines.push('');
    }
  }
  lines.push('## Notes', '', ...report.notes.map((n) => `- ${n}`), '');
  return lines.join('\n');
}

const NOTES = [
  'Our elements are bundled by esbuild, minified, with production Lit, their lazy parts split off as on a real site; the peers are their own minified builds from npm (TimelineJS3 3.9.11 with its script_path pointed at the local copy instead of its CDN, vis-timeline 8.5.4 standalone, Leaflet 1.9.4).',
  'The timelines get the same events from one seed (bench/lib/fixtures.mjs), in each library’s format; our timeline also validates them (valibot) inside the timed span. Leaflet gets the same country shapes our map draws (GeoJSON), the same cities, places and great-circle points; no tiles.',
  'Opened at the 900th event: a visit from a shared link to the 900th of 1,000 events in date order, the library made anew until that event is on screen in the 1000 × 700 px box the page scrolls in; ours reads the address (`deep-link`, `#event=<id>`) and marks the event current, TimelineJS3 reads its own (`hash_bookmark`, `#event-<id>`) and slides to it with its default animation, vis-timeline reads none and is given setSelection(id, {focus: true, animation: false}) once made. Budget (issue 23): ours within 1 s.',
  'Locale change: our timeline goes from English to Turkish (the Turkish strings load on first use, inside the span); vis-timeline has no Turkish, so German stands in; TimelineJS3 takes its language only when it is created.',
  'Step: ours is the down arrow on the focused event, 1,000 times, each until the next event has the focus; TimelineJS3 is goToNext() (what its arrows and button call), each until its change event; vis-timeline has no keyboard navigation between items, so setSelection(id, {focus: true, animation: false}), each until the item is shown selected.',
  'Memory: the JavaScript heap after a forced garbage collection, 100 data changes after the first render, minus the heap before; ours sets .data, vis-timeline calls setItems, TimelineJS3 (which cannot change its data) is made anew. Chromium only (Firefox does not expose the heap size to pages).',
  'Zoom: ours presses the zoom-in button; Leaflet calls zoomIn without animation.',
  'Our map is made with loading="eager", as Leaflet draws at once: lazy (its default) it first waits for its IntersectionObserver’s first answer, a frame or more, before it loads its data and its geometry.',
  'Map bytes: our library files include the country shapes the map ships (the region at its finer scale, 1:10m, 19.0 KB with its lakes: the bench’s map is 1,200 px wide); Leaflet’s do not, since its shapes come as data, the same shapes as GeoJSON. Our map’s data is the dataset. The page bytes count both.',
  'Requests to other origins are listed beside a library (“asked …”): TimelineJS3’s style sheet loads web fonts from fonts.gstatic.com (blocked on this machine, which has no internet); ours and the other peers ask no other origin.',
];

async function main() {
  if (options['report-only']) {
    // The report again from the committed samples (e.g. after its notes changed), without measuring.
    const report = JSON.parse(readFileSync(join(root, 'bench/results.json'), 'utf8'));
    report.notes = NOTES;
    writeFileSync(join(root, 'bench/results.json'), JSON.stringify(report, null, 2) + '\n');
    writeFileSync(join(root, 'bench/RESULTS.md'), markdown(report));
    console.log('Wrote bench/RESULTS.md and bench/results.json from the samples in bench/results.json');
    return;
  }
  const rows = plan();
  const sizes = [...new Set(rows.map((r) => r.n).filter(Boolean))];
  const browsers = (options.browsers ?? (quick ? 'chromium' : 'chromium,firefox')).split(',');
  const started = Date.now();
  await buildPages(sizes);
  const server = await startServer(root);
  const random = seededRandom(Number(options.seed));
  const report = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
    node: process.version,
    browsers: [],
    notes: NOTES,
  };
  try {
    for (const name of browsers) {
      const browser = await launch(name);
      const entry = { name: browser.name, version: browser.version, rows: [] };
      report.browsers.push(entry);
      try {
        for (const row of rows) {
          if (row.browsers && !row.browsers.includes(name)) continue;
          process.stdout.write(`${browser.name}: ${rowName(row)} … `);
          const result = await runRow(browser, server, row, random);
          entry.rows.push(result);
          console.log(result.results.map((r) => `${r.label} ${r.median !== undefined ? fmt(r.median, row.unit) + ' ' + row.unit : r.note}`).join(', '));
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
  if (overBudget(report)) process.exitCode = 1;
  if (quick) return compare(report);
  if (options['dry-run']) return;
  const written = only.length ? merged(report) : report;
  writeFileSync(join(root, 'bench/results.json'), JSON.stringify(written, null, 2) + '\n');
  writeFileSync(join(root, 'bench/RESULTS.md'), markdown(written));
  console.log(`Wrote bench/RESULTS.md and bench/results.json${only.length ? ` (the rows of --only ${only.join(',')}; the others as committed)` : ''}`);
}

/**
 * The committed results with the rows just measured in their place (`--only`): each such row keeps the date and the
 * browser version it was measured with, so that the report says which rows are newer than the rest.
 */
function merged(report) {
  const committed = JSON.parse(readFileSync(join(root, 'bench/results.json'), 'utf8'));
  for (const b of report.browsers) {
    let base = committed.browsers.find((c) => c.name === b.name);
    if (!base) committed.browsers.push((base = { name: b.name, version: b.version, rows: [] }));
    for (const row of b.rows) {
      const dated = { ...row, date: report.date, version: b.version };
      const i = base.rows.findIndex((r) => r.measure === row.measure && r.n === row.n && r.results[0]?.lib === row.results[0]?.lib);
      if (i >= 0) base.rows[i] = dated;
      else base.rows.push(dated);
    }
  }
  committed.notes = NOTES;
  return committed;
}

/** The rows with a budget of their own (an absolute time ours must stay under): says each, true if one is over. */
function overBudget(report) {
  let over = false;
  for (const b of report.browsers) {
    for (const row of b.rows) {
      if (row.budget === undefined) continue;
      const ours = row.results.find((r) => OURS.has(r.lib));
      const ok = ours?.median !== undefined && ours.median <= row.budget;
      if (!ok) over = true;
      console.log(`${ok ? 'ok   ' : 'OVER '} ${b.name}, ${row.name}: ours ${ours?.median !== undefined ? `${fmt(ours.median, row.unit)} ${row.unit}` : ours?.note ?? 'not measured'} (budget ${row.budget} ${row.unit})`);
    }
  }
  if (over) console.error('bench: a row is over its budget');
  return over;
}

/** The quick run against the committed results: ratios, not times, so a slower machine does not fail it. */
function compare(report) {
  let committed;
  try {
    committed = JSON.parse(readFileSync(join(root, 'bench/results.json'), 'utf8'));
  } catch {
    console.error('bench:quick needs bench/results.json: run `npm run bench` first');
    process.exitCode = 1;
    return;
  }
  let checked = 0;
  let failed = 0;
  for (const b of report.browsers) {
    const base = committed.browsers.find((c) => c.name === b.name);
    for (const row of b.rows) {
      const baseRow = base?.rows.find((r) => r.measure === row.measure && r.n === row.n);
      for (const r of row.results) {
        if (r.ratio === undefined) continue;
        const was = baseRow?.results.find((x) => x.lib === r.lib)?.ratio;
        if (was === undefined) {
          console.log(`new   ${row.name}: ours ÷ ${r.label} = ${r.ratio.toFixed(2)} (nothing committed to compare with)`);
          continue;
        }
        checked++;
        const limit = Math.min(2 * was, row.limit ?? Infinity);
        const ok = r.ratio <= limit;
        if (!ok) failed++;
        console.log(`${ok ? 'ok   ' : 'WORSE'} ${row.name}: ours ÷ ${r.label} = ${r.ratio.toFixed(2)} (committed ${was.toFixed(2)}, limit ${limit.toFixed(2)}${limit === row.limit ? ', the row’s ceiling' : ''})`);
      }
    }
  }
  if (!checked) {
    console.error('bench:quick compared nothing: is bench/results.json from `npm run bench`?');
    process.exitCode = 1;
  } else if (failed) {
    console.error(`bench:quick: ${failed} of ${checked} ratios are more than 2× worse than bench/results.json, or above their row's ceiling`);
    process.exitCode = 1;
  } else {
    console.log(`bench:quick: ${checked} ratios within 2× of bench/results.json`);
  }
}

mkdirSync(join(root, 'bench'), { recursive: true });
await main();
