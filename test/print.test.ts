/**
 * Print (issue 23, item 5): the card, the signatory list and the map as they come out on paper, under Chromium's print
 * media emulation (Playwright): their content is there and laid out, no control is, and a dark theme prints light.
 * Neither Firefox's WebDriver BiDi driver nor WebKitGTK's WebDriver can emulate print media: there the tests that need
 * it are skipped (reported as skipped, by name), not passed without checking. What an element renders when printing
 * starts (`beforeprint`) is checked in every engine.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';
import type { TwinElement } from '../src/shared/twin-element.js';
import type { TwinCityMap } from '../src/city-map.js';
import { khoyKonya } from '../src/data/khoy-konya.js';
import { isSafeUrl } from '../src/data/safe-url.js';
import { html, part, renderTwin, textOf, until } from './helpers/render.js';

/** Whether the driver can emulate print media: unknown until first tried; once it has said no, the rest skip. */
let canEmulate: boolean | undefined;

/**
 * Lays the page out for print, as the browser does for paper, and waits for the elements to follow (an element that
 * renders something else on paper hears of it through `matchMedia('print')`). Skips where the driver cannot emulate
 * print media (Firefox, WebKit).
 */
async function printMedia(context: Mocha.Context, ...elements: TwinElement[]): Promise<void> {
  if (canEmulate === false) context.skip();
  try {
    await emulateMedia({ media: 'print' });
    canEmulate = true;
  } catch (error) {
    if (/not supported|CDP|unknown command|not implemented/i.test(String(error))) {
      canEmulate = false;
      context.skip();
    }
    throw error;
  }
  if (!matchMedia('print').matches) context.skip();
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  await Promise.all(elements.map((el) => el.updateComplete));
}

afterEach(async () => {
  if (canEmulate) await emulateMedia({ media: 'screen' });
});

/** Whether a reader of the page sees `node`: it has a box of some size and is not hidden. */
function displayed(node: Element): boolean {
  const box = node.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(node).visibility !== 'hidden';
}

/** The controls a reader of the paper would see (there should be none): buttons, disclosures, fields with a box. */
function controlsShown(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('button, summary, input, select, textarea')]
    .filter(displayed)
    .map((c) => `<${c.localName} class="${c.getAttribute('class') ?? ''}"> ${textOf(c) || c.getAttribute('aria-label')}`);
}

/** Relative luminance (WCAG 2.2) of a computed colour; a transparent background is the paper's white. */
function luminance(color: string): number {
  const channels = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).map(Number);
  if (color.startsWith('rgba') && channels[3] === 0) return 1;
  const [r, g, b] = channels.slice(0, 3).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Ink on white: the frame's background is light (or none) and its text dark. */
function expectInkOnWhite(el: TwinElement): void {
  const frame = getComputedStyle(part(el, '[part~=base]'));
  expect(luminance(frame.backgroundColor), `background ${frame.backgroundColor}`).to.be.above(0.8);
  expect(luminance(frame.color), `text ${frame.color}`).to.be.below(0.05);
  expect(frame.boxShadow, 'no shadow on paper').to.equal('none');
}

const agreement = khoyKonya.agreements[0]!;

describe('print: <twin-agreement-card>', () => {
  const card = (theme = '') => renderTwin<TwinElement>(html`<twin-agreement-card lang="en" theme=${theme || 'light'}></twin-agreement-card>`);

  it('prints the date, the two cities and every source with its web address, and no control', async function () {
    const el = await card();
    await printMedia(this, el);
    const date = part(el, '[part~=facts] time');
    expect(displayed(date) && textOf(date)).to.equal('December 14, 2025');
    const parties = [...el.shadowRoot!.querySelectorAll('.party-name')];
    expect(parties.filter(displayed).map(textOf)).to.deep.equal(['Khoy', 'Konya']);
    const sources = [...el.shadowRoot!.querySelectorAll('[part~=sources] > li')];
    expect(sources.length, 'the agreement’s sources').to.equal(agreement.sources.length);
    for (const li of sources) expect(displayed(li), textOf(li)).to.equal(true);
    const linked = agreement.sources.map((id) => khoyKonya.sources.find((s) => s.id === id)!).filter((s) => s.url && isSafeUrl(s.url));
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~=sources] a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(linked.map((s) => s.url));
    for (const a of links) {
      // The address follows the outlet's name: the link is wider by it than its own text.
      expect(getComputedStyle(a, '::after').content, a.href).to.match(/^" \(" attr\(href\) "\)"$|^" \(https?:.*\)"$/);
      const text = document.createRange();
      text.selectNodeContents(a.querySelector('.outlet')!);
      expect(a.getBoundingClientRect().width, a.href).to.be.above(text.getBoundingClientRect().width + 50);
    }
    // A quotation's outlet is linked too, but its address is in the sources: not printed twice.
    for (const a of el.shadowRoot!.querySelectorAll('[part~=statement] a')) expect(getComputedStyle(a, '::after').content).to.equal('none');
    expect(controlsShown(el)).to.deep.equal([]);
    for (const piece of el.shadowRoot!.querySelectorAll('.parties, .fact, [part~=statement], [part~=sources] > li')) {
      expect(getComputedStyle(piece).breakInside, piece.className).to.equal('avoid');
    }
  });

  it('prints ink on white under theme="dark": no dark surface, no tinted boxes, no shadow', async function () {
    const el = await card('dark');
    expect(luminance(getComputedStyle(part(el, '[part~=base]')).backgroundColor), 'dark on screen').to.be.below(0.05);
    await printMedia(this, el);
    expectInkOnWhite(el);
    for (const party of el.shadowRoot!.querySelectorAll('.party')) {
      expect(luminance(getComputedStyle(party).backgroundColor)).to.be.above(0.8);
    }
    const badge = getComputedStyle(part(el, '[part~=status]'));
    expect(luminance(badge.color), `status ${badge.color} on ${badge.backgroundColor}`).to.be.below(0.05);
    expect(badge.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });
});

describe('print: <twin-signatory-list>', () => {
  const participants = agreement.participants.map((p) => p.person);

  it('prints every participant as text, with no button', async function () {
    const el = await renderTwin<TwinElement>(html`<twin-signatory-list lang="fa" selected=${participants[0]!}></twin-signatory-list>`);
    const names = [...el.shadowRoot!.querySelectorAll('[part~=name]')];
    const onScreen = names.map(textOf);
    expect(onScreen.length, 'participants').to.equal(participants.length);
    await printMedia(this, el);
    expect(names.filter(displayed).map(textOf)).to.deep.equal(onScreen);
    for (const details of el.shadowRoot!.querySelectorAll('.details')) expect(displayed(details), textOf(details)).to.equal(true);
    const organisations = [...el.shadowRoot!.querySelectorAll('.organisation')];
    expect(organisations.length).to.equal(agreement.organisations?.length ?? 0);
    for (const o of organisations) expect(displayed(o), textOf(o)).to.equal(true);
    expect(controlsShown(el)).to.deep.equal([]);
    // The selected participant is not marked on paper.
    const selected = part(el, '[aria-pressed=true]').closest('li')!;
    expect(getComputedStyle(selected).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    for (const group of el.shadowRoot!.querySelectorAll('[part~=group]')) expect(getComputedStyle(group).breakInside).to.equal('avoid');
  });

  it('prints ink on white under theme="dark"', async function () {
    const el = await renderTwin<TwinElement>(html`<twin-signatory-list lang="en" theme="dark"></twin-signatory-list>`);
    await printMedia(this, el);
    expectInkOnWhite(el);
    const name = getComputedStyle(part(el, '[part~=name]'));
    expect(luminance(name.color), name.color).to.be.below(0.05);
  });
});

describe('print: <twin-city-map>', () => {
  async function mapIn(width: number, attributes: { view?: string; theme?: string } = {}): Promise<TwinCityMap> {
    const wrapper = await renderTwin<HTMLElement & TwinCityMap>(
      html`<div style="inline-size: ${width}px"><twin-city-map loading="eager" lang="en" view=${attributes.view ?? 'map'} theme=${attributes.theme ?? 'light'}></twin-city-map></div>`,
    );
    const el = wrapper.querySelector('twin-city-map')!;
    await el.updateComplete;
    return el;
  }

  /** The picture fits the element's width whole: its proportions kept and nothing of it cut off by its frame. */
  function expectWholePicture(el: TwinCityMap): void {
    const svg = part<SVGSVGElement>(el, 'svg.map');
    expect(displayed(svg), 'the map is printed').to.equal(true);
    const box = svg.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    expect(box.left, 'inside the element').to.be.at.least(host.left - 0.5);
    expect(box.right, 'inside the element').to.be.at.most(host.right + 0.5);
    const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
    expect(box.height / box.width, 'the drawing’s proportions').to.be.closeTo(h / w, 0.01);
    const frame = part(el, '.viewport').getBoundingClientRect();
    expect(frame.bottom, 'not cut off at the bottom').to.be.at.least(box.bottom - 0.5);
    expect(frame.height - box.height, 'no empty band around it').to.be.below(8);
  }

  /** Every place of the map in the printed list of places (its text alternative). */
  function expectListOfPlaces(el: TwinCityMap): void {
    const markers = [...el.shadowRoot!.querySelectorAll('.marker')];
    const rows = [...el.shadowRoot!.querySelectorAll('[part~=list] tbody th')];
    expect(rows.length, 'a row per marker').to.equal(markers.length);
    expect(rows.length, 'the two cities and their places').to.be.at.least(4);
    for (const row of rows) expect(displayed(row), textOf(row)).to.equal(true);
    expect(rows.map(textOf)).to.include.members(['Khoy', 'Konya']);
    expect(displayed(part(el, '[part~=list] p')), 'the distance in words').to.equal(true);
  }

  it('prints the map whole with the list of places under it, and no zoom, list or popup', async function () {
    const el = await mapIn(720);
    expect(el.shadowRoot!.querySelector('[part~=list]'), 'no list on screen beside the map').to.equal(null);
    // A popup open on screen is not printed.
    part<SVGGElement>(el, '.marker[data-id="konya"]').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    expect(displayed(part(el, '[part~=popup]'))).to.equal(true);
    await printMedia(this, el);
    await until(() => !!el.shadowRoot!.querySelector('[part~=list]'));
    expectWholePicture(el);
    expectListOfPlaces(el);
    expect(controlsShown(el)).to.deep.equal([]);
    expect(displayed(part(el, '[part~=popup]')), 'the popup').to.equal(false);
    expect(displayed(part(el, '[part~=scale]')), 'the scale bar').to.equal(true);
  });

  it('on a page narrower than the screen, shrinks to its width with its scale bar', async function () {
    const el = await mapIn(720);
    await printMedia(this, el);
    await until(() => !!el.shadowRoot!.querySelector('[part~=list]'));
    const svg = part<SVGSVGElement>(el, 'svg.map');
    const bar = part(el, '.scale-bar');
    const share = bar.getBoundingClientRect().width / svg.getBoundingClientRect().width;
    expect(share).to.be.above(0.02);
    // Paper narrower than the screen: the page is laid out again for it and printed before the map could draw itself
    // again (no script runs between the two). So measured at once, and put back before the map's ResizeObserver sees it.
    const wrapper = el.parentElement as HTMLElement;
    try {
      wrapper.style.inlineSize = '480px';
      expectWholePicture(el);
      expect(svg.getBoundingClientRect().width).to.be.below(480);
      expect(bar.getBoundingClientRect().width / svg.getBoundingClientRect().width, 'the bar still measures the map').to.be.closeTo(share, share * 0.03);
      // Wider paper: the map keeps its drawn size (its labels do not grow).
      wrapper.style.inlineSize = '1000px';
      expect(svg.getBoundingClientRect().width).to.be.closeTo(Number(svg.getAttribute('width')), 0.5);
      expectWholePicture(el);
    } finally {
      wrapper.style.inlineSize = '720px';
    }
  });

  it('from a screen wider than a page, draws itself at a page’s width, so that its labels print at their size', async function () {
    const el = await mapIn(1100);
    const drawn = () => Number(part<SVGSVGElement>(el, 'svg.map').getAttribute('width'));
    expect(drawn(), 'on screen').to.be.above(1000);
    await printMedia(this, el);
    await until(() => drawn() <= 640);
    expect(drawn()).to.equal(640);
    expectWholePicture(el);
    expect(el.shadowRoot!.querySelectorAll('[part~=label]:not([visibility=hidden])').length, 'the labels laid out again').to.be.at.least(4);
    // Back on screen: drawn at the screen's width again.
    await emulateMedia({ media: 'screen' });
    await until(() => drawn() > 1000);
    expect(drawn()).to.be.above(1000);
  });

  it('prints both the map and the list when the reader had chosen the list', async function () {
    const el = await mapIn(600, { view: 'list' });
    expect(el.shadowRoot!.querySelector('svg.map'), 'no map on screen beside the list').to.equal(null);
    await printMedia(this, el);
    await until(() => !!el.shadowRoot!.querySelector('svg.map'));
    expectWholePicture(el);
    expectListOfPlaces(el);
    expect(controlsShown(el)).to.deep.equal([]);
    // Back on screen: the list alone again.
    await emulateMedia({ media: 'screen' });
    await until(() => !el.shadowRoot!.querySelector('svg.map'));
    expect(el.shadowRoot!.querySelector('svg.map')).to.equal(null);
  });

  it('has its list of places and its page-wide drawing the moment printing starts (every engine)', async () => {
    // Firefox copies the page for paper right after dispatching `beforeprint`, before any microtask (where Lit would
    // update): what prints must be in the page when the event's listeners return. No print emulation needed.
    const el = await mapIn(1100);
    const drawn = () => Number(part<SVGSVGElement>(el, 'svg.map').getAttribute('width'));
    try {
      window.dispatchEvent(new Event('beforeprint'));
      expect(el.shadowRoot!.querySelector('[part~=list]'), 'the list of places, at once').to.not.equal(null);
      expect(drawn(), 'drawn for a page, at once').to.equal(640);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
    }
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~=list]'), 'gone after printing').to.equal(null);
    await until(() => drawn() > 1000);
    expect(drawn(), 'at the screen’s width again').to.be.above(1000);
  });

  it('prints the static HTML copy (no script) whole at its drawn size, with its list of places', async function () {
    const response = await fetch('/__twin-render', { method: 'POST', body: JSON.stringify({ args: ['render', '--element', 'city-map', '--lang', 'en'] }) });
    const result = (await response.json()) as { code: number; stdout: string };
    expect(result.code).to.equal(0);
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin');
    frame.style.inlineSize = '1000px';
    frame.style.blockSize = '900px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>static</title></head><body>${result.stdout}</body></html>`;
    document.body.append(frame);
    try {
      await loaded;
      const copy = frame.contentDocument!.querySelector('twin-city-map')!;
      await printMedia(this);
      // The picture drawn for a page's width; the copy's others (for narrower and wider frames) are not printed.
      const pictures = [...copy.shadowRoot!.querySelectorAll<SVGSVGElement>('svg.map')];
      expect(pictures.map((p) => p.getBoundingClientRect().width > 0)).to.deep.equal([false, true, false]);
      const svg = pictures[1]!;
      const box = svg.getBoundingClientRect();
      expect(box.width, 'its drawn width, not grown to the page').to.be.closeTo(Number(svg.getAttribute('width')), 0.5);
      // In a frame of its width: wider, the frame's water showed beside the land's cut edge.
      expect(copy.shadowRoot!.querySelector('.viewport')!.getBoundingClientRect().width, 'the frame').to.be.closeTo(box.width, 0.5);
      const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
      expect(box.height / box.width).to.be.closeTo(h / w, 0.01);
      const rows = [...copy.shadowRoot!.querySelectorAll('.places-table tbody th')];
      expect(rows.length).to.be.at.least(4);
      for (const row of rows) expect(displayed(row), textOf(row)).to.equal(true);
    } finally {
      frame.remove();
    }
  });

  it('prints light land and water under theme="dark"', async function () {
    const el = await mapIn(600, { theme: 'dark' });
    expect(luminance(getComputedStyle(part(el, '.water')).fill), 'dark water on screen').to.be.below(0.05);
    await printMedia(this, el);
    expectInkOnWhite(el);
    expect(luminance(getComputedStyle(part(el, '.water')).fill), 'water').to.be.above(0.5);
    expect(luminance(getComputedStyle(part(el, '.land')).fill), 'land').to.be.above(0.8);
    const label = getComputedStyle(part(el, '.label.city text'));
    expect(luminance(label.fill), `label ${label.fill}`).to.be.below(0.05);
  });
});
