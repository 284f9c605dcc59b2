#!/usr/bin/env node
// Writes dist/twin-dataset.schema.json, the JSON Schema of dataset version 1, from the valibot schema (the one
// source of truth), for editor completion and for checking datasets outside the browser. Then proves it: the
// embedded Khoy–Konya dataset (also written out as dist/khoy-konya.json) and the fictional test twinning must
// pass, and broken copies must fail.
import { mkdirSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import Ajv from 'ajv';
import { importSources } from './import-sources.mjs';

const modules = await importSources(`export { DatasetSchema } from './src/data/schema.ts';
  export { khoyKonya } from './src/data/khoy-konya.ts';
  export { fictionalTwinning } from './test/fixtures/fictional-twinning.ts';`);

/** The checks valibot cannot express in JSON Schema, said as closely as JSON Schema can. */
const actions = {
  date: {
    description: 'A historical date: 2025-12-14, 1244-11, 1207, ~1185 (approximate), 1247? (uncertain), 1246/1247 (between), or { value, calendar: "julian" | "gregorian" }.',
  },
  url: {
    description: 'An http(s) or mailto link, or a relative one; other schemes (javascript:, data:) are refused.',
    pattern: '^(?:\\s*(?:https?|mailto):|(?!\\s*[A-Za-z][A-Za-z0-9+.-]*:))',
  },
  text: { description: 'A text, or texts by language: { "en": "Khoy", "fa": "خوی" }.' },
};

const schema = toJsonSchema(modules.DatasetSchema, {
  typeMode: 'input',
  errorMode: 'throw',
  overrideAction: ({ valibotAction, jsonSchema }) => {
    // JSON has no NaN or Infinity: every JSON number is finite.
    if (valibotAction.type === 'finite') return jsonSchema;
    if (valibotAction.type !== 'check') return undefined;
    const extra = actions[valibotAction.message];
    if (!extra) throw new Error(`No JSON Schema form for the check "${valibotAction.message}"`);
    return { ...jsonSchema, ...extra };
  },
});
const document = {
  $schema: schema.$schema ?? 'http://json-schema.org/draft-07/schema#',
  $id: 'urn:twin-city-elements:dataset:1',
  title: 'twin-city-elements dataset, version 1',
  description: 'A sister-city relationship: cities, places, people, organisations, agreements, timeline events and sources.',
  ...schema,
};

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(document);
const problems = [];
// The embedded dataset ships as a file too (to start a site's own data from, or to serve with src), pointing at
// the schema for editors.
const defaultFile = { $schema: './twin-dataset.schema.json', ...modules.khoyKonya };
for (const [name, data] of [['khoy-konya.json', defaultFile], ['fictional twinning', modules.fictionalTwinning]]) {
  if (!validate(data)) problems.push(`${name} should pass: ${ajv.errorsText(validate.errors)}`);
}
const broken = (mutate) => {
  const copy = structuredClone(modules.fictionalTwinning);
  mutate(copy);
  return copy;
};
for (const [name, data] of [
  ['version 2', broken((d) => (d.version = 2))],
  ['a javascript: link', broken((d) => (d.sources[0].url = 'javascript:alert(1)'))],
  ['one city', broken((d) => d.cities.splice(1))],
  ['an unknown status', broken((d) => (d.agreements[0].status = 'maybe'))],
]) {
  if (validate(data)) problems.push(`${name} should fail`);
}
if (problems.length) {
  console.error(`The generated JSON Schema is wrong:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
mkdirSync('dist', { recursive: true });
writeFileSync('dist/twin-dataset.schema.json', `${JSON.stringify(document, null, 2)}\n`);
writeFileSync('dist/khoy-konya.json', `${JSON.stringify(defaultFile, null, 2)}\n`);
console.log('dist/twin-dataset.schema.json and dist/khoy-konya.json written and checked.');
