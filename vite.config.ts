import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/** Entry points of the npm build: the whole set, one per element, and the data layer alone. */
export const entries = {
  index: src('index.ts'),
  'agreement-card': src('agreement-card.ts'),
  'signatory-list': src('signatory-list.ts'),
  'city-map': src('city-map.ts'),
  'pilgrimage-timeline': src('pilgrimage-timeline.ts'),
  data: src('data/index.ts'),
};

/** The command line (`twin-city-elements render`, Node only): built with the npm build, sharing its chunks. */
const cli = { cli: src('cli.ts') };

/**
 * The bundler's helper that builds a module namespace object (`__exportAll`, used where a dynamic import is inlined,
 * as in the self-hosted file) walks the exports with `for…in`, which also visits enumerable properties a page's older
 * scripts have added to `Object.prototype`: `Object.defineProperty` then gets a non-function getter and the whole
 * file throws "Getter must be a function" before any element is defined. This replaces the walk with one over the
 * object's own keys, and stops the build if the helper no longer has the shape it replaces (test/hosts/polluted-page
 * checks every built form on such a page).
 */
function ownKeysInExportHelper(): Plugin {
  const loop = /(var __exportAll = \([^)]*\) => \{\s*let \w+ = \{\};\s*)for \(var (\w+) in (\w+)\)/;
  return {
    name: 'twin:own-keys-in-export-helper',
    renderChunk(code) {
      if (!code.includes('var __exportAll = ')) return null;
      if (!loop.test(code)) throw new Error('twin:own-keys-in-export-helper: __exportAll no longer has the for…in loop this plugin replaces');
      return { code: code.replace(loop, '$1for (var $2 of Object.keys($3))'), map: null };
    },
  };
}

/**
 * `vite` serves the demo page (index.html). `vite build` makes the npm build: ES modules per entry point with Lit,
 * @lit/localize and valibot left as dependencies. `vite build --mode standalone` makes the one self-hosted file,
 * dist/twin-city-elements.js, with everything inside (translations and default data included) and no other
 * request.
 */
export default defineConfig(({ mode }) => {
  if (mode === 'standalone') {
    return {
      plugins: [ownKeysInExportHelper()],
      build: {
        emptyOutDir: false,
        minify: true,
        sourcemap: true,
        target: 'es2022',
        lib: { entry: entries.index, formats: ['es'], fileName: () => 'twin-city-elements.js' },
        // One file: the translations and the default dataset are inlined rather than split into chunks.
        rolldownOptions: { output: { minify: true, codeSplitting: false } },
      },
    };
  }
  return {
    plugins: [ownKeysInExportHelper()],
    build: {
      sourcemap: true,
      target: 'es2022',
      lib: { entry: { ...entries, ...cli }, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\/ssr($|\/)/, /^valibot($|\/)/, /^node:/],
        output: {
          chunkFileNames: 'chunks/[name]-[hash].js',
          banner: (chunk) => (chunk.isEntry && chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
        },
      },
    },
  };
});
