/**
 * The static copy of the elements, for readers without JavaScript and for search engines: Lit SSR renders each
 * element with declarative shadow DOM (`<template shadowrootmode="open">`) in the requested language, followed by
 * schema.org JSON-LD. Node only (see src/cli.ts); no browser bundle imports this module.
 *
 * Lit SSR renders synchronously and never connects an element, while the elements resolve their language when
 * connected and load their translations, the default dataset, the map's geometry and the view code of the card and
 * the list lazily: everything a render needs is loaded here first, and `TwinElementRenderer` gives each element its
 * language and dataset before Lit renders it. When the library's script later runs on the page, each element replaces its static copy with its
 * live content (see `TwinElement.createRenderRoot`).
 */
import { render } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { CSSResultOrNative, TemplateResult } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DatasetError, loadDefaultDataset, validateOrThrow } from '../data/load.js';
import type { TwinningDataset } from '../data/schema.js';
import { loadCountries } from '../geo/geometry.js';
import { directionOfLanguage, resolveLanguageAndDirection, uiLocaleFor, type Direction, type UiLocale } from '../i18n/language.js';
import { loadLocale } from '../i18n/localize.js';
import { cityPair, markersOf } from '../elements/city-map/map-model.js';
import { TwinElement } from '../shared/twin-element.js';
import { defineAllElements } from '../shared/all-elements.js';
import { datasetJsonLd, jsonLdScript, scriptSafeJson } from './json-ld.js';

defineAllElements();

export const elementNames = ['agreement-card', 'signatory-list', 'city-map', 'pilgrimage-timeline'] as const;
export type ElementName = (typeof elementNames)[number];

export interface StaticRenderOptions {
  readonly elements: readonly ElementName[];
  readonly lang: UiLocale;
  /** A dataset to validate and show (untrusted); default: the embedded Khoy–Konya dataset. */
  readonly data?: unknown;
  /** Where `data` came from, for messages. */
  readonly dataOrigin?: string;
  readonly agreement?: string;
  readonly theme?: 'light' | 'dark';
  readonly calendar?: string;
  readonly secondaryCalendar?: string;
  /**
   * How the element finds `data` again when its script runs: `inline` (default) puts the dataset in the element as
   * `<script type="application/json">`; a URL gives the element that `src`.
   */
  readonly dataSrc?: string;
  /**
   * Each shadow root links a style sheet at this URL (so that `style-src 'self'` is enough) instead of holding a
   * `<style>` element. Each element has its own sheet: its rules would change another element's (`.title`, …).
   */
  readonly stylesHref?: (element: ElementName) => string;
  /** Leave out the JSON-LD. */
  readonly noJsonLd?: boolean;
}

export interface StaticRender {
  readonly html: string;
  /** The style sheet of each element, to serve at `stylesHref(element)`, when it was asked for. */
  readonly css: Partial<Record<ElementName, string>>;
}

const tags: Record<ElementName, string> = {
  'agreement-card': 'twin-agreement-card',
  'signatory-list': 'twin-signatory-list',
  'city-map': 'twin-city-map',
  'pilgrimage-timeline': 'twin-pilgrimage-timeline',
};

/** The two cities a map links, as the element chooses them, and their places: the points its geometry must cover. */
function mapPoints(dataset: TwinningDataset, agreement: string | undefined): { lon: number; lat: number }[] {
  const pair = cityPair(dataset, agreement);
  return pair ? markersOf(dataset, ...pair, 'en') : [];
}

// Lit's DOM shim for Node has no ShadowRoot, which resolveLanguage looks for above an element with no parent.
(globalThis as { ShadowRoot?: unknown }).ShadowRoot ??= function ShadowRoot() {};

/** The dataset of the render under way (renders are sequential). */
let renderingDataset: TwinningDataset | undefined;

class TwinElementRenderer extends LitElementRenderer {
  static override matchesClass(ctor: typeof HTMLElement): boolean {
    return ctor.prototype instanceof TwinElement;
  }

  override connectedCallback(): void {
    // What the element learns in a browser when connected and once its data has loaded (TwinElement's hook for
    // server renderers): the language resolved from its attributes and the document, and the dataset.
    (this.element as TwinElement).prefill(resolveLanguageAndDirection(this.element), renderingDataset);
    super.connectedCallback();
  }
}

interface Attributes {
  readonly lang: string;
  readonly dir: Direction;
  readonly agreement: string | undefined;
  readonly theme: string | undefined;
  readonly calendar: string | undefined;
  readonly secondaryCalendar: string | undefined;
  readonly src: string | undefined;
}

/** The element with its attributes (Lit escapes every value); its dataset is given by `TwinElementRenderer`. */
function elementTemplate(name: ElementName, a: Attributes): TemplateResult {
  const tag = unsafeStatic(tags[name]);
  const agreement = name === 'pilgrimage-timeline' ? undefined : a.agreement;
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html -- a static tag name (lit/static-html.js)
  return html`<${tag} lang=${a.lang} dir=${a.dir} agreement=${ifDefined(agreement)} theme=${ifDefined(a.theme)} calendar=${ifDefined(a.calendar)} secondary-calendar=${ifDefined(a.secondaryCalendar)} src=${ifDefined(a.src)}></${tag}>`;
}

/** The CSS Lit SSR writes into an element's shadow root. */
function cssOf(tag: string): string {
  const ctor = customElements.get(tag) as unknown as { elementStyles?: CSSResultOrNative[] } | undefined;
  return (ctor?.elementStyles ?? []).map((s) => ('cssText' in s ? s.cssText : '')).join('');
}

/** Lit's hydration markers: comments this static copy does not need (it is replaced, never hydrated). */
const LIT_MARKERS = /<!--\/?lit-(?:part|node)[^>]*-->|<\?>/g;

/**
 * Renders the static copy. Throws a `DatasetError` (with every problem and its path) when `data` is not a valid
 * dataset.
 */
export async function renderStatic(options: StaticRenderOptions): Promise<StaticRender> {
  const lang = options.lang;
  await loadLocale(uiLocaleFor(lang));
  const given = options.data !== undefined ? await validateOrThrow(options.data, options.dataOrigin ?? 'the data') : undefined;
  const dataset = given ?? (await loadDefaultDataset());
  if (options.agreement !== undefined && !dataset.agreements.some((a) => a.id === options.agreement)) {
    const ids = dataset.agreements.map((a) => `"${a.id}"`).join(', ') || 'none';
    throw new DatasetError('invalid-data', `the dataset has no agreement with the id "${options.agreement}" (its agreements: ${ids})`);
  }
  if (options.elements.includes('city-map')) await loadCountries(mapPoints(dataset, options.agreement));
  // The view code of the card and the list, which a browser loads beside the data (TwinElement.loadView).
  await Promise.all(options.elements.map((name) => (customElements.get(tags[name]) as unknown as typeof TwinElement).loadView()));

  const attributes: Attributes = {
    lang,
    dir: directionOfLanguage(lang),
    agreement: options.agreement,
    theme: options.theme,
    calendar: options.calendar,
    secondaryCalendar: options.secondaryCalendar,
    src: given ? options.dataSrc : undefined,
  };
  const parts: string[] = [];
  const css: Partial<Record<ElementName, string>> = {};
  for (const name of options.elements) {
    const tag = tags[name];
    renderingDataset = dataset;
    let out: string;
    try {
      out = (await collectResult(render(elementTemplate(name, attributes), { elementRenderers: [TwinElementRenderer] }))).replace(LIT_MARKERS, '');
    } finally {
      renderingDataset = undefined;
    }
    // The obsolete `shadowroot` attribute beside `shadowrootmode` serves only browsers of 2020–2023.
    out = out
      .replace('<template shadowroot="open" shadowrootmode="open">', '<template shadowrootmode="open">')
      .replace(new RegExp(`^<${tag}\\s+`), `<${tag} `);
    if (options.stylesHref !== undefined) {
      const sheet = cssOf(tag);
      const style = `<style>${sheet}</style>`;
      if (!sheet || !out.includes(style)) throw new Error(`the styles of <${tag}> were not found in its rendering`);
      out = out.replace(style, () => `<link rel="stylesheet" href="${escapeAttribute(options.stylesHref!(name))}">`);
      css[name] = `/* <${tag}>, twin-city-elements: link it from the element's shadow root only. */\n${sheet.trim()}\n`;
    }
    if (given && options.dataSrc === undefined) {
      // The element reads the same data again when its script runs (an inline JSON child is one of its inputs).
      out = out.replace(new RegExp(`</${tag}>$`), () => `<script type="application/json">${scriptSafeJson(given)}</script></${tag}>`);
    }
    parts.push(out);
  }
  if (!options.noJsonLd) {
    const withAgreement = options.elements.some((n) => n !== 'pilgrimage-timeline');
    const withEvents = options.elements.includes('pilgrimage-timeline');
    parts.push(jsonLdScript(datasetJsonLd(dataset, { lang, agreement: withAgreement ? options.agreement : false, events: withEvents })));
  }
  return { html: `${parts.join('\n')}\n`, css };
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
