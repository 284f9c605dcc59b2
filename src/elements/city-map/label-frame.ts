/**
 * When the map lays its labels out: in the animation frame that follows a render, before that frame is painted,
 * rather than at the end of the render's own task. Laying labels out measures them, which lays the page out; done in
 * the frame, that layout is the one the frame needed anyway, and the render's task is shorter by the labels' time
 * (on a wide map, about as long as the render itself). Nothing is painted in between: the frame's callbacks run
 * before its paint. Several renders before a frame (a wheel or a drag sends several events a frame) get one layout.
 *
 * A render that comes while the page is already in a frame's rendering steps (from a ResizeObserver's callback, or
 * from the labels' own callback when the map must be drawn again) lays its labels out at once: the frame that paints
 * it has run its animation frame callbacks already.
 */
export class LabelFrame {
  private pending: { frame: number; timer: ReturnType<typeof setTimeout>; done: () => void; settled: Promise<void> } | undefined;
  /** Whether the page is in a frame's rendering steps (see `enterFrame`). */
  private inFrame = false;

  /** `run` lays the labels out (it finds what to lay out itself: the map as it is when it runs). */
  constructor(private readonly run: () => void) {}

  /**
   * Marks the page as being in a frame's rendering steps until its next task, which comes after the paint: a
   * ResizeObserver's callback calls it before it asks for a render.
   */
  enterFrame(): void {
    if (this.inFrame) return;
    this.inFrame = true;
    setTimeout(() => (this.inFrame = false), 0);
  }

  /**
   * Lays the labels out before the next paint: now when `now` (printing: the page is copied for paper before any
   * frame), in a frame's rendering steps, or where no frame comes (a hidden page, no `requestAnimationFrame`); else
   * in the next animation frame, or after `FRAME_WAIT_MS` where none comes (an iframe out of view).
   */
  schedule(now: boolean): void {
    if (now || this.inFrame || typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') {
      this.pending?.done();
      this.run();
      return;
    }
    if (this.pending) return;
    let done!: () => void;
    const settled = new Promise<void>((resolve) => (done = resolve));
    const fire = () => {
      const pending = this.pending;
      if (!pending) return;
      pending.done();
      this.enterFrame();
      this.run();
    };
    const pending = {
      frame: requestAnimationFrame(fire),
      timer: setTimeout(fire, FRAME_WAIT_MS),
      settled,
      done: () => {
        cancelAnimationFrame(pending.frame);
        clearTimeout(pending.timer);
        if (this.pending === pending) this.pending = undefined;
        done();
      },
    };
    this.pending = pending;
  }

  /** Settles when the labels scheduled have been laid out (undefined when none are waiting). */
  get settled(): Promise<void> | undefined {
    return this.pending?.settled;
  }

  /** Drops a layout waiting for its frame (the map left the page). */
  cancel(): void {
    this.pending?.done();
  }
}

/** How long the labels wait for a frame that may not come, in ms. */
const FRAME_WAIT_MS = 100;
