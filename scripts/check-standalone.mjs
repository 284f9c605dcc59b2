#!/usr/bin/env node
// Checks the self-hosted forms as a webmaster uses them: the single file dist/twin-city-elements.js, and the folder
// dist/site/ (an entry and its chunks), each copied into a site's own /assets/, pasted twice into a plain HTML page
// with a strict Content-Security-Policy and no network. All four elements must render their content, no request may
// leave the site, and nothing may be logged as an error. The folder must also download only what a page shows: a
// page with a Persian card alone gets no map, timeline, geometry or other language.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { assetOf, forms } from './self-hosted-forms.mjs';
import { chromium } from 'playwright-core';

// The strict-CSP host page of the browser tests, loading the built file instead of the sources, twice.
const page = readFileSync('test/hosts/strict-csp.html', 'utf8').replace(
  '<script type="module" src="/src/index.ts"></script>',
  '<script type="module" src="/assets/twin-city-elements.js"></script>\n    <script type="module" src="/assets/twin-city-elements.js"></script>',
);
if (!page.includes('/assets/twin-city-elements.js')) throw new Error('test/hosts/strict-csp.html no longer loads /src/index.ts');
const recorder = readFileSync('test/hosts/record-violations.js');
const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1];
if (!csp) throw new Error('test/hosts/strict-csp.html declares no Content-Security-Policy');
// A page with its own text and a card, and a page whose only content is the card (the folder's entry then waits for no
// first contentful paint of the page's own: there is none before the card's).
const cardAlone = page.replace(
  /<body>[\s\S]*<\/body>/,
  '<body><h1>خبر شهر</h1><p>متن خبر پیش از کارت.</p><twin-agreement-card lang="fa"></twin-agreement-card><script type="module" src="/test/hosts/record-violations.js"></script></body>',
);
const cardOnly = page.replace(/<body>[\s\S]*<\/body>/, '<body><twin-agreement-card lang="fa"></twin-agreement-card></body>');
let form = forms[0];
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const asset = assetOf(form, path);
  if (asset) {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(asset);
  } else if (req.url === '/card.html' || req.url === '/card-only.html') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp });
    res.end(req.url === '/card.html' ? cardAlone : cardOnly);
  } else if (req.url === '/' || req.url === '/index.html') {
    // The policy is sent as a header too (the page also declares it in a <meta>).
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp });
    res.end(page);
  } else if (req.url === '/test/hosts/record-violations.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(recorder);
  } else {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const problems = [];
const browser = await chromium.launch({
  executablePath: process.env.TWIN_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  for (form of forms) {
  const before = problems.length;
  const tab = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  tab.on('console', (m) => {
    if (m.type() === 'error' || (m.type() === 'warning' && !/dev mode/.test(m.text()))) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  tab.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  await tab.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    problems.push(`request to another origin: ${url}`);
    return route.abort();
  });
  await tab.goto(`${origin}/`);
  const report = await tab.evaluate(async () => {
    const tags = ['twin-agreement-card', 'twin-signatory-list', 'twin-city-map', 'twin-pilgrimage-timeline'];
    await Promise.all(tags.map((t) => customElements.whenDefined(t)));
    const out = {};
    for (const tag of tags) {
      const el = document.querySelector(tag);
      // The map and the timeline are lazy: brought into view, they load.
      el.scrollIntoView();
      for (let i = 0; i < 100 && el.shadowRoot.querySelector('.skeleton'); i++) await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      const root = el.shadowRoot;
      out[tag] = {
        lang: root.querySelector('[part=base]')?.getAttribute('lang'),
        error: !!root.querySelector('[part=error]'),
        skeleton: !!root.querySelector('.skeleton'),
        height: el.getBoundingClientRect().height,
        text: root.textContent.replace(/\s+/g, ' ').trim().slice(0, 60),
      };
    }
    out.csp = window.__violations?.length ? window.__violations.join(', ') : null;
    return out;
  });
  const expected = { 'twin-agreement-card': 'fa', 'twin-signatory-list': 'tr', 'twin-city-map': 'en', 'twin-pilgrimage-timeline': 'az' };
  for (const [tag, lang] of Object.entries(expected)) {
    const r = report[tag];
    if (r.lang !== lang) problems.push(`${tag}: language ${r.lang}, expected ${lang}`);
    if (r.error) problems.push(`${tag}: shows an error`);
    if (r.skeleton) problems.push(`${tag}: still shows its skeleton in view`);
    if (r.height < 100) problems.push(`${tag}: only ${r.height}px high`);
    console.log(`${tag} (${r.lang}): ${Math.round(r.height)}px, "${r.text}…"`);
  }
  if (report.csp) problems.push(`CSP violation: ${report.csp}`);
  await tab.close();
  if (form.dir === 'dist/site') {
    // Only what the page shows: a Persian card alone.
    const card = await browser.newPage();
    const downloads = [];
    card.on('request', (r) => downloads.push(new URL(r.url()).pathname));
    await card.goto(`${origin}/card.html`);
    const shown = await card.evaluate(async () => {
      await customElements.whenDefined('twin-agreement-card');
      const el = document.querySelector('twin-agreement-card');
      await el.updateComplete;
      const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
      const chunks = performance.getEntriesByType('resource').filter((r) => r.name.includes('/chunks/'));
      return {
        lang: el.shadowRoot.querySelector('[part=base]')?.getAttribute('lang'),
        text: el.shadowRoot.textContent.trim().length,
        map: !!customElements.get('twin-city-map'),
        paint,
        firstChunk: Math.min(...chunks.map((r) => r.startTime)),
      };
    });
    // The page's own text is painted before any of the elements' code is asked for (Lighthouse's simulation then
    // leaves the elements out of the page's first and largest paints).
    if (!(shown.paint > 0)) problems.push('the folder: no first-contentful-paint entry on a page with text (the check would see nothing)');
    else if (!(shown.firstChunk >= shown.paint)) {
      problems.push(`the folder: a chunk was requested at ${Math.round(shown.firstChunk)} ms, before the page's first contentful paint at ${Math.round(shown.paint)} ms`);
    }
    if (shown.lang !== 'fa' || shown.text < 100) problems.push(`the folder: the card alone did not render in Persian (${JSON.stringify(shown)})`);
    if (shown.map) problems.push('the folder: a page with a card alone defined the map');
    const needless = downloads.filter((p) => /city-map|map-view|pilgrimage-timeline|signatory-list|world|region|Virtualizer|\/(tr|az|az-Arab)-[\w-]+\.js$/.test(p));
    if (needless.length) problems.push(`the folder: a page with a Persian card alone downloaded ${needless.join(', ')}`);
    if (!downloads.some((p) => /\/fa-[\w-]+\.js$/.test(p))) problems.push('the folder: the Persian translations were not downloaded (the check would see nothing)');
    console.log(
      `the folder, a Persian card alone: ${downloads.filter((p) => p.startsWith('/assets/')).length} files downloaded, the first at ${Math.round(shown.firstChunk)} ms, after the page's first contentful paint at ${Math.round(shown.paint)} ms`,
    );
    await card.close();
    // A page whose only content is the card: no paint of the page's own comes, and the card still loads.
    const bare = await browser.newPage();
    await bare.goto(`${origin}/card-only.html`);
    const bareCard = await bare.evaluate(async () => {
      await customElements.whenDefined('twin-agreement-card');
      const el = document.querySelector('twin-agreement-card');
      await el.updateComplete;
      return el.shadowRoot.querySelector('[part=title]')?.textContent?.trim().length ?? 0;
    });
    if (!bareCard) problems.push('the folder: on a page with the card only, the card did not render its title');
    await bare.close();
  }
  if (problems.length === before) console.log(`${form.name}: all four elements render offline under a strict CSP, loaded twice, with no error.`);
  }
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(`The self-hosted forms fail:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
