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

/** The end of the last turn given out (see `renderTurn`). */
let turns: Promise<void> = Promise.resolve();

/**
 * Settles when it is the caller's turn for an element's first render of its data, the longest piece of work an
 * element does: one such render per frame, each in a task of its own. Four elements whose data arrives together
 * (the embedded dataset, loaded once for a page's four) would otherwise render in one long task and be laid out in
 * one long frame; turn by turn, the browser lays out and paints one element before it renders the next, and can
 * answer input between them. It settles with the function that ends the turn, which the caller must call once it
 * has rendered (a render requested in the turn's task is done when that task ends): the next turn comes after the
 * frame that follows, or `TURN_FRAME_WAIT_MS` after the end where no frame comes (a hidden tab, a throttled iframe
 * out of view, an engine too busy to draw).
 */
export function renderTurn(): Promise<() => void> {
  let end!: () => void;
  const ended = new Promise<void>((resolve) => (end = resolve));
  const turn = turns.then(yieldToMain).then(() => end);
  turns = turn.then(() => ended).then(afterNextFrame);
  return turn;
}

/** How long a turn waits for a frame that may not come (see `renderTurn`). */
const TURN_FRAME_WAIT_MS = 50;

function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function' || (typeof document !== 'undefined' && document.visibilityState === 'hidden')) return resolve();
    const timer = setTimeout(resolve, TURN_FRAME_WAIT_MS);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      // After the frame's rendering, which follows its animation frame callbacks in the same task.
      setTimeout(resolve, 0);
    });
  });
}
