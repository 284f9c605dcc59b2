// <twin-pilgrimage-timeline>, built as a site would ship it (minified, production Lit; see bench/run.mjs).
import '../../.build/lib/pilgrimage-timeline.js';
import { idInDateOrder, onScreen, until } from '../wait.js';

export const data = (n) => `ours/${n}.json`;

const shown = (el) => el.shadowRoot?.querySelector('[part~="event"]');

export async function create(stage, dataset) {
  const el = document.createElement('twin-pilgrimage-timeline');
  el.data = dataset;
  stage.append(el);
  await el.updateComplete;
  await until(() => shown(el), 'the first events');
  return el;
}

/**
 * A visit from a shared link: the address names the event (`#event=<id>`, the `deep-link` attribute), the timeline is
 * made, and the clock stops when that event is on screen and marked current.
 */
export const eventAt = (dataset, index) => idInDateOrder(dataset.events, (e) => e.date, (e) => e.id, index);

export async function openAt(stage, dataset, id) {
  history.replaceState(null, '', `#event=${id}`);
  const el = document.createElement('twin-pilgrimage-timeline');
  el.setAttribute('deep-link', '');
  el.data = dataset;
  stage.append(el);
  await until(() => {
    const article = el.shadowRoot?.querySelector(`li[data-id="${id}"] > article`);
    return article?.getAttribute('aria-current') === 'true' && onScreen(article, stage);
  }, `event ${id} shown`);
  return el;
}

/** English to Turkish: the translations load on first use, as on a real page. */
export async function changeLocale(el) {
  const count = () => el.shadowRoot.querySelector('.count')?.textContent;
  const before = count();
  el.lang = 'tr';
  await until(() => count() !== before, 'the Turkish text');
}

export async function startStepping(el) {
  el.shadowRoot.querySelector('article[tabindex="0"]').focus();
}

/** One press of the down arrow: the next event gets the focus (brought into view). */
export async function step(el, index) {
  el.shadowRoot.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true, cancelable: true }));
  await until(() => el.shadowRoot.activeElement?.parentElement?.dataset.index === String(index), `event ${index} focused`);
}

export const variant = (dataset, i) => ({ ...dataset, events: dataset.events.map((e) => ({ ...e, title: `${e.title} (${i})` })) });

export async function rerender(el, _stage, dataset, i) {
  el.data = dataset;
  await el.updateComplete;
  await until(() => shown(el)?.textContent.includes(`(${i})`), `re-render ${i}`);
  return el;
}
