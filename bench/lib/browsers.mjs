// The system browsers (Debian's chromium and firefox-esr), driven as the tests drive them: Chromium through
// playwright-core, Firefox through puppeteer-core (WebDriver BiDi). Each sample gets a fresh page.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';

const paths = {
  chromium: process.env.TWIN_CHROMIUM ?? '/usr/bin/chromium',
  firefox: process.env.TWIN_FIREFOX ?? '/usr/bin/firefox-esr',
};
const VIEWPORT = { width: 1280, height: 800 };

/** Starts `name` ('chromium' | 'firefox'); fails with the package to install when the browser is missing. */
export async function launch(name) {
  if (!existsSync(paths[name])) {
    throw new Error(`${paths[name]} is missing: apt-get update && apt-get install -y ${name === 'chromium' ? 'chromium' : 'firefox-esr'}`);
  }
  if (name === 'chromium') {
    const browser = await chromium.launch({
      executablePath: paths.chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        // For the memory measure: window.gc() and exact heap sizes.
        '--js-flags=--expose-gc',
        '--enable-precise-memory-info',
      ],
    });
    return {
      name: 'Chromium',
      version: browser.version(),
      async page() {
        const context = await browser.newContext({ viewport: VIEWPORT });
        const page = await context.newPage();
        const waitFor = (fn, timeout) => page.waitForFunction(fn, undefined, { timeout, polling: 50 });
        return { page, waitFor, close: () => context.close() };
      },
      close: () => browser.close(),
    };
  }
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: paths.firefox, headless: true });
  const version = (await browser.version()).replace(/^firefox\//i, '');
  return {
    name: 'Firefox',
    version,
    async page() {
      const page = await browser.newPage();
      await page.setViewport(VIEWPORT);
      const waitFor = (fn, timeout) => page.waitForFunction(fn, { timeout, polling: 50 });
      return { page, waitFor, close: () => page.close() };
    },
    close: () => browser.close(),
  };
}
