/**
 * The code the snippet configurator gives for one set of choices, three ways: the tag (with the script), the iframe
 * of embed.html (for a CMS that strips scripts, with the optional resize script), and the command that prints the
 * static HTML. Pure functions, tested in test/snippet-code.test.ts.
 */
export type SnippetTag = 'twin-agreement-card' | 'twin-signatory-list' | 'twin-city-map' | 'twin-pilgrimage-timeline';
export type SnippetLang = '' | 'fa' | 'tr' | 'en' | 'az' | 'az-Arab';

export interface SnippetChoices {
  element: SnippetTag;
  lang: SnippetLang;
  theme: '' | 'light' | 'dark';
  src: string;
  layout: string;
  group: string;
  accent: string;
  scriptPath: string;
  embedPath: string;
}

export const LAYOUTS: Record<SnippetTag, string[]> = {
  'twin-agreement-card': [],
  'twin-signatory-list': ['list', 'compact', 'columns'],
  'twin-city-map': [],
  'twin-pilgrimage-timeline': ['vertical', 'horizontal', 'auto'],
};

/** The name of each element in embed.html's `element` option and in the command's `--element`. */
const EMBED_NAME: Record<SnippetTag, string> = {
  'twin-agreement-card': 'card',
  'twin-signatory-list': 'list',
  'twin-city-map': 'map',
  'twin-pilgrimage-timeline': 'timeline',
};

/** The iframe's title (what a screen reader announces), in the language chosen. */
const TITLES: Record<SnippetTag, Record<Exclude<SnippetLang, ''>, string>> = {
  'twin-agreement-card': { en: 'Sister-city agreement', fa: 'تفاهم‌نامهٔ خواهرخواندگی', tr: 'Kardeş şehir anlaşması', az: 'Qardaş şəhər sazişi', 'az-Arab': 'قارداش شهر سازیشی' },
  'twin-signatory-list': { en: 'Signatories', fa: 'امضاکنندگان', tr: 'İmzacılar', az: 'İmzalayanlar', 'az-Arab': 'ایمضالایانلار' },
  'twin-city-map': { en: 'Map of the twin cities', fa: 'نقشهٔ شهرهای خواهرخوانده', tr: 'Kardeş şehirlerin haritası', az: 'Qardaş şəhərlərin xəritəsi', 'az-Arab': 'قارداش شهرلرین خریطه‌سی' },
  'twin-pilgrimage-timeline': { en: 'Timeline', fa: 'گاه‌شمار', tr: 'Zaman çizelgesi', az: 'Zaman xətti', 'az-Arab': 'زامان خطّی' },
};

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
/** Quotes a word for a POSIX shell when it needs it. */
const shell = (s: string) => (/^[\w./:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/** The attributes the choices ask for, in the order a webmaster reads them. */
export function attributes(c: SnippetChoices): [string, string][] {
  const out: [string, string][] = [];
  if (c.lang) out.push(['lang', c.lang]);
  if (c.theme) out.push(['theme', c.theme]);
  if (c.src.trim()) out.push(['src', c.src.trim()]);
  if (c.layout && LAYOUTS[c.element].includes(c.layout)) out.push(['layout', c.layout]);
  if (c.group.trim() && (c.element === 'twin-city-map' || c.element === 'twin-pilgrimage-timeline')) out.push(['group', c.group.trim()]);
  return out;
}

/** The exact HTML to paste into a page for the chosen element and options. */
export function tagSnippet(c: SnippetChoices): string {
  const attrs = attributes(c).map(([k, v]) => ` ${k}="${escape(v)}"`).join('');
  const style = c.accent ? `\n<style>\n  ${c.element} { --twin-color-accent: ${c.accent}; }\n</style>` : '';
  return `<script type="module" src="${escape(c.scriptPath)}"></script>${style}\n<${c.element}${attrs}></${c.element}>`;
}

/** The address of embed.html for the choices (a group needs no option: one iframe shows one element here). */
export function embedUrl(c: SnippetChoices): string {
  const query = new URLSearchParams({ element: EMBED_NAME[c.element] });
  for (const [k, v] of attributes(c)) if (k !== 'group') query.set(k, v);
  return `${c.embedPath}?${query.toString()}`;
}

/**
 * The iframe for a CMS that strips scripts: a height that shows most of the element (it scrolls inside), and the
 * optional script of the site's own template that makes it exactly as high as its content. The accent colour
 * cannot pass into an iframe; the theme can.
 */
export function iframeSnippet(c: SnippetChoices): string {
  const title = TITLES[c.element][c.lang || 'en'];
  const height = c.element === 'twin-agreement-card' || c.element === 'twin-signatory-list' ? 720 : 640;
  const resize = c.embedPath.replace(/[^/]*$/, 'embed-resize.js');
  return (
    `<iframe src="${escape(embedUrl(c))}" title="${escape(title)}" width="100%" height="${height}" loading="lazy"></iframe>\n` +
    `<!-- optional, once per page, in the site's template: the iframe takes its content's height -->\n` +
    `<script src="${escape(resize)}" defer></script>`
  );
}

/** The command that prints the element's static HTML (for readers without JavaScript and search engines). */
export function staticCommand(c: SnippetChoices): string {
  const args = ['npx', 'twin-city-elements', 'render', '--element', c.element.replace(/^twin-/, '')];
  if (c.lang) args.push('--lang', c.lang);
  if (c.theme) args.push('--theme', c.theme);
  if (c.src.trim()) args.push('--data', 'your-data.json', '--src', c.src.trim());
  args.push('--out', `${c.element}.html`);
  return args.map(shell).join(' ');
}
