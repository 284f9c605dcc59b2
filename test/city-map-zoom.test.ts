/** The map's zoom-pan controller alone, with a stand-in host (no map, no DOM but a key event). */
import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { IDENTITY, MAX_ZOOM, ZoomPanController } from '../src/elements/city-map/zoom-pan-controller.js';

function controller() {
  let updates = 0;
  const host: ReactiveControllerHost = {
    addController: () => undefined,
    removeController: () => undefined,
    requestUpdate: () => void updates++,
    updateComplete: Promise.resolve(true),
  };
  const zp = new ZoomPanController(host, () => ({ width: 600, height: 400 }), () => null);
  return { zp, updates: () => updates };
}

describe('ZoomPanController', () => {
  it('zooms about the centre, within 1× and the maximum, and asks for an update only on a change', () => {
    const { zp, updates } = controller();
    zp.zoomOut();
    expect(zp.zoom).to.equal(IDENTITY);
    expect(updates(), 'no change at 1×').to.equal(0);
    zp.zoomIn();
    expect(zp.zoom.k).to.be.closeTo(1.6, 1e-9);
    // The centre stays where it was.
    expect(zp.zoom.x + 300 * zp.zoom.k).to.be.closeTo(300, 1e-9);
    expect(updates()).to.equal(1);
    for (let i = 0; i < 10; i++) zp.zoomIn();
    expect(zp.zoom.k).to.equal(MAX_ZOOM);
    expect(zp.canZoomIn).to.equal(false);
    zp.reset();
    expect(zp.isReset).to.equal(true);
  });

  it('keeps the map over its frame: no pan at 1×, and edges outside the view when zoomed', () => {
    const { zp } = controller();
    zp.panBy(100, 100);
    expect(zp.zoom).to.equal(IDENTITY);
    zp.zoomBy(2);
    zp.panBy(10_000, 10_000);
    expect(zp.zoom.x).to.equal(0);
    expect(zp.zoom.y).to.equal(0);
    zp.panBy(-10_000, -10_000);
    expect(zp.zoom.x).to.equal(600 - 600 * 2);
    expect(zp.zoom.y).to.equal(400 - 400 * 2);
  });

  it('moves the view the way the arrow points, in every language, and leaves other keys alone', () => {
    const { zp } = controller();
    zp.zoomBy(2);
    const before = zp.zoom;
    expect(zp.handleKey(new KeyboardEvent('keydown', { key: 'ArrowLeft' }))).to.equal(true);
    expect(zp.zoom.x, 'the west comes into view').to.be.above(before.x);
    expect(zp.handleKey(new KeyboardEvent('keydown', { key: 'a' }))).to.equal(false);
    expect(zp.handleKey(new KeyboardEvent('keydown', { key: '+', ctrlKey: true })), 'the browser zooms the page').to.equal(false);
    expect(zp.handleKey(new KeyboardEvent('keydown', { key: '0' }))).to.equal(true);
    expect(zp.zoom).to.equal(IDENTITY);
    // Zero as a Persian keyboard types it: the Persian instructions name the key "۰".
    for (const key of ['۰', '٠']) {
      zp.zoomBy(2);
      expect(zp.handleKey(new KeyboardEvent('keydown', { key })), key).to.equal(true);
      expect(zp.zoom, key).to.equal(IDENTITY);
    }
  });
});
