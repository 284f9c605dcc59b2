// vis-timeline (standalone build, with its own copy of its dependencies), from its npm package.
import { script, style } from './load.js';
import { idInDateOrder, onScreen, until } from '../wait.js';

export async function load() {
  await style('/node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css');
  await script('/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js');
}

export const data = (n) => `vis/${n}.json`;

export async function create(stage, items) {
  const host = document.createElement('div');
  stage.append(host);
  const timeline = new window.vis.Timeline(host, new window.vis.DataSet(items), { height: '700px' });
  await until(() => host.querySelector('.vis-item .vis-item-content'), 'the first items');
  Object.assign(timeline, { host, items });
  return timeline;
}

/** vis-timeline reads no address: made, then the item selected and brought into view, without animation. */
export const eventAt = (items, index) => idInDateOrder(items, (i) => i.start, (i) => i.id, index);

export async function openAt(stage, items, id) {
  const content = items.find((i) => i.id === id).content;
  const host = document.createElement('div');
  stage.append(host);
  const timeline = new window.vis.Timeline(host, new window.vis.DataSet(items), { height: '700px' });
  timeline.setSelection(id, { focus: true, animation: false });
  await until(() => {
    const item = host.querySelector('.vis-item.vis-selected .vis-item-content');
    return item?.textContent === content && onScreen(item, stage);
  }, `item ${id} shown`);
  return timeline;
}

/** vis-timeline's own locales are few (no Turkish): German stands in. */
export async function changeLocale(timeline) {
  timeline.setOptions({ locale: 'de' });
}

export async function startStepping(timeline) {
  timeline.ordered = [...timeline.items].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/** vis-timeline has no keyboard navigation between items: select the next one and bring it into view. */
export async function step(timeline, index) {
  const item = timeline.ordered[index];
  timeline.setSelection(item.id, { focus: true, animation: false });
  await until(() => timeline.host.querySelector('.vis-item.vis-selected .vis-item-content')?.textContent === item.content, `item ${index} shown`);
}

export const variant = (items, i) => items.map((item) => ({ ...item, content: `${item.content} (${i})` }));

/** New items for the same timeline. */
export async function rerender(timeline, _stage, items, i) {
  timeline.setItems(new window.vis.DataSet(items));
  timeline.items = items;
  await until(() => timeline.host.querySelector('.vis-item-content')?.textContent.includes(`(${i})`), `re-render ${i}`);
  return timeline;
}
