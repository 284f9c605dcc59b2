/**
 * Where a marker's popup goes: below the marker, else above, else beside it (right, then left), slid along the
 * other axis to stay inside the map's frame, never over the marker. A popup taller than the room on every side is
 * shortened to the larger room above or below (it scrolls); on a map too small even for that it is pushed inside
 * the frame: its close button stays reachable.
 */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Space kept between the popup and the frame's edges. */
const EDGE = 6;

export function placePopup(
  anchor: { x: number; y: number; r: number },
  size: { width: number; height: number },
  frame: { width: number; height: number },
): Box {
  const { width: w, height: h } = size;
  const gap = anchor.r + 6;
  const slideX = (x: number) => Math.min(Math.max(EDGE, x), Math.max(EDGE, frame.width - EDGE - w));
  const slideY = (y: number) => Math.min(Math.max(EDGE, y), Math.max(EDGE, frame.height - EDGE - h));
  const options: Box[] = [
    { x: slideX(anchor.x - w / 2), y: anchor.y + gap, width: w, height: h },
    { x: slideX(anchor.x - w / 2), y: anchor.y - gap - h, width: w, height: h },
    { x: anchor.x + gap, y: slideY(anchor.y - h / 2), width: w, height: h },
    { x: anchor.x - gap - w, y: slideY(anchor.y - h / 2), width: w, height: h },
  ];
  const outside = (b: Box) =>
    Math.max(0, EDGE - b.x) + Math.max(0, b.x + b.width - (frame.width - EDGE)) + Math.max(0, EDGE - b.y) + Math.max(0, b.y + b.height - (frame.height - EDGE));
  const fits = options.find((b) => outside(b) === 0);
  if (fits) return fits;
  // Too tall for any side: shortened (it scrolls) to the room above or below the marker, whichever is larger, so
  // that it still leaves the marker in view and keeps its title and close button inside the frame.
  const roomBelow = frame.height - EDGE - (anchor.y + gap);
  const roomAbove = anchor.y - gap - EDGE;
  const room = Math.max(roomBelow, roomAbove);
  if (room >= 96) {
    const height = Math.min(h, room);
    return roomBelow >= roomAbove
      ? { x: slideX(anchor.x - w / 2), y: anchor.y + gap, width: w, height }
      : { x: slideX(anchor.x - w / 2), y: anchor.y - gap - height, width: w, height };
  }
  const best = options.reduce((a, b) => (outside(b) < outside(a) ? b : a));
  const height = Math.min(h, frame.height - 2 * EDGE);
  return { x: slideX(best.x), y: Math.min(Math.max(EDGE, best.y), Math.max(EDGE, frame.height - EDGE - height)), width: w, height };
}
