#!/usr/bin/env node
// Opens every story and docs page of the built Storybook (storybook-static/, `npm run build-storybook`) as a designer
// would, in Chromium, in the toolbar's default language and theme and again in English and dark. Each must show its
// elements finished (their data or, for the stories about mistakes, their error), with no uncaught exception, no
// failed request, no request to another origin, and no accessibility violation axe can find (WCAG 2.2 A and AA).
// An error in the console is allowed only from an element that shows an error state.
// The elements themselves are tested in three engines by `npm test`; this checks the catalogue around them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  chooseEntry,
  keepToOrigin,
  launchChromium,
  openPreview,
  rootOf,
  serveDirectory,
  settle,
  storybookEntries,
} from './storybook-preview.mjs';

const entries = storybookEntries(join(process.cwd(), 'storybook-static'));
const server = await serveDirectory(join(process.cwd(), 'storybook-static'));
const { origin } = server;
const axeSource = readFileSync(new URL('../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
/** The toolbar's defaults (Persian, light), then English in the dark theme. */
const GLOBALS = ['', 'locale:en;theme:dark'];

const browser = await launchChromium();
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
  await keepToOrigin(page, origin, (url) => problems.push(`request to another origin: ${url}`));
  const [first] = entries;
  await openPreview(page, origin, first, globals);
  await page.addScriptTag({ content: axeSource });
  // Storybook's a11y addon runs its own copy of axe after each story, and loading it takes over `window.axe`: the check
  // keeps its own copy, so that the addon's run never overlaps it ("Axe is already running", as in a CI run) nor
  // configures it (the addon turns rules off).
  await page.evaluate(() => {
    window.twinAxe = window.axe;
  });
  for (const entry of entries) {
    const docs = entry.type === 'docs';
    const where = `${entry.id}${globals ? ` (${globals})` : ''}`;
    problems = [];
    consoleErrors = [];
    try {
      const outcome = await chooseEntry(page, entry);
      if (outcome !== 'rendered') problems.push(outcome);
      const shown = await page.evaluate(settle, rootOf(entry));
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
        const result = await window.twinAxe.run({ include: [[selector]] }, { runOnly: { type: 'tag', values: tags } });
        const where = (v) => v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ');
        return result.violations.map((v) => `${v.id} (${v.impact}): ${where(v)}`);
      }, rootOf(entry));
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
