#!/usr/bin/env node
// Checks the iframe page as a site whose CMS strips scripts uses it, with two servers: the site that holds dist/embed.html
// (and embed.js, embed/, embed-resize.js) on 127.0.0.1, and a page of another origin (localhost) under a strict
// Content-Security-Policy sent as a header, with an iframe of embed.html and embed-resize.js. In Chromium: the elements
// render under embed.html's own policy (no CSP violation, no console error, no request beyond its site), the iframe
// takes its content's height (within 1 px), and a bad option shows the localized sentence. Run after `npm run build`.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const types = { '.js': 'text/javascript', '.html': 'text/html; charset=utf-8', '.json': 'application/json' };
function serve(handler) {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
const site = await serve((req, res) => {
  const path = normalize(new URL(req.url ?? '/', 'http://x').pathname);
  const file = join('dist', path);
  const allowed = /^\/(embed\.html|embed\.js|embed-resize\.js|embed\/[\w.-]+\.js)$/.test(path);
  if (!allowed || path.includes('..') || !existsSync(file)) {
    res.writeHead(404);
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': types[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
const siteOrigin = `http://127.0.0.1:${site.address().port}`;
const hostCsp = `default-src 'self'; script-src 'self' ${siteOrigin}; style-src 'self'; frame-src ${siteOrigin}; require-trusted-types-for 'script'; trusted-types 'none'`;
const hostPage = (query, borderBox) => `<!doctype html>
<html lang="fa"><head><meta charset="utf-8"><title>host</title>
<script src="${siteOrigin}/embed-resize.js" defer></script>${borderBox ? '<link rel="stylesheet" href="/host.css">' : ''}</head>
<body><p>A municipal page.</p><iframe src="${siteOrigin}/embed.html?${query}" title="embed" width="600" height="300"></iframe></body></html>`;
const host = await serve((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname === '/host.css') {
    // A site that sizes borders in everywhere (Bootstrap), with a thick frame round the iframe.
    res.writeHead(200, { 'content-type': 'text/css' });
    res.end('*, ::before, ::after { box-sizing: border-box } iframe { border: 6px solid; padding: 3px }');
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': hostCsp });
  res.end(hostPage(url.searchParams.get('q') ?? '', url.searchParams.has('bb')));
});
const hostOrigin = `http://localhost:${host.address().port}`;

const problems = [];
const browser = await chromium.launch({
  executablePath: process.env.TWIN_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const cases = [
    { query: 'element=map,timeline&lang=fa&layout=vertical', tags: ['twin-city-map', 'twin-pilgrimage-timeline'] },
    { query: 'element=card&lang=az-Arab', tags: ['twin-agreement-card'], borderBox: true },
    { query: 'element=card,chart&lang=tr', message: 'Bu içerik gösterilemiyor: adresindeki “element” değeri geçerli değil.' },
  ];
  for (const c of cases) {
    const tab = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const label = `embed.html?${c.query}${c.borderBox ? ' (host: box-sizing: border-box)' : ''}`;
    tab.on('console', (m) => {
      if (m.type() === 'error' || (m.type() === 'warning' && !/dev mode/.test(m.text()))) problems.push(`${label}: console ${m.type()}: ${m.text()}`);
    });
    tab.on('pageerror', (e) => problems.push(`${label}: uncaught: ${e.message}`));
    await tab.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(siteOrigin) || url.startsWith(hostOrigin)) return route.continue();
      problems.push(`${label}: request to another origin: ${url}`);
      return route.abort();
    });
    await tab.goto(`${hostOrigin}/?q=${encodeURIComponent(c.query)}${c.borderBox ? '&bb' : ''}`);
    const frame = await (await tab.waitForSelector('iframe')).contentFrame();
    await frame.waitForLoadState('load');
    // Violations of embed.html's own policy, from the moment its script runs.
    await frame.evaluate(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const inside = await frame.evaluate(async (tags) => {
      const main = document.querySelector('main');
      for (let i = 0; i < 300; i++) {
        const alert = main.querySelector('[role=alert]');
        const done = tags.length && tags.every((t) => {
          const el = main.querySelector(t);
          return el?.shadowRoot?.querySelector('[part=base]') && !el.shadowRoot.querySelector('.skeleton');
        });
        if (alert || done) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      // Let the last layout settle and its message arrive.
      await new Promise((r) => setTimeout(r, 800));
      return {
        message: main.querySelector('[role=alert]')?.textContent ?? null,
        tags: tags.map((t) => !!main.querySelector(t)?.shadowRoot?.querySelector('[part=base]') && !main.querySelector(t).shadowRoot.querySelector('[part=error]')),
        height: main.getBoundingClientRect().height,
        violations: window.__violations,
        lang: document.documentElement.lang,
      };
    }, c.tags ?? []);
    // The iframe's inner height (without its border and padding), in a page with and without box-sizing: border-box.
    const frameHeight = await tab.evaluate(() => {
      const frame = document.querySelector('iframe');
      const style = getComputedStyle(frame);
      return frame.clientHeight - Number.parseFloat(style.paddingTop) - Number.parseFloat(style.paddingBottom);
    });
    if (c.message !== undefined && inside.message !== c.message) problems.push(`${label}: message ${JSON.stringify(inside.message)}, expected ${JSON.stringify(c.message)}`);
    if (c.tags && (inside.message || !inside.tags.every(Boolean))) problems.push(`${label}: the elements did not render (${JSON.stringify(inside)})`);
    if (Math.abs(frameHeight - inside.height) > 1) problems.push(`${label}: the iframe is ${frameHeight}px high, its content ${inside.height}px`);
    if (inside.violations.length) problems.push(`${label}: CSP violations in embed.html: ${inside.violations.join(', ')}`);
    console.log(`${label} (${inside.lang}): content ${Math.round(inside.height)}px, iframe ${Math.round(frameHeight)}px${inside.message ? `, "${inside.message}"` : ''}`);
    await tab.close();
  }
} finally {
  await browser.close();
  site.close();
  host.close();
}
if (problems.length) {
  console.error(`The iframe page fails:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('embed.html: the elements render in an iframe of another origin under both pages\' strict CSPs, sized to their content, with no error.');
