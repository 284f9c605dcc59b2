#!/usr/bin/env node
/**
 * The syntax half of the browser floor (package.json "browserslist"; DESIGN.md, Browsers), on the built files in
 * dist/ (run `npm run build` first). eslint-plugin-compat checks the APIs the source calls, not syntax, and the build
 * writes syntax of its own: under an ES2022 target `static styles = …` became a class static block, which Safari and
 * iOS 16.0–16.3 cannot parse, so no element loaded there. vite.config.ts now targets the floor; this check fails when
 * a built file still holds syntax that a browser of the floor cannot parse, by MDN's browser-compat-data:
 * class static blocks, RegExp lookbehind, the `v` flag, modifiers and duplicate group names (in literals and in
 * `new RegExp('…')`, which a bundler writes for a literal it cannot lower), import attributes and `using`.
 *
 * `node scripts/check-floor-syntax.mjs [files…]` (default: every .js file under dist/). Exit code 1 on a finding.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { bcd, floorText, lacking, root } from './browser-floor.mjs';

// The parser ESLint itself uses.
const require = createRequire(import.meta.url);
const espree = createRequire(require.resolve('eslint'))('espree');

const compat = (path) => {
  const record = path.split('.').reduce((node, key) => node?.[key], bcd)?.__compat;
  if (!record) throw new Error(`check-floor-syntax: MDN's data has no ${path}`);
  return record;
};
const features = {
  staticBlock: ['class static block', compat('javascript.classes.static.initialization_blocks')],
  lookbehind: ['RegExp lookbehind (?<= (?<!', compat('javascript.regular_expressions.lookbehind_assertion')],
  unicodeSets: ['RegExp v flag', compat('javascript.builtins.RegExp.unicodeSets')],
  modifier: ['RegExp modifier (?i:', compat('javascript.regular_expressions.modifier')],
  duplicateNames: ['RegExp duplicate group names', compat('javascript.regular_expressions.named_capturing_group.duplicate_named_capturing_groups')],
  importAttributes: ['import attributes (with {…})', compat('javascript.statements.import.import_attributes')],
  using: ['using declaration', compat('javascript.statements.using')],
};

/** What a regular expression's source and flags use. */
function regexFeatures(pattern, flags) {
  const found = [];
  if (/\(\?<[=!]/.test(pattern)) found.push('lookbehind');
  if (flags.includes('v')) found.push('unicodeSets');
  if (/\(\?[ims]*-?[ims]+:/.test(pattern)) found.push('modifier');
  const names = [...pattern.matchAll(/\(\?<([A-Za-z_$][\w$]*)>/g)].map((m) => m[1]);
  if (new Set(names).size < names.length) found.push('duplicateNames');
  return found;
}

/** The syntax features of one parsed file, each with its line. */
function syntaxFeatures(ast) {
  const found = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    const at = (feature) => found.push({ feature, line: node.loc.start.line });
    if (node.type === 'StaticBlock') at('staticBlock');
    if (node.type === 'Literal' && node.regex) regexFeatures(node.regex.pattern, node.regex.flags).forEach(at);
    if ((node.type === 'NewExpression' || node.type === 'CallExpression') && node.callee.type === 'Identifier' && node.callee.name === 'RegExp') {
      const [pattern, flags] = node.arguments;
      if (pattern?.type === 'Literal' && typeof pattern.value === 'string') {
        regexFeatures(pattern.value, flags?.type === 'Literal' && typeof flags.value === 'string' ? flags.value : '').forEach(at);
      }
    }
    if (/^(ImportDeclaration|ExportNamedDeclaration|ExportAllDeclaration)$/.test(node.type) && node.attributes?.length) at('importAttributes');
    if (node.type === 'VariableDeclaration' && /using/.test(node.kind)) at('using');
    for (const [key, value] of Object.entries(node)) {
      if (key === 'parent' || key === 'loc' || key === 'range') continue;
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(ast);
  return found;
}

function builtFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return builtFiles(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

const files = process.argv.length > 2 ? process.argv.slice(2) : builtFiles(join(root, 'dist'));
if (!files.length) {
  console.error('check-floor-syntax: no .js file under dist/: run npm run build first');
  process.exit(1);
}
const failures = [];
for (const file of files) {
  const ast = espree.parse(readFileSync(file, 'utf8'), { ecmaVersion: 'latest', sourceType: 'module', loc: true });
  const byFeature = new Map();
  for (const { feature, line } of syntaxFeatures(ast)) byFeature.set(feature, [...(byFeature.get(feature) ?? []), line]);
  for (const [feature, lines] of byFeature) {
    const [label, record] = features[feature];
    const missing = lacking(record);
    if (missing.length) {
      failures.push(`${relative(root, file)}: ${label}, ${lines.length}× (line ${lines.slice(0, 5).join(', ')}${lines.length > 5 ? ', …' : ''})\n    not in: ${missing.join('; ')}`);
    }
  }
}
if (failures.length) {
  console.error(`Built JavaScript with syntax above the browser floor (${floorText}):\n`);
  console.error(failures.join('\n\n'));
  console.error(`\n${failures.length} finding(s). The build's target comes from the floor (vite.config.ts): was it changed?`);
  process.exit(1);
}
console.log(`Built JavaScript within the browser floor's syntax (${floorText}): ${files.length} files.`);
