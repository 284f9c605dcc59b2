// TimelineJS3 (Knight Lab), from its npm package, served locally (its default script_path is a CDN).
import { script, style } from './load.js';
import { idInDateOrder, onScreen, until } from '../wait.js';

const base = '/node_modules/@knight-lab/timelinejs/dist/';

export async function load() {
  await style(`${base}css/timeline.css`);
  await script(`${base}js/timeline.js`);
}

export const data = (n) => `timelinejs/${n}.json`;

export async function create(stage, json) {
  const host = document.createElement('div');
  host.style.blockSize = '100%';
  stage.append(host);
  const timeline = new window.TL.Timeline(host, json, { script_path: `${location.origin}${base}js/`, hash_bookmark: false });
  await until(() => timeline.ready && host.querySelector('.tl-slide-content .tl-headline'), 'the first slide');
  timeline.host = host;
  return timeline;
}

/** TimelineJS3's own deep link: `hash_bookmark` reads `#event-<unique_id>` when it is made (with its default slide). */
const dateKey = (e) => `${e.start_date.year.padStart(4, '0')}-${e.start_date.month.padStart(2, '0')}-${e.start_date.day.padStart(2, '0')}`;
export const eventAt = (json, index) => idInDateOrder(json.events, dateKey, (e) => e.unique_id, index);

export async function openAt(stage, json, id) {
  const headline = json.events.find((e) => e.unique_id === id).text.headline;
  history.replaceState(null, '', `#event-${id}`);
  const host = document.createElement('div');
  host.style.blockSize = '100%';
  stage.append(host);
  const timeline = new window.TL.Timeline(host, json, { script_path: `${location.origin}${base}js/`, hash_bookmark: true });
  await until(() => {
    if (!timeline.ready || timeline.current_id !== id) return false;
    const shown = [...host.querySelectorAll('.tl-slide .tl-headline')].find((h) => h.textContent === headline);
    return onScreen(shown, stage);
  }, `slide ${id} shown`);
  timeline.host = host;
  return timeline;
}

// No locale change: TimelineJS takes its language once, when it is created.

export async function startStepping(timeline) {
  timeline.changes = 0;
  timeline.on('change', () => timeline.changes++);
}

/** TimelineJS's own next-slide step (what its arrow keys and "next" button call). */
export async function step(timeline) {
  const before = timeline.changes;
  timeline.goToNext();
  await until(() => timeline.changes > before, 'the next slide');
}

export const variant = (json, i) => ({ events: json.events.map((e) => ({ ...e, text: { ...e.text, headline: `${e.text.headline} (${i})` } })) });

/** TimelineJS has no way to replace its data: the timeline is made anew, as a site would have to. */
export async function rerender(timeline, stage, json, i) {
  timeline.host.remove();
  const next = await create(stage, json);
  await until(() => next.host.querySelector('.tl-headline')?.textContent.includes(`(${i})`), `re-render ${i}`);
  return next;
}
