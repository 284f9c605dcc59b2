/**
 * The reader's own display settings: forced colors (Windows high contrast) and reduced motion, emulated through the
 * browser's media features where the test driver can (Chromium, through Playwright). Neither Firefox's WebDriver
 * BiDi driver nor WebKitGTK's WebDriver can emulate media features: there these tests count as skipped, by name,
 * rather than passing without checking.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import { html, part, renderTwin } from '../helpers/render.js';
import type { TwinElement } from '../../src/shared/twin-element.js';
import { schemeColours } from '../../src/shared/styles.js';

const elements = [
  ['twin-agreement-card', html`<twin-agreement-card lang="en"></twin-agreement-card>`],
  ['twin-signatory-list', html`<twin-signatory-list lang="fa"></twin-signatory-list>`],
  ['twin-city-map', html`<twin-city-map lang="tr"></twin-city-map>`],
  ['twin-pilgrimage-timeline', html`<twin-pilgrimage-timeline lang="az" selected="rumi-dies"></twin-pilgrimage-timeline>`],
] as const;

/**
 * Whether the driver can emulate media features: unknown until first tried. Once it has said no, the other tests skip
 * without asking again, so that the test server does not log the same refusal for every test.
 */
let canEmulate: boolean | undefined;

/** Emulates `media`, or skips the test where the driver cannot or the page does not then match `query`. */
async function emulate(context: Mocha.Context, media: Parameters<typeof emulateMedia>[0], query: string): Promise<void> {
  if (canEmulate === false) context.skip();
  try {
    await emulateMedia(media);
    canEmulate = true;
  } catch (error) {
    if (/not supported|CDP/i.test(String(error))) {
      canEmulate = false;
      context.skip();
    }
    throw error;
  }
  if (!matchMedia(query).matches) context.skip();
}

/** Puts a media feature back to the reader's default after a test that emulated it. */
const reset = (media: Parameters<typeof emulateMedia>[0]) => (canEmulate ? emulateMedia(media) : undefined);

/** Every element in a shadow root, descending into nested shadow roots. */
function allNodes(root: ShadowRoot | Element): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...allNodes(el.shadowRoot));
  }
  return out;
}

/** Relative luminance (WCAG 2.2) of a computed `rgb()`/`rgba()` colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((c) => {
    const s = Number(c) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('reader preferences: reduced motion', () => {
  afterEach(() => reset({ reducedMotion: 'no-preference' }));

  for (const [tag, template] of elements) {
    it(`${tag}: nothing moves by itself when the reader asks for reduced motion`, async function () {
      await emulate(this, { reducedMotion: 'reduce' }, '(prefers-reduced-motion: reduce)');
      const el = await renderTwin<TwinElement>(template);
      for (const node of allNodes(el.shadowRoot!)) {
        const style = getComputedStyle(node);
        const moving = style.animationName !== 'none' || style.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
        expect(moving, `<${node.localName} class="${node.getAttribute('class') ?? ''}"> animates`).to.equal(false);
      }
    });
  }
});

describe('reader preferences: forced colors', () => {
  afterEach(() => reset({ forcedColors: 'none' }));

  for (const [tag, template] of elements) {
    it(`${tag}: framed and readable in forced-colors mode`, async function () {
      await emulate(this, { forcedColors: 'active' }, '(forced-colors: active)');
      const el = await renderTwin<TwinElement>(template);
      const base = part(el, '[part~=base]');
      const frame = getComputedStyle(base);
      expect(frame.borderTopStyle, 'the frame has a border').to.not.equal('none');
      expect(parseFloat(frame.borderTopWidth)).to.be.at.least(1);
      // The text keeps the system's own contrast against the system background.
      const canvas = getComputedStyle(document.body).backgroundColor;
      const heading = el.shadowRoot!.querySelector('h2, h3, [part~=title], [part~=map] text') ?? base;
      const fill = heading instanceof SVGElement ? getComputedStyle(heading).fill : getComputedStyle(heading).color;
      if (!/transparent|rgba\(0, 0, 0, 0\)/.test(canvas)) expect(contrast(fill, canvas), `${fill} on ${canvas}`).to.be.at.least(4.5);
    });
  }

  it('twin-pilgrimage-timeline: the selected event stands out in system highlight colors', async function () {
    await emulate(this, { forcedColors: 'active' }, '(forced-colors: active)');
    const el = await renderTwin<TwinElement>(html`<twin-pilgrimage-timeline lang="en" selected="rumi-dies"></twin-pilgrimage-timeline>`);
    const selected = getComputedStyle(part(el, 'li[data-id="rumi-dies"] .card'));
    const other = getComputedStyle(part(el, 'li:not([data-id="rumi-dies"]) .card'));
    expect(selected.backgroundColor).to.not.equal(other.backgroundColor);
    expect(contrast(selected.color, selected.backgroundColor)).to.be.at.least(4.5);
  });

  it('twin-city-map: markers and the line between the cities are drawn in system colors, not lost', async function () {
    await emulate(this, { forcedColors: 'active' }, '(forced-colors: active)');
    const el = await renderTwin<TwinElement>(html`<twin-city-map lang="en"></twin-city-map>`);
    const land = getComputedStyle(part(el, '.land')).fill;
    const dot = getComputedStyle(part(el, '.marker .dot')).fill;
    const arc = getComputedStyle(part(el, '.arc')).stroke;
    expect(contrast(dot, land), `marker ${dot} on land ${land}`).to.be.at.least(3);
    expect(contrast(arc, land), `line ${arc} on land ${land}`).to.be.at.least(3);
  });

  it('twin-city-map: the pressed list button in system highlight colors, a button with nothing to do in grey text', async function () {
    await emulate(this, { forcedColors: 'active' }, '(forced-colors: active)');
    const el = await renderTwin<TwinElement & { view: string }>(html`<twin-city-map lang="en" view="list"></twin-city-map>`);
    // Computed styles are live: each colour is read as a string when it is asked for.
    const colours = (name: string) => {
      const style = getComputedStyle(part(el, `[part~="toolbar"] [data-tool="${name}"]`));
      return { text: style.color, background: style.backgroundColor };
    };
    const pressed = colours('list');
    expect(pressed.background, 'the pressed list button stands out').to.not.equal(colours('reset').background);
    expect(contrast(pressed.text, pressed.background)).to.be.at.least(4.5);
    // In the list, the zoom buttons have nothing to do; on the map at its first view, "Reset view" has nothing to do.
    const idle = colours('zoom-in').text;
    el.view = 'map';
    await el.updateComplete;
    expect(idle, 'a button with nothing to do, against one that can zoom in').to.not.equal(colours('zoom-in').text);
    expect(colours('reset').text, '"Reset view" at the first view').to.equal(idle);
  });
});

describe('reader preferences: light unless the page asks for dark', () => {
  afterEach(async () => {
    document.documentElement.style.colorScheme = '';
    await reset({ colorScheme: 'light' });
  });

  const surface = (el: TwinElement) => getComputedStyle(part(el, '[part~=base]')).backgroundColor;
  const isDark = (el: TwinElement) => luminance(surface(el)) < 0.2;

  for (const [tag, template] of elements) {
    it(`${tag}: stays light on a light page when the reader's system is dark`, async function () {
      await emulate(this, { colorScheme: 'dark' }, '(prefers-color-scheme: dark)');
      const el = await renderTwin<TwinElement>(template);
      expect(isDark(el), `surface ${surface(el)}`).to.equal(false);
    });

    it(`${tag}: turns dark with the page when the page's color-scheme includes dark and the system is dark`, async function () {
      await emulate(this, { colorScheme: 'dark' }, '(prefers-color-scheme: dark)');
      document.documentElement.style.colorScheme = 'light dark';
      const el = await renderTwin<TwinElement>(template);
      expect(isDark(el), `surface ${surface(el)}`).to.equal(true);
    });

    it(`${tag}: theme="auto" follows the system`, async function () {
      await emulate(this, { colorScheme: 'dark' }, '(prefers-color-scheme: dark)');
      const el = await renderTwin<TwinElement>(template);
      el.theme = 'auto';
      await el.updateComplete;
      expect(isDark(el), `surface ${surface(el)}`).to.equal(true);
    });
  }

  // Without media emulation too (every engine): the page's own `color-scheme: dark` is the page asking for dark.
  it('every element follows a page whose color-scheme is dark, and theme="light" overrides it', async () => {
    document.documentElement.style.colorScheme = 'dark';
    for (const [tag, template] of elements) {
      const el = await renderTwin<TwinElement>(template);
      expect(isDark(el), `${tag} surface ${surface(el)}`).to.equal(true);
      el.theme = 'light';
      await el.updateComplete;
      expect(isDark(el), `${tag} with theme="light": surface ${surface(el)}`).to.equal(false);
    }
  });
});

describe('colours below the browser floor (no light-dark())', () => {
  /**
   * A browser without `light-dark()` is simulated by renaming the function in the generated sheet: its
   * `@supports` test then fails as it does there, and the fallback declarations must give every colour a value.
   */
  function hostWith(theme: string | null): HTMLElement {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(schemeColours({ text: ['--twin-test-text', '#111111', '#eeeeee'] }).cssText.replaceAll('light-dark(', 'no-such-function('));
    const host = document.createElement('div');
    if (theme) host.setAttribute('theme', theme);
    host.attachShadow({ mode: 'open' }).adoptedStyleSheets = [sheet];
    document.body.append(host);
    hosts.push(host);
    return host;
  }
  const hosts: HTMLElement[] = [];
  afterEach(() => hosts.splice(0).forEach((host) => host.remove()));

  it('light by default, dark under theme="dark", and a site value wins in both', () => {
    const light = hostWith(null);
    const dark = hostWith('dark');
    const probe = (host: HTMLElement) => {
      const p = document.createElement('span');
      p.style.color = 'var(--_text)';
      host.shadowRoot!.append(p);
      return getComputedStyle(p).color;
    };
    expect(probe(light)).to.equal('rgb(17, 17, 17)');
    expect(probe(dark)).to.equal('rgb(238, 238, 238)');
    dark.style.setProperty('--twin-test-text', 'rgb(1, 2, 3)');
    expect(probe(dark)).to.equal('rgb(1, 2, 3)');
  });
});
