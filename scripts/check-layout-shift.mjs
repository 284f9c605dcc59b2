#!/usr/bin/env node
// `npm run check:layout-shift`: the municipal host page of `npm run lighthouse` (bench/lighthouse/municipal.html:
// right to left, root 10 px, body 14 px, a 270 px sidebar, the README's host rule for undefined elements) with the
// four elements from each self-hosted form (the single file and the folder), in Chromium with its CPU slowed 4×, on
// a touch phone's and a desktop's viewport. The Layout Instability API's `layout-shift` entries (those not caused by
// input) are summed over the load and three seconds after it; the sum must stay at most 0.01 (the "good" limit of CLS
// is 0.1; issue 19 asks for 0.01). Then a map alone on a touch phone, in a language not yet loaded: its skeleton must
// have the drawn map's block size.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { assetOf, forms } from './self-hosted-forms.mjs';
import { chromium } from 'playwright-core';

const LIMIT = 0.01;
/**
 * The phone as Lighthouse's mobile run has it: a touch screen (so a coarse pointer, whose larger targets the skeletons
 * must reserve too) at 1.75 device pixels per CSS pixel.
 */
const PHONE = { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1.75 };
const DESKTOP = { viewport: { width: 1350, height: 940 } };
/**
 * A map alone on a page, in a language no element on it has loaded yet, two screens down and lazy (the default): it
 * shows its skeleton (its toolbar a bone until its strings are there) until the reader scrolls to it, then draws. The
 * page samples the map's block size at every frame. (At the top of the page and eager, the single file, whose
 * strings are inside it, sometimes drew the map before any frame showed its skeleton: nothing was compared.)
 */
const MAP_ALONE = `<!doctype html><meta name="viewport" content="width=device-width"><body style="margin: 0">
<div style="block-size: 200vh"></div>
<twin-city-map lang="az" style="inline-size: 375px"></twin-city-map>
<script type="module" src="/assets/twin-city-elements.js"></script>`;
const page = readFileSync('bench/lighthouse/municipal.html', 'utf8');
const css = readFileSync('bench/lighthouse/site.css');
let form = forms[0];
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const asset = assetOf(form, path);
  if (path === '/') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
  } else if (path === '/map-alone') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(MAP_ALONE);
  } else if (path === '/assets/site.css') {
    res.writeHead(200, { 'content-type': 'text/css' });
    res.end(css);
  } else if (asset) {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(asset);
  } else {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.TWIN_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const failures = [];
try {
  for (form of forms) {
    for (const screen of [PHONE, DESKTOP]) {
      const { viewport } = screen;
      const tab = await browser.newPage(screen);
      const cdp = await tab.context().newCDPSession(tab);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await tab.addInitScript(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            if (e.hadRecentInput) continue;
            const moved = e.sources.map((s) => `${s.node?.nodeName ?? '?'} ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}`);
            window.__shifts.push({ value: e.value, at: Math.round(e.startTime), moved });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await tab.goto(`${origin}/`, { waitUntil: 'load' });
      // Until the card and the list show their content (the folder downloads them after load), then 3 s more.
      await tab
        .waitForFunction(() => ['twin-agreement-card', 'twin-signatory-list'].every((t) => document.querySelector(t)?.shadowRoot?.querySelector('[part~=base]:not(:has(.skeleton))')), null, { timeout: 30_000 })
        .catch(() => undefined);
      await tab.waitForTimeout(3000);
      const shifts = await tab.evaluate(() => window.__shifts);
      const defined = await tab.evaluate(() => ['twin-agreement-card', 'twin-signatory-list'].every((t) => document.querySelector(t)?.shadowRoot?.querySelector('[part~=base]:not(:has(.skeleton))')));
      const sum = shifts.reduce((a, s) => a + s.value, 0);
      const where = `${form.name} at ${viewport.width}×${viewport.height}`;
      console.log(`${where}: layout shift ${sum.toFixed(4)}${shifts.map((s) => `\n  ${s.value.toFixed(4)} at ${s.at} ms: ${s.moved.join(', ')}`).join('')}`);
      if (!defined) failures.push(`${where}: the card and the list did not show their content (the check would see no shift)`);
      if (sum > LIMIT) failures.push(`${where}: layout shift ${sum.toFixed(4)} (at most ${LIMIT})`);
      await tab.close();
    }
  }
  // The skeleton of a map on a touch phone keeps the map's block size: the map, and the page under it, never move
  // from the skeleton to the drawn map (a coarse pointer's 44 px toolbar included).
  for (form of forms) {
    const tab = await browser.newPage(PHONE);
    await tab.addInitScript(() => {
      window.__heights = [];
      const sample = () => {
        const map = document.querySelector('twin-city-map');
        const root = map?.shadowRoot;
        if (root?.querySelector('[part~=base]')) window.__heights.push({ skeleton: !!root.querySelector('.skeleton'), height: map.getBoundingClientRect().height });
        if (!root?.querySelector('[part~="map"] path')) requestAnimationFrame(sample);
        else window.__drawn = true;
      };
      requestAnimationFrame(sample);
    });
    await tab.goto(`${origin}/map-alone`, { waitUntil: 'load' });
    // Some frames of the skeleton while the map is out of view, then the reader scrolls to it.
    await tab.waitForFunction(() => window.__heights.filter((h) => h.skeleton).length >= 3, null, { timeout: 30_000 }).catch(() => undefined);
    await tab.evaluate(() => document.querySelector('twin-city-map').scrollIntoView());
    await tab.waitForFunction(() => window.__drawn, null, { timeout: 30_000 }).catch(() => undefined);
    const heights = await tab.evaluate(() => window.__heights);
    const where = `${form.name}, a map alone on a touch phone`;
    const final = heights.at(-1)?.height;
    const skeletons = heights.filter((h) => h.skeleton).map((h) => h.height);
    console.log(`${where}: ${skeletons.length} frames of skeleton at ${[...new Set(skeletons.map(Math.round))].join(', ')} px, drawn at ${final === undefined ? '?' : Math.round(final)} px`);
    if (!skeletons.length || final === undefined) failures.push(`${where}: the skeleton, then the drawn map, were not both seen (the check would see no change)`);
    const off = [...new Set(skeletons.filter((h) => Math.abs(h - final) > 1).map((h) => h.toFixed(1)))];
    if (off.length) failures.push(`${where}: the skeleton is ${off.join(', ')} px tall, the drawn map ${final.toFixed(1)} px`);
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`Layout shift on the municipal page:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`The municipal page moves by at most ${LIMIT} with the elements, in both self-hosted forms.`);
