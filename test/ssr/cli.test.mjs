// `twin-city-elements render`, the command a site runs for its static HTML: the built file dist/cli.js (run
// `npm run build` first), run as a user runs it, in a child process. Every element in every language on the
// default data, a dataset of its own (--data), hostile and invalid datasets, wrong command lines, --out and --styles.
// Run with `npm run test:ssr` (node --test); the browser side is test/static-html.test.ts.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parseFragment } from 'parse5';
import { importSources } from '../../scripts/import-sources.mjs';
import { root, run as runCli } from './run-cli.mjs';

const cli = join(root, 'dist/cli.js');
const work = mkdtempSync(join(tmpdir(), 'twin-cli-test-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Runs dist/cli.js in a scratch folder (relative --styles and --out paths land there). */
const run = (args) => runCli(args, { cwd: work });

/** The output without the style sheets of the shadow roots (whose CSS would match some patterns). */
function withoutStyles(html) {
  return html.replace(/<style>[\s\S]*?<\/style>/g, '<style></style>');
}

/** Every element of an output as an HTML parser reads it, shadow roots' templates included. */
function* elementsOf(html) {
  function* walk(node) {
    if (node.tagName) yield node;
    for (const child of node.childNodes ?? []) yield* walk(child);
    if (node.content) yield* walk(node.content);
  }
  yield* walk(parseFragment(html));
}

/** The JSON-LD block of an output, parsed (it must be there once). */
function jsonLd(html) {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  assert.equal(blocks.length, 1, 'one JSON-LD block');
  return { text: blocks[0][1], value: JSON.parse(blocks[0][1]) };
}

/** Every node of a JSON-LD graph, depth first. */
function* nodes(value) {
  if (Array.isArray(value)) for (const v of value) yield* nodes(v);
  else if (value && typeof value === 'object') {
    yield value;
    for (const v of Object.values(value)) yield* nodes(v);
  }
}

/** The schema.org properties and types the output may use (all real ones; https://schema.org). */
const SCHEMA_PROPERTIES = new Set([
  '@context', '@graph', '@type', 'name', 'description', 'startDate', 'endDate', 'inLanguage', 'eventAttendanceMode', 'location', 'about',
  'organizer', 'attendee', 'subjectOf', 'geo', 'latitude', 'longitude', 'containedInPlace', 'identifier', 'url', 'jobTitle', 'affiliation',
  'alternateName', 'publisher', 'datePublished',
  // The words of the day (statements): a Quotation, and the original it translates.
  'spokenByCharacter', 'isBasedOn', 'dateCreated', 'text', 'translationOfWork',
]);
const SCHEMA_TYPES = new Set(['Event', 'Place', 'City', 'Country', 'GeoCoordinates', 'Person', 'Organization', 'CreativeWork', 'Museum', 'Mosque', 'CityHall', 'LandmarksOrHistoricalBuildings', 'Quotation']);

function checkSchema(value) {
  for (const node of nodes(value)) {
    for (const key of Object.keys(node)) assert.ok(SCHEMA_PROPERTIES.has(key), `unexpected property ${key}`);
    if ('@type' in node) assert.ok(SCHEMA_TYPES.has(node['@type']), `unexpected type ${node['@type']}`);
    for (const key of ['startDate', 'endDate', 'datePublished']) {
      if (key in node) assert.match(node[key], /^-?\d{4}(-\d{2}(-\d{2})?)?$/, `${key} is an ISO date with its precision: ${node[key]}`);
    }
  }
}

const elements = {
  'agreement-card': 'twin-agreement-card',
  'signatory-list': 'twin-signatory-list',
  'city-map': 'twin-city-map',
  'pilgrimage-timeline': 'twin-pilgrimage-timeline',
};

/** What a reader must see, per element and language (from the dataset and the translations). */
const expected = {
  'agreement-card': {
    fa: ['تفاهم‌نامه خواهرخواندگی خوی و قونیه', '۲۳ آذر ۱۴۰۴', 'امضاکنندگان', 'بهمن رضانژاد'],
    tr: ['Hoy–Konya kardeş şehir protokolü', '14 Aralık 2025', 'konuşmacı', 'Mustafa Uzbaş'],
    en: ['Khoy–Konya sister-city memorandum of understanding', 'December 14, 2025', 'Signed by', 'Areas of cooperation'],
    az: ['Xoy–Konya qardaş şəhər memorandumu', '14 dekabr 2025', 'İmzalayanlar'],
    'az-Arab': ['خوی–قونیه قارداش شهر تفاهم‌نامه‌سی', '۲۳ آذر ۱۴۰۴', '۱۴ دئسامبر ۲۰۲۵ م.', 'ایمضالایانلار'],
  },
  'signatory-list': {
    fa: ['بهمن رضانژاد', 'Bahman Rezanejad', 'امضاکننده'],
    tr: ['imzacı', 'konuşmacı', 'tanık', 'Bahman Rezanejad', 'بهمن رضانژاد'],
    en: ['signatory', 'speaker', 'witness'],
    az: ['imzalayan', 'çıxış edən', 'şahid'],
    'az-Arab': ['ایمضالایان', 'چیخیش ائدن', 'بهمن رضانژاد', 'Bahman Rezanejad'],
  },
  'city-map': {
    fa: ['حدود ۱٬۰۹۱ کیلومتر', 'خوی', 'قونیه', 'فهرست مکان‌ها'],
    tr: ['yaklaşık 1.091 km', 'Hoy', 'Mevlâna Müzesi'],
    en: ['about 1,091 km', 'Khoy', 'Konya'],
    az: ['təxminən 1.091 km', 'Xoy'],
    'az-Arab': ['تخمیناً ۱٬۰۹۱ کیلومتر', 'خوی', 'تورکیه'],
  },
  'pilgrimage-timeline': {
    fa: ['۴ دی ۶۵۲', '۵ جمادی‌الثانی ۶۷۲ ه‍.ق.', '۱۷ دسامبر ۱۲۷۳ (ژولینی)'],
    tr: ['17 Aralık 1273 (Jülyen takvimi)', '16 olay'],
    en: ['December 17, 1273 (Julian)', '16 events', '652 years later'],
    az: ['17 dekabr 1273 (Yulian təqvimi)'],
    'az-Arab': ['۴ دی ۶۵۲', '۵ جمادی‌الثانی ۶۷۲ ه‍.ق.', '۱۷ دئسامبر ۱۲۷۳ (ژولین تقویمی)', '۱۶ حادثه'],
  },
};

const direction = { fa: 'rtl', tr: 'ltr', en: 'ltr', az: 'ltr', 'az-Arab': 'rtl' };

let fixtures;
before(async () => {
  assert.ok(existsSync(cli), `${cli} is missing: run npm run build first`);
  // The test fixtures are TypeScript: bundled once to a module this test imports.
  fixtures = await importSources(
    "export { fictionalTwinning } from './test/fixtures/fictional-twinning.ts'; export { richDataset } from './test/fixtures/hostile-datasets.ts';",
  );
});

function writeJson(name, value) {
  const file = join(work, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return file;
}

describe('every element in every language, on the default data', () => {
  for (const [element, tag] of Object.entries(elements)) {
    for (const lang of ['fa', 'tr', 'en', 'az', 'az-Arab']) {
      test(`${element} --lang ${lang}`, async () => {
        const { code, stdout, stderr } = await run(['render', '--element', element, '--lang', lang]);
        assert.equal(stderr, '');
        assert.equal(code, 0);
        assert.ok(stdout.startsWith(`<${tag} lang="${lang}" dir="${direction[lang]}"`), stdout.slice(0, 120));
        assert.match(stdout, new RegExp(`^<${tag} [^>]*><template shadowrootmode="open"><style>`));
        assert.equal((stdout.match(/<template shadowrootmode="open">/g) ?? []).length, 1);
        assert.doesNotMatch(stdout, /lit-part|<\?>/, 'no hydration markers');
        // The timeline's dates hold their parts together with no-break spaces (a number never alone on a line).
        const shown = stdout.replaceAll('\u00a0', ' ');
        for (const text of expected[element][lang]) assert.ok(shown.includes(text), `${element} in ${lang} shows "${text}"`);
        if (lang === 'fa' || lang === 'az-Arab') {
          const dates = [...stdout.matchAll(/<time [^>]*>([^<]*)<\/time>|<span class="secondary-date">([^<]*)<\/span>/g)].map((m) => m[1] ?? m[2]);
          if (element === 'agreement-card' || element === 'pilgrimage-timeline') assert.ok(dates.length > 0);
          for (const date of dates) assert.doesNotMatch(date, /[0-9]/, `Persian digits in ${date}`);
        }
        const { value } = jsonLd(stdout);
        checkSchema(value);
        const graph = value['@graph'];
        if (element === 'pilgrimage-timeline') {
          const byName = (n) => graph.find((e) => e.startDate === n);
          assert.ok(byName('1273-12-24'), 'Rumi’s death, 17 December 1273 Julian, is 1273-12-24 Gregorian');
          assert.ok(byName('1207-10-07'), 'Rumi’s birth, 30 September 1207 Julian, is 1207-10-07 Gregorian');
          assert.ok(byName('1274'), 'a year stays a year');
          assert.ok(!graph.some((e) => /^1274-/.test(e.startDate)), 'no year read as 1 January');
        } else {
          const [agreement] = graph;
          assert.equal(agreement['@type'], 'Event');
          assert.equal(agreement.startDate, '2025-12-14');
          assert.equal(agreement.inLanguage, lang);
          assert.equal(agreement.name, expected['agreement-card'][lang][0]);
          assert.deepEqual(agreement.location.geo, { '@type': 'GeoCoordinates', latitude: 37.8667, longitude: 32.4833 });
          assert.deepEqual(agreement.about.map((c) => c['@type']), ['City', 'City']);
          assert.ok(agreement.attendee.some((p) => p['@type'] === 'Person') && agreement.attendee.some((p) => p['@type'] === 'Organization'));
          assert.ok(agreement.subjectOf.every((s) => !s.url || /^https:\/\//.test(s.url)));
        }
      });
    }
  }

  test('--element all prints the four elements, then one JSON-LD block with the agreement and the events', async () => {
    const { code, stdout } = await run(['render', '--element', 'all', '--lang', 'fa', '--theme', 'dark', '--calendar', 'islamic-umalqura', '--secondary-calendar', 'none']);
    assert.equal(code, 0);
    for (const tag of Object.values(elements)) assert.match(stdout, new RegExp(`<${tag} lang="fa" dir="rtl"[^>]* theme="dark"`));
    assert.ok(!withoutStyles(stdout).includes('class="secondary-date"'), 'no second calendar');
    assert.ok(stdout.includes('۱۴۴۷'), 'the agreement’s year in the Hijri calendar, in Persian digits');
    const graph = jsonLd(stdout).value['@graph'];
    assert.equal(graph[0].startDate, '2025-12-14');
    assert.ok(graph.length > 10);
  });
});

describe('a dataset of its own (--data)', () => {
  test('renders its cities and agreement, and puts the data in the element for when its script runs', async () => {
    const file = writeJson('fictional.json', fixtures.fictionalTwinning);
    for (const element of ['agreement-card', 'city-map']) {
      const { code, stdout, stderr } = await run(['render', '--element', element, '--data', file]);
      assert.equal(stderr, '');
      assert.equal(code, 0);
      assert.ok(stdout.includes('Wadi Noor') && stdout.includes('Fjordvik'), element);
      assert.ok(!stdout.includes('Konya'), `${element}: nothing of the default data`);
      const inline = stdout.match(/<script type="application\/json">([\s\S]*?)<\/script><\/twin-[a-z-]+>/);
      assert.ok(inline, 'the dataset as the element’s inline JSON');
      assert.equal(JSON.parse(inline[1]).id, 'wadi-noor-fjordvik');
      if (element === 'agreement-card') assert.equal(jsonLd(stdout).value['@graph'][0].startDate, '2019-06-21');
    }
  });

  test('--src gives the element the URL instead of the inline data', async () => {
    const file = writeJson('fictional.json', fixtures.fictionalTwinning);
    const { code, stdout } = await run(['render', '--data', file, '--src', '/data/twinning.json?a=1&b="2"']);
    assert.equal(code, 0);
    assert.ok(stdout.includes(' src="/data/twinning.json?a=1&amp;b=&quot;2&quot;"'), 'the URL, escaped');
    assert.ok(!stdout.includes('application/json'));
  });

  test('--agreement picks one; an unknown id is an error', async () => {
    const data = fixtures.richDataset();
    data.agreements.push({ ...data.agreements[0], id: 'second', title: { en: 'The second agreement' }, date: '2021-03-04' });
    const file = writeJson('two.json', data);
    const ok = await run(['render', '--data', file, '--agreement', 'second']);
    assert.equal(ok.code, 0);
    assert.ok(ok.stdout.includes('The second agreement'));
    assert.equal(jsonLd(ok.stdout).value['@graph'][0].startDate, '2021-03-04');
    const bad = await run(['render', '--data', file, '--agreement', 'third']);
    assert.equal(bad.code, 1);
    assert.equal(bad.stdout, '');
    assert.match(bad.stderr, /no agreement with the id "third".*"wn-fv-2019", "second"/);
  });
});

describe('untrusted data', () => {
  const payload = '</script><script>alert(1)</script><img src=x onerror=alert(2)><!--';

  test('script in every name comes out as text: no element, no handler, nothing ends the JSON-LD', async () => {
    const data = fixtures.richDataset();
    data.cities[0].name = { en: payload, ar: payload };
    data.people[0].name = `${payload}\u2028\u2029`;
    data.organisations[0].name = payload;
    data.agreements[0].title = payload;
    data.agreements[0].venue = `"onmouseover="alert(3)`;
    data.events[0].title = payload;
    data.sources[0].title = payload;
    const file = writeJson('hostile.json', data);
    const { code, stdout, stderr } = await run(['render', '--element', 'all', '--data', file]);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    const parsed = [...elementsOf(stdout)];
    const scripts = parsed.filter((e) => e.tagName === 'script').map((e) => e.attrs.map((a) => `${a.name}=${a.value}`).join(' '));
    assert.deepEqual(scripts, [...Array(4).fill('type=application/json'), 'type=application/ld+json'], 'only data scripts');
    assert.deepEqual(parsed.filter((e) => ['img', 'iframe', 'object', 'embed'].includes(e.tagName)), []);
    for (const e of parsed) {
      for (const { name, value } of e.attrs) {
        assert.doesNotMatch(name, /^on/i, `no event handler attribute on <${e.tagName}>`);
        if (['href', 'src', 'xlink:href', 'action'].includes(name)) assert.match(value, /^(https?:|mailto:|\/|[a-z0-9.-]+\.css$)/i, `${name}="${value}"`);
      }
    }
    assert.ok(stdout.includes('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;'), 'the name shown as text');
    // Inside <script> elements nothing may close them or open a comment.
    for (const [, body] of stdout.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
      assert.doesNotMatch(body, /<\/script|<!--|<script/i);
      assert.doesNotMatch(body, /[<>&\u2028\u2029]/);
    }
    const { value } = jsonLd(stdout);
    const graph = value['@graph'];
    assert.equal(graph[0].name, payload, 'the JSON-LD still says the name');
    assert.ok(graph[0].attendee.some((p) => p.name === `${payload}\u2028\u2029`));
  });

  test('javascript: URLs are refused: exit 1, with the place of each, nothing printed', async () => {
    const data = fixtures.richDataset();
    data.sources[0].url = 'javascript:alert(1)';
    data.organisations[0].url = ' JaVaScRiPt:alert(1)';
    const file = writeJson('urls.json', data);
    const { code, stdout, stderr } = await run(['render', '--data', file]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /sources\[0\]\.url/);
    assert.match(stderr, /organisations\[0\]\.url/);
  });

  test('an invalid dataset: every problem with its JSON path, exit 1, nothing on stdout', async () => {
    const data = fixtures.richDataset();
    data.cities[0].location = { lat: 91, lon: 31 };
    data.agreements[0].date = '2025-02-30';
    data.agreements[0].status = 'maybe';
    delete data.version;
    const file = writeJson('invalid.json', data);
    const { code, stdout, stderr } = await run(['render', '--data', file, '--lang', 'fa']);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    const lines = stderr.trim().split('\n');
    assert.match(lines[0], /invalid\.json is not a valid dataset \(4 problems\):$/);
    for (const path of ['version', 'cities[0].location.lat', 'agreements[0].date', 'agreements[0].status']) {
      assert.ok(lines.some((l) => l.trimStart().startsWith(`${path}: `)), `${path} in\n${stderr}`);
    }
    // References are checked once the shape is right.
    const unknown = fixtures.richDataset();
    unknown.agreements[0].parties = ['wadi-noor', 'atlantis'];
    const second = await run(['render', '--data', writeJson('reference.json', unknown)]);
    assert.equal(second.code, 1);
    assert.equal(second.stdout, '');
    assert.match(second.stderr, /^ {2}agreements\[0\]\.parties\[1\]: .*atlantis/m);
  });

  test('not JSON, or no file: exit 1 with one line', async () => {
    const broken = await run(['render', '--data', writeJson('broken.json', '{"version": 1,')]);
    assert.equal(broken.code, 1);
    assert.equal(broken.stdout, '');
    assert.match(broken.stderr, /broken\.json: not valid JSON/);
    const missing = await run(['render', '--data', join(work, 'nowhere.json')]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /nowhere\.json: cannot be read \(ENOENT\)/);
  });
});

describe('the command line', () => {
  const wrong = [
    [['render', '--lang', 'de'], /--lang must be one of fa, tr, en, az, az-Arab; got "de"/],
    [['render', '--element', 'clock'], /--element must be one of agreement-card, signatory-list, city-map, pilgrimage-timeline, all; got "clock"/],
    [['render', '--theme', 'blue'], /--theme must be one of light, dark/],
    [['render', '--calendar', 'mayan'], /--calendar: "mayan" is not a calendar/],
    [['render', '--colour', 'red'], /Unknown option '--colour'/],
    [['render', '--lang'], /--lang/],
    [['render', '--src', '/x.json'], /--src goes with --data/],
    [['draw'], /unknown command "draw"/],
    [[], /missing command: render/],
  ];
  for (const [args, message] of wrong) {
    test(`${args.join(' ') || '(nothing)'}: one line, exit 2`, async () => {
      const { code, stdout, stderr } = await run(args);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, message);
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
    });
  }

  test('--help', async () => {
    const { code, stdout } = await run(['--help']);
    assert.equal(code, 0);
    for (const option of ['--element', '--lang', '--data', '--agreement', '--theme', '--calendar', '--styles', '--out']) assert.ok(stdout.includes(option));
  });

  test('--out writes the file and prints nothing', async () => {
    const out = join(work, 'card.html');
    const { code, stdout } = await run(['render', '--lang', 'tr', '--out', out]);
    assert.equal(code, 0);
    assert.equal(stdout, '');
    assert.ok(readFileSync(out, 'utf8').includes('Hoy–Konya kardeş şehir protokolü'));
  });

  test('--out into a folder that does not exist: one line, exit 1', async () => {
    const { code, stdout, stderr } = await run(['render', '--out', join(work, 'no/such/folder/card.html')]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /card\.html: cannot be written \(ENOENT\)\n$/);
  });

  test('--styles writes each element’s CSS and links it from its shadow root instead of a <style>', async () => {
    const dir = mkdtempSync(join(work, 'styles-'));
    const one = await run(['render', '--styles', join(dir, 'card.css'), '--styles-href', '/assets/card.css']);
    assert.equal(one.code, 0);
    assert.ok(one.stdout.includes('<template shadowrootmode="open"><link rel="stylesheet" href="/assets/card.css">'));
    assert.ok(!one.stdout.includes('<style>'));
    assert.match(readFileSync(join(dir, 'card.css'), 'utf8'), /:host \{/);
    const all = await run(['render', '--element', 'all', '--styles', join(dir, 'twin.css')]);
    assert.equal(all.code, 0);
    assert.ok(!all.stdout.includes('<style>'));
    for (const element of Object.keys(elements)) assert.ok(all.stdout.includes(`<link rel="stylesheet" href="twin.${element}.css">`), element);
    assert.deepEqual(readdirSync(dir).sort(), ['card.css', ...Object.keys(elements).map((e) => `twin.${e}.css`)].sort());
  });
});
