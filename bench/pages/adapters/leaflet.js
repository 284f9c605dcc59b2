// Leaflet with the same country shapes as GeoJSON (no tiles), the cities and places as markers and the
// great-circle line as the same points.
import { script, style } from './load.js';
import { until } from '../wait.js';

export async function load() {
  await style('/node_modules/leaflet/dist/leaflet.css');
  await script('/node_modules/leaflet/dist/leaflet.js');
}

export const data = () => 'map/leaflet.json';

export async function create(stage, json) {
  const L = window.L;
  const host = document.createElement('div');
  host.style.blockSize = '100%';
  stage.append(host);
  const map = L.map(host, { zoomSnap: 0.1 });
  map.fitBounds(L.latLngBounds(json.cities.map((c) => [c.lat, c.lon])).pad(0.25), { animate: false });
  L.geoJSON(json.countries, { style: { color: '#777', weight: 1, fillColor: '#eee', fillOpacity: 1 } }).addTo(map);
  L.polyline(json.arc, { color: '#a33' }).addTo(map);
  for (const p of [...json.cities, ...json.places]) {
    L.circleMarker([p.lat, p.lon], { radius: 6 }).bindTooltip(p.name, { permanent: json.cities.includes(p) }).addTo(map);
  }
  await until(() => host.querySelector('.leaflet-overlay-pane path'), 'the map');
  return map;
}

/** One zoom step, without animation (the end state is what is measured). */
export async function zoomIn(map) {
  let done = false;
  map.once('zoomend', () => (done = true));
  map.zoomIn(1, { animate: false });
  await until(() => done, 'the zoomed map');
}
