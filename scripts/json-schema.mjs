#!/usr/bin/env node
// Writes dist/twin-dataset.schema.json, the JSON Schema of dataset version 1, from the valibot schema (the one
// source of truth; the conversion, in dataset-json-schema.mjs, is shared with Storybook's data format page), for
// editor completion and for checking datasets outside the browser. Then proves it: the embedded Khoy–Konya dataset
// (also written out as dist/khoy-konya.json) and the fictional test twinning must pass, and broken copies must fail.
import { mkdirSync, writeFileSync } from 'node:fs';
import Ajv from 'ajv';
import { datasetJsonSchema } from './dataset-json-schema.mjs';
import { importSources } from './import-sources.mjs';

const modules = await importSources(`export { DatasetSchema } from './src/data/schema.ts';
  export { khoyKonya } from './src/data/khoy-konya.ts';
  export { fictionalTwinning } from './test/fixtures/fictional-twinning.ts';`);

const document = datasetJsonSchema(modules.DatasetSchema);

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
  ['a statement without its speaker', broken((d) => (d.statements = [{ id: 's', text: 'words', language: 'en', source: d.sources[0].id }]))],
  ['a statement without its language', broken((d) => (d.statements = [{ id: 's', person: d.people[0].id, text: 'words', source: d.sources[0].id }]))],
  ['an era without a label', broken((d) => (d.eras = [{ id: 'e', from: '1900', to: '2000' }]))],
  ['a landmark without a location', broken((d) => (d.landmarks = [{ id: 'x', name: 'X' }]))],
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
