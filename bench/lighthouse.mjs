#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse (mobile defaults: simulated slow 4G and 4× CPU) in the system Chromium on a
// Persian municipal news page (bench/lighthouse/municipal.html: right to left, root 10 px, body 14 px, a 270 px
// sidebar) with the four elements from the self-hosted dist/twin-city-elements.js, on the same page without them,
// and with them from the self-hosted folder (dist/site/), the same page naming one empty module script (the floor of
// any script tag's LCP); beside them the same page with only a timeline: ours,
// TimelineJS3's and vis-timeline's, each with the default dataset's 16 events. Everything is served gzipped from a server on loopback; no request may leave it.
// Prints the medians (and ranges) of each page's runs and the differences with − without, and checks them:
//
//   --ci        only our page with and without the elements (the CI step)
//   --pages a,b the pages to run (always with "with" and "without"): without, with, folder, empty-script,
//               timeline, timelinejs3, vis-timeline, with-async, folder-inline (the last two only when named)
//   --runs N    runs per page (default 3); the runs of the pages are interleaved, each in a fresh Chromium
//   --goals     fail on the goals of issue 19 too (by default they are reported, and only the regression limits,
//               which allow for this machine's noise, fail the run)
//   --bundle F  load F as the page's /assets/twin-city-elements.js instead of dist/twin-city-elements.js
//   --save      write bench/lighthouse-results.json
//   --serve     only serve the pages (their addresses are printed), to look at them in a browser
//   --http2     serve over HTTPS with HTTP/2 (a certificate made for the run with openssl, which Chromium is told to
//               accept) instead of plain HTTP/1.1: one connection for every file, as most sites' servers now offer
//   --details   what Lighthouse blames on the page with the elements: layout shifts, long tasks, script time,
//               unused JavaScript, the LCP element (always printed when a check fails)
//   --help      this text
//
// Run `npm run build` first: the page loads dist/twin-city-elements.js as a webmaster copies it.
import lighthouse from 'lighthouse';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readOptions } from '../scripts/cli-options.mjs';
import { contentType } from '../scripts/content-types.mjs';
import { importSources } from '../scripts/import-sources.mjs';
import { explainPage } from './lib/explain-page.mjs';
import { startGzipServer } from './lib/gzip-server.mjs';
import { median } from './lib/stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The usage is the comment at the top of this file, from its second line to the blank comment line before the imports.
const header = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
const options = readOptions(
  Object.fromEntries([
    ...['ci', 'goals', 'save', 'serve', 'http2', 'details'].map((name) => [name, { type: 'boolean', default: false }]),
    ...['pages', 'bundle'].map((name) => [name, { type: 'string' }]),
    ['runs', { type: 'string', default: '3' }],
  ]),
  header.slice(1, header.findIndex((l) => l.startsWith('import '))).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'),
);
const ci = options.ci;
const http2 = options.http2;
const runs = Number(options.runs);
if (!(runs >= 1)) throw new Error('--runs: a number of runs, 1 or more');
const CHROMIUM = process.env.TWIN_CHROMIUM ?? '/usr/bin/chromium';

/**
 * The goals of issue 19: what a webmaster must not lose by adding the four elements to the page.
 * The regression limits are what CI checks until the build meets the goals. They were set on 2026-12-01 from
 * over 20 runs of each page on this two-core machine while other jobs kept its load average at 10–28: single runs
 * of the page without any script scored 78–100 with a TBT of 0–1,044 ms, and medians of 3 runs lost up to 22
 * points with the elements, so the score, TBT and LCP limits only catch a gross regression; the main thread's CPU
 * time (thread time, which contention changes less: 52–95 ms without the elements, 125–190 ms with them) is the
 * tight one. Tighten them to the goals (`--goals`) once the goals are met.
 * The CPU limit was 250 ms until 3 December. The machine's speed moves thread time too: the single file's page
 * measured 213–304 ms (added 145–213) in CI runs of 2–3 December and 320–387 ms (added 253) in one on a slow
 * afternoon, and the build of 2 December's morning (d01acd6), measured 155–172 ms that day, measured 216–300 ms
 * beside today's 253–428 ms, interleaved (whole-page figures). So 400 ms: twice the added time of a quiet run (201 ms).
 */
const GOALS = { scoreLoss: 3, cls: 0.01, tbtAdded: 50, lcpLater: 0 };
const LIMITS = { scoreLoss: 45, cls: 0.2, tbtAdded: 3000, lcpLater: 3000, cpuAdded: 400 };

const PAGES = {
  without: { label: 'the page without the elements', ours: true },
  with: { label: 'with the four elements', ours: true },
  // The self-hosted folder build (dist/site/) as the README shows it: a small entry with fetchpriority="low" that
  // waits for the page's first contentful paint, then loads each element's code, language and geometry as the
  // page needs them.
  folder: { label: 'with the four elements from the folder (dist/site/, fetchpriority="low")' },
  // The floor of any script tag: the page with no element, naming one empty module script as the folder names its
  // entry. Lighthouse's simulated LCP counts the download of every script the HTML names that ran before the first
  // paint of the unthrottled load, so this page's LCP is the earliest any form loaded by a script tag can have.
  'empty-script': { label: 'without the elements, with one empty module script (fetchpriority="low")' },
  timeline: { label: 'with our timeline only' },
  timelinejs3: { label: 'with TimelineJS3 3.9.11 only' },
  'vis-timeline': { label: 'with vis-timeline 8.5.4 only' },
  // Not run by default: the four elements with the script tag marked async (a module script without it has high
  // priority, and Lighthouse's simulation then waits for it before the first paint).
  'with-async': { label: 'with the four elements, script async', optional: true },
  // Not run by default: the folder's entry imported by an inline module script once the page's first contentful
  // paint is observed, so that no request of ours starts before it (Lighthouse's simulation then leaves every one
  // out of the page's FCP and LCP). An experiment, not a README snippet: it needs the script's hash in a strict CSP,
  // many CMSs strip inline scripts, and it moves all of the elements' work into TBT's window.
  'folder-inline': { label: 'with the four elements from the folder, its entry imported after the first paint by an inline script', optional: true },
};
const chosen = options.pages?.split(',');
if (!existsSync(join(root, 'dist/site/twin-city-elements.js'))) PAGES.folder.optional = true;
const pageNames = chosen ?? Object.keys(PAGES).filter((name) => !PAGES[name].optional && (!ci || PAGES[name].ours));
for (const name of ['with', 'without', ...pageNames]) if (!PAGES[name]) throw new Error(`--pages: no page ${name}; the pages are ${Object.keys(PAGES).join(', ')}`);
if (!pageNames.includes('with') || !pageNames.includes('without')) pageNames.unshift(...['without', 'with'].filter((n) => !pageNames.includes(n)));

// ---------------------------------------------------------------------------------------------------------------
// The pages: municipal.html as it is, and its variants made by cutting or replacing its marked blocks.

const bundle = options.bundle ? resolve(options.bundle) : join(root, 'dist/twin-city-elements.js');
if (!existsSync(bundle)) {
  console.error(`${bundle} is missing: run npm run build first`);
  process.exit(2);
}
const source = readFileSync(join(root, 'bench/lighthouse/municipal.html'), 'utf8');
const BLOCKS = ['script', 'card', 'list', 'map', 'timeline'];
for (const name of BLOCKS) {
  if (!source.includes(`<!--twin:${name}-->`)) throw new Error(`bench/lighthouse/municipal.html has no <!--twin:${name}--> block`);
}
/** The page with each marked block kept (true), cut (false) or replaced (a string). */
function variant(blocks) {
  return source.replace(/<!--twin:(\w+)-->([\s\S]*?)<!--\/twin:\1-->/g, (_, name, inside) => {
    const choice = blocks[name] ?? false;
    return choice === true ? inside : choice === false ? '' : choice;
  });
}

// The default dataset from the sources (the same data the built file embeds), for the peers' pages.
const { khoyKonya: dataset } = await importSources("export { khoyKonya } from './src/data/khoy-konya.ts';");
const persian = (text) => (text === undefined || typeof text === 'string' ? text : (text.fa ?? text.en ?? Object.values(text)[0]));
/** The year, month and day an event's date starts with (approximate, uncertain and "between" dates alike). */
function dateParts(date) {
  const [, year, month, day] = /(\d{1,4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(typeof date === 'string' ? date : date.value);
  return { year: Number(year), month: month && Number(month), day: day && Number(day) };
}
const iso = ({ year, month, day }) => `${String(year).padStart(4, '0')}-${String(month ?? 1).padStart(2, '0')}-${String(day ?? 1).padStart(2, '0')}`;
const timelineJsEvents = {
  events: dataset.events.map((e) => {
    const { year, month, day } = dateParts(e.date);
    const start_date = { year: String(year), ...(month && { month: String(month) }), ...(day && { day: String(day) }) };
    return { unique_id: e.id, start_date, text: { headline: persian(e.title), text: persian(e.description) ?? '' } };
  }),
};
const visItems = dataset.events.map((e) => ({ id: e.id, start: iso(dateParts(e.date)), content: persian(e.title) }));
const inlineJson = (value) => `<script type="application/json" id="peer-events">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;
const peer = (head, script, data, height) =>
  variant({
    script: `${head}<script src="/assets/${script}" defer></script>`,
    timeline: `<div id="peer-timeline" style="height: ${height}; margin: 2rem 0"></div>${inlineJson(data)}`,
  });
const html = (body) => ({ body, type: 'text/html; charset=utf-8' });
/** An inline module script that imports `src` in the task after the page's first contentful paint (see 'folder-inline'). */
const INLINE = (src) =>
  `<script type="module">const go = () => setTimeout(() => import('${src}'), 0); const fcp = () => performance.getEntriesByName('first-contentful-paint').length > 0; if (PerformanceObserver.supportedEntryTypes?.includes('paint')) { if (fcp()) go(); else new PerformanceObserver((l, o) => { if (fcp()) { o.disconnect(); go(); } }).observe({ type: 'paint', buffered: true }); } else requestAnimationFrame(go);</script>`;
const pages = {
  '/without.html': html(variant({})),
  '/with.html': html(variant({ script: true, card: true, list: true, map: true, timeline: true })),
  '/with-async.html': html(
    variant({ script: '<script type="module" async src="/assets/twin-city-elements.js"></script>', card: true, list: true, map: true, timeline: true }),
  ),
  '/folder.html': html(
    variant({ script: '<script type="module" fetchpriority="low" src="/assets/site/twin-city-elements.js"></script>', card: true, list: true, map: true, timeline: true }),
  ),
  '/folder-inline.html': html(variant({ script: INLINE('/assets/site/twin-city-elements.js'), card: true, list: true, map: true, timeline: true })),
  '/empty-script.html': html(variant({ script: '<script type="module" fetchpriority="low" src="/assets/empty.js"></script>' })),
  '/assets/empty.js': { body: Buffer.from('// An empty module: what naming a script costs a page.\n'), type: 'text/javascript; charset=utf-8' },
  '/timeline.html': html(variant({ script: true, timeline: true })),
  '/timelinejs3.html': html(
    peer(
      '<link rel="stylesheet" href="/assets/timelinejs/css/timeline.css" /><script src="/assets/timelinejs/js/timeline.js" defer></script>',
      'timelinejs3.js',
      timelineJsEvents,
      '600px',
    ),
  ),
  '/vis-timeline.html': html(
    peer(
      '<link rel="stylesheet" href="/assets/vis-timeline/styles/vis-timeline-graph2d.min.css" /><script src="/assets/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js" defer></script>',
      'vis-timeline.js',
      visItems,
      'auto',
    ),
  ),
  '/assets/twin-city-elements.js': { body: readFileSync(bundle), type: 'text/javascript; charset=utf-8' },
};

// ---------------------------------------------------------------------------------------------------------------
// One Lighthouse run: a fresh Chromium with a fresh profile, Lighthouse's default (mobile) settings.

async function launchChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'twin-lighthouse-'));
  const child = spawn(
    CHROMIUM,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--remote-debugging-port=0',
      ...(http2 ? ['--ignore-certificate-errors'] : []),
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start within 30 s:\n${err}`)), 30_000);
    child.stderr.on('data', (chunk) => {
      err += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${err}`)));
  });
  return {
    port,
    close: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
      // Chromium's helper processes may still be writing to the profile for a moment after the browser exits.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch {
        console.warn(`  (could not remove ${profile})`);
      }
    },
  };
}

/**
 * The page's CLS from the trace, counting every layout shift of the main frame: the largest sum of shifts in a
 * session window (shifts less than 1 s apart, 5 s at most), as Lighthouse and the web-vitals library compute it.
 * Lighthouse 12.2.3 itself drops the shifts Chromium flags with `had_recent_input` after the first 500 ms, and
 * Chromium 156 flags every shift of the first seconds under Lighthouse's mobile emulation (its emulation counts as
 * input): Lighthouse then reports 0 for a page that moves. Lighthouse gives no input to the page, so no shift here
 * follows an input.
 */
function layoutShift(traceEvents) {
  const shifts = traceEvents
    .filter((e) => e.name === 'LayoutShift' && e.args?.data?.is_main_frame !== false)
    .map((e) => ({ t: e.ts / 1000, value: e.args.data.weighted_score_delta ?? e.args.data.score }))
    .sort((a, b) => a.t - b.t);
  let worst = 0;
  let sum = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const { t, value } of shifts) {
    if (t - last > 1000 || t - start > 5000) [sum, start] = [0, t];
    sum += value;
    last = t;
    worst = Math.max(worst, sum);
  }
  return worst;
}

/**
 * The main thread's own CPU time during the load, from the trace: the thread time (not the wall time) of each
 * top-level task of the page's renderer, so that a busy machine, which stretches the wall time of every task,
 * changes it far less than Lighthouse's TBT. Returns the sum, and the blocking time Lighthouse's 4× CPU
 * slowdown would give those tasks (the part over 50 ms of 4 × thread time), over the whole load.
 */
function mainThreadCpu(traceEvents) {
  const fcp = traceEvents.find((e) => e.name === 'firstContentfulPaint');
  if (!fcp) return { cpu: NaN, cpuBlocking: NaN };
  const tasks = traceEvents.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === fcp.pid && e.tid === fcp.tid && typeof e.tdur === 'number');
  const ms = tasks.map((e) => e.tdur / 1000);
  return { cpu: ms.reduce((a, b) => a + b, 0), cpuBlocking: ms.reduce((sum, t) => sum + Math.max(0, 4 * t - 50), 0) };
}

/** The figures of one run, and what its audits say about the page. */
function summarise(lhr, traceEvents, origin) {
  const audit = (id) => lhr.audits[id];
  const items = (id) => audit(id)?.details?.items ?? [];
  const requests = items('network-requests');
  const scripts = requests.filter((r) => r.resourceType === 'Script');
  return {
    score: Math.round(lhr.categories.performance.score * 100),
    fcp: audit('first-contentful-paint').numericValue,
    lcp: audit('largest-contentful-paint').numericValue,
    cls: layoutShift(traceEvents),
    clsLighthouse: audit('cumulative-layout-shift').numericValue,
    tbt: audit('total-blocking-time').numericValue,
    // The blocking part of every long task of the load, before the first paint too: TBT counts only the tasks
    // between the first contentful paint and the page's interactive time, so a script that delays the first paint
    // moves the page's own layout task out of TBT's window (the page without the elements then has the higher TBT).
    blocking: items('long-tasks').reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
    ...mainThreadCpu(traceEvents),
    si: audit('speed-index').numericValue,
    jsBytes: scripts.reduce((n, r) => n + r.transferSize, 0),
    bytes: requests.reduce((n, r) => n + r.transferSize, 0),
    otherOrigins: [...new Set(requests.map((r) => new URL(r.url).origin).filter((o) => o !== origin && /^https?:/.test(o)))],
    benchmarkIndex: lhr.environment.benchmarkIndex,
    warnings: lhr.runWarnings,
    details: {
      lcpElement: items('largest-contentful-paint-element')
        .flatMap((i) => i.items ?? [i])
        .map((i) => i.node && `${i.node.selector ?? ''} ${i.node.snippet ?? ''}`.trim())
        .filter(Boolean)[0],
      lcpPhases: items('largest-contentful-paint-element')
        .flatMap((i) => i.items ?? [])
        .filter((i) => i.phase)
        .map((i) => ({ phase: i.phase, ms: Math.round(i.timing) })),
      layoutShifts: traceEvents
        .filter((e) => e.name === 'LayoutShift' && e.args?.data?.is_main_frame !== false)
        .map((e) => ({
          at: Math.round((e.ts - lhr.audits.metrics.details.items[0].observedTimeOriginTs) / 1000),
          score: e.args.data.weighted_score_delta ?? e.args.data.score,
          moved: (e.args.data.impacted_nodes ?? []).map((n) => ({ from: n.old_rect, to: n.new_rect })),
        })),
      longTasks: items('long-tasks').map((i) => ({ url: i.url, start: Math.round(i.startTime), duration: Math.round(i.duration) })),
      bootup: items('bootup-time').map((i) => ({ url: i.url, total: Math.round(i.total), scripting: Math.round(i.scripting), parse: Math.round(i.scriptParseCompile) })),
      mainThread: items('mainthread-work-breakdown').map((i) => ({ group: i.groupLabel ?? i.group, ms: Math.round(i.duration) })),
      unusedJs: items('unused-javascript').map((i) => ({ url: i.url, total: i.totalBytes, wasted: i.wastedBytes })),
    },
  };
}

async function runOnce(origin, name) {
  const chromium = await launchChromium();
  try {
    const result = await lighthouse(`${origin}/${name}.html`, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    if (!result?.lhr) throw new Error(`no result for ${name}`);
    if (result.lhr.runtimeError) throw new Error(`${name}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    return summarise(result.lhr, result.artifacts.Trace.traceEvents, origin);
  } finally {
    await chromium.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The runs, interleaved round by round in a shuffled order, so that a busy moment of the machine hits every page.

for (const file of ['site.css', 'timelinejs3.js', 'vis-timeline.js']) {
  pages[`/assets/${file}`] = { body: readFileSync(join(root, 'bench/lighthouse', file)), type: contentType(file) };
}
/** With --http2: a self-signed certificate for 127.0.0.1, made for this run. */
function certificate() {
  const dir = mkdtempSync(join(tmpdir(), 'twin-tls-'));
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`--http2: openssl could not make a certificate:\n${made.stderr ?? made.error}`);
  const tls = { key: readFileSync(key), cert: readFileSync(cert) };
  rmSync(dir, { recursive: true, force: true });
  return tls;
}
const server = await startGzipServer({
  tls: http2 ? certificate() : undefined,
  pages,
  mounts: {
    '/assets/timelinejs/': join(root, 'node_modules/@knight-lab/timelinejs/dist'),
    '/assets/vis-timeline/': join(root, 'node_modules/vis-timeline'),
    '/assets/site/': join(root, 'dist/site'),
  },
});

if (options.serve) {
  console.log(`Serving the pages until interrupted:\n${Object.keys(PAGES).map((name) => `  ${server.origin}/${name}.html`).join('\n')}`);
  await new Promise(() => {});
}

const load = { before: loadavg()[0] };
const started = Date.now();
const results = Object.fromEntries(pageNames.map((n) => [n, []]));
const bundleBytes = { raw: statSync(bundle).size, gzip: gzipSync(readFileSync(bundle), { level: 6 }).length };
console.log(
  `Lighthouse ${lighthouse.version ?? JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version}, ` +
    `${CHROMIUM}, mobile defaults, ${http2 ? 'HTTPS with HTTP/2' : 'HTTP/1.1'}; ${runs} runs of ${pageNames.length} pages; ${bundle.replace(`${root}/`, '')} ` +
    `${(bundleBytes.gzip / 1000).toFixed(1)} kB gzipped, built ${statSync(bundle).mtime.toISOString()}; load average ${load.before.toFixed(2)} on ${cpus().length} cores`,
);
try {
  for (let round = 1; round <= runs; round++) {
    const order = [...pageNames].sort(() => Math.random() - 0.5);
    for (const name of order) {
      const r = await runOnce(server.origin, name);
      results[name].push(r);
      console.log(`  run ${round}/${runs} ${name}: score ${r.score}, LCP ${Math.round(r.lcp)} ms, CLS ${r.cls.toFixed(3)}, TBT ${Math.round(r.tbt)} ms, blocking ${Math.round(r.blocking)} ms, main thread CPU ${Math.round(r.cpu)} ms (benchmark index ${Math.round(r.benchmarkIndex)})`);
    }
  }
} catch (error) {
  await server.close();
  throw error;
}
load.after = loadavg()[0];

// ---------------------------------------------------------------------------------------------------------------
// Medians, differences, checks.

const METRICS = ['score', 'fcp', 'lcp', 'cls', 'clsLighthouse', 'tbt', 'blocking', 'cpu', 'cpuBlocking', 'si', 'jsBytes'];
const medians = Object.fromEntries(
  pageNames.map((name) => [name, Object.fromEntries(METRICS.map((m) => [m, median(results[name].map((r) => r[m]))]))]),
);
const range = (name, m) => [Math.min(...results[name].map((r) => r[m])), Math.max(...results[name].map((r) => r[m]))];
const diff = Object.fromEntries(METRICS.map((m) => [m, medians.with[m] - medians.without[m]]));

const num = (x) => Math.round(x).toLocaleString('en');
const FORMAT = {
  score: (x) => (Number.isInteger(x) ? String(x) : x.toFixed(1)),
  fcp: num,
  lcp: num,
  cls: (x) => x.toFixed(3),
  clsLighthouse: (x) => x.toFixed(3),
  tbt: num,
  blocking: num,
  cpu: num,
  cpuBlocking: num,
  si: num,
  jsBytes: (x) => (x / 1000).toFixed(1),
};
const signed = (m, x) => (x > 0 ? '+' : x < 0 ? '−' : '±') + FORMAT[m](Math.abs(x));
const cell = (name, m) => {
  const [lo, hi] = range(name, m);
  const span = FORMAT[m](lo) === FORMAT[m](hi) ? '' : ` (${FORMAT[m](lo)}–${FORMAT[m](hi)})`;
  return `${FORMAT[m](medians[name][m])}${span}`;
};
const HEAD = ['score', 'FCP ms', 'LCP ms', 'CLS', 'CLS as Lighthouse 12 reports it', 'TBT ms', 'blocking ms, whole load', 'main thread CPU ms', 'its blocking ms at 4×', 'Speed Index ms', 'JS sent kB'];
const lines = [
  `| page (served gzipped; median of ${runs}, range in brackets) | ${HEAD.join(' | ')} |`,
  `|---|${HEAD.map(() => '---:').join('|')}|`,
  ...['without', 'with'].map((name) => `| ${PAGES[name].label} | ${METRICS.map((m) => cell(name, m)).join(' | ')} |`),
  `| **difference** (with − without) | ${METRICS.map((m) => `**${signed(m, diff[m])}**`).join(' | ')} |`,
  ...pageNames.filter((n) => !PAGES[n].ours).map((name) => `| ${PAGES[name].label} | ${METRICS.map((m) => cell(name, m)).join(' | ')} |`),
];
console.log(`\n${lines.join('\n')}\n`);

/** What a form of the elements costs the page: its page's medians against the page without the elements. */
const costOf = (name) => ({
  scoreLoss: medians.without.score - medians[name].score,
  cls: medians[name].cls,
  tbtAdded: medians[name].tbt - medians.without.tbt,
  lcpLater: medians[name].lcp - medians.without.lcp,
  cpuAdded: medians[name].cpu - medians.without.cpu,
});
const measured = costOf('with');
const DESCRIBE = {
  scoreLoss: (x, limit) => `score lost: ${FORMAT.score(x)} points (at most ${limit})`,
  cls: (x, limit) => `CLS with the elements: ${x.toFixed(3)} (at most ${limit})`,
  tbtAdded: (x, limit) => `TBT added: ${Math.round(x)} ms (at most ${limit} ms)`,
  lcpLater: (x, limit) => `LCP later than without: ${Math.round(x)} ms (at most ${limit} ms)`,
  cpuAdded: (x, limit) => `main thread CPU time added (thread time): ${Math.round(x)} ms (at most ${limit} ms)`,
};
const check = (limits, cost = measured) => Object.entries(limits).map(([key, limit]) => ({ key, limit, value: cost[key], ok: cost[key] <= limit }));
const goals = check(GOALS);
const limits = check(LIMITS);
// The folder's goals are reported beside the file's when its page was run (not in --ci); --goals fails on the file's.
const folderGoals = medians.folder && check(GOALS, costOf('folder'));
for (const [title, checks] of [
  ['Goals of issue 19, the single file', goals],
  ...(folderGoals ? [['Goals of issue 19, the folder (reported)', folderGoals]] : []),
  ['Regression limits (CI), the single file', limits],
]) {
  console.log(`${title}:`);
  for (const c of checks) console.log(`  ${c.ok ? 'ok  ' : 'FAIL'} ${DESCRIBE[c.key](c.value, c.limit)}`);
}
if (medians['empty-script']) {
  // How far each form's LCP is from the floor a script tag sets (see 'empty-script').
  const floor = medians['empty-script'].lcp;
  const over = (name) => `${signed('lcp', medians[name].lcp - floor)} ms`;
  console.log(
    `The floor of a script tag: the page with one empty module script has its LCP ${signed('lcp', floor - medians.without.lcp)} ms against the page without; ` +
      `LCP against that floor: the single file ${over('with')}${medians.folder ? `, the folder ${over('folder')}` : ''}.`,
  );
}
const others = pageNames.flatMap((name) => results[name].flatMap((r) => r.otherOrigins.map((o) => `${name}: ${o}`)));
for (const o of new Set(others)) console.log(`FAIL request to another origin: ${o}`);
const failed = limits.some((c) => !c.ok) || (options.goals && goals.some((c) => !c.ok)) || others.length > 0;

/** The run of the page with the elements whose score is the median: what Lighthouse blames. */
const typical = [...results.with].sort((a, b) => a.score - b.score)[Math.floor(results.with.length / 2)];
let explained;
if (options.details || failed) {
  const d = typical.details;
  const short = (url) => (url ?? '').replace(/^https?:\/\/[^/]+/, '');
  const rect = (r) => `${Math.round(r[1] ?? r.y)}+${Math.round(r[3] ?? r.height)} px`;
  console.log(`\nLighthouse on the page with the elements (the median run, score ${typical.score}):`);
  if (d.lcpElement) console.log(`  LCP element: ${d.lcpElement}`);
  console.log(`  layout shifts (from the trace; top+height of the moved boxes, before → after): ${d.layoutShifts.length ? '' : 'none'}`);
  for (const s of d.layoutShifts) console.log(`    ${s.score.toFixed(3)} at ${s.at} ms: ${s.moved.map((m) => `${rect(m.from)} → ${rect(m.to)}`).join(', ')}`);
  console.log('  long tasks (simulated: observed × 4):');
  for (const t of d.longTasks) console.log(`    ${t.duration} ms at ${t.start} ms: ${short(t.url) || '(no script)'}`);
  console.log('  script time by file (bootup-time):');
  for (const b of d.bootup) console.log(`    ${short(b.url) || b.url}: ${b.total} ms (scripting ${b.scripting}, parse and compile ${b.parse})`);
  console.log(`  main thread: ${d.mainThread.map((m) => `${m.group} ${m.ms} ms`).join(', ')}`);
  console.log(`  unused JavaScript: ${d.unusedJs.map((u) => `${short(u.url)} ${(u.wasted / 1000).toFixed(1)} of ${(u.total / 1000).toFixed(1)} kB`).join(', ') || 'none flagged'}`);
  for (const w of typical.warnings) console.log(`  warning: ${w}`);

  // Named causes: one more load of the page, throttled by Chromium itself, recording from inside the page.
  explained = await explainPage(`${server.origin}/with.html`, { executablePath: CHROMIUM, bundle: { file: bundle, path: '/assets/twin-city-elements.js' } });
  console.log('\nThe same page loaded once more with real throttling (4× CPU, slow 4G), as the page itself records it:');
  for (const l of explained.lcp.slice(-1)) console.log(`  LCP: ${l.node} at ${l.at} ms`);
  console.log(`  layout shifts: ${explained.shifts.length ? '' : 'none'}`);
  for (const s of explained.shifts) {
    console.log(`    ${s.value.toFixed(3)} at ${s.at} ms, moved: ${s.sources.map((x) => `${x.node} (top ${Math.round(x.from.y)} → ${Math.round(x.to.y)}, ${Math.round(x.from.height)} → ${Math.round(x.to.height)} px high)`).join('; ')}`);
  }
  console.log('  block size of each element over time (ms: px):');
  const tags = [...new Set(explained.sizes.map((s) => s.tag))];
  for (const tag of tags) console.log(`    ${tag}: ${explained.sizes.filter((s) => s.tag === tag).map((s) => `${s.at}: ${s.height}`).join(', ')}`);
  // The same on Lighthouse's desktop screen (1350 × 940), where the sidebar is beside the article.
  const desktop = await explainPage(`${server.origin}/with.html`, { executablePath: CHROMIUM, desktop: true });
  explained.desktop = { shifts: desktop.shifts, sizes: desktop.sizes };
  console.log(`  on a desktop screen (1350 × 940): layout shifts ${desktop.shifts.map((s) => `${s.value.toFixed(3)} at ${s.at} ms (${s.sources.map((x) => x.node).join('; ')})`).join(', ') || 'none'}; block sizes:`);
  for (const tag of [...new Set(desktop.sizes.map((s) => s.tag))]) console.log(`    ${tag}: ${desktop.sizes.filter((s) => s.tag === tag).map((s) => `${s.at}: ${s.height}`).join(', ')}`);
  console.log('  long animation frames (over 50 ms) and the scripts in them:');
  for (const f of explained.frames) {
    console.log(`    ${f.duration} ms at ${f.at} ms (blocking ${f.blocking} ms, style and layout ${f.styleAndLayout} ms)`);
    for (const x of f.scripts) {
      console.log(`      ${x.duration} ms ${x.invokerType} ${x.invoker}${x.fn ? ` → ${x.fn}` : ''} ${x.source ?? `${short(x.url)}:${x.char}`}${x.forcedLayout ? `, forced layout ${x.forcedLayout} ms` : ''}`);
    }
  }
  console.log('  CPU profile, self time (throttled) by source file:');
  for (const f of explained.profile.files) console.log(`    ${f.ms} ms ${f.name}`);
  console.log('  and by function:');
  for (const f of explained.profile.functions) console.log(`    ${f.ms} ms ${f.name}`);
}
await server.close();
console.log(`\n${Math.round((Date.now() - started) / 1000)} s; load average ${load.before.toFixed(2)} before, ${load.after.toFixed(2)} after`);

if (options.save) {
  const out = join(root, 'bench/lighthouse-results.json');
  const chromiumVersion = await new Promise((resolve) => {
    const child = spawn(CHROMIUM, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let text = '';
    child.stdout.on('data', (c) => (text += c));
    child.on('exit', () => resolve(text.trim()));
  });
  const report = {
    date: new Date().toISOString(),
    lighthouse: JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version,
    chromium: chromiumVersion,
    machine: { cores: cpus().length, loadAverage: load },
    protocol: http2 ? 'HTTPS with HTTP/2' : 'HTTP/1.1',
    bundle: bundleBytes,
    runs,
    medians,
    folderCost: medians.folder && costOf('folder'),
    difference: diff,
    goals,
    limits,
    pages: Object.fromEntries(pageNames.map((name) => [name, { label: PAGES[name].label, runs: results[name].map((r) => ({ ...r, details: undefined, warnings: undefined })) }])),
    withDetails: typical.details,
    explained,
  };
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Wrote ${out}`);
}
process.exit(failed ? 1 : 0);
