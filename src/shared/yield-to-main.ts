/**
 * Settles in a later task, so that the work after it does not lengthen the task that is running: the browser may
 * paint and answer input in between. `scheduler.yield()` where the browser has it (its continuation runs before
 * other queued tasks), else a zero-delay timer.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
