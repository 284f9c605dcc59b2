/**
 * `src` datasets: one request per URL however many elements ask, aborted when they have all gone, with a
 * timeout, a size limit and clear errors. Loaded on first use, so pages that never set `src` do not download it.
 */
import { DatasetError, FETCH_TIMEOUT_MS, MAX_DATASET_BYTES, parseJson, validateOrThrow } from './load.js';
import type { TwinningDataset } from './schema.js';

interface SharedRequest {
  readonly promise: Promise<unknown>;
  readonly controller: AbortController;
  users: number;
}
const requests = new Map<string, SharedRequest>();
const fetched = new Map<string, unknown>();

async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch (e) {
    if (signal.aborted && signal.reason instanceof DatasetError) throw signal.reason;
    throw new DatasetError('network', `The dataset at ${url} could not be fetched: ${(e as Error).message}`);
  }
  if (!response.ok) throw new DatasetError('http', `The dataset at ${url} answered HTTP ${response.status} ${response.statusText}`.trim());
  const type = response.headers.get('content-type') ?? '';
  if (type && !/\bjson\b/i.test(type)) throw new DatasetError('content-type', `The dataset at ${url} is served as "${type}", not JSON`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  const tooLarge = () => new DatasetError('too-large', `The dataset at ${url} is larger than ${MAX_DATASET_BYTES / 1024 / 1024} MB`);
  if (declared > MAX_DATASET_BYTES) throw tooLarge();
  let text: string;
  try {
    text = await readText(response, tooLarge);
  } catch (e) {
    if (e instanceof DatasetError) throw e;
    if (signal.aborted && signal.reason instanceof DatasetError) throw signal.reason;
    throw new DatasetError('network', `The dataset at ${url} could not be read: ${(e as Error).message}`);
  }
  return parseJson(text, url);
}

/** The body as text, stopping as soon as it passes the size limit (a server may not say its length). */
async function readText(response: Response, tooLarge: () => DatasetError): Promise<string> {
  if (!response.body) return await response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_DATASET_BYTES) {
      void reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const decoder = new TextDecoder();
  return chunks.map((c) => decoder.decode(c, { stream: true })).join('') + decoder.decode();
}

/**
 * Fetches the JSON at `url` for one element. Elements asking for the same URL share one request; the request is
 * aborted when every element that asked has gone (its `signal` aborted), and after `FETCH_TIMEOUT_MS`.
 */
export async function fetchDataset(url: string, signal: AbortSignal, timeoutMs = FETCH_TIMEOUT_MS): Promise<TwinningDataset> {
  if (fetched.has(url)) return await validateOrThrow(fetched.get(url), url);
  let shared = requests.get(url);
  if (!shared) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new DatasetError('timeout', `The dataset at ${url} took longer than ${timeoutMs / 1000} s`)), timeoutMs);
    const promise = fetchJson(url, controller.signal).finally(() => {
      clearTimeout(timer);
      requests.delete(url);
    });
    promise.then((json) => fetched.set(url, json), () => undefined);
    shared = { promise, controller, users: 0 };
    requests.set(url, shared);
  }
  const request = shared;
  request.users++;
  const release = () => {
    request.users--;
    if (request.users === 0 && requests.get(url) === request) request.controller.abort(new DatasetError('network', 'aborted'));
  };
  let onAbort: (() => void) | undefined;
  try {
    const json = await new Promise<unknown>((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason);
      onAbort = () => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      request.promise.then(resolve, reject);
    });
    return await validateOrThrow(json, url);
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
    release();
  }
}
