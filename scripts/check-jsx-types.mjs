#!/usr/bin/env node
// After the Custom Elements Manifest step: the JSX types that custom-element-jsx-integration wrote to
// dist/jsx.d.ts import `CustomEvent` from each element's module, but it is a global DOM type; and they import the
// events' detail types (TwinLoadDetail, …) from every element that fires them, which declares each name several times.
// Drop `CustomEvent` from the imports and keep each other name in its first import only, then type-check the file as
// a user's project would (strict, no @types), with a use of its events' details, so a broken file never ships; and
// README's React declaration with a React 19 component that uses the elements as React users do.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const file = 'dist/jsx.d.ts';
const imported = new Set(['CustomEvent']);
const text = readFileSync(file, 'utf8').replace(/^import type \{([^}]*)\} from ("[^"]+");/gm, (_, names, from) => {
  const kept = names
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n && !imported.has(n));
  for (const n of kept) imported.add(n);
  return `import type { ${kept.join(', ')} } from ${from};`;
});
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
      files: [resolve(file), join(dir, 'use.ts')],
    }),
  );
  // What a React, Preact or Solid user writes: handlers whose event details are typed (they were `never`), no event
  // that the elements do not fire (an `ontype` came from the base class's `new CustomEvent(type, …)`), and listeners
  // on the document, which the events reach (they bubble and are composed).
  writeFileSync(
    join(dir, 'use.ts'),
    `import type { CustomElements } from ${JSON.stringify(resolve(file).replace(/\.d\.ts$/, '.js'))};
import ${JSON.stringify(resolve('dist/index.js'))};
export const card: CustomElements['twin-agreement-card'] = {
  'ontwin-load': (e) => e.detail.id.toUpperCase(),
  'ontwin-error': (e) => e.detail.issues.map((i) => i.message).concat(e.detail.code),
};
export const map: CustomElements['twin-city-map'] = { 'ontwin-select': (e) => (e.detail.kind === 'place' ? e.detail.id : '') };
// @ts-expect-error: no event named "type"
export const none: CustomElements['twin-pilgrimage-timeline'] = { ontype: () => undefined };
document.addEventListener('twin-error', (e) => e.detail.code);
window.addEventListener('twin-select', (e) => e.detail.id);
`,
  );
  execFileSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')], { stdio: 'inherit' });
  checkReact(dir);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`${file}: type-checks, and with README's React declaration.`);

/**
 * README's React declaration (the code block that augments the 'react' module), type-checked with @types/react and a
 * component that uses each element with React's own props beside the elements' attributes and typed events: the
 * types alone allow only a few base attributes, and `onClick` on an element was an error.
 */
function checkReact(dir) {
  const block = [...readFileSync('README.md', 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]).find((code) => code.includes("declare module 'react'"));
  if (!block) throw new Error("README.md: no ts block declaring module 'react'");
  const types = resolve('node_modules/@types/react');
  writeFileSync(join(dir, 'react-elements.d.ts'), block.replace("'twin-city-elements/jsx'", JSON.stringify(resolve(file).replace(/\.d\.ts$/, '.js'))));
  writeFileSync(
    join(dir, 'app.tsx'),
    `import { useRef, type CSSProperties } from 'react';
import type { TwinCityMap } from ${JSON.stringify(resolve('dist/city-map.js'))};
const style: CSSProperties = { blockSize: 300 };
export function App({ onPlace }: { onPlace: (id: string) => void }) {
  const map = useRef<TwinCityMap>(null);
  return (
    <main>
      <twin-city-map ref={map} lang="fa" loading="eager" className="map" style={style} aria-label="map" onClick={(e) => e.clientX} ontwin-select={(e) => onPlace(e.detail.id)} />
      <twin-agreement-card key="card" heading-level={3} theme="dark" onKeyDown={(e) => e.key} ontwin-error={(e) => e.detail.code} />
      <twin-signatory-list agreement="khoy-konya-2025" ontwin-load={(e) => e.detail.cities.length} />
      {/* @ts-expect-error: not a value of loading */}
      <twin-pilgrimage-timeline loading="soon" />
    </main>
  );
}
`,
  );
  writeFileSync(
    join(dir, 'tsconfig.react.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: 'es2022',
        moduleResolution: 'bundler',
        target: 'es2022',
        lib: ['es2023', 'dom'],
        jsx: 'react-jsx',
        types: [],
        paths: { react: [types], 'react/jsx-runtime': [join(types, 'jsx-runtime')] },
      },
      files: [join(dir, 'react-elements.d.ts'), join(dir, 'app.tsx')],
    }),
  );
  execFileSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.react.json')], { stdio: 'inherit' });
}
