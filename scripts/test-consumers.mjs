#!/usr/bin/env node
// `npm run test:consumers` (after `npm run build`): the package as sites use it. It is packed (`npm pack`) and
// installed into a new project (scripts/consumer-app.mjs; TWIN_PACKAGE_TARBALL=<file.tgz> tests a given tarball),
// then each import the README documents (test/consumers/src/*.js) is
// - bundled by Vite, Rollup (with @rollup/plugin-node-resolve), webpack 5 and esbuild, each as its users run it in
//   production (tree-shaken by the package's "exports" and "sideEffects"; minified but for webpack's, see there),
//   and the bundle opened in Chromium;
// - loaded unbundled, as a site without a build step loads the npm files: an import map pointing `lit`, its parts,
//   `@lit/localize`, `valibot` and `twin-city-elements` to the installed files, in Chromium, Firefox and WebKit
//   (TWIN_ENGINES=chromium,firefox narrows them).
// Every page holds the four tags. The tags the import documents must be defined and show the default Khoy–Konya
// data (text read in their shadow roots); the other tags must stay undefined; the class import must be the
// defined class; data.js must validate the README's example dataset. No page may log an error or reach another
// origin (a Content-Security-Policy of 'self' blocks and reports it in every engine). Ends with `N passed, N failed`.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { basename, join, normalize, sep } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import * as esbuild from 'esbuild';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import webpack from 'webpack';
import { build as viteBuild } from 'vite';
import { chromium } from 'playwright-core';
import * as puppeteer from 'puppeteer-core';
import { installPackedPackage, root } from './consumer-app.mjs';
import { contentType } from './content-types.mjs';
import { webkitPaintEnv } from './webkit-env.mjs';

const TAGS = ['twin-agreement-card', 'twin-signatory-list', 'twin-city-map', 'twin-pilgrimage-timeline'];
/** What each element shows of the default dataset in English, read in its shadow root. */
const TEXTS = {
  'twin-agreement-card': ['Khoy', 'Konya'],
  'twin-signatory-list': ['Khoy', 'Konya'],
  'twin-city-map': ['Khoy', 'Konya'],
  'twin-pilgrimage-timeline': ['Konya'],
};
/** The documented imports (test/consumers/src/<file>) and what each must define. */
const FIXTURES = [
  { file: 'all.js', imports: 'twin-city-elements', defines: TAGS },
  ...TAGS.map((tag) => ({ file: `${tag.slice(5)}.js`, imports: `twin-city-elements/${tag.slice(5)}.js`, defines: [tag] })),
  { file: 'city-map-class.js', imports: '{ TwinCityMap } from twin-city-elements/city-map.js', defines: ['twin-city-map'], exported: ['TwinCityMap', 'twin-city-map'] },
  { file: 'data.js', imports: 'twin-city-elements/data.js', defines: [], data: true },
];
const PATHS = {
  chromium: process.env.TWIN_CHROMIUM ?? '/usr/bin/chromium',
  firefox: process.env.TWIN_FIREFOX ?? '/usr/bin/firefox-esr',
  webkit: process.env.TWIN_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
};
const engines = (process.env.TWIN_ENGINES ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim()).filter(Boolean);
for (const e of engines) if (!(e in PATHS)) throw new Error(`Unknown engine "${e}" in TWIN_ENGINES`);

// Every page: the four tags, and a record of errors and of blocked requests to another origin.
const CSP = "default-src 'self' data:; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'";
const page = (title, scripts) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <script>
      window.twinErrors = [];
      addEventListener('error', (e) => twinErrors.push('uncaught: ' + (e.message || e)));
      addEventListener('unhandledrejection', (e) => twinErrors.push('unhandled rejection: ' + e.reason));
      addEventListener('securitypolicyviolation', (e) => twinErrors.push('blocked request to ' + e.blockedURI));
    </script>
  </head>
  <body>
    ${TAGS.map((tag) => `<${tag}></${tag}>`).join('\n    ')}
    ${scripts}
  </body>
</html>
`;

const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const site = installPackedPackage('twin-consumers-');
const app = site.dir;
console.log(`Installed ${basename(site.tarball)} into ${app} (${seconds()})`);
cpSync(join(root, 'test/consumers/src'), join(app, 'src'), { recursive: true });

// ---------------------------------------------------------------------------------------------------------------
// The bundlers, each run from the repository's devDependencies on the site's project, as its users configure it.
let rollupCache;
const bundlers = {
  async vite(fixture, out) {
    // A Vite app: an HTML page whose module script imports the package; `vite build` in production.
    const html = join(app, fixture.file.replace(/\.js$/, '.html'));
    writeFileSync(html, page(`vite: ${fixture.imports}`, `<script type="module" src="./src/${fixture.file}"></script>`));
    await viteBuild({
      root: app,
      configFile: false,
      base: './',
      logLevel: 'error',
      build: { outDir: out, emptyOutDir: true, rolldownOptions: { input: html } },
    });
    return basename(html);
  },
  async rollup(fixture, out) {
    const bundle = await rollup({
      input: join(app, 'src', fixture.file),
      plugins: [nodeResolve({ browser: true })],
      // The modules parsed for the previous fixture (a watch-mode rebuild's cache): what is kept is decided anew.
      cache: rollupCache,
      onwarn: () => {},
    });
    rollupCache = bundle.cache;
    await bundle.write({ dir: out, format: 'es', entryFileNames: 'main.js' });
    await bundle.close();
    return writePage(out, 'rollup', fixture, '<script type="module" src="./main.js"></script>');
  },
  async webpack(fixture, out) {
    const stats = await new Promise((resolve, reject) =>
      webpack(
        {
          mode: 'production',
          context: app,
          entry: `./src/${fixture.file}`,
          output: { path: out, filename: 'main.js', clean: true },
          // Production's tree shaking ("sideEffects", used exports, module concatenation) decides which modules and
          // exports are kept; terser then only shortens them, at two to three times the time of the whole build.
          optimization: { minimize: false },
          performance: { hints: false },
          infrastructureLogging: { level: 'error' },
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      ),
    );
    if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
    // As html-webpack-plugin writes it: a classic deferred script.
    return writePage(out, 'webpack', fixture, '<script defer src="./main.js"></script>');
  },
  async esbuild(fixture, out) {
    await esbuild.build({
      entryPoints: { main: join(app, 'src', fixture.file) },
      absWorkingDir: app,
      outdir: out,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      minify: true,
      logLevel: 'silent',
    });
    return writePage(out, 'esbuild', fixture, '<script type="module" src="./main.js"></script>');
  },
};

function writePage(out, bundler, fixture, script) {
  writeFileSync(join(out, 'index.html'), page(`${bundler}: ${fixture.imports}`, script));
  return 'index.html';
}

// ---------------------------------------------------------------------------------------------------------------
// The unbundled pages: an import map as a site without a build step writes it, every entry taken from the
// installed package.json files (the "exports" conditions a browser matches, else "module" or "main").
const browserTarget = (value) => {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    for (const condition of ['browser', 'import', 'default']) {
      const target = condition in value ? browserTarget(value[condition]) : undefined;
      if (target) return target;
    }
  }
  return undefined;
};
const pkgJson = (name) => JSON.parse(readFileSync(join(app, 'node_modules', name, 'package.json'), 'utf8'));
function importMap() {
  const imports = {};
  // Lit and what it imports, the localization runtime and the validator: their subpaths are the files themselves.
  for (const name of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize', 'valibot']) {
    const pkg = pkgJson(name);
    const entry = browserTarget(pkg.exports?.['.'] ?? pkg.exports) ?? pkg.module ?? pkg.main;
    imports[name] = `/node_modules/${name}/${entry.replace(/^\.\//, '')}`;
    imports[`${name}/`] = `/node_modules/${name}/`;
  }
  // The package: each entry of its "exports", exactly.
  for (const [key, value] of Object.entries(pkgJson('twin-city-elements').exports)) {
    const target = browserTarget(value);
    if (target?.endsWith('.js')) imports[`twin-city-elements${key.slice(1)}`] = `/node_modules/twin-city-elements/${target.slice(2)}`;
  }
  return { imports };
}
mkdirSync(join(app, 'unbundled'));
const map = JSON.stringify(importMap(), null, 2).replace(/\n/g, '\n    ');
for (const fixture of FIXTURES) {
  const loader = `<script type="importmap">\n    ${map}\n    </script>
    <script type="module">
      import('/src/${fixture.file}').then(() => (window.twinImported = true), (e) => twinErrors.push('import failed: ' + e));
    </script>`;
  writeFileSync(join(app, 'unbundled', fixture.file.replace(/\.js$/, '.html')), page(`unbundled: ${fixture.imports}`, loader));
}

// ---------------------------------------------------------------------------------------------------------------
// The check, run in the page (self-contained: it is sent to the browsers as source).
async function checkPage({ tags, texts, defines, exported, data, unbundled }) {
  const problems = [];
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const deadline = Date.now() + 20_000;
  // A bundle has run when the page has loaded; the unbundled pages' import() says when it ends.
  const ready = () => (unbundled ? window.twinImported || window.twinErrors.length : document.readyState === 'complete');
  while (!ready() && Date.now() < deadline) await sleep(50);
  // The imports define their tags as they run; a few seconds more for a page that defines them late.
  await Promise.race([Promise.all(defines.map((tag) => customElements.whenDefined(tag))), sleep(5_000)]);
  // A tag this import must not define might be defined a little later: give it a moment.
  await sleep(200);
  for (const tag of tags) {
    const defined = customElements.get(tag) !== undefined;
    if (defines.includes(tag) && !defined) problems.push(`<${tag}> is not defined`);
    if (!defines.includes(tag) && defined) problems.push(`<${tag}> is defined, though this import defines ${defines.length ? defines.map((t) => `<${t}>`).join(', ') : 'no tag'}`);
  }
  for (const tag of defines) {
    if (!customElements.get(tag)) continue;
    const element = document.querySelector(tag);
    // As a reader scrolls to it (an element may wait until it is near the viewport).
    element.scrollIntoView();
    const text = () => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
    let missing = texts[tag];
    while (Date.now() < deadline) {
      missing = texts[tag].filter((t) => !text().includes(t));
      if (!missing.length && !element.shadowRoot.querySelector('[part=error]')) break;
      await sleep(100);
    }
    if (element.shadowRoot?.querySelector('[part=error]')) problems.push(`<${tag}> shows an error: "${text().slice(0, 120)}"`);
    else if (missing.length) problems.push(`<${tag}> does not show ${missing.join(', ')}: "${text().slice(0, 120)}"`);
  }
  if (exported) {
    const [name, tag] = exported;
    const value = window.twinConsumer?.[name];
    if (typeof value !== 'function') problems.push(`${name} is not imported: ${typeof value}`);
    else if (value !== customElements.get(tag)) problems.push(`${name} is not the class defined as <${tag}>`);
  }
  if (data) {
    const result = window.twinConsumer;
    if (result?.valid !== true) problems.push(`validateDataset rejects the README's example: ${JSON.stringify(result)}`);
    if (JSON.stringify(result?.wrong) !== '["events[0].date"]') problems.push(`validateDataset on a wrong date: ${JSON.stringify(result?.wrong)}`);
  }
  // Browsers report "ResizeObserver loop completed with undelivered notifications" when a scrollbar appears while
  // the elements lay out; Firefox now and then on a clean page too (test/hosts/polluted-page.test.ts ignores it too).
  problems.push(...window.twinErrors.filter((e) => !/ResizeObserver loop/.test(e)));
  return problems;
}
const expectations = (fixture, unbundled = false) => ({ tags: TAGS, texts: TEXTS, ...fixture, unbundled });

// ---------------------------------------------------------------------------------------------------------------
// The site's server: its own files only, under a policy that blocks and reports any other origin.
const server = createServer((req, res) => {
  const path = normalize(join(app, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  let body;
  try {
    if (!path.startsWith(app + sep)) throw new Error('outside');
    body = readFileSync(path);
  } catch {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': contentType(path), 'content-security-policy': CSP, 'cache-control': 'no-store' });
  res.end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const results = [];
const report = (name, problems) => {
  results.push({ name, problems });
  console.log(problems.length ? `FAIL ${name}\n       ${problems.join('\n       ')}` : `ok   ${name}`);
};

/** Chromium through playwright-core: the page's console errors and other-origin requests are recorded too. */
async function openChromium() {
  const browser = await chromium.launch({
    executablePath: PATHS.chromium,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  return {
    async check(url, expected) {
      const tab = await browser.newPage();
      const problems = [];
      tab.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
      tab.on('pageerror', (e) => /ResizeObserver loop/.test(e.message) || problems.push(`uncaught: ${e.message}`));
      await tab.route('**/*', (route) => {
        if (route.request().url().startsWith(origin)) return route.continue();
        problems.push(`request to another origin: ${route.request().url()}`);
        return route.abort();
      });
      try {
        await tab.goto(url);
        problems.push(...(await tab.evaluate(checkPage, expected)));
      } finally {
        await tab.close();
      }
      return [...new Set(problems)];
    },
    close: () => browser.close(),
  };
}

/** Firefox ESR through puppeteer-core (WebDriver BiDi). */
async function openFirefox() {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: PATHS.firefox, headless: true });
  return {
    async check(url, expected) {
      const tab = await browser.newPage();
      try {
        await tab.goto(url);
        return await tab.evaluate(checkPage, expected);
      } finally {
        await tab.close();
      }
    },
    close: () => browser.close(),
  };
}

/** WebKitGTK's MiniBrowser through WebKitWebDriver under Xvfb (plain WebDriver over HTTP). */
async function openWebKit() {
  const port = await new Promise((resolve, reject) => {
    const probe = createNetServer().on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address();
      probe.close(() => resolve(free));
    });
  });
  // Painting on the CPU, as in `npm test` (see webkit-env.mjs).
  const driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], { stdio: ['ignore', 'ignore', 'inherit'], detached: true, env: webkitPaintEnv() });
  const stop = () => {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  process.on('exit', stop);
  const call = async (method, path, body) => {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, { method, body: body && JSON.stringify(body), headers: { 'content-type': 'application/json' } });
    const json = await res.json();
    if (!res.ok) throw new Error(`WebDriver ${method} ${path}: ${JSON.stringify(json.value)}`);
    return json.value;
  };
  for (let i = 0; ; i++) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${driver.exitCode}`);
    if (await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false)) break;
    if (i > 150) throw new Error('WebKitWebDriver did not start within 30 s');
    await delay(200);
  }
  const { sessionId } = await call('POST', '/session', {
    capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: PATHS.webkit, args: ['--automation'] } } },
  });
  const session = `/session/${sessionId}`;
  await call('POST', `${session}/timeouts`, { script: 60_000, pageLoad: 60_000 });
  return {
    async check(url, expected) {
      await call('POST', `${session}/url`, { url });
      const script = `const done = arguments[1]; (${checkPage})(arguments[0]).then(done, (e) => done(['check failed: ' + e]));`;
      return call('POST', `${session}/execute/async`, { script, args: [expected] });
    },
    async close() {
      await call('DELETE', session).catch(() => {});
      stop();
    },
  };
}

let failed = false;
try {
  // 1. The bundles, in Chromium: one after the other, each checked while the next one builds.
  const builds = [];
  let previous = Promise.resolve();
  for (const [name, bundle] of Object.entries(bundlers)) {
    for (const fixture of FIXTURES) {
      const out = join(app, 'out', name, fixture.file.replace(/\.js$/, ''));
      const built = previous.then(() => bundle(fixture, out));
      previous = built.catch(() => {});
      builds.push({ name, fixture, out, built });
    }
  }
  const browser = await openChromium();
  try {
    for (const { name, fixture, out, built } of builds) {
      const label = `${name} · ${fixture.imports} (Chromium)`;
      let html;
      try {
        html = await built;
      } catch (error) {
        report(label, [`${name} failed: ${error.message}`]);
        continue;
      }
      report(label, await browser.check(`${origin}/out/${name}/${basename(out)}/${html}`, expectations(fixture)));
    }
    console.log(`     (bundles built and checked: ${seconds()})`);
    // 2. The unbundled pages, in each engine.
    if (engines.includes('chromium')) await checkUnbundled('Chromium', browser);
  } finally {
    await browser.close();
  }
  for (const [engine, open] of [['firefox', openFirefox], ['webkit', openWebKit]]) {
    if (!engines.includes(engine)) continue;
    const label = engine === 'firefox' ? 'Firefox' : 'WebKit';
    let other;
    try {
      other = await open();
    } catch (error) {
      report(`${label}: start`, [error.message]);
      continue;
    }
    try {
      await checkUnbundled(label, other);
    } finally {
      await other.close();
    }
  }
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  server.close();
  site.remove();
}

async function checkUnbundled(engine, browser) {
  for (const fixture of FIXTURES) {
    const label = `import map, unbundled · ${fixture.imports} (${engine})`;
    let problems;
    try {
      problems = await browser.check(`${origin}/unbundled/${fixture.file.replace(/\.js$/, '.html')}`, expectations(fixture, true));
    } catch (error) {
      problems = [`could not check: ${error.message}`];
    }
    report(label, problems);
  }
}

const failures = results.filter((r) => r.problems.length);
console.log(`\nConsumers of ${basename(site.tarball)}, in ${seconds()}:`);
if (failures.length) console.log(`Failed:\n${failures.map((r) => `  ${r.name}: ${r.problems[0]}`).join('\n')}`);
console.log(`${results.length - failures.length} passed, ${failures.length} failed`);
process.exit(failed || failures.length ? 1 : 0);
