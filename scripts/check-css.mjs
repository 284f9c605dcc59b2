#!/usr/bin/env node
/**
 * The CSS half of the browser floor (package.json "browserslist"; DESIGN.md, Browsers): reads every `css`
 * tagged template in src/ with postcss-lit and fails on a feature that a browser of the floor lacks, unless
 *
 * - it sits inside `@supports`, or
 * - it is in a declaration of an ordinary property that an earlier declaration of the same property (or of its
 *   -webkit- or -moz- form) in the same rule backs up: a browser that cannot parse the later one keeps the earlier.
 *
 * A custom property (`--x: light-dark(…)`) takes any value at parse time, so an earlier `--x` is no fallback: the
 * later one wins and only fails where it is used (the property it feeds becomes unset). There only `@supports` counts.
 *
 * Two sources, both reading the same floor: doiuse (caniuse data: properties, values, selectors, units, at-rules),
 * and MDN's browser-compat-data (the copy eslint-plugin-compat uses) for what doiuse has no detector for: CSS
 * functions such as `light-dark()`, pseudo-classes such as `:dir()`, properties, at-rules, media features and the
 * range syntax of media queries (a query a browser cannot read matches nothing there).
 *
 * `node scripts/check-css.mjs [files…]` (default: every src/ file with a css`` template). Exit code 1 on a finding.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import doiuse from 'doiuse';
import * as esbuild from 'esbuild';
import postcss from 'postcss';
import postcssLit from 'postcss-lit';
import { bcd, bcdName, compareVersions, displayName, floor, floorText, lacking, root } from './browser-floor.mjs';

const fullSupport = /(^|\s)y($|\s)/;
/**
 * doiuse's finding, cut to what is above the floor: the browsers that miss the feature (partial support counts as
 * support) and whose later versions have it in caniuse.
 */
function doiuseLacking(featureData) {
  const missing = [];
  for (const [agent, versions] of Object.entries(featureData.missingData ?? {})) {
    const stats = featureData.caniuseData.stats[agent];
    const oldestMissing = Object.keys(versions).sort(compareVersions)[0];
    const later = Object.entries(stats).filter(([v, support]) => fullSupport.test(support) && compareVersions(v.split('-')[0], oldestMissing.split('-')[0]) > 0);
    if (later.length) missing.push(`${displayName[bcdName[agent]] ?? agent} ${oldestMissing} (from ${later.map(([v]) => v).sort(compareVersions)[0]})`);
  }
  return missing;
}

/** CSS functions by name, from MDN's css.types (color.light-dark, color-mix, min, calc, …). */
const functions = new Map();
(function collect(node, path) {
  for (const [key, child] of Object.entries(node)) {
    if (key === '__compat' || typeof child !== 'object') continue;
    if (child.__compat && /^[a-z][a-z-]*$/.test(key) && (child.__compat.description ?? '').includes('()')) {
      functions.set(key, { compat: child.__compat, id: `${path}.${key}` });
    }
    collect(child, `${path}.${key}`);
  }
})(bcd.css.types, 'css.types');

/** Findings of MDN's data in one node: its property, the functions in its value, its pseudo-classes, its at-rule. */
function mdnFindings(node) {
  const found = [];
  const add = (compat, label, options) => {
    const missing = compat ? lacking(compat, options) : [];
    if (missing.length) found.push({ feature: label, missing });
  };
  if (node.type === 'decl') {
    const prop = node.prop.toLowerCase();
    if (!prop.startsWith('-')) add(bcd.css.properties[prop]?.__compat, `property ${node.prop}`, { prefixed: prop });
    for (const [, name] of node.value.matchAll(/(?<![\w-])([a-z][a-z-]*)\(/gi)) {
      const fn = functions.get(name.toLowerCase());
      if (fn) add(fn.compat, `${name}() (${fn.id})`);
    }
  } else if (node.type === 'rule') {
    const selector = node.selector.replace(/"[^"]*"|'[^']*'|\[[^\]]*\]/g, '');
    for (const [, colons, name, paren] of selector.matchAll(/(::?)([a-z][a-z-]*)(\()?/gi)) {
      const key = name.toLowerCase();
      const entry = bcd.css.selectors[paren && bcd.css.selectors[`${key}function`] ? `${key}function` : key];
      add(entry?.__compat, `${colons}${name}${paren ? '()' : ''}`);
    }
  } else if (node.type === 'atrule') {
    const name = node.name.toLowerCase();
    add(bcd.css['at-rules'][name]?.__compat, `@${node.name}`);
    if (name === 'media') {
      // A query the browser cannot read matches nothing: its rules are silently lost there.
      const media = bcd.css['at-rules'].media;
      for (const [, feature] of node.params.matchAll(/\(\s*([a-z-]+)\s*[:)<>=]/gi)) {
        const key = feature.toLowerCase().replace(/^(min|max)-/, '');
        if (media[key]?.__compat) add(media[key].__compat, `@media feature ${key}`);
      }
      if (/[<>]/.test(node.params)) add(media.range_syntax.__compat, '@media range syntax (width >= …)');
    }
  }
  return found;
}

/** Whether a finding at this node has its fallback: inside @supports, or an earlier declaration of its property. */
function guarded(node) {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === 'atrule' && p.name.toLowerCase() === 'supports') return '@supports';
  }
  if (node.type === 'decl' && !node.prop.startsWith('--')) {
    const prop = node.prop.toLowerCase();
    const siblings = node.parent.nodes;
    for (const sibling of siblings.slice(0, siblings.indexOf(node))) {
      if (sibling.type === 'decl' && sibling.prop.toLowerCase().replace(/^-(webkit|moz)-/, '') === prop) return 'fallback';
    }
  }
  return undefined;
}

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && /(^|[^\w.`])css`/m.test(readFileSync(path, 'utf8')) ? [path] : [];
  });
}

/** Checks one stylesheet (a postcss Root or Document); pushes what is above the floor and unguarded to `failures`. */
async function check(css, options, label) {
  const findings = [];
  const plugin = doiuse({
    browsers: floor,
    onFeatureUsage: ({ feature, featureData, usage }) => {
      const missing = doiuseLacking(featureData);
      if (missing.length) findings.push({ node: usage, feature: `${featureData.title} (caniuse ${feature})`, missing });
    },
  });
  const result = await postcss([plugin]).process(css, options);
  result.root.walk((node) => {
    checked++;
    for (const finding of mdnFindings(node)) findings.push({ node, ...finding });
  });
  const found = [];
  for (const { node, feature, missing } of findings) {
    const text = (node.type === 'decl' ? `${node.prop}: ${node.value}` : node.type === 'rule' ? node.selector : `@${node.name} ${node.params}`).replace(/\s+/g, ' ');
    const key = `${feature} ${text}`;
    if (seen.has(key)) continue; // the same declaration, found in the template and again in the sheet
    seen.add(key);
    if (guarded(node)) {
      allowed++;
      continue;
    }
    const { line, column } = node.source.start;
    found.push({ line, text: `${label(line, column)}  ${feature}\n    ${text}\n    not in: ${missing.join('; ')}` });
  }
  failures.push(...found.sort((a, b) => a.line - b.line).map((f) => f.text));
}

/**
 * The style modules' exports as Lit builds them, values included that come from outside a template
 * (`unsafeCSS`, `${…}`): bundled with esbuild, run in Node, each exported CSSResult's text checked as the browser
 * gets it.
 */
async function sheets(file) {
  const bundle = await esbuild.build({ entryPoints: [file], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent', nodePaths: [join(root, 'node_modules')] });
  const module = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
  const results = [];
  for (const [name, value] of Object.entries(module)) {
    const list = [value].flat(Infinity).filter((v) => typeof v?.cssText === 'string');
    list.forEach((result, i) => results.push({ name: list.length > 1 ? `${name}[${i}]` : name, cssText: result.cssText }));
  }
  return results;
}

const files = process.argv.length > 2 ? process.argv.slice(2) : sourceFiles(join(root, 'src'));
const failures = [];
const seen = new Set();
let checked = 0;
let allowed = 0;
for (const file of files) {
  const name = relative(root, file);
  await check(readFileSync(file, 'utf8'), { syntax: postcssLit, from: file }, (line, column) => `${name}:${line}:${column}`);
  for (const sheet of await sheets(file)) {
    await check(sheet.cssText, { from: undefined }, (line) => `${name}, the sheet of export ${sheet.name}, line ${line}`);
  }
}

if (failures.length) {
  console.error(`CSS above the browser floor (${floorText}) with no fallback in its rule and not under @supports:\n`);
  console.error(failures.join('\n\n'));
  console.error(`\n${failures.length} finding(s) in ${files.length} file(s).`);
  process.exit(1);
}
console.log(`CSS within the browser floor (${floorText}): ${files.length} files, ${checked} nodes, ${allowed} newer features with their fallback.`);
