/**
 * Zoom and pan of the map: buttons, the keyboard (`+`, `-`, `0`, arrows), Ctrl/⌘ + wheel, a two-finger pinch and a
 * drag. It keeps the view transform (`zoom`: scale `k`, then translation `x`, `y` in the map's pixels) and asks its
 * host to update when it changes; the map never leaves its frame. Geography is not mirrored: the arrows move the
 * view the way they point in every language.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface Zoom {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export const IDENTITY: Zoom = { k: 1, x: 0, y: 0 };
export const MAX_ZOOM = 8;
const STEP = 1.6;
const PAN_STEP = 60;

type Point = { x: number; y: number };

export class ZoomPanController implements ReactiveController {
  private current: Zoom = IDENTITY;
  private readonly pointers = new Map<number, Point>();
  private pinch: { distance: number; zoom: Zoom; centre: Point } | undefined;
  private drag: { x: number; y: number; zoom: Zoom } | undefined;

  /**
   * @param viewport the map's size in its pixels
   * @param surface the element whose top left corner is the map's origin on screen
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly viewport: () => { width: number; height: number },
    private readonly surface: () => Element | null | undefined,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.pointers.clear();
    this.pinch = undefined;
    this.drag = undefined;
  }

  get zoom(): Zoom {
    return this.current;
  }

  private set(z: Zoom): void {
    if (z.k === this.current.k && z.x === this.current.x && z.y === this.current.y) return;
    this.current = z.k === 1 && z.x === 0 && z.y === 0 ? IDENTITY : z;
    this.host.requestUpdate();
  }

  get canZoomIn(): boolean {
    return this.current.k < MAX_ZOOM;
  }

  get canZoomOut(): boolean {
    return this.current.k > 1;
  }

  get isReset(): boolean {
    return this.current === IDENTITY;
  }

  reset(): void {
    this.set(IDENTITY);
  }

  zoomIn(): void {
    this.zoomBy(STEP);
  }

  zoomOut(): void {
    this.zoomBy(1 / STEP);
  }

  /** Zooms by `factor` about a point of the viewport (default: its centre), keeping the map inside it. */
  zoomBy(factor: number, at?: Point, from: Zoom = this.current): void {
    const { width, height } = this.viewport();
    const k = Math.min(MAX_ZOOM, Math.max(1, from.k * factor));
    const cx = at?.x ?? width / 2;
    const cy = at?.y ?? height / 2;
    const x = cx - ((cx - from.x) / from.k) * k;
    const y = cy - ((cy - from.y) / from.k) * k;
    this.set(this.clamp({ k, x, y }));
  }

  panBy(dx: number, dy: number, from: Zoom = this.current): void {
    this.set(this.clamp({ k: from.k, x: from.x + dx, y: from.y + dy }));
  }

  /** The map may not be moved off its frame: at 1× it does not move; zoomed in, its edges stay outside the view. */
  private clamp(z: Zoom): Zoom {
    const { width, height } = this.viewport();
    if (z.k <= 1) return IDENTITY;
    return { k: z.k, x: Math.min(0, Math.max(width - width * z.k, z.x)), y: Math.min(0, Math.max(height - height * z.k, z.y)) };
  }

  /** Handles a zoom or pan key; true if it did (the caller then prevents the key's default). */
  handleKey(e: KeyboardEvent): boolean {
    if (e.altKey || e.ctrlKey || e.metaKey) return false;
    switch (e.key) {
      case '+':
      case '=':
        this.zoomIn();
        return true;
      case '-':
      case '_':
        this.zoomOut();
        return true;
      // Zero as a Persian (or Arabic) keyboard types it: the map's instructions name the key in the reader's digits.
      case '0':
      case '۰':
      case '٠':
        this.reset();
        return true;
      case 'ArrowLeft':
        this.panBy(PAN_STEP, 0);
        return true;
      case 'ArrowRight':
        this.panBy(-PAN_STEP, 0);
        return true;
      case 'ArrowUp':
        this.panBy(0, PAN_STEP);
        return true;
      case 'ArrowDown':
        this.panBy(0, -PAN_STEP);
        return true;
      default:
        return false;
    }
  }

  private local(e: { clientX: number; clientY: number }): Point {
    const box = this.surface()?.getBoundingClientRect();
    return { x: e.clientX - (box?.left ?? 0), y: e.clientY - (box?.top ?? 0) };
  }

  /** Ctrl/⌘ + wheel (and a trackpad's pinch) zooms; a plain wheel scrolls the page as usual. */
  readonly onWheel = (e: WheelEvent): void => {
    if (!e.ctrlKey && !e.metaKey) return;
    e.preventDefault();
    this.zoomBy(Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.002)), this.local(e));
  };

  readonly onPointerDown = (e: PointerEvent): void => {
    if ((e.target as Element).closest('.marker, .popup, button')) return;
    this.pointers.set(e.pointerId, this.local(e));
    try {
      (e.currentTarget as Element).setPointerCapture(e.pointerId);
    } catch {
      // A pointer the browser no longer tracks: the gesture still works while it stays over the map.
    }
    this.startGesture();
  };

  private startGesture(): void {
    const points = [...this.pointers.values()];
    if (points.length >= 2) {
      const [p, q] = points as [Point, Point];
      this.pinch = { distance: Math.hypot(p.x - q.x, p.y - q.y) || 1, zoom: this.current, centre: { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 } };
      this.drag = undefined;
    } else if (points.length === 1) {
      this.drag = { ...points[0]!, zoom: this.current };
      this.pinch = undefined;
    }
  }

  readonly onPointerMove = (e: PointerEvent): void => {
    if (!this.pointers.has(e.pointerId)) return;
    this.pointers.set(e.pointerId, this.local(e));
    const points = [...this.pointers.values()];
    if (this.pinch && points.length >= 2) {
      const [p, q] = points as [Point, Point];
      const factor = Math.hypot(p.x - q.x, p.y - q.y) / this.pinch.distance;
      const centre = { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
      this.zoomBy(factor, this.pinch.centre, this.pinch.zoom);
      this.panBy(centre.x - this.pinch.centre.x, centre.y - this.pinch.centre.y);
    } else if (this.drag && points.length === 1) {
      this.panBy(points[0]!.x - this.drag.x, points[0]!.y - this.drag.y, this.drag.zoom);
    }
  };

  readonly onPointerUp = (e: PointerEvent): void => {
    this.pointers.delete(e.pointerId);
    this.startGesture();
  };
}
