import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { attributes, iframeSnippet, LAYOUTS, staticCommand, tagSnippet, type SnippetChoices } from './snippet-code.js';

type SnippetArgs = SnippetChoices;

const codeStyle = 'margin: 0; padding: 0.75rem; background: #1d1f24; color: #eceef2; border-radius: 0.5rem; overflow-x: auto; direction: ltr; text-align: left; white-space: pre-wrap';

/** One box of code with its heading, an explanation and a Copy button. */
function codeBox(heading: string, note: string, code: string) {
  // The guide speaks English, also when the toolbar sets a right-to-left language on the page.
  return html`<section aria-label=${heading} lang="en" dir="ltr">
    <p style="margin: 0 0 0.25rem; font-weight: 600">${heading}</p>
    <p style="margin: 0 0 0.25rem">${note}</p>
    <pre style=${codeStyle}><code>${code}</code></pre>
    <button type="button" style="min-block-size: 24px; min-inline-size: 24px; padding: 0.25em 0.75em" @click=${() => void navigator.clipboard?.writeText(code)}>Copy</button>
  </section>`;
}

/**
 * Choose an element and its options in the controls: the preview shows it, and the boxes below give the same choices
 * three ways: the HTML to paste into your page (after copying `dist/twin-city-elements.js` to your site), the iframe
 * for a CMS that strips scripts (after copying `dist/embed.html`, `embed.js`, `embed/` and `embed-resize.js`), and
 * the command that prints the static HTML.
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
    embedPath: '/assets/embed.html',
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
    embedPath: { control: 'text', description: 'where you put embed.html (its embed.js, embed/ and embed-resize.js beside it)' },
  },
  render: (args) => {
    const el = document.createElement(args.element);
    for (const [k, v] of attributes(args)) el.setAttribute(k, v);
    if (args.accent) el.style.setProperty('--twin-color-accent', args.accent);
    return html`<div style="display: grid; gap: 1rem">
      ${el}
      ${codeBox('HTML to paste into your page', 'Where your page may hold a script.', tagSnippet(args))}
      ${codeBox(
        'Iframe, for a CMS that strips scripts',
        'Paste the iframe where the element goes. The script is optional: in your site’s template, once, it makes each iframe exactly as high as its content (without it the iframe scrolls inside). The accent colour does not pass into an iframe; the theme does.',
        iframeSnippet(args),
      )}
      ${codeBox('Static HTML, for readers without JavaScript and search engines', 'Run it where the package is installed; paste the file’s content into your page. The layout and group are not options of this command.', staticCommand(args))}
    </div>`;
  },
};
export default meta;
type Story = StoryObj<SnippetArgs>;

export const Configure: Story = {};
