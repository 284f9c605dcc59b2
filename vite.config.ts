import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import browserslist from 'browserslist';
import { litCssMinify } from './scripts/lit-css-minify.mjs';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/**
 * The browser floor (package.json "browserslist") as the build's target: syntax its oldest browsers lack is lowered.
 * Under plain ES2022, `static styles = …` became a class static block, which Safari and iOS 16.0–16.3 cannot parse (no
 * element would load). Android's Chrome and WebView are Chrome; Samsung Internet 24 is Chromium 117, whose syntax
 * is Chrome 120's.
 */
const targetNames: Record<string, string> = { chrome: 'chrome', and_chr: 'chrome', android: 'chrome', edge: 'edge', firefox: 'firefox', safari: 'safari', ios_saf: 'ios' };
const oldest = new Map<string, string>();
for (const browser of browserslist(undefined, { path: fileURLToPath(new URL('.', import.meta.url)) })) {
  const [agent = '', range = ''] = browser.split(' ');
  const name = targetNames[agent];
  const version = range.split('-')[0] ?? range;
  if (name && !(Number.parseFloat(oldest.get(name) ?? 'Infinity') <= Number.parseFloat(version))) oldest.set(name, version);
}
export const floorTargets = [...oldest].map(([name, version]) => `${name}${version}`);

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

/** The iframe page's script and the host page's resize script. */
const embedEntries: Record<string, string> = { embed: src('embed/embed.ts'), 'embed-resize': src('embed/embed-resize.ts') };

/**
 * Browser-only builds (the folder, the iframe page): the map's static copy, imported only where Lit's `isServer` is
 * true (the server renderer), is left out. The import is dead code there and removed, but the bundler would still
 * write its chunk, which no page loads.
 */
function withoutServerCopy(): Plugin {
  return {
    name: 'twin:without-server-copy',
    enforce: 'pre',
    resolveId(id) {
      return /\/map-server-copy\.js$/.test(id) ? { id, external: true } : null;
    },
  };
}

/**
 * The one self-hosted file inlines every dynamic import: it leaves out the region's finer geometry (25 kB gzipped,
 * which its pages would download whether or not they have a wide map); its maps draw the region at one scale.
 */
function withoutFineRegion(): Plugin {
  const stub = '\0twin:no-fine-region';
  return {
    name: 'twin:without-fine-region',
    enforce: 'pre',
    resolveId(id) {
      return /\/generated\/region-fine(\.js|\.ts)?$/.test(id) ? stub : null;
    },
    load(id) {
      return id === stub ? 'export default undefined;' : null;
    },
  };
}

/** Copies the iframe page, src/embed/embed.html, beside its script (dist/embed.html). */
function embedPage(): Plugin {
  return {
    name: 'twin:embed-page',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'embed.html', source: readFileSync(src('embed/embed.html'), 'utf8') });
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
      plugins: [litCssMinify(), ownKeysInExportHelper(), withoutFineRegion()],
      build: {
        emptyOutDir: false,
        minify: true,
        sourcemap: true,
        target: floorTargets,
        lib: { entry: entries.index, formats: ['es'], fileName: () => 'twin-city-elements.js' },
        // One file: the translations and the default dataset are inlined rather than split into chunks.
        rolldownOptions: { output: { minify: true, codeSplitting: false } },
      },
    };
  }
  if (mode === 'site') {
    // The self-hosted folder, dist/site/: the same entry with everything inside, split so that a page downloads only
    // what it shows (its language's translations, the map's geometry and code only where there is a map); the
    // chunks are imported relative to the entry (import.meta.url), from the same origin, and nothing else.
    return {
      plugins: [litCssMinify(), ownKeysInExportHelper(), withoutServerCopy()],
      build: {
        outDir: 'dist/site',
        emptyOutDir: true,
        minify: true,
        sourcemap: false,
        target: floorTargets,
        lib: { entry: src('site.ts'), formats: ['es'], fileName: () => 'twin-city-elements.js' },
        rolldownOptions: { output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' } },
      },
    };
  }
  if (mode === 'embed') {
    // The iframe page, dist/embed.html, for CMSs that strip scripts: its script dist/embed.js (which downloads from
    // dist/embed/ the code of the elements an iframe shows, and its language), and dist/embed-resize.js for the page
    // that holds the iframes (no imports). Everything from the same origin; no inline script or style.
    return {
      plugins: [litCssMinify(), ownKeysInExportHelper(), withoutServerCopy(), embedPage()],
      build: {
        emptyOutDir: false,
        minify: true,
        sourcemap: false,
        target: floorTargets,
        lib: { entry: embedEntries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
        rolldownOptions: { output: { minify: true, chunkFileNames: 'embed/[name]-[hash].js' } },
      },
    };
  }
  return {
    plugins: [litCssMinify(), ownKeysInExportHelper()],
    build: {
      sourcemap: true,
      target: floorTargets,
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
