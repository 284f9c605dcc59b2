import { expect } from '@open-wc/testing';
import { DatasetError, MAX_DATASET_BYTES } from '../src/data/load.js';
import { fetchDataset } from '../src/data/fetch.js';
import { fictionalTwinning } from './fixtures/fictional-twinning.js';

const realFetch = window.fetch;

/** Replaces `fetch` for one test; records every request and whether its signal was aborted. */
function stubFetch(answer: (url: string, init: RequestInit) => Promise<Response>) {
  const calls: { url: string; signal: AbortSignal }[] = [];
  window.fetch = ((input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), signal: init.signal! });
    return answer(String(input), init);
  }) as typeof fetch;
  return calls;
}

/** A response that never comes, as from a server that hangs; rejects when its request is aborted. */
function hang(_url: string, init: RequestInit): Promise<Response> {
  return new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
}

const json = (body: unknown, type = 'application/json') => new Response(JSON.stringify(body), { headers: { 'content-type': type } });

async function failure(promise: Promise<unknown>): Promise<DatasetError> {
  try {
    await promise;
  } catch (e) {
    expect(e).to.be.instanceOf(DatasetError);
    return e as DatasetError;
  }
  throw new Error('expected the load to fail');
}

let n = 0;
/** A URL no other test has fetched (fetched datasets are kept per URL). */
const freshUrl = () => `/datasets/test-${Date.now()}-${n++}.json`;

describe('fetching a dataset', () => {
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('makes one request for every element asking for the same URL', async () => {
    const calls = stubFetch(async () => json(fictionalTwinning));
    const url = freshUrl();
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => fetchDataset(url, new AbortController().signal)));
    expect(calls).to.have.length(1);
    expect(a!.id).to.equal(fictionalTwinning.id);
    expect(b).to.deep.equal(a);
    expect(c).to.deep.equal(a);
  });

  it('aborts the request when every element that asked has gone, not before', async () => {
    const calls = stubFetch(hang);
    const url = freshUrl();
    const first = new AbortController();
    const second = new AbortController();
    const loads = [fetchDataset(url, first.signal), fetchDataset(url, second.signal)];
    loads.forEach((p) => p.catch(() => undefined));
    first.abort();
    await Promise.resolve();
    expect(calls[0]!.signal.aborted, 'one element still waits').to.equal(false);
    second.abort();
    await Promise.allSettled(loads);
    expect(calls[0]!.signal.aborted).to.equal(true);
  });

  it('gives up after its timeout with a timeout error', async () => {
    const calls = stubFetch(hang);
    const error = await failure(fetchDataset(freshUrl(), new AbortController().signal, 50));
    expect(error.code).to.equal('timeout');
    expect(calls[0]!.signal.aborted).to.equal(true);
  });

  it('refuses a response served as something other than JSON', async () => {
    stubFetch(async () => json(fictionalTwinning, 'text/html; charset=utf-8'));
    expect((await failure(fetchDataset(freshUrl(), new AbortController().signal))).code).to.equal('content-type');
  });

  it('says which HTTP status the server answered', async () => {
    const error = await failure(fetchDataset(`/no-such-dataset-${Date.now()}.json`, new AbortController().signal));
    expect(error.code).to.equal('http');
    expect(error.message).to.contain('404');
  });

  it('refuses a dataset over the size limit, whether or not the server says its length', async () => {
    const big = `{"version":1,"pad":"${'x'.repeat(MAX_DATASET_BYTES)}"}`;
    stubFetch(async () => new Response(new Blob([big]).stream(), { headers: { 'content-type': 'application/json' } }));
    expect((await failure(fetchDataset(freshUrl(), new AbortController().signal))).code).to.equal('too-large');
    stubFetch(async () => new Response('{}', { headers: { 'content-type': 'application/json', 'content-length': String(MAX_DATASET_BYTES + 1) } }));
    expect((await failure(fetchDataset(freshUrl(), new AbortController().signal))).code).to.equal('too-large');
  });

  it('reports a network failure and invalid JSON as such', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    expect((await failure(fetchDataset(freshUrl(), new AbortController().signal))).code).to.equal('network');
    stubFetch(async () => new Response('{"version": 1,', { headers: { 'content-type': 'application/json' } }));
    expect((await failure(fetchDataset(freshUrl(), new AbortController().signal))).code).to.equal('invalid-json');
  });

  it('lists the problems of a fetched dataset that does not validate', async () => {
    stubFetch(async () => json({ ...fictionalTwinning, cities: [] }));
    const error = await failure(fetchDataset(freshUrl(), new AbortController().signal));
    expect(error.code).to.equal('invalid-data');
    expect(error.issues.map((i) => `${i.reason} ${i.path}`)).to.include('cities cities');
  });
});
