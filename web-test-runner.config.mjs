// Web Test Runner: the browser tests, in Chromium, Firefox and WebKit, using the system browsers
// (Debian packages). `npm test` runs scripts/test.mjs, which checks the browsers and starts
// WebKitWebDriver before handing over to this config. Pick engines with TWIN_ENGINES=chromium,firefox.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter } from '@web/test-runner';
import { engineSummaryReporter } from './scripts/engine-summary-reporter.mjs';
import { renderPlugin } from './scripts/ssr-cli.mjs';
import * as puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';

const paths = {
  chromium: process.env.TWIN_CHROMIUM ?? '/usr/bin/chromium',
  firefox: process.env.TWIN_FIREFOX ?? '/usr/bin/firefox-esr',
  webkit: process.env.TWIN_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
};
const webdriverPort = Number(process.env.TWIN_WEBDRIVER_PORT ?? 4444);

/** WebKitGTK's driver reports no browser name; name it so the progress and summary say which engine ran. */
class WebKitLauncher extends WebdriverLauncher {
  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
  }

  /**
   * A file's session ends by navigating to about:blank, after every test of the file has reported its result.
   * WebKitGTK's driver has twice never answered that navigation in CI (UND_ERR_HEADERS_TIMEOUT, after minutes), which
   * failed a file whose tests had all passed; the next file's session started normally. A failure to end a session
   * is logged and the file's results stand (a test that did not finish is still reported by the runner).
   */
  async stopSession(id) {
    try {
      return await super.stopSession(id);
    } catch (error) {
      console.warn(`WebKit: the session of a test file could not be ended (${String(error?.message ?? error).split('\n')[0]}); its results stand`);
      return {};
    }
  }
}

/** Each engine runs in a different time zone, so date-only values are checked far west, far east and at UTC. */
const launchers = {
  chromium: () =>
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: paths.chromium,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
      },
      createBrowserContext: ({ browser }) => browser.newContext({ timezoneId: 'Pacific/Kiritimati' }),
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: paths.firefox,
        headless: true,
        env: { ...process.env, TZ: 'Pacific/Pago_Pago' },
      },
    }),
  webkit: () =>
    new WebKitLauncher({
      hostname: '127.0.0.1',
      port: webdriverPort,
      logLevel: 'error',
      // A driver command that gets no answer fails after 90 s rather than the HTTP client's 5 minutes.
      connectionRetryTimeout: 90_000,
      capabilities: {
        'webkitgtk:browserOptions': { binary: paths.webkit, args: ['--automation'] },
      },
    }),
};

const engines = (process.env.TWIN_ENGINES ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim()).filter(Boolean);
for (const e of engines) if (!(e in launchers)) throw new Error(`Unknown engine "${e}" in TWIN_ENGINES`);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  // renderPlugin: the static HTML the command line prints, for test/static-html.test.ts.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), renderPlugin()],
  // For test/city-map-loading.test.ts: while its page holds the cookie, the embedded dataset arrives late, as over a
  // slow network, so that what is downloaded beside it and what after it tell apart.
  middleware: [
    async (ctx, next) => {
      if (ctx.path.endsWith('/src/data/khoy-konya.ts') && ctx.cookies.get('twin-slow-dataset')) await new Promise((r) => setTimeout(r, 400));
      // For test/preload.test.ts: what a map fetches on first use before it can show data given to it.
      if (/\/src\/(data\/validate|geo\/generated\/region)\.ts$/.test(ctx.path) && ctx.cookies.get('twin-slow-first-use')) await new Promise((r) => setTimeout(r, 1500));
      // For test/city-map-geometry.test.ts: the map's country shapes cannot be downloaded.
      if (/\/src\/geo\/generated\/(region|region-fine|world)\.ts$/.test(ctx.path) && ctx.cookies.get('twin-no-geometry')) {
        ctx.status = 503;
        ctx.body = 'unavailable';
        return undefined;
      }
      // For test/pilgrimage-timeline.image.test.ts: a picture that is still loading.
      if (ctx.path.endsWith('/test/fixtures/harbour.svg') && ctx.query.slow !== undefined) await new Promise((r) => setTimeout(r, 4000));
      return next();
    },
    // For test/embed.test.ts: /embed-configured/ is dist/ (the built iframe page) on a site whose embed.config.json
    // allows datasets from this server's two origins (localhost and 127.0.0.1), added to the page's connect-src as the
    // README says; the default dataset as JSON may be read from the other origin (CORS).
    async (ctx, next) => {
      if (ctx.path === '/dist/khoy-konya.json') ctx.set('Access-Control-Allow-Origin', '*');
      if (!ctx.path.startsWith('/embed-configured/')) return next();
      const origins = ['localhost', '127.0.0.1'].map((h) => `http://${h}:${ctx.host.split(':').pop()}`);
      const file = ctx.path.slice('/embed-configured/'.length);
      if (file === 'embed.config.json') {
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ allowedOrigins: origins });
      } else if (file === 'embed.html') {
        ctx.type = 'text/html';
        ctx.body = readFileSync('dist/embed.html', 'utf8').replace("connect-src 'self'", `connect-src 'self' ${origins.join(' ')}`);
      } else {
        ctx.url = `/dist/${file}`;
        return next();
      }
    },
  ],
  browsers: engines.map((e) => launchers[e]()),
  // One test file at a time in each browser: WebKitWebDriver drives one MiniBrowser session at a time, and Firefox
  // opens a second file in a background tab, where animation frames (which the timeline's layout waits for) stop.
  concurrency: engines.includes('webkit') || engines.includes('firefox') ? 1 : 2,
  concurrentBrowsers: 3,
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  // A file's tests may take up to 6 minutes: the lifecycle file (create–attach–detach cycles of each element, each
  // lazy one waiting for its IntersectionObserver) took nearly four in WebKit on a busy two-core machine.
  testsFinishTimeout: 360_000,
  reporters: [defaultReporter(), engineSummaryReporter()],
  // Generous: axe in WebKit and long timelines take seconds on a loaded two-core machine; a hung test still fails.
  testFramework: { config: { timeout: 20_000 } },
};
