/**
 * Loading a dataset for an element: the `.data` property, else an inline `<script type="application/json">`
 * child, else `src` (fetched; see fetch.ts, loaded only by pages that use `src`), else the embedded Khoy–Konya
 * default. Every path ends in a validated dataset or a `DatasetError` with the problems listed; nothing throws
 * past here.
 */
import type { DatasetIssue } from './validate.js';
import type { TwinningDataset } from './schema.js';

/**
 * Why an element cannot show its data: `invalid-data` (the problems are listed in `issues`), `invalid-json`,
 * `http` (the server answered `src` with an error status), `content-type` (not served as JSON), `too-large`,
 * `network` (the request failed, or a part of the element could not be downloaded), `timeout`, and
 * `unknown-agreement` (the element's `agreement` names an id the dataset does not have).
 */
export type DatasetErrorCode =
  | 'invalid-data'
  | 'invalid-json'
  | 'http'
  | 'content-type'
  | 'too-large'
  | 'network'
  | 'timeout'
  | 'unknown-agreement';

/**
 * A load that failed, or data an element cannot show. `message` is the technical line in English (with the URL,
 * the status, the problems), for the console, the `twin-error` event and the webmaster's details; the reader is
 * shown a sentence in their own language for the `code` (see src/shared/error-view.ts).
 */
export class DatasetError extends Error {
  constructor(
    readonly code: DatasetErrorCode,
    message: string,
    readonly issues: readonly DatasetIssue[] = [],
  ) {
    super(message);
    this.name = 'DatasetError';
  }
}

/** The largest dataset we accept from `src`, in bytes. */
export const MAX_DATASET_BYTES = 4 * 1024 * 1024;
/** How long a `src` fetch may take. */
export const FETCH_TIMEOUT_MS = 15_000;

/** The validator (valibot and the schema), loaded on first use: a page that shows only the embedded default never downloads it. */
const loadValidatorModule = () => import('./validate.js');

/** Downloads the validator ahead of its first use (see `TwinElement.preload`). */
export async function loadValidator(): Promise<void> {
  await loadValidatorModule();
}

/** Validates untrusted data. */
export async function validateOrThrow(input: unknown, origin: string): Promise<TwinningDataset> {
  const { validateDataset } = await loadValidatorModule();
  const result = validateDataset(input);
  if (result.ok) return result.dataset;
  const list = result.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n');
  throw new DatasetError('invalid-data', `The dataset from ${origin} has ${result.issues.length} problem(s):\n${list}`, result.issues);
}

export function parseJson(text: string, origin: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DatasetError('invalid-json', `The dataset from ${origin} is not valid JSON: ${(e as Error).message}`);
  }
}

let defaultDataset: Promise<TwinningDataset> | undefined;

/**
 * The embedded Khoy–Konya dataset, loaded on first use so that elements given other data never pay for it. It is
 * trusted (a test validates it) and complete, so it is used as it is.
 */
export function loadDefaultDataset(): Promise<TwinningDataset> {
  defaultDataset ??= import('./khoy-konya.js').then((m) => m.khoyKonya as TwinningDataset);
  return defaultDataset;
}
