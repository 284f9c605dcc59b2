#!/usr/bin/env node
// Opens every story and docs page of the built Storybook (storybook-static/, `npm run build-storybook`) as a designer
// would, in Chromium, in the toolbar's default language and theme and again in English and dark. Each must show its
// elements finished (their data or, for the stories about mistakes, their error), with no uncaught exception, no
// failed request, no request to another origin, and no accessibility violation axe can find (WCAG 2.2 A and AA).
// An error in the console is allowed only from an element that shows an error state.
// The elements themselves are tested in three engines by `npm test`; this checks the catalogue around them.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { contentType } from './content-types.mjs';

const root = join(process.cwd(), 'storybook-static');
if (!existsSync(join(root, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run npm run build-storybook first.');
  process.exit(1);
}
const chromiumPath = process.env.TWIN_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  console.error(`${chromiumPath} is missing: apt-get update && apt-get install -y chromium`);
  process.exit(1);
}

const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(root + sep)) {
    res.writeHead(404).end();
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': contentType(file) });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const entries = Object.values(JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')).entries);
const axeSource = readFileSync(new URL('../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
/** The toolbar's defaults (Persian, light), then English in the dark theme. */
const GLOBALS = ['', 'locale:en;theme:dark'];

/** In the page: waits until every twin-* element under `selector` shows its data or its error, then says what each shows. */
async function settle(selector) {
  const find = (node, out = []) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName.startsWith('twin-')) out.push(el);
      if (el.shadowRoot && !el.localName.startsWith('twin-')) find(el.shadowRoot, out);
    }
    return out;
  };
  const root = document.querySelector(selector);
  // A docs page renders its stories a moment after the page itself.
  let elements = [];
  for (let i = 0; i < 20 && !(elements = find(root)).length; i++) await new Promise((r) => setTimeout(r, 50));
  await Promise.all(elements.map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete)));
  // The map's geometry and the timeline's virtualizer arrive after the data: two frames and a pause.
  await new Promise((r) => setTimeout(r, 300));
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return elements.map((el) => ({
    tag: el.localName,
    error: !!el.shadowRoot?.querySelector('[part~="error"]'),
    loading: !!el.shadowRoot?.querySelector('.state.loading'),
    empty: !el.shadowRoot?.textContent?.trim(),
  }));
}

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const failures = [];
let checked = 0;
/** Every entry in one preview, as in Storybook's own window: the first page loads it, the others are chosen in it. */
async function checkAll(globals) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  let problems = [];
  let consoleErrors = [];
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('requestfailed', (r) => problems.push(`failed request: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.route('**/*', (route) => {
    const requested = route.request().url();
    if (requested.startsWith(origin) || /^(data|blob):/.test(requested)) return route.continue();
    problems.push(`request to another origin: ${requested}`);
    return route.abort();
  });
  const [first] = entries;
  await page.goto(
    `${origin}/iframe.html?id=${first.id}&viewMode=${first.type === 'docs' ? 'docs' : 'story'}${globals ? `&globals=${globals}` : ''}`,
  );
  await page.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.currentRender, undefined, { timeout: 60_000 });
  await page.addScriptTag({ content: axeSource });
  for (const entry of entries) {
    const docs = entry.type === 'docs';
    const where = `${entry.id}${globals ? ` (${globals})` : ''}`;
    problems = [];
    consoleErrors = [];
    try {
      const outcome = await page.evaluate(
        ([storyId, viewMode]) =>
          new Promise((resolve) => {
            const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
            const events = ['storyRendered', 'docsRendered', 'storyErrored', 'storyThrewException', 'storyMissing'];
            const handlers = events.map((name) => {
              const handler = (detail) => {
                events.forEach((other, i) => channel.off(other, handlers[i]));
                resolve(
                  name === 'storyRendered' || name === 'docsRendered'
                    ? 'rendered'
                    : `${name}: ${String(detail?.message ?? detail?.title ?? detail ?? '')}`,
                );
              };
              channel.on(name, handler);
              return handler;
            });
            const timer = setTimeout(() => resolve('not rendered within 30 s'), 30_000);
            channel.once('storyRendered', () => clearTimeout(timer));
            channel.once('docsRendered', () => clearTimeout(timer));
            channel.emit('setCurrentStory', { storyId, viewMode });
          }),
        [entry.id, docs ? 'docs' : 'story'],
      );
      if (outcome !== 'rendered') problems.push(outcome);
      const shown = await page.evaluate(settle, docs ? '#storybook-docs' : '#storybook-root');
      if (!shown.length && !docs) problems.push('no twin-* element in the story');
      for (const s of shown) {
        if (s.loading) problems.push(`<${s.tag}> is still loading`);
        else if (s.empty) problems.push(`<${s.tag}> shows nothing`);
      }
      const showsError = shown.some((s) => s.error);
      for (const text of consoleErrors) {
        if (!(showsError && /^<twin-[a-z-]+>: /.test(text))) problems.push(`console error: ${text.split('\n')[0]}`);
      }
      const violations = await page.evaluate(async (selector) => {
        const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
        const result = await window.axe.run({ include: [[selector]] }, { runOnly: { type: 'tag', values: tags } });
        const where = (v) => v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ');
        return result.violations.map((v) => `${v.id} (${v.impact}): ${where(v)}`);
      }, docs ? '#storybook-docs' : '#storybook-root');
      for (const v of violations) problems.push(`axe: ${v}`);
    } catch (e) {
      problems.push(`could not be checked: ${e.message.split('\n')[0]}`);
    }
    checked++;
    if (problems.length) failures.push(`${where}\n  ${problems.join('\n  ')}`);
  }
  await page.close();
}

try {
  // The two settings side by side, each in its own page.
  await Promise.all(GLOBALS.map(checkAll));
} finally {
  await browser.close();
  server.close();
}

const stories = entries.filter((e) => e.type === 'story').length;
console.log(`Storybook: ${stories} stories and ${entries.length - stories} docs pages, in ${GLOBALS.length} settings each: ${checked} checked in Chromium.`);
if (failures.length) {
  console.error(`${failures.length} with problems:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('Every page shows its elements finished, with no error, no failed or outside request and no axe violation.');
