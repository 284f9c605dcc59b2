import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { TwinningDataset } from '../data/schema.js';
import { loadValidator, type DatasetError } from '../data/load.js';
import { isLocaleLoaded, loadLocale, msg, renderInLocale } from '../i18n/localize.js';
import { intlSupports } from '../i18n/fallback-names.js';
import { formatNumber, isSupportedCalendar, pluralCategory, primaryCalendarOf, secondaryCalendarOf } from '../i18n/format.js';
import { DatasetController } from './dataset-controller.js';
import { renderErrorState } from './error-view.js';
import { LanguageController } from './language-controller.js';
import { NearViewportController } from './near-viewport-controller.js';
import { yieldToMain } from './yield-to-main.js';
import type { TwinEventMap } from './events.js';
import { pickText, type LocalizedText } from '../i18n/text.js';
import type { ResolvedLanguage } from '../i18n/language.js';
import { VERSION } from '../version.js';

export type Theme = 'light' | 'dark' | 'auto';
export type Loading = 'lazy' | 'eager';

/** What the view code of an element (kept apart from it, see `TwinElement.loadView`) reads of the element. */
export interface ViewContext {
  /** The language the element renders in (its own, else the page's). */
  readonly lang: string;
  /** The language asked for, for picking dataset texts (it may be one with no UI translation). */
  readonly requested: string;
  readonly primaryCalendar: string;
  /** Undefined when hidden or the same as the primary. */
  readonly secondaryCalendar: string | undefined;
  /** A dataset text in the reader's language, marked with its own `lang` when it is in another. */
  renderText(text: LocalizedText | undefined): unknown;
}

/**
 * The base of every twin element: language and direction followed live, the dataset loaded and validated,
 * typed events, the error and loading views, and the calendar settings. Elements implement `renderContent`.
 *
 * @cssproperty --twin-color-text - Text color.
 * @cssproperty --twin-color-muted - Secondary text color.
 * @cssproperty --twin-color-surface - Background of the frame.
 * @cssproperty --twin-color-subtle - Background of boxes and of hovered or selected items.
 * @cssproperty --twin-color-border - Border color.
 * @cssproperty --twin-color-accent - Accent color (badges, the selection).
 * @cssproperty --twin-color-on-accent - Text on the accent color.
 * @cssproperty --twin-color-link - Link color.
 * @cssproperty --twin-color-error - Color of the error state.
 * @cssproperty --twin-color-focus - Focus ring color.
 * @cssproperty --twin-radius - Corner radius.
 * @cssproperty --twin-space - Base spacing.
 * @cssproperty --twin-shadow - Box shadow of the frame.
 * @cssproperty --twin-font-family - Font (default: inherited from the page).
 */
export abstract class TwinElement extends LitElement {
  /** The library version that defined this element (see `defineElement`). */
  static readonly version = VERSION;

  static override properties: PropertyDeclarations = {
    src: { type: String },
    data: { attribute: false },
    theme: { type: String, reflect: true },
    calendar: { type: String },
    secondaryCalendar: { type: String, attribute: 'secondary-calendar' },
    loading: { type: String },
    appearance: { type: String, reflect: true },
  };

  /** `loading` when the attribute is absent: the map and the timeline, heavy and often below the fold, are lazy. */
  static readonly defaultLoading: Loading = 'eager';

  /** URL of a dataset (JSON, schema version 1) to show instead of the embedded default. */
  declare src: string | undefined;
  /** The dataset as an object (takes precedence over an inline JSON child and `src`). */
  declare data: unknown;
  /**
   * `light`, `dark`, or `auto` (follows the reader's system). Default: the page's own `color-scheme`, so light
   * unless the page says it has a dark scheme.
   */
  declare theme: Theme | undefined;
  /** The calendar dates are shown in: `gregory`, `persian`, `islamic-umalqura`, … (default: the language's own). */
  declare calendar: string | undefined;
  /** A second calendar shown beside the first, or `none` (default: beside Solar Hijri, the lunar Hijri calendar before 1925 and the Gregorian one after; Solar Hijri beside the others). */
  declare secondaryCalendar: string | undefined;
  /**
   * `lazy`: the element loads its data, code and geometry only when it comes near the viewport, and shows a
   * skeleton of its final size until then; `eager`: at once. Default: lazy for the map and the timeline, eager for
   * the card and the list.
   */
  declare loading: Loading | undefined;
  /** `framed` (default: a border, a radius and a shadow) or `plain` (no frame), for sidebars and pages that frame content themselves. */
  declare appearance: 'framed' | 'plain' | undefined;

  protected readonly nearViewport = new NearViewportController(this, () => this.lazy);

  /**
   * Whether the element waits until it is near the viewport to load (`loading`, else the element's default). An
   * element may load at once for a reason of its own (a timeline whose event the page's address links to).
   */
  protected get lazy(): boolean {
    return (this.loading === 'lazy' || this.loading === 'eager' ? this.loading : (this.constructor as typeof TwinElement).defaultLoading) === 'lazy';
  }

  protected readonly language = new LanguageController(this);
  protected readonly datasetController = new DatasetController(this, {
    // Reported once the element shows it (see `updated`): not while it shows an error in its place.
    onLoad: (dataset) => {
      this.loadToReport = dataset;
    },
    onError: (error) => this.reportError(error),
    loadView: () => (this.constructor as typeof TwinElement).loadView(),
    ready: () => this.nearViewport.near,
    // After this update (the loading state) is committed and the element's view code is here, while the data
    // downloads. A failure here only loses the head start: the render that needs the same formatters reports it,
    // and the controller reports a view that failed to load.
    // In a task of its own: the element may be upgrading in the task that runs the page's script, which the
    // first formatters would lengthen by tens of milliseconds.
    onLoadStart: (view) => {
      this.startDownloads();
      this.prepared = Promise.resolve(view)
        .then(() => yieldToMain())
        .then(() => {
          this.prepareWhileLoading();
          return this.preparing;
        })
        .catch(() => undefined);
    },
    // The formatters are made before the first render rather than inside it: data that arrives before they are
    // (the embedded dataset, at once) waits for them, so that the render's task does not grow by their time. Then
    // the element's own work that needs the data but not the render (`prepareFirstRender`), in a task of its own.
    beforeFirstRender: async (dataset) => {
      await this.prepared;
      try {
        await this.prepareFirstRender(dataset);
      } catch {
        // Only a head start is lost: the render does the same work, and reports what fails.
      }
    },
  });

  /** The preparation of the load under way (see `prepareWhileLoading`): settles when its formatters are made. */
  private prepared: Promise<void> | undefined;

  /**
   * Downloads the code with which the element renders a dataset, for the elements that keep it apart from their
   * entry (the card, the list and the map): it then loads beside the data instead of before the element can show its
   * loading state. Each element calls it when it starts a load and shows a dataset once both are here; a page may
   * call it earlier to start the download sooner. Resolves when the code is here (undefined when it already is); a
   * failed download is tried again at the next call.
   */
  static loadView(): Promise<void> | undefined {
    return undefined;
  }

  /**
   * Downloads ahead what the element loads on first use before it can show data given to it: the validator, the
   * element's view code and, for the map, the country shapes of the region. A page that fetches its own data and
   * gives it as `data` may call it while the data downloads, so that the element shows the data without waiting for
   * downloads of its own. Resolves when they are here; rejects if a download fails (the element tries it again when
   * it needs it).
   */
  static async preload(): Promise<void> {
    await Promise.all([loadValidator(), this.loadView()]);
  }

  /** What an element's separate view code reads of the element (see `loadView`). */
  protected get viewContext(): ViewContext {
    const { lang, requested } = this.language;
    return {
      lang,
      requested,
      primaryCalendar: this.primaryCalendar,
      secondaryCalendar: this.secondaryCalendarInUse,
      renderText: (text) => this.renderText(text),
    };
  }

  /**
   * Before the first render of a dataset (which, unless the dataset came as a property, waits for its turn after it,
   * see `renderTurn`): work that needs the data but not the render, which an element starts in a task of its own
   * (`yieldToMain`), after the one that validated the data, so that neither that task nor the render's grows long
   * (the map draws its countries). The render must not depend on it: it does the same work if this did not.
   */
  protected async prepareFirstRender(dataset: TwinningDataset): Promise<void> {
    void dataset;
  }

  /**
   * Starts the downloads of what the element will need besides its data and view code (the map's country shapes, a
   * long timeline's virtualizer), when a load starts: beside them, not after the view code has arrived.
   */
  protected startDownloads(): void {}

  /**
   * Runs while the data downloads, in a task after the element's first (loading) render: the Intl formatters the
   * first render will use are made now. A page's first formatter costs Chromium tens of milliseconds (ICU loads its
   * data); made here, that time overlaps the download instead of following it. Elements add the formatters of their
   * own content (with `prepareLater`, each in a task of its own), and start their own downloads first: a formatter
   * that throws (the caller catches it) ends the preparation there.
   */
  protected prepareWhileLoading(): void {
    const { lang } = this.language;
    this.prepareLater(
      () => formatNumber(0, lang),
      () => pluralCategory(0, lang),
      // Whether the engine has date names for the language: a date formatter, whose first one costs Chromium
      // another ICU start (its pattern generator) of ten milliseconds and more.
      () => intlSupports(lang),
    );
  }

  private preparations: (() => void)[] = [];
  /** The steps under way (see `prepareLater`): settles when the last is done. */
  private preparing: Promise<void> | undefined;

  /**
   * Runs each step in a later task of its own (a long task of several formatters would delay input and count in
   * the page's Total Blocking Time). A step that throws ends the preparation: the render that needs the same
   * formatter reports the failure.
   */
  protected prepareLater(...steps: (() => void)[]): void {
    const idle = this.preparations.length === 0;
    this.preparations.push(...steps);
    if (idle) {
      this.preparing = this.runPreparations().finally(() => {
        this.preparing = undefined;
      });
    }
  }

  private async runPreparations(): Promise<void> {
    while (this.preparations.length > 0) {
      await yieldToMain();
      const step = this.preparations.shift()!;
      try {
        step();
      } catch {
        this.preparations = [];
      }
    }
  }

  /**
   * For server renderers (the `twin-city-elements render` command, on @lit-labs/ssr): gives the element what it
   * learns in a browser when it is connected and once its data has loaded, the language and direction resolved from
   * its place in the document and a validated dataset, so that the server renders the loaded element rather than
   * its loading state. A page never needs it: set `lang`, `data` or `src` there.
   * @internal
   */
  prefill(language: ResolvedLanguage, dataset: TwinningDataset | undefined): void {
    this.language.prefill(language);
    this.datasetController.dataset = dataset;
  }

  /** The dataset on screen: the last one that loaded and validated. */
  get loadedDataset(): TwinningDataset | undefined {
    return this.datasetController.dataset;
  }

  protected get primaryCalendar(): string {
    const asked = this.calendar?.trim();
    return asked && isSupportedCalendar(asked) ? asked : primaryCalendarOf(this.language.lang);
  }

  /** The secondary calendar, or undefined when hidden or the same as the primary. */
  protected get secondaryCalendarInUse(): string | undefined {
    const asked = this.secondaryCalendar?.trim();
    if (asked === 'none') return undefined;
    const calendar = asked && isSupportedCalendar(asked) ? asked : secondaryCalendarOf(this.primaryCalendar);
    return calendar === this.primaryCalendar ? undefined : calendar;
  }

  protected emit<K extends keyof TwinEventMap>(type: K, detail: TwinEventMap[K]['detail']): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: type === 'twin-select' }));
  }

  private emitAfterUpdate<K extends keyof TwinEventMap>(type: K, detail: TwinEventMap[K]['detail']): void {
    void this.updateComplete.then(() => this.emit(type, detail));
  }

  private reportError(error: DatasetError): void {
    console.error(`<${this.localName}>: ${error.message}`);
    this.emitAfterUpdate('twin-error', { code: error.code, message: error.message, issues: error.issues });
  }

  /** Waits for the UI strings of the element's language before rendering, so no other language flashes. */
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- LitElement's own signature
  protected override scheduleUpdate(): void | Promise<unknown> {
    const locale = this.language.locale;
    if (this.translated(locale)) return super.scheduleUpdate();
    // The data starts to load now, beside the translations, rather than after them.
    this.datasetController.hostUpdate();
    const translations = loadLocale(locale).catch((e: unknown) => {
      console.error(`<${this.localName}>: the "${locale}" translations could not be loaded`, e);
      this.untranslated = locale;
    });
    if (!this.hasUpdated) {
      // The first render shows the skeleton at once (it has no text), so that the element keeps its place on the
      // page while its translations download; it renders again when they are here.
      this.translationsPending = translations.then(() => {
        this.translationsPending = undefined;
        this.requestUpdate();
      });
      return super.scheduleUpdate();
    }
    return translations.then(() => super.scheduleUpdate());
  }

  /** The first render's wait for the translations (see `scheduleUpdate`). */
  private translationsPending: Promise<void> | undefined;
  /** A language whose translations failed to download: the element shows the source (English) strings. */
  private untranslated: string | undefined;

  /** Whether the element can render its text in `locale`: its translations are here (or failed to come). */
  protected translated(locale = this.language.locale): boolean {
    return isLocaleLoaded(locale) || this.untranslated === locale;
  }

  /**
   * A copy of the element rendered on the server (declarative shadow DOM, see `twin-city-elements render`): its
   * nodes stay on screen until the element's first render with its data (or error) replaces them, so a reader
   * never sees the copy, a loading state and the element one after the other, nor two copies.
   */
  private serverCopy: ChildNode[] | undefined;

  /** Whether the element is about to replace a server-rendered copy of itself (until its first render with data). */
  protected get replacesServerCopy(): boolean {
    return this.serverCopy !== undefined;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const copy = [...(this.shadowRoot?.childNodes ?? [])];
    const root = super.createRenderRoot();
    if (copy[0]) {
      this.serverCopy = copy;
      // Lit renders before the root's first node, which would be the copy's; render after it, and remove the copy.
      this.renderOptions.renderBefore = null;
    }
    return root;
  }

  /** Resolves once the element shows its data (or its error), not just after the next render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    if (this.translationsPending) {
      await this.translationsPending;
      result = await super.getUpdateComplete();
    }
    // A lazy element learns whether it is near the viewport at the observer's first answer; if it is, it loads.
    const decided = this.nearViewport.decided;
    if (decided) {
      await decided;
      result = await super.getUpdateComplete();
    }
    for (let pending = this.datasetController.pending; pending; pending = this.datasetController.pending) {
      await pending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override render(): unknown {
    if (this.serverCopy) {
      // The copy stays until there is something to replace it with; then it goes, just before Lit commits.
      if (!this.loadedDataset && !this.datasetController.error) return nothing;
      this.serverCopy.forEach((node) => node.remove());
      this.serverCopy = undefined;
    }
    const { lang, dir, locale } = this.language;
    return renderInLocale(
      locale,
      () => html`<div part="base" class="base" lang=${lang} dir=${dir}>${this.renderState()}</div>`,
    );
  }

  private renderState(): unknown {
    const { dataset, error } = this.datasetController;
    if (!this.translated()) return this.renderLoading();
    if (dataset) {
      const problem = this.contentError;
      return html`${error ? renderErrorState(error, true) : null}${problem ? renderErrorState(problem, false) : this.renderContent(dataset)}`;
    }
    if (error) return renderErrorState(error, false);
    return this.renderLoading();
  }

  private renderLoading(): TemplateResult {
    return html`<div class="state loading" role="status" aria-busy="true">
      ${this.translated() ? html`<span class="visually-hidden">${msg('Loading…', { id: 'state.loading' })}</span>` : nothing}
      <div class="skeleton" aria-hidden="true" .inert=${true}>${this.renderSkeleton()}</div>
    </div>`;
  }

  /**
   * The element's shape while it loads, at the block size its content will take (or near it), so that the page
   * does not move when the content arrives. Shapes only: the styles (`.skeleton`) give them their sizes.
   */
  protected renderSkeleton(): unknown {
    return html`<div class="bone title"></div><div class="bone"></div><div class="bone short"></div>`;
  }

  /** What the render shows in place of the content (see `findContentError`), and what was last reported. */
  private contentError: DatasetError | undefined;
  private reportedContentError: string | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { dataset } = this.datasetController;
    this.contentError = dataset ? this.findContentError(dataset) : undefined;
  }

  /** A dataset that loaded, until `twin-load` reports it. */
  private loadToReport: TwinningDataset | undefined;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // `twin-load` once the element shows the dataset; an element that shows an error in its place (an `agreement` the
    // data does not have) reports that error alone, and the load once the error is gone (it fired `twin-load`, then
    // `twin-error`).
    const loaded = this.loadToReport;
    if (loaded && !this.contentError && this.datasetController.dataset === loaded) {
      this.loadToReport = undefined;
      this.emitAfterUpdate('twin-load', loaded);
    }
    // Reported once, as a failed load is, and again only when it changes.
    const message = this.contentError?.message;
    if (message === this.reportedContentError) return;
    this.reportedContentError = message;
    if (this.contentError) this.reportError(this.contentError);
  }

  /**
   * Why the element cannot show a valid dataset as the page asks (an `agreement` id the dataset does not have):
   * it then shows the error state instead of its content, and reports the error like a failed load.
   */
  protected findContentError(dataset: TwinningDataset): DatasetError | undefined {
    void dataset;
    return undefined;
  }

  /** A dataset text in the reader's language, marked with its own `lang` when it is in another language. */
  protected renderText(text: LocalizedText | undefined): unknown {
    const picked = pickText(text, this.language.requested);
    return picked.lang && picked.lang !== this.language.lang ? html`<bdi lang=${picked.lang}>${picked.text}</bdi>` : picked.text;
  }

  /** The element's own content for a validated dataset, rendered in the element's language. */
  protected abstract renderContent(dataset: TwinningDataset): unknown;
}
