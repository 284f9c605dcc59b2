#!/usr/bin/env node
// Fails when a target locale misses a translation or still holds the English text.
// Run `npm run localize:extract` first so that the XLIFF files list every message of the source.
import { readFileSync } from 'node:fs';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const strip = (s) => s.replace(/<x [^>]*\/>/g, '').replace(/\s+/g, ' ').trim();
let problems = 0;
for (const locale of config.targetLocales) {
  const xml = readFileSync(`${config.interchange.xliffDir}/${locale}.xlf`, 'utf8');
  const units = [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
  for (const [, id, body] of units) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    if (target === undefined || strip(target) === '') {
      console.error(`${locale}: no translation for "${id}" (${strip(source)})`);
      problems++;
    } else if (/\p{L}{3,}/u.test(strip(source)) && strip(target) === strip(source)) {
      console.error(`${locale}: "${id}" is still in English: ${strip(source)}`);
      problems++;
    }
  }
  console.log(`${locale}: ${units.length} messages`);
}
if (problems) {
  console.error(`${problems} translation problem(s).`);
  process.exit(1);
}
