// Runs one sample of one measure for one library, then publishes `window.benchResult` for the runner.
// Loading the library and fetching the data happen before the clock starts; the clock stops when the result is
// on screen: the condition the adapter waits for, then the next frame painted.
// Query: ?lib=<adapter>&n=<events>&measure=first-render|deep-link|locale|step|memory|zoom
const params = new URLSearchParams(location.search);
const lib = params.get('lib');
const n = Number(params.get('n') ?? 0);
const measure = params.get('measure');

import { afterPaint, nextTask } from './wait.js';

/** Heap in use after a full garbage collection (Chromium with --expose-gc and precise memory info). */
async function heap() {
  if (typeof window.gc !== 'function' || !performance.memory) return undefined;
  for (let i = 0; i < 3; i++) {
    window.gc();
    await nextTask();
  }
  return performance.memory.usedJSHeapSize;
}

async function run() {
  const adapter = await import(`./adapters/${lib}.js`);
  await adapter.load?.();
  const data = await (await fetch(`../.build/data/${adapter.data(n)}`)).json();
  const stage = document.getElementById('stage');
  await afterPaint();
  const time = async (work) => {
    performance.mark('bench-start');
    const t0 = performance.now();
    await work();
    await afterPaint();
    const elapsed = performance.now() - t0;
    performance.mark('bench-end');
    return elapsed;
  };
  let instance;
  switch (measure) {
    case 'first-render':
      return { value: await time(async () => (instance = await adapter.create(stage, data))) };
    case 'deep-link': {
      // The page opened at the 900th of its events in date order (or the last, if fewer): the library made anew,
      // as at a visit from a shared link, until that event is on screen and marked as the one linked to.
      if (!adapter.openAt) return { skipped: 'no way to open at an event' };
      // Which event that is, in the library's own format, before the clock starts.
      const target = adapter.eventAt(data, Math.min(n, 900) - 1);
      return { value: await time(async () => (instance = await adapter.openAt(stage, data, target))) };
    }
    case 'locale':
      if (!adapter.changeLocale) return { skipped: 'no locale change without rebuilding' };
      instance = await adapter.create(stage, data);
      await afterPaint();
      return { value: await time(() => adapter.changeLocale(instance)) };
    case 'step': {
      if (!adapter.step) return { skipped: 'no way to step through events' };
      instance = await adapter.create(stage, data);
      await adapter.startStepping?.(instance);
      await afterPaint();
      const steps = Math.min(n - 1, 1000);
      return { value: await time(async () => { for (let i = 1; i <= steps; i++) await adapter.step(instance, i); }) };
    }
    case 'memory': {
      const before = await heap();
      if (before === undefined) return { skipped: 'heap size not readable in this browser' };
      instance = await adapter.create(stage, data);
      for (let i = 1; i <= 100; i++) instance = await adapter.rerender(instance, stage, adapter.variant(data, i), i);
      await afterPaint();
      return { value: ((await heap()) - before) / 2 ** 20 };
    }
    case 'zoom':
      instance = await adapter.create(stage, data);
      await afterPaint();
      return { value: await time(() => adapter.zoomIn(instance)) };
    default:
      throw new Error(`unknown measure ${measure}`);
  }
}

/** Requests the page made to any origin but its own (fonts, analytics, CDNs): none is allowed for ours. */
const otherOrigins = () => [...new Set(performance.getEntriesByType('resource').map((r) => new URL(r.name).origin).filter((o) => o !== location.origin))];

run().then(
  (result) => (window.benchResult = { ...result, otherOrigins: otherOrigins() }),
  // The message first (Firefox's stack leaves it out), then where.
  (error) => (window.benchResult = { error: `${String(error?.message ?? error)}\n${String(error?.stack ?? '')}` }),
);
