#!/usr/bin/env node
// What `npm publish` would ship: the built modules and their types for every entry point, the command line
// (`bin`: dist/cli.js), the self-contained file, the dataset's JSON Schema and the default dataset as JSON, the
// Custom Elements Manifest, README, LICENSE and SECURITY.md; no tests,
// stories, sources or source maps (maps would point at sources that are not shipped).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const files = new Set(pack.files.map((f) => f.path));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];

const required = ['README.md', 'LICENSE', 'SECURITY.md', 'custom-elements.json', 'dist/twin-dataset.schema.json', 'dist/khoy-konya.json', 'dist/twin-city-elements.js'];
for (const [entry, target] of Object.entries(pkg.exports)) {
  if (typeof target === 'string') required.push(target.replace(/^\.\//, ''));
  else for (const file of Object.values(target)) required.push(file.replace(/^\.\//, ''));
  void entry;
}
for (const target of Object.values(pkg.bin ?? {})) required.push(target.replace(/^\.\//, ''));
for (const file of required) if (!files.has(file)) problems.push(`missing: ${file}`);
// The command line (`bin`) runs with Node: it must start with a shebang.
for (const target of Object.values(pkg.bin ?? {})) {
  if (!readFileSync(target, 'utf8').startsWith('#!/usr/bin/env node\n')) problems.push(`${target} does not start with #!/usr/bin/env node`);
}
for (const file of files) {
  if (/^(test|stories|src|scripts|locales|\.storybook)\//.test(file)) problems.push(`should not ship: ${file}`);
  if (file.endsWith('.map')) problems.push(`source map without its sources: ${file}`);
  if (/\.test\.|\.stories\./.test(file)) problems.push(`should not ship: ${file}`);
}
if (problems.length) {
  console.error(`npm pack would ship the wrong files:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`npm pack: ${files.size} files, ${(pack.size / 1024).toFixed(0)} KB packed; every entry point with its types, nothing else.`);
