/**
 * The browser floor's checks catch what they guard (`node --test test/floor/`, Node only): each is given code above
 * the floor and must fail on every piece of it, then the same code with its fallbacks and must pass. Without this, a
 * check that silently stopped finding anything (a tool's update, a changed data path) would still look green.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'twin-floor-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

function run(script, source, name) {
  const file = join(dir, name);
  writeFileSync(file, source);
  const { status, stdout, stderr } = spawnSync(process.execPath, [join(root, 'scripts', script), file], { cwd: root, encoding: 'utf8' });
  return { status, output: stdout + stderr };
}

test('check:css fails on each feature above the floor, in a template and in unsafeCSS', () => {
  const { status, output } = run(
    'check-css.mjs',
    `import { css, unsafeCSS } from 'lit';
export const a = css\`
  .a { color: light-dark(#000, #fff); }
  .b { --c: #000; --c: light-dark(#000, #fff); }
  :host(:dir(rtl)) .d { text-wrap: balance; }
  .e { & .f { color: red; } }
  .g { user-select: none; }
  @media (width >= 40em) { .i { display: grid; } }
\`;
export const b = unsafeCSS(':host { --h: light-dark(#000, #fff); }');
`,
    'above.styles.ts',
  );
  assert.equal(status, 1, output);
  for (const expected of [
    /above\.styles\.ts:3:\d+ +light-dark\(\)/, // an ordinary property with nothing before it
    /above\.styles\.ts:4:\d+ +light-dark\(\)[^\n]*\n +--c: light-dark/, // a custom property: an earlier --c is no fallback
    /:dir\(\)/,
    /property text-wrap/,
    /CSS Nesting/,
    /user-select[^]*only as -webkit-user-select/,
    /@media range syntax/,
    /sheet of export b, line 1 +light-dark\(\)/, // CSS that is not in a template
  ]) {
    assert.match(output, expected);
  }
});

test('check:css passes the same features with their fallbacks', () => {
  const { status, output } = run(
    'check-css.mjs',
    `import { css, unsafeCSS } from 'lit';
export const a = css\`
  .a { color: #000; color: light-dark(#000, #fff); }
  .b { --c: #000; }
  @supports (color: light-dark(#000, #fff)) {
    .b { --c: light-dark(#000, #fff); }
    :host(:dir(rtl)) .d { text-wrap: balance; }
  }
  .g { -webkit-user-select: none; user-select: none; }
  @media (min-width: 40em) { .i { display: grid; } }
\`;
export const b = unsafeCSS(':host { --h: #000; } @supports (color: light-dark(#000, #fff)) { :host { --h: light-dark(#000, #fff); } }');
`,
    'within.styles.ts',
  );
  assert.equal(status, 0, output);
});

test('check:syntax fails on built syntax the floor cannot parse, and passes what it can', () => {
  const above = run(
    'check-floor-syntax.mjs',
    `class A { static { this.styles = []; } }
const r = /(?<=a)b/;
const s = new RegExp('(?<y>a)|(?<y>b)', 'v');
import data from './x.json' with { type: 'json' };
export { A, r, s, data };
`,
    'above.js',
  );
  assert.equal(above.status, 1, above.output);
  for (const expected of [/class static block/, /RegExp lookbehind/, /RegExp v flag/, /duplicate group names/, /import attributes/]) {
    assert.match(above.output, expected);
  }
  const within = run('check-floor-syntax.mjs', 'class A { static styles = []; #x = 1; }\nconst r = /(?<y>a)b/u;\nexport { A, r };\n', 'within.js');
  assert.equal(within.status, 0, within.output);
});

test('eslint (compat/compat and floor/api) fails on APIs above the floor in src/, and passes them behind a feature test', async () => {
  const eslint = new ESLint({ cwd: root });
  const lint = async (code) => {
    const [result] = await eslint.lintText(code, { filePath: join(root, 'src', 'floor-probe.ts') });
    return result.messages.filter((m) => m.ruleId === 'compat/compat' || m.ruleId === 'floor/api').map((m) => `${m.line} ${m.ruleId} ${m.message}`);
  };
  const above = await lint(`export async function probe(list: number[]): Promise<void> {
  requestIdleCallback(() => undefined);
  await scheduler.yield();
  Object.groupBy(list, (x) => x);
  new Intl.DurationFormat('en');
  AbortSignal.any([]);
}
`);
  for (const expected of [/^2 compat\/compat requestIdleCallback/, /^3 floor\/api scheduler\.yield/, /^4 floor\/api Object\.groupBy/, /^5 floor\/api Intl\.DurationFormat/, /^6 floor\/api AbortSignal\.any/]) {
    assert.ok(above.some((m) => expected.test(m)), `${expected} in:\n${above.join('\n')}`);
  }
  const within = await lint(`export async function probe(list: number[]): Promise<void> {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => undefined);
  if ('scheduler' in globalThis && 'yield' in scheduler) await scheduler.yield();
  const grouped = 'groupBy' in Object ? Object.groupBy(list, (x) => x) : undefined;
  void grouped;
}
`);
  assert.deepEqual(within, []);
});
