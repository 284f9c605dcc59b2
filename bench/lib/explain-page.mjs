// What moves and what blocks on a page, named: for `npm run lighthouse --details`, where Lighthouse 12.2.3 cannot
// name the shifted elements with this Chromium (its layout-shift audits fail on the new trace format) and blames
// most long tasks on "Unattributable". The page is loaded as Lighthouse's mobile run sees it (412 × 823 at 1.75,
// touch), with Chromium's own throttling (4× CPU, slow 4G as DevTools applies it), and the page records:
// - every layout shift with the elements it moved (tag, id or class, text), and the block size of each twin-*
//   element over time (from a ResizeObserver), so that the element that grew is named;
// - every long animation frame (over 50 ms) with the scripts in it: what called them (an event, a timer, a
//   promise, …), the function and where it is in the source (mapped through the bundle's source map);
// - the largest contentful paint's element.
import { chromium } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';

/** Runs in the page before anything else. */
function record() {
  const t0 = performance.timeOrigin;
  const describe = (node) => {
    if (!node) return '(a node no longer in the page)';
    const el = node.nodeType === 1 ? node : node.parentElement;
    if (!el) return node.nodeName;
    const host = el.getRootNode()?.host;
    const name = `${el.localName}${el.id ? `#${el.id}` : el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `${host ? `${host.localName} › ` : ''}${name}${text ? ` "${text}"` : ''}`;
  };
  const log = (window.__twinExplain = { shifts: [], frames: [], sizes: [], lcp: [], t0 });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      log.shifts.push({
        at: Math.round(e.startTime),
        value: e.value,
        sources: e.sources.map((s) => ({ node: describe(s.node), from: s.previousRect.toJSON(), to: s.currentRect.toJSON() })),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) log.lcp.push({ at: Math.round(e.startTime), node: describe(e.element), size: e.size });
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        log.frames.push({
          at: Math.round(e.startTime),
          duration: Math.round(e.duration),
          blocking: Math.round(e.blockingDuration ?? 0),
          styleAndLayout: Math.round(e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0),
          scripts: e.scripts.map((s) => ({
            invoker: s.invoker,
            invokerType: s.invokerType,
            url: s.sourceURL,
            fn: s.sourceFunctionName,
            char: s.sourceCharPosition,
            duration: Math.round(s.duration),
            forcedLayout: Math.round(s.forcedStyleAndLayoutDuration),
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // No Long Animation Frames API in this browser.
  }
  const sizes = new ResizeObserver((entries) => {
    for (const e of entries) log.sizes.push({ at: Math.round(performance.now()), tag: e.target.localName, height: Math.round(e.borderBoxSize[0].blockSize) });
  });
  // The elements of the page's HTML, looked for at each frame until all are found (a MutationObserver on the whole
  // document would add its own long tasks to what is measured; DOMContentLoaded comes after the module script).
  const tags = ['twin-agreement-card', 'twin-signatory-list', 'twin-city-map', 'twin-pilgrimage-timeline'];
  const seen = new Set();
  const look = () => {
    for (const el of document.querySelectorAll(tags.join(','))) {
      if (seen.has(el)) continue;
      seen.add(el);
      sizes.observe(el);
    }
    if (document.readyState !== 'complete') requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/**
 * The CPU profile's self time (throttled, so about 4× the machine's own), by function of the library's bundle,
 * mapped to the original source and summed by source file, and by any other script or activity.
 */
function selfTimes(profile, bundle, map) {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const functions = new Map();
  const files = new Map();
  const add = (table, key, ms) => table.set(key, (table.get(key) ?? 0) + ms);
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber, columnNumber } = byNode.get(id).callFrame;
    if (functionName === '(idle)') continue;
    let file = url ? url.replace(/^https?:\/\/[^/]+/, '') : `(${functionName || 'program'})`;
    let where = `${functionName || '(anonymous)'} ${file}`;
    if (map && bundle && url.endsWith(bundle.path)) {
      const pos = map.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
      if (pos.source) {
        file = pos.source.replace(/^(\.\.\/)+/, '');
        where = `${pos.name ?? functionName ?? '(anonymous)'} ${file}:${pos.line}`;
      }
    }
    add(functions, where, ms);
    add(files, file, ms);
  }
  const top = (table, n) => [...table].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, ms]) => ({ name, ms: Math.round(ms) }));
  return { functions: top(functions, 20), files: top(files, 15) };
}

/** Loads `url` once as described above and returns what the page recorded; `bundle` maps the library's file. */
export async function explainPage(url, { executablePath, bundle, settle = 8000, desktop = false }) {
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  try {
    // Lighthouse's mobile screen, or its desktop one (`desktop`).
    const screen = desktop ? { viewport: { width: 1350, height: 940 }, deviceScaleFactor: 1 } : { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
    // The page may be served over HTTPS with a certificate made for the run (npm run lighthouse -- --http2).
    const context = await browser.newContext({ ...screen, ignoreHTTPSErrors: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.enable');
    // Lighthouse's "slow 4G" as DevTools applies it (throttlingMethod: 'devtools').
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 });
    await page.addInitScript(record);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForTimeout(settle);
    const { profile } = await cdp.send('Profiler.stop');
    const log = await page.evaluate(() => window.__twinExplain);
    // source-map-js comes with postcss (a devDependency); without it the positions stay in the bundle.
    const SourceMapConsumer = await import('source-map-js').then((m) => m.SourceMapConsumer, () => undefined);
    const map = SourceMapConsumer && bundle && existsSync(`${bundle.file}.map`) ? new SourceMapConsumer(JSON.parse(readFileSync(`${bundle.file}.map`, 'utf8'))) : undefined;
    const lines = map ? readFileSync(bundle.file, 'utf8').split('\n') : [];
    /** The original source of a character position in the bundle. */
    const original = (char) => {
      if (!map || char < 0) return undefined;
      let line = 0;
      let column = char;
      while (line < lines.length && column > lines[line].length) column -= lines[line++].length + 1;
      const pos = map.originalPositionFor({ line: line + 1, column });
      return pos.source ? `${pos.source.replace(/^(\.\.\/)+/, '')}:${pos.line}${pos.name ? ` (${pos.name})` : ''}` : undefined;
    };
    for (const frame of log.frames) {
      for (const s of frame.scripts) if (bundle && s.url.endsWith(bundle.path)) s.source = original(s.char);
    }
    log.profile = selfTimes(profile, bundle, map);
    return log;
  } finally {
    await browser.close();
  }
}
