// Waiting for the screen, shared by the harness and the adapters.

/** Resolves after the next frame has been painted. */
export const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const channel = new MessageChannel();
const queue = [];
channel.port1.onmessage = () => queue.shift()?.();
/** Yields to the event loop without the 4 ms clamp of nested timeouts. */
export const nextTask = () => new Promise((resolve) => (queue.push(resolve), channel.port2.postMessage(0)));

/** Waits until `test()` is truthy, checking after each task and, when that takes long, after each frame. */
export async function until(test, what = 'condition', timeout = 60_000) {
  const end = performance.now() + timeout;
  for (let i = 0; ; i++) {
    const value = test();
    if (value) return value;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await (i < 200 ? nextTask() : new Promise((r) => requestAnimationFrame(r)));
  }
}

/** Whether `node` is drawn and wholly inside `box` (the stage the library scrolls in) and the window. */
export function onScreen(node, box) {
  if (!node) return false;
  const r = node.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  return r.height > 0 && r.top >= Math.max(b.top, 0) - 1 && r.bottom <= Math.min(b.bottom, innerHeight) + 1 && r.left >= b.left - 1 && r.right <= b.right + 1;
}

/** The id of the event at `index` in date order (ties by id), from a library's items. */
export function idInDateOrder(items, dateOf, idOf, index) {
  const sorted = [...items].sort((a, b) => (dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : idOf(a) < idOf(b) ? -1 : 1));
  return idOf(sorted[index]);
}
