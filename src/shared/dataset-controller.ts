import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DatasetError, loadDefaultDataset, parseJson, validateOrThrow } from '../data/load.js';
import type { TwinningDataset } from '../data/schema.js';
import { renderTurn, yieldToMain } from './yield-to-main.js';

export interface DatasetHost extends ReactiveControllerHost, HTMLElement {
  /** The dataset given as a property. */
  data: unknown;
  /** The URL of a dataset to fetch. */
  src: string | undefined;
}

export interface DatasetCallbacks {
  onLoad(dataset: TwinningDataset): void;
  onError(error: DatasetError): void;
  /**
   * The code the host needs before it can show a dataset (its content's rendering, when that is apart from the
   * element), downloaded beside the data: undefined when it is already here. A dataset is given to the host only
   * once this has settled; if it fails, the load fails.
   */
  loadView?(): Promise<unknown> | undefined;
  /** Whether the host wants its data now (a lazy element waits until it comes near the viewport). Default: yes. */
  ready?(): boolean;
  /** A load has started and waits for downloads: the data's (the validator, the default dataset or `src`) and `view`. */
  onLoadStart?(view: Promise<unknown> | undefined): void;
  /**
   * Settles when the host is ready for its first render of `dataset` (its formatters made and its own preparation
   * done, each in a task of its own, see `TwinElement.prepareLater`); it never rejects.
   */
  beforeFirstRender?(dataset: TwinningDataset): Promise<void>;
}

type Source =
  | { readonly kind: 'property'; readonly value: unknown }
  | { readonly kind: 'inline'; readonly text: string }
  | { readonly kind: 'src'; readonly url: string }
  | { readonly kind: 'default' };

function sameSource(a: Source | undefined, b: Source): boolean {
  if (!a || a.kind !== b.kind) return false;
  switch (b.kind) {
    case 'property':
      // Object.is: data set to NaN is the same source at the next update (NaN !== NaN would load it again forever).
      return Object.is((a as typeof b).value, b.value);
    case 'inline':
      return (a as typeof b).text === b.text;
    case 'src':
      return (a as typeof b).url === b.url;
    default:
      return true;
  }
}

/**
 * Gives its host a validated dataset from the first source present: the `data` property, an inline
 * `<script type="application/json">` child, `src`, or the embedded default. A failed load keeps the last good
 * dataset (if any) and reports the error; a later good load replaces the error. Fetches are aborted when the host
 * leaves the page or the source changes.
 */
export class DatasetController implements ReactiveController {
  dataset: TwinningDataset | undefined;
  error: DatasetError | undefined;
  /** Settles when the load under way has ended (and the host has been asked to update). */
  pending: Promise<void> | undefined;

  private source: Source | undefined;
  /** Where the dataset under way or on screen comes from. */
  get sourceKind(): Source['kind'] | undefined {
    return this.source?.kind;
  }
  private abort: AbortController | undefined;
  private childObserver: MutationObserver | undefined;

  constructor(
    private readonly host: DatasetHost,
    private readonly callbacks: DatasetCallbacks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.childObserver = new MutationObserver(() => this.host.requestUpdate());
    this.childObserver.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.childObserver?.disconnect();
    this.childObserver = undefined;
    if (this.abort) {
      // A fetch cut short by leaving the page is started again on return.
      this.abort.abort(new DatasetError('network', 'the element left the page'));
      this.abort = undefined;
      if (this.source?.kind === 'src') this.source = undefined;
      this.pending = undefined;
    }
  }

  hostUpdate(): void {
    // An element removed before its first update does not load (and so starts no fetch nobody would abort);
    // it loads when it is attached again.
    if (!this.host.isConnected || this.callbacks.ready?.() === false) return;
    const next = this.currentSource();
    if (sameSource(this.source, next)) return;
    this.source = next;
    this.load(next);
  }

  private currentSource(): Source {
    if (this.host.data !== undefined && this.host.data !== null) return { kind: 'property', value: this.host.data };
    const script = [...this.host.children].find(
      (c): c is HTMLScriptElement => c instanceof HTMLScriptElement && c.type.trim().toLowerCase() === 'application/json',
    );
    if (script) return { kind: 'inline', text: script.textContent ?? '' };
    const src = this.host.src?.trim();
    if (src) return { kind: 'src', url: new URL(src, this.host.ownerDocument.baseURI).href };
    return { kind: 'default' };
  }

  private load(source: Source): void {
    this.abort?.abort(new DatasetError('network', 'the data source changed'));
    this.abort = undefined;
    const data = this.start(source);
    const view = this.callbacks.loadView?.();
    this.settle(
      source,
      view
        ? Promise.all([
            data,
            view.catch((e: unknown) => {
              throw new DatasetError('network', `a part of the element could not be downloaded: ${String(e)}`);
            }),
          ]).then(([dataset]) => dataset)
        : data,
      this.abort,
    );
    this.callbacks.onLoadStart?.(view);
  }

  private start(source: Source): Promise<TwinningDataset> {
    switch (source.kind) {
      case 'property':
        return validateOrThrow(source.value, 'the data property');
      case 'inline':
        return Promise.resolve(source.text).then((text) => validateOrThrow(parseJson(text, 'the inline JSON'), 'the inline JSON'));
      case 'src': {
        const abort = (this.abort = new AbortController());
        return import('../data/fetch.js').then(({ fetchDataset }) => {
          if (abort.signal.aborted) throw abort.signal.reason;
          return fetchDataset(source.url, abort.signal);
        });
      }
      default:
        return loadDefaultDataset();
    }
  }

  private settle(source: Source, promise: Promise<TwinningDataset>, abort?: AbortController): void {
    const pending: Promise<void> = promise.then(
      async (dataset) => {
        // The element's first render of a dataset is its longest piece of work. The work it can do before (its
        // formatters, the map's drawing) is done first, in tasks of its own, rather than in the task that validated
        // the data; then it waits for its turn (one element per frame, see `renderTurn`) rather than running at the
        // end of the task that loaded the data (the script's, for the embedded dataset, with every other element's
        // render), so that no task and no frame grows long. Data given as a property takes no turn: it was there
        // before the element rendered, and is shown as soon as it is ready.
        let endTurn: (() => void) | undefined;
        if (!this.dataset) {
          await this.callbacks.beforeFirstRender?.(dataset);
          if (source.kind !== 'property') endTurn = await renderTurn();
          else await yieldToMain();
        }
        // The render requested below runs in this task: the turn ends after it.
        if (endTurn) setTimeout(endTurn, 0);
        if (this.pending !== pending) return;
        this.pending = undefined;
        this.succeed(dataset);
        this.host.requestUpdate();
      },
      (e: unknown) => {
        if (this.pending !== pending || abort?.signal.aborted) return;
        this.pending = undefined;
        this.fail(e);
        this.host.requestUpdate();
      },
    );
    this.pending = pending;
  }

  private succeed(dataset: TwinningDataset): void {
    this.dataset = dataset;
    this.error = undefined;
    this.callbacks.onLoad(dataset);
  }

  private fail(e: unknown): void {
    this.error = e instanceof DatasetError ? e : new DatasetError('invalid-data', `The dataset could not be read: ${String(e)}`);
    this.callbacks.onError(this.error);
  }
}
