// The built Storybook (storybook-static/) opened in Chromium through Storybook's own preview, as a designer sees it:
// served from a local server, every story chosen in one preview page, and the elements waited for until they show
// their data or their error. Shared by `npm run check:stories` and `npm run shots`.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { contentType } from './content-types.mjs';

/** The entries (stories and docs pages) of a built Storybook, in its sidebar's order; exits if it is not built. */
export function storybookEntries(root) {
  if (!existsSync(join(root, 'index.json'))) {
    console.error(`${join(root, 'index.json')} is missing: run npm run build-storybook first.`);
    process.exit(1);
  }
  return Object.values(JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')).entries);
}

/** Serves the files under `root` on a free local port; resolves to its origin and a `close()`. */
export async function serveDirectory(root) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(base + sep)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': contentType(file) });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** The system Chromium (TWIN_CHROMIUM to change it), headless, with no request of its own to the network. */
export async function launchChromium() {
  const executablePath = process.env.TWIN_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    console.error(`${executablePath} is missing: apt-get update && apt-get install -y chromium`);
    process.exit(1);
  }
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/** Lets the page reach `origin` (and data: and blob: URLs) only; every other request is aborted and reported. */
export async function keepToOrigin(page, origin, report) {
  await page.route('**/*', (route) => {
    const requested = route.request().url();
    if (requested.startsWith(origin) || /^(data|blob):/.test(requested)) return route.continue();
    report(requested);
    return route.abort();
  });
}

/**
 * Loads Storybook's preview (iframe.html) on `entry` with the toolbar's `globals` (`locale:en;theme:dark`, or '' for
 * the defaults) and waits until it has rendered.
 */
export async function openPreview(page, origin, entry, globals = '') {
  await page.goto(
    `${origin}/iframe.html?id=${entry.id}&viewMode=${entry.type === 'docs' ? 'docs' : 'story'}${globals ? `&globals=${globals}` : ''}`,
  );
  await page.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.currentRender, undefined, { timeout: 60_000 });
}

/**
 * Chooses `entry` in the open preview, as the sidebar does. Resolves to 'rendered', or to what Storybook said went
 * wrong (or that nothing rendered within 30 s).
 */
export function chooseEntry(page, entry) {
  return page.evaluate(
    ([storyId, viewMode]) =>
      new Promise((resolve) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const events = ['storyRendered', 'docsRendered', 'storyErrored', 'storyThrewException', 'storyMissing'];
        const handlers = events.map((name) => {
          const handler = (detail) => {
            events.forEach((other, i) => channel.off(other, handlers[i]));
            resolve(
              name === 'storyRendered' || name === 'docsRendered'
                ? 'rendered'
                : `${name}: ${String(detail?.message ?? detail?.title ?? detail ?? '')}`,
            );
          };
          channel.on(name, handler);
          return handler;
        });
        const timer = setTimeout(() => resolve('not rendered within 30 s'), 30_000);
        channel.once('storyRendered', () => clearTimeout(timer));
        channel.once('docsRendered', () => clearTimeout(timer));
        channel.emit('setCurrentStory', { storyId, viewMode });
      }),
    [entry.id, entry.type === 'docs' ? 'docs' : 'story'],
  );
}

/** Where an entry renders in the preview. */
export const rootOf = (entry) => (entry.type === 'docs' ? '#storybook-docs' : '#storybook-root');

/**
 * In the page: waits until every twin-* element under `selector` shows its data or its error, then says what each
 * shows. Pass it to `page.evaluate(settle, rootOf(entry))`.
 */
export async function settle(selector) {
  const find = (node, out = []) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName.startsWith('twin-')) out.push(el);
      if (el.shadowRoot && !el.localName.startsWith('twin-')) find(el.shadowRoot, out);
    }
    return out;
  };
  const root = document.querySelector(selector);
  // A docs page renders its stories a moment after the page itself.
  let elements = [];
  for (let i = 0; i < 20 && !(elements = find(root)).length; i++) await new Promise((r) => setTimeout(r, 50));
  await Promise.all(elements.map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete)));
  // The map and the timeline are lazy: one below the first screen (a docs page's later stories) loads when it comes
  // near the viewport, as a reader scrolls. Each is brought into view until it has left its loading state.
  const loading = (el) => !!el.shadowRoot?.querySelector('.state.loading');
  for (const el of elements.filter(loading)) {
    el.scrollIntoView({ block: 'nearest' });
    for (let i = 0; i < 200 && loading(el); i++) await new Promise((r) => setTimeout(r, 50));
  }
  scrollTo(0, 0);
  // The map's geometry and the timeline's virtualizer arrive after the data: two frames and a pause.
  await new Promise((r) => setTimeout(r, 300));
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return elements.map((el) => ({
    tag: el.localName,
    error: !!el.shadowRoot?.querySelector('[part~="error"]'),
    loading: !!el.shadowRoot?.querySelector('.state.loading'),
    empty: !el.shadowRoot?.textContent?.trim(),
  }));
}
