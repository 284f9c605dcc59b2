import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { directionOfLanguage } from '../src/i18n/language.js';

/**
 * Every story renders inside a wrapper that carries the toolbar's language (the elements read it from their
 * ancestor, as on a real page) and direction, and the toolbar's theme as background.
 */
const withLanguageAndTheme: Decorator = (story, { globals, viewMode }) => {
  const lang = (globals['locale'] as string | undefined) ?? 'en';
  const theme = (globals['theme'] as string | undefined) ?? 'light';
  const background = theme === 'dark' ? '#111318' : '#eef1f5';
  const color = theme === 'dark' ? '#eceef2' : '#1d1f24';
  // A story alone fills the canvas: the page around the wrapper takes the theme's background too (a dark story on a
  // white page showed the elements on a ground no page gives them). Docs pages keep theirs.
  if (viewMode === 'story') document.body.style.background = background;
  return html`<div
    lang=${lang}
    dir=${directionOfLanguage(lang)}
    style="padding: 1rem; background: ${background}; color: ${color}; color-scheme: ${theme}; font-family: system-ui, 'Noto Sans', 'Noto Sans Arabic', sans-serif;"
  >
    ${story()}
  </div>`;
};

// The docs of every element (attributes, properties, events, slots, parts, custom properties) come from the
// Custom Elements Manifest, generated from the elements' JSDoc (npm run manifest), not written twice.
setCustomElementsManifest(manifest);

const preview: Preview = {
  decorators: [withLanguageAndTheme],
  globalTypes: {
    locale: {
      description: 'Language of the elements (direction follows it)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'fa', right: 'فارسی', title: 'Persian (fa)' },
          { value: 'tr', right: 'Türkçe', title: 'Turkish (tr)' },
          { value: 'en', right: 'English', title: 'English (en)' },
          { value: 'az', right: 'Azərbaycanca', title: 'Azerbaijani (az)' },
          { value: 'az-Arab', right: 'آذربایجان تورکجه‌سی', title: 'South Azerbaijani, Arabic script (az-Arab)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light or dark theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'fa', theme: 'light' },
  parameters: {
    a11y: { test: 'error' },
    layout: 'fullscreen',
  },
};
export default preview;
