// <twin-city-map> with the default Khoy–Konya data, built as a site would ship it.
import '../../.build/lib/city-map.js';
import { until } from '../wait.js';

/**
 * Before the clock, as the harness loads every library and its data (Leaflet's script, and its GeoJSON fetched and
 * parsed): the map's parts that load on first use, its validator and the region's country shapes, with the map's
 * own `preload()`, as a page that fetches its data would call it. Inside the clock stays what a page pays each time
 * it shows a map: validating the data, formatting, projecting, drawing and laying out the labels.
 */
export async function load() {
  await customElements.get('twin-city-map').preload();
}

export const data = () => 'map/ours.json';

export async function create(stage, dataset) {
  const el = document.createElement('twin-city-map');
  // Eager, as Leaflet is: a lazy map (the default) first waits for its IntersectionObserver's answer, a frame or
  // more, to learn whether it is near the viewport (see the notes of bench/run.mjs).
  el.loading = 'eager';
  el.data = dataset;
  stage.append(el);
  await el.updateComplete;
  await until(() => el.shadowRoot?.querySelector('[part~="marker"]') && el.shadowRoot.querySelector('[part~="map"] path'), 'the map');
  return el;
}

/** The zoom-in button, as a reader presses it. */
export async function zoomIn(el) {
  const transform = () => el.shadowRoot.querySelector('[part~="map"] g.geo')?.getAttribute('transform');
  const before = transform();
  el.shadowRoot.querySelector('[part~="toolbar"] button').click();
  await el.updateComplete;
  await until(() => transform() !== before, 'the zoomed map');
}
