/**
 * The iframe page (`embed.html`) for sites whose CMS strips scripts: reads the options of its address
 * (`embed-options.ts`), loads the code of the elements it shows, eager (an iframe is its own viewport), and tells the
 * page around it its content's height (`twin-city-elements:height` messages, read by `embed-resize.js`).
 */
import { directionOfLanguage, uiLocaleFor } from '../i18n/language.js';
import { loadLocale, renderInLocale } from '../i18n/localize.js';
import { embedProblemText } from './embed-messages.js';
import { isAllowedSource, planEmbed, type EmbedProblem, type EmbedTag } from './embed-options.js';
import { reportHeight } from './embed-height.js';

const load: Readonly<Record<EmbedTag, () => Promise<unknown>>> = {
  'twin-agreement-card': () => import('../agreement-card.js'),
  'twin-signatory-list': () => import('../signatory-list.js'),
  'twin-city-map': () => import('../city-map.js'),
  'twin-pilgrimage-timeline': () => import('../pilgrimage-timeline.js'),
};

/** The site's list of other origins a `src` may come from (`embed.config.json` beside the page); none without it. */
async function readConfig(): Promise<unknown> {
  try {
    const response = await fetch(new URL('embed.config.json', location.href), { credentials: 'same-origin', cache: 'no-cache' });
    return response.ok ? await response.json() : undefined;
  } catch {
    return undefined;
  }
}

async function showProblem(root: HTMLElement, problem: EmbedProblem, lang: string): Promise<void> {
  const locale = uiLocaleFor(lang);
  await loadLocale(locale).catch(() => undefined);
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.className = 'twin-embed-problem';
  // Away from the edges (through the CSSOM, which the page's policy allows).
  Object.assign(p.style, { margin: '0', padding: '0.75em 1em', lineHeight: '1.6' });
  p.textContent = renderInLocale(locale, () => embedProblemText(problem));
  root.replaceChildren(p);
}

async function main(): Promise<void> {
  const root = document.querySelector<HTMLElement>('main') ?? document.body.appendChild(document.createElement('main'));
  const plan = planEmbed(new URLSearchParams(location.search), location.href, navigator.languages?.length ? navigator.languages : [navigator.language]);
  const html = document.documentElement;
  html.lang = plan.lang;
  html.dir = directionOfLanguage(plan.lang);
  // No stylesheet to download, and no inline style (CSP): the page's rules through the CSSOM. The elements take the
  // font of the text around them: here the reader's system font, which has every script they show (not the browser's
  // default serif, which an iframe would otherwise give them).
  Object.assign(document.body.style, { margin: '0', fontFamily: 'system-ui, sans-serif' });
  root.style.display = 'flow-root';
  reportHeight(root, plan.messageId);

  let problem = plan.problem;
  if (!problem && plan.src && plan.src.origin !== location.origin && !isAllowedSource(plan.src, location.origin, await readConfig())) problem = { kind: 'origin' };
  if (problem) return showProblem(root, problem, plan.lang);

  const elements = plan.elements.map(({ tag, attributes }) => {
    const el = document.createElement(tag);
    for (const [name, value] of attributes) el.setAttribute(name, value);
    return el;
  });
  root.replaceChildren(...elements);
  await Promise.all(plan.elements.map(({ tag }) => load[tag]()));
}

void main();
