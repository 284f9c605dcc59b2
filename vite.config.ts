import { defineConfig } from 'vite';
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
 * `vite` serves the demo page (index.html). `vite build` makes the npm build: ES modules per entry point with Lit,
 * @lit/localize and valibot left as dependencies. `vite build --mode standalone` makes the one self-hosted file,
 * dist/twin-city-elements.js, with everything inside (translations and default data included) and no other
 * request.
 */
export default defineConfig(({ mode }) => {
  if (mode === 'standalone') {
    return {
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
