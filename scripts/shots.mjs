#!/usr/bin/env node
// `npm run shots`: screenshots of every story of the built Storybook (storybook-static/, `npm run build-storybook`),
// taken through Storybook's own preview in Chromium as `npm run check:stories` opens it, in Persian and English (and
// Turkish and Azerbaijani for the text-heavy card and signatory list), at 375 and 1280 px, light and dark, and a
// contact sheet per element (a PNG made in the browser from a page of the shots, scaled down, each shot labelled) and
// one per story.
// Look at them before and after a visual change (VISUAL.md). `--help` lists the options that narrow a run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readOptions } from './cli-options.mjs';
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

const USAGE = `npm run shots -- [options]
  --element <name>    only the stories whose element (or guide) name contains it: timeline, card, map, list,
                      theming, …; repeat or separate with commas
  --story <name>      only the stories whose id contains it (default, dark, hijri-calendar, …)
  --locale <fa,en,…>  only these languages (of fa, en, and tr, az for the card and the signatory list)
  --width <375,1280>  only these viewport widths (any width in px may be given)
  --theme <light|dark>
  --out <dir>         where to write (default shots/); shots go to <dir>/<element>/<story>.<locale>.<width>.<theme>.png,
                      contact sheets to <dir>/<element>.sheet.png (every story) and <dir>/<element>/<story>.sheet.png
  --storybook <dir>   the built Storybook to shoot (default storybook-static/)
  --scale <n>         contact sheets' scale (default 0.25; twice that on a story's sheet)
  --jobs <n>          pages shot side by side (default 2)`;

const options = readOptions(
  {
    element: { type: 'string', multiple: true },
    story: { type: 'string', multiple: true },
    locale: { type: 'string', multiple: true },
    width: { type: 'string', multiple: true },
    theme: { type: 'string', multiple: true },
    out: { type: 'string', default: 'shots' },
    storybook: { type: 'string', default: 'storybook-static' },
    scale: { type: 'string', default: '0.25' },
    jobs: { type: 'string', default: '2' },
  },
  USAGE,
);
const list = (values) => values?.flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase()).filter(Boolean);

const LOCALES = ['fa', 'en', 'tr', 'az'];
const WIDTHS = [375, 1280];
const THEMES = ['light', 'dark'];
/** The elements whose stories are mostly text are shot in all four languages; the others in fa and en. */
const TEXT_HEAVY = new Set(['agreement-card', 'signatory-list']);
const localesOf = (element) => (TEXT_HEAVY.has(element) ? LOCALES : LOCALES.slice(0, 2));
/** A story taller than this (a thousand events) is cut here; its sheet label says how tall it was. */
const MAX_HEIGHT = 6000;
/** On a contact sheet a shot shows at most this much of its height (in the shot's px), the cut marked. */
const SHEET_MAX_HEIGHT = 3200;

const wantedLocales = list(options.locale) ?? LOCALES;
const wantedWidths = list(options.width)?.map(Number) ?? WIDTHS;
const wantedThemes = list(options.theme) ?? THEMES;
const scale = Number(options.scale);
const jobs = Math.max(1, Number(options.jobs) || 1);
for (const [what, values, known] of [
  ['--locale', wantedLocales, LOCALES],
  ['--theme', wantedThemes, THEMES],
]) {
  const unknown = values.filter((v) => !known.includes(v));
  if (unknown.length) {
    console.error(`${what}: ${unknown.join(', ')} is not one of ${known.join(', ')}`);
    process.exit(2);
  }
}
if (wantedWidths.some((w) => !Number.isInteger(w) || w < 200 || w > 4000) || !(scale > 0 && scale <= 1)) {
  console.error('--width takes whole px from 200 to 4000, --scale a number from 0 to 1');
  process.exit(2);
}

const storybookRoot = resolve(options.storybook);
const out = resolve(options.out);
/** `Elements/Pilgrimage timeline` → `pilgrimage-timeline`. */
const elementOf = (entry) => entry.title.split('/').pop().trim().toLowerCase().replace(/[^a-z0-9]+/g, '-');
const storyOf = (entry) => entry.id.split('--').pop();

const entries = storybookEntries(storybookRoot);
const stories = entries.filter(
  (e) =>
    e.type === 'story' &&
    (!options.element || list(options.element).some((n) => elementOf(e).includes(n))) &&
    (!options.story || list(options.story).some((n) => storyOf(e).includes(n))),
);
if (!stories.length) {
  console.error('No story matches: see --help.');
  process.exit(2);
}

/** One preview page per language, theme and width; each shoots every story that is wanted in its language. */
const settings = [];
for (const locale of wantedLocales) {
  const own = stories.filter((e) => localesOf(elementOf(e)).includes(locale));
  if (!own.length) continue;
  for (const theme of wantedThemes) for (const width of wantedWidths) settings.push({ locale, theme, width, stories: own });
}
if (!settings.length) {
  console.error(`No story is shot in ${wantedLocales.join(', ')}: tr and az are for the card and the signatory list.`);
  process.exit(2);
}

const started = Date.now();
const server = await serveDirectory(storybookRoot);
const browser = await launchChromium();
/** Every shot taken: element, story, its label, setting, file and heights. */
const shots = [];
/** What went wrong, per story and setting; reported at the end (the shots are still taken). */
const problems = [];

async function shoot({ locale, theme, width, stories: own }) {
  const page = await browser.newPage({ viewport: { width, height: width < 700 ? 812 : 800 } });
  let current = '';
  const report = (text) => problems.push(`${current || 'preview'} (${locale}, ${width}, ${theme}): ${text}`);
  page.on('pageerror', (e) => report(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => report(`failed request: ${r.url()}`));
  await keepToOrigin(page, server.origin, (url) => report(`request to another origin: ${url}`));
  // The preview opens on another entry (a docs page if there is one): the first story chosen must render anew.
  const opening = entries.find((e) => e.type === 'docs') ?? entries.find((e) => e.id !== own[0].id) ?? own[0];
  await openPreview(page, server.origin, opening, `locale:${locale};theme:${theme}`);
  for (const entry of own) {
    current = entry.id;
    try {
      const outcome = await chooseEntry(page, entry);
      if (outcome !== 'rendered') report(outcome);
      const shown = await page.evaluate(settle, rootOf(entry));
      for (const s of shown) if (s.loading) report(`<${s.tag}> still loading`);
      // The page's fonts (Persian and Arabic-script Noto among them) before the picture.
      const size = await page.evaluate(async (selector) => {
        await document.fonts.ready;
        const root = document.querySelector(selector);
        // The preview's wrappers carry the direction: what overflows them in Persian goes off the page's left edge,
        // where no screenshot reaches, so it is measured on them.
        const wrappers = [...root.querySelectorAll(':scope > *, :scope > * > *')];
        return {
          width: Math.max(document.documentElement.scrollWidth, root.scrollWidth, innerWidth),
          height: Math.ceil(root.getBoundingClientRect().height),
          overflow: Math.max(0, document.documentElement.scrollWidth - innerWidth, ...wrappers.map((w) => w.scrollWidth - w.clientWidth)),
        };
      }, rootOf(entry));
      const element = elementOf(entry);
      const story = storyOf(entry);
      const file = join(out, element, `${story}.${locale}.${width}.${theme}.png`);
      mkdirSync(join(out, element), { recursive: true });
      await page.screenshot({
        path: file,
        fullPage: true,
        clip: { x: 0, y: 0, width: size.width, height: Math.max(1, Math.min(size.height, MAX_HEIGHT)) },
        animations: 'disabled',
        caret: 'hide',
      });
      if (size.overflow) report(`overflows its ${width} px by ${size.overflow} px`);
      shots.push({ element, story, name: entry.name, locale, width, theme, file, height: size.height, shotWidth: size.width, overflow: size.overflow });
    } catch (e) {
      report(`not shot: ${e.message.split('\n')[0]}`);
    }
  }
  await page.close();
}

/** Runs the settings `jobs` at a time. */
async function runAll() {
  const queue = [...settings];
  let done = 0;
  await Promise.all(
    Array.from({ length: Math.min(jobs, queue.length) }, async () => {
      for (let setting; (setting = queue.shift()); ) {
        await shoot(setting);
        done++;
        process.stdout.write(`\r${done}/${settings.length} settings, ${shots.length} shots`);
      }
    }),
  );
  process.stdout.write('\n');
}

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The contact sheet of one element: its shots story by story (narrow ones first, then by language and theme; the
 * stories on alternate backgrounds), each labelled, wrapped into a sheet about as wide as it is tall so that a viewer that fits
 * the picture to the screen shrinks it least.
 */
function sheetHtml(title, own, scale) {
  const sorted = [...own].sort(
    (a, b) =>
      a.width - b.width || LOCALES.indexOf(a.locale) - LOCALES.indexOf(b.locale) || THEMES.indexOf(a.theme) - THEMES.indexOf(b.theme),
  );
  const tile = (shot) => ({
    width: Math.round(shot.shotWidth * scale),
    height: Math.round(Math.min(shot.height, MAX_HEIGHT, SHEET_MAX_HEIGHT) * scale),
  });
  const area = sorted.reduce((sum, shot) => sum + (tile(shot).width + 10) * (tile(shot).height + 30), 0);
  const sheetWidth = Math.max(600, ...sorted.map((shot) => tile(shot).width), Math.round(Math.sqrt(area) * 1.1));
  const storyIds = stories.map(storyOf).filter((id, i) => elementOf(stories[i]) === own[0].element && own.some((s) => s.story === id));
  const figures = storyIds.flatMap((story, i) =>
    sorted
      .filter((s) => s.story === story)
      .map((shot) => {
        const { width, height } = tile(shot);
        const cut = shot.height > Math.min(MAX_HEIGHT, SHEET_MAX_HEIGHT) ? ` <b>cut: ${shot.height.toLocaleString('en')} px</b>` : '';
        const wide = shot.overflow ? ` <b>overflows by ${shot.overflow} px</b>` : '';
        const src = relative(out, shot.file).split('\\').join('/');
        return `<figure class="story${i % 2}" style="width:${width}px"><figcaption><strong>${escape(shot.name)}</strong> · ${shot.locale} · ${shot.width} · ${shot.theme}${cut}${wide}</figcaption>
        <div class="frame" style="height:${height}px"><img src="/${escape(src)}" width="${width}" alt=""></div></figure>`;
      }),
  );
  return `<!doctype html><meta charset="utf-8"><style>
    body { margin: 0; padding: 12px; background: #b8bcc4; font: 12px/1.3 system-ui, 'Noto Sans', sans-serif; color: #111; width: ${sheetWidth}px; }
    h1 { font-size: 18px; margin: 0 0 8px; }
    .flow { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-start; }
    figure { margin: 0; padding: 3px; } figcaption { overflow-wrap: anywhere; }
    .story0 { background: #d5d8de; } .story1 { background: #9fa4ad; }
    figcaption b { color: #a00; }
    .frame { overflow: hidden; outline: 1px solid #555; background: #fff; } img { display: block; }
  </style><h1>${escape(title)}: ${own.length} shots, ${escape(relative(process.cwd(), out) || '.')}, ${new Date().toISOString().slice(0, 16)} UTC</h1>
  <div class="flow">${figures.join('\n')}</div>`;
}

async function contactSheets() {
  const shotServer = await serveDirectory(out);
  const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
  await keepToOrigin(page, shotServer.origin, (url) => problems.push(`contact sheet: request to ${url}`));
  const sheets = [];
  try {
    // One sheet per element, and one per story beside its shots (fewer shots, twice as large).
    const wanted = [];
    for (const element of [...new Set(shots.map((s) => s.element))]) {
      const own = shots.filter((s) => s.element === element);
      wanted.push({ title: element, own, file: `${element}.sheet`, scale });
      for (const story of [...new Set(own.map((s) => s.story))])
        wanted.push({
          title: `${element}: ${story}`,
          own: own.filter((s) => s.story === story),
          file: `${element}/${story}.sheet`,
          scale: Math.min(1, scale * 2),
        });
    }
    for (const { title, own, file, scale } of wanted) {
      writeFileSync(join(out, `${file}.html`), sheetHtml(title, own, scale));
      await page.goto(`${shotServer.origin}/${file}.html`);
      await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
      const width = await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().width));
      await page.setViewportSize({ width, height: 600 });
      await page.screenshot({ path: join(out, `${file}.png`), fullPage: true });
      if (!file.includes('/')) sheets.push(join(out, `${file}.png`));
    }
  } finally {
    await page.close();
    shotServer.close();
  }
  return sheets;
}

let sheets = [];
try {
  await runAll();
  sheets = await contactSheets();
} finally {
  await browser.close();
  server.close();
}

const seconds = Math.round((Date.now() - started) / 1000);
console.log(`${shots.length} shots of ${stories.length} stories in ${seconds} s, in ${relative(process.cwd(), out) || '.'}/`);
for (const sheet of sheets) console.log(`  contact sheet: ${relative(process.cwd(), sheet)}`);
if (problems.length) {
  console.log(`${problems.length} problems seen while shooting:\n  ${problems.join('\n  ')}`);
}
// The pictures are the product: a story that could not be shot fails the run; what the others show is for the eye.
if (problems.some((p) => p.includes('not shot:'))) process.exitCode = 1;
