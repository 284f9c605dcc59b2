import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';

interface SnippetArgs {
  element: 'twin-agreement-card' | 'twin-signatory-list' | 'twin-city-map' | 'twin-pilgrimage-timeline';
  lang: '' | 'fa' | 'tr' | 'en' | 'az' | 'az-Arab';
  theme: '' | 'light' | 'dark';
  src: string;
  layout: string;
  group: string;
  accent: string;
  scriptPath: string;
}

const LAYOUTS: Record<SnippetArgs['element'], string[]> = {
  'twin-agreement-card': [],
  'twin-signatory-list': ['list', 'compact', 'columns'],
  'twin-city-map': [],
  'twin-pilgrimage-timeline': ['vertical', 'horizontal', 'auto'],
};

/** The attributes the controls ask for, in the order a webmaster reads them. */
function attributes(args: SnippetArgs): [string, string][] {
  const out: [string, string][] = [];
  if (args.lang) out.push(['lang', args.lang]);
  if (args.theme) out.push(['theme', args.theme]);
  if (args.src.trim()) out.push(['src', args.src.trim()]);
  if (args.layout && LAYOUTS[args.element].includes(args.layout)) out.push(['layout', args.layout]);
  if (args.group.trim() && (args.element === 'twin-city-map' || args.element === 'twin-pilgrimage-timeline')) out.push(['group', args.group.trim()]);
  return out;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The exact HTML to paste into a page for the chosen element and options. */
function snippet(args: SnippetArgs): string {
  const attrs = attributes(args).map(([k, v]) => ` ${k}="${escape(v)}"`).join('');
  const style = args.accent ? `\n<style>\n  ${args.element} { --twin-color-accent: ${args.accent}; }\n</style>` : '';
  return `<script type="module" src="${escape(args.scriptPath)}"></script>${style}\n<${args.element}${attrs}></${args.element}>`;
}

/**
 * Choose an element and its options in the controls: the preview shows it, and the box below gives the exact HTML
 * to paste into your page (after copying `dist/twin-city-elements.js` to your site).
 */
const meta: Meta<SnippetArgs> = {
  title: 'Guides/Snippet configurator',
  args: {
    element: 'twin-agreement-card',
    lang: 'fa',
    theme: '',
    src: '',
    layout: '',
    group: '',
    accent: '',
    scriptPath: '/assets/twin-city-elements.js',
  },
  argTypes: {
    element: { control: 'select', options: Object.keys(LAYOUTS) },
    lang: { control: 'inline-radio', options: ['', 'fa', 'tr', 'en', 'az', 'az-Arab'], description: 'empty: the language of the page; az-Arab: Azerbaijani in the Perso-Arabic script, as in Iran' },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'], description: "empty: follows the reader's system" },
    src: { control: 'text', description: 'URL of your own dataset (empty: Khoy and Konya)' },
    layout: { control: 'select', options: ['', 'list', 'compact', 'columns', 'vertical', 'horizontal', 'auto'], description: 'signatory list and timeline only' },
    group: { control: 'text', description: 'map and timeline: the same group links them' },
    accent: { control: 'color', description: '--twin-color-accent' },
    scriptPath: { control: 'text', description: 'where you put twin-city-elements.js' },
  },
  render: (args) => {
    const code = snippet(args);
    const el = document.createElement(args.element);
    for (const [k, v] of attributes(args)) el.setAttribute(k, v);
    if (args.accent) el.style.setProperty('--twin-color-accent', args.accent);
    return html`<div style="display: grid; gap: 1rem">
      ${el}
      <section aria-label="HTML to paste">
        <p style="margin: 0 0 0.25rem; font-weight: 600">HTML to paste into your page</p>
        <pre style="margin: 0; padding: 0.75rem; background: #1d1f24; color: #eceef2; border-radius: 0.5rem; overflow-x: auto; direction: ltr; text-align: left"><code>${code}</code></pre>
        <button type="button" @click=${() => void navigator.clipboard?.writeText(code)}>Copy</button>
      </section>
    </div>`;
  },
};
export default meta;
type Story = StoryObj<SnippetArgs>;

export const Configure: Story = {};
