/**
 * The build's minifier of Lit's css`…` templates (scripts/lit-css-minify.mjs; `node --test test/build/`, Node with
 * Chromium at /usr/bin/chromium or TWIN_CHROMIUM): what it writes for each kind of CSS it meets, that a browser reads
 * the same style sheet from it (CSSOM's serialization of every rule, for the cases here and for every css``
 * template in src/), which templates it touches in a module, and that a Vite build with the plugin keeps its source
 * map pointing at the right source lines.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import process from 'node:process';
import { transformSync } from 'esbuild';
import { chromium } from 'playwright-core';
import { build, parseAst } from 'vite';
import { litCssEdits, litCssMinify, minifyCssQuasis } from '../../scripts/lit-css-minify.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { SourceMapConsumer } = createRequire(join(root, 'package.json'))('source-map-js');

/** One template's static parts from its source text with `${…}` marking each interpolation (no nesting here). */
const parts = (template) => template.split(/\$\{[^}]*\}/);
const minify = (template) => minifyCssQuasis(parts(template))?.join('${…}') ?? null;

/** [what, template, its minified form]: the oracle below also checks that each reads as the same style sheet. */
const cases = [
  ['comments and indentation', '\n  /* the card */\n  .a {\n    color: red; /* why */\n    margin: 0;\n  }\n', '.a{color: red;margin: 0;}'],
  ['spaces in quoted strings', `.a::before { content: ', '; } .b::after { content: ' (' attr(href) ')'; }`, `.a::before{content: ', ';}.b::after{content: ' (' attr(href) ')';}`],
  ['comment-like text in strings', `.a::before { content: "/* not a comment */   x"; }`, `.a::before{content: "/* not a comment */   x";}`],
  ['a descendant pseudo-class stays apart from a pseudo-class', 'a :hover { color: red; }\na:hover { color: blue; }', 'a :hover{color: red;}a:hover{color: blue;}'],
  ['calc() keeps the spaces of + and -', '.a { inline-size: calc(100%  -  2em); margin: calc( 1px +\n 2px ); }', '.a{inline-size: calc(100% - 2em);margin: calc( 1px + 2px );}'],
  ['combinators', '.a   >   .b ~ .c + .d   .e { color: red; }', '.a > .b ~ .c + .d .e{color: red;}'],
  ['media query ranges', '@media (400px <= width <= 700px) and (prefers-color-scheme: dark) {\n  .a { color: red; }\n}', '@media (400px <= width <= 700px) and (prefers-color-scheme: dark){.a{color: red;}}'],
  ['@media lists and @supports', '@media print ,\n screen and (min-width: 40em) { .a { color: red } }\n@supports not (color: light-dark(#000, #fff)) { .b { color: red } }', '@media print,screen and (min-width: 40em){.a{color: red}}@supports not (color: light-dark(#000,#fff)){.b{color: red}}'],
  [':host() and :host-context()', ':host( [theme="dark"] ) .a,\n:host(:not([hidden])) { display: block; }', ':host( [theme="dark"] ) .a,:host(:not([hidden])){display: block;}'],
  ['::part() and ::slotted()', '::slotted( p ) { margin: 0; }\n.a::part(label) { color: red; }', '::slotted( p ){margin: 0;}.a::part(label){color: red;}'],
  ['attribute selectors with spaces in their quotes', `[title="two  words"] , [data-x='a b' i] { color: red; }`, `[title="two  words"],[data-x='a b' i]{color: red;}`],
  ['a comment alone between words separates them', '.a { font: 1em/**/serif; margin: 1px/* x */2px; }', '.a{font: 1em/**/serif;margin: 1px/**/2px;}'],
  ['an unquoted url() is one token', '.a { background: url(data:image/svg+xml,a/*b*/c) ; }', '.a{background: url(data:image/svg+xml,a/*b*/c);}'],
  ['a quoted url()', `.a { background: url( 'a  b.png' ) no-repeat; }`, `.a{background: url( 'a  b.png' ) no-repeat;}`],
  ['!important and custom properties', '.a {\n  --gap : 1em  2em ;\n  gap: var( --gap ) !important;\n}', '.a{--gap : 1em 2em;gap: var( --gap ) !important;}'],
  ['nesting and &', '.a {\n  & .b { color: red; }\n  &:hover { color: blue; }\n}', '.a{& .b{color: red;}&:hover{color: blue;}}'],
  ['CRLF, tabs and form feeds', '.a\t{\r\n\tcolor:\fred;\r\n}\r\n', '.a{color: red;}'],
];

test('minifies each kind of CSS as specified', () => {
  for (const [what, template, expected] of cases) assert.equal(minify(template), expected, what);
});

test('keeps one space at an interpolation unless the other side is { } ; ,', () => {
  assert.equal(minify('.a {\n  margin: ${a}  ${b};\n}'), '.a{margin: ${…} ${…};}');
  assert.equal(minify(':host {\n  ${light}\n}\n'), ':host{${…}}');
  assert.equal(minify('${shared}\n  .a { color: red; }'), '${…} .a{color: red;}');
  assert.equal(minify('  ${shared}  '), '${…}');
  assert.equal(minify('.a { color: red; }\n${x}\n.b{}'), '.a{color: red;}${…} .b{}');
  assert.equal(minify('.a{inline-size: calc(${a}   -   ${b})}'), '.a{inline-size: calc(${…} - ${…})}');
  assert.equal(minify('.a{margin:${a}/* c */${b}}'), '.a{margin:${…}/**/${…}}');
  assert.equal(minify('.a{margin: ${a}/* c */ ${b}}'), '.a{margin: ${…} ${…}}');
});

test('a string across an interpolation is kept as it is', () => {
  assert.equal(minify(`.a::before { content: '  \${x}  , '; }`), `.a::before{content: '  \${…}  , ';}`);
  assert.equal(minify(`.a::before { content: "\${x}"  ; }`), `.a::before{content: "\${…}";}`);
});

test('leaves as written what it cannot read safely', () => {
  // Raw template text is not CSS text: JavaScript cooks `\'` to `'` and `\\` to `\` first.
  assert.equal(minify(`.a::before { content: '\\'  x'; }`), null);
  assert.equal(minify('.a\\:b { color: red; }'), null);
  assert.equal(minify('/* ${x} */ .a { color: red; }'), null, 'a comment around an interpolation');
  assert.equal(minify('.a { color: red; } /* unterminated'), null);
  assert.equal(minify('.a { background: url(${x}) }'), null, 'an interpolation inside an unquoted url()');
  assert.equal(minify(".a::before { content: 'a\n b'; }"), null, 'a newline inside a string');
  // A backslash inside a comment does not matter: the comment goes.
  assert.equal(minify('/* a \\ b */ .a { color: red; }'), '.a{color: red;}');
});

test('does not grow a template, and changes nothing already minified', () => {
  for (const [what, template, expected] of cases) {
    assert.ok(expected.length <= template.length, what);
    assert.equal(minify(expected), expected, what);
  }
});

/** Each css`` template of a module: its cooked text and minified text, the interpolations replaced by `value`. */
function templatesOf(file, value) {
  const code = transformSync(readFileSync(file, 'utf8'), { loader: 'ts' }).code;
  const program = parseAst(code);
  const edits = litCssEdits(code, program);
  const templates = [];
  (function walk(node) {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'css') {
      const { quasis } = node.quasi;
      const minified = quasis.map((q) => edits.find((e) => e.start === q.start)?.text ?? q.value.cooked);
      const join = (strings) => strings.reduce((text, s, i) => text + (i ? value(i) : '') + s, '');
      templates.push({ original: join(quasis.map((q) => q.value.cooked)), minified: join(minified) });
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'type' && child && typeof child === 'object') walk(child);
  })(program);
  return templates;
}

const sourceFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && readFileSync(path, 'utf8').includes('css`') ? [path] : [];
  });

let browser;
after(() => browser?.close());

test("Chromium reads the same style sheet from each minified template (the cases above and every template in src/)", async () => {
  browser = await chromium.launch({ executablePath: process.env.TWIN_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  /**
   * CSSOM's serialization of every rule of a sheet made from each text: the browser normalizes white space and drops
   * comments, except where it keeps text as written until var() is substituted (values with var(), custom
   * properties, @supports conditions). There a run of white space is one space, and white space beside a comma means
   * nothing once the property is parsed: both are normalized here outside strings, nothing else.
   */
  const serialize = (texts) =>
    page.evaluate((list) => {
      const normalize = (text) =>
        text
          .split(/("(?:[^"\\]|\\.)*")/)
          .map((part, i) => (i % 2 ? part : part.replace(/\s+/g, ' ').replace(/ ?, ?/g, ',')))
          .join('');
      return list.map((text) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        return [...sheet.cssRules].map((rule) => normalize(rule.cssText));
      });
    }, texts);

  const pairs = [];
  for (const [what, template] of cases) {
    pairs.push({ what, original: template, minified: minify(template) });
  }
  // Interpolations as Lit fills them: declarations, values or whole rules, per case.
  const values = { a: '1px', b: '2px', light: '--_a: red; --_b: blue;', shared: '.z { color: green; }', x: 'x' };
  for (const template of ['.a {\n  margin: ${a}  ${b};\n}', ':host {\n  ${light}\n}\n', '${shared}\n  .a { color: red; }', '.a{inline-size: calc(${a}   -   ${b})}', '.a{margin: ${a}/* c */ ${b}}']) {
    const names = [...template.matchAll(/\$\{(\w+)\}/g)].map((m) => m[1]);
    const fill = (strings) => strings.reduce((text, s, i) => text + (i ? values[names[i - 1]] : '') + s, '');
    pairs.push({ what: template, original: fill(parts(template)), minified: fill(minifyCssQuasis(parts(template))) });
  }
  let count = 0;
  for (const file of sourceFiles(join(root, 'src'))) {
    for (const { original, minified } of templatesOf(file, (i) => `--interpolation-${i}: 0;`)) {
      pairs.push({ what: `${relative(root, file)}, template ${++count}`, original, minified });
    }
  }
  assert.ok(count >= 10, `found ${count} css\`\` templates in src/`);
  assert.ok(pairs.every((p) => p.original !== p.minified), 'every template was minified');
  const originals = await serialize(pairs.map((p) => p.original));
  const minifieds = await serialize(pairs.map((p) => p.minified));
  const differences = pairs.flatMap((pair, i) =>
    JSON.stringify(minifieds[i]) === JSON.stringify(originals[i]) && originals[i].length > 0 ? [] : [{ what: pair.what, original: originals[i], minified: minifieds[i] }],
  );
  assert.deepEqual(differences, []);
});

test('touches only css`` templates from lit, however css is imported', () => {
  const code = [
    "import { css, html, svg } from 'lit';",
    "import { css as style } from 'lit';",
    "import * as lit from 'lit';",
    "import { css as other } from './other.js';",
    'export const a = css`\n  .a { color: red; }\n`;',
    'export const b = style`\n  .b { color: red; }\n`;',
    'export const c = lit.css`\n  .c { color: red; }\n`;',
    'export const d = html`<p>\n  two  spaces\n</p>`;',
    'export const e = svg`<g>\n  </g>`;',
    'export const f = other`\n  .f { color: red; }\n`;',
    'export const g = `\n  .g { color: red; }\n`;',
    "export const h = '  .h { color: red; }  ';",
    'export const i = lit.html`\n  <p></p>\n`;',
  ].join('\n');
  const edits = litCssEdits(code, parseAst(code));
  let out = code;
  for (const { start, end, text } of [...edits].sort((x, y) => y.start - x.start)) out = out.slice(0, start) + text + out.slice(end);
  assert.match(out, /const a = css`\.a\{color: red;\}`/);
  assert.match(out, /const b = style`\.b\{color: red;\}`/);
  assert.match(out, /const c = lit\.css`\.c\{color: red;\}`/);
  for (const kept of ['html`<p>\n  two  spaces\n</p>`', 'svg`<g>\n  </g>`', 'other`\n  .f { color: red; }\n`', '= `\n  .g { color: red; }\n`', "'  .h { color: red; }  '", 'lit.html`\n  <p></p>\n`']) {
    assert.ok(out.includes(kept), kept);
  }
  const escaped = "import { css } from 'lit';\nexport const x = css`\n .a\\\\:b { }`;\nexport const y = css`\n .c { }`;";
  const skipped = [];
  assert.deepEqual(litCssEdits(escaped, parseAst(escaped), skipped).map((e) => e.text), ['.c{}']);
  assert.deepEqual(skipped, [escaped.indexOf('css`')], 'the template with a backslash is reported as left as written');
  assert.equal(litCssEdits("import { html } from 'lit';\nexport const x = css`\n a { }`;", parseAst("import { html } from 'lit';\nexport const x = css`\n a { }`;")).length, 0, 'a css not imported from lit');
});

test('a Vite build with the plugin minifies the templates and its source map still points at the source', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'twin-css-minify-'));
  try {
    mkdirSync(join(dir, 'src'));
    // Persian text before the templates: offsets must count UTF-16 code units, as JavaScript strings do.
    const source = [
      "import { css, html } from 'lit';",
      "/** «پیمان خواهرخواندگی خوی و قونیه» */",
      'export const styles = css`',
      '  /* the card */',
      '  :host {',
      '    display: block;',
      "    font-family: 'Vazirmatn', sans-serif;",
      '  }',
      '`;',
      'export const view = (name: string) => html`<p>\n  ${name}\n</p>`;',
      'export function markerAfterTheStyles(): string {',
      "  return 'خوی';",
      '}',
      'export const escaped = css`.a\\\\:b { color: red; }`;',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'src/entry.ts'), source);
    const warnings = [];
    await build({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      plugins: [litCssMinify()],
      build: {
        outDir: join(dir, 'dist'),
        sourcemap: true,
        minify: false,
        lib: { entry: join(dir, 'src/entry.ts'), formats: ['es'], fileName: () => 'entry.js' },
        rolldownOptions: { external: [/^lit/], onwarn: (warning) => warnings.push(warning.message) },
      },
    });
    const out = readFileSync(join(dir, 'dist/entry.js'), 'utf8');
    assert.ok(out.includes(":host{display: block;font-family: 'Vazirmatn',sans-serif;}`"), out);
    assert.ok(out.includes('html`<p>\n  ${name}\n</p>`'), 'the html template is kept');
    assert.ok(out.includes('css`.a\\\\:b { color: red; }`'), 'the template with a backslash is kept');
    assert.equal(warnings.filter((w) => w.includes('left as written')).length, 1, warnings.join('\n'));
    const consumer = new SourceMapConsumer(JSON.parse(readFileSync(join(dir, 'dist/entry.js.map'), 'utf8')));
    const lines = out.split('\n');
    const at = (needle) => {
      const line = lines.findIndex((l) => l.includes(needle));
      return consumer.originalPositionFor({ line: line + 1, column: lines[line].indexOf(needle) });
    };
    const sourceLines = source.split('\n');
    const marker = at('markerAfterTheStyles');
    assert.equal(sourceLines[marker.line - 1].slice(marker.column).startsWith('markerAfterTheStyles'), true, JSON.stringify(marker));
    const view = at('html`');
    assert.equal(view.line, 10, JSON.stringify(view));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
