#!/usr/bin/env node
// After the Custom Elements Manifest step: the JSX types that custom-element-jsx-integration wrote to
// dist/jsx.d.ts import `CustomEvent` from each element's module, but it is a global DOM type. Drop it from the
// imports, then type-check the file as a user's project would (strict, no @types), so a broken file never ships.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const file = 'dist/jsx.d.ts';
const text = readFileSync(file, 'utf8').replace(/^(import type \{[^}]*?), CustomEvent \}/gm, '$1 }');
writeFileSync(file, text);
if (!existsSync('dist/index.d.ts')) {
  console.log(`${file}: written; it is type-checked after the build (npm run build ends with this step).`);
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'twin-jsx-'));
try {
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, module: 'es2022', moduleResolution: 'bundler', target: 'es2022', lib: ['es2023', 'dom'], types: [] },
      files: [resolve(file)],
    }),
  );
  execFileSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')], { stdio: 'inherit' });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`${file}: type-checks.`);
