#!/usr/bin/env node
// Checks the self-hosted file as a webmaster uses it: dist/twin-city-elements.js copied into a site's own
// folder, pasted twice into a plain HTML page with a strict Content-Security-Policy and no network. All four
// elements must render their content, no request may leave the site, and nothing may be logged as an error.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const file = readFileSync('dist/twin-city-elements.js');
// The strict-CSP host page of the browser tests, loading the built file instead of the sources, twice.
const page = readFileSync('test/hosts/strict-csp.html', 'utf8').replace(
  '<script type="module" src="/src/index.ts"></script>',
  '<script type="module" src="/assets/twin-city-elements.js"></script>\n    <script type="module" src="/assets/twin-city-elements.js"></script>',
);
if (!page.includes('/assets/twin-city-elements.js')) throw new Error('test/hosts/strict-csp.html no longer loads /src/index.ts');
const recorder = readFileSync('test/hosts/record-violations.js');
const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1];
if (!csp) throw new Error('test/hosts/strict-csp.html declares no Content-Security-Policy');
const server = createServer((req, res) => {
  if (req.url?.startsWith('/assets/twin-city-elements.js')) {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(file);
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
      await el.updateComplete;
      const root = el.shadowRoot;
      out[tag] = {
        lang: root.querySelector('[part=base]')?.getAttribute('lang'),
        error: !!root.querySelector('[part=error]'),
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
    if (r.height < 100) problems.push(`${tag}: only ${r.height}px high`);
    console.log(`${tag} (${r.lang}): ${Math.round(r.height)}px, "${r.text}…"`);
  }
  if (report.csp) problems.push(`CSP violation: ${report.csp}`);
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(`The self-hosted file fails:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('dist/twin-city-elements.js: all four elements render offline under a strict CSP, loaded twice, with no error.');
