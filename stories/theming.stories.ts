import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/agreement-card.js';
import '../src/city-map.js';
import { themingExampleCss } from './theming-example.js';

interface ThemingArgs {
  theme?: 'light' | 'dark';
}

/** The style sheet of the example, as a page would have it. */
function exampleStyleSheet(): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = themingExampleCss;
  return style;
}

/**
 * The theming page's CSS example applied to an agreement card and a map: custom properties set on an ancestor
 * (`.twinning`), with `light-dark()` values for both schemes, and one `::part()` rule.
 */
const meta: Meta<ThemingArgs> = {
  title: 'Guides/Theming',
  argTypes: { theme: { control: 'inline-radio', options: ['light', 'dark'] } },
  render: (args, { globals }) =>
    html`${exampleStyleSheet()}
      <div class="twinning" style="display: grid; gap: 1rem">
        <twin-agreement-card theme=${args.theme ?? globals['theme'] ?? 'light'}></twin-agreement-card>
        <twin-city-map theme=${args.theme ?? globals['theme'] ?? 'light'}></twin-city-map>
      </div>`,
};
export default meta;
type Story = StoryObj<ThemingArgs>;

/** The example in the toolbar's theme. */
export const Themed: Story = {};

/** The same CSS with `theme="dark"`: the second value of each `light-dark()` applies. */
export const ThemedDark: Story = { args: { theme: 'dark' } };

/**
 * A city's own look through the `--twin-*` custom properties only, light and dark. Each palette meets WCAG AA
 * for text, links and the accent on its surfaces (the stories check runs axe on both).
 */
const cityThemes = {
  // The brick of the minaret over Shams Tabrizi's tomb in Khoy.
  khoy: {
    light: { text: '#2a1d17', muted: '#5e4a40', surface: '#fffaf5', subtle: '#f6ebe1', border: '#e2cbb8', accent: '#8a3b1e', 'on-accent': '#ffffff', link: '#7a2e14' },
    dark: { text: '#f3e9e3', muted: '#cdb9ad', surface: '#1f1714', subtle: '#2b201b', border: '#4a3a32', accent: '#f2a27e', 'on-accent': '#2a1208', link: '#f5b89a' },
  },
  // The turquoise tiles of the Green Dome over Rumi's tomb in Konya.
  konya: {
    light: { text: '#142421', muted: '#445a56', surface: '#f6fbfa', subtle: '#e4f2ef', border: '#bcdcd7', accent: '#0f6e63', 'on-accent': '#ffffff', link: '#0b5a7a' },
    dark: { text: '#e6f3f1', muted: '#a9c4bf', surface: '#12201e', subtle: '#1b2e2b', border: '#2f4a46', accent: '#5fd4c4', 'on-accent': '#06201c', link: '#8fd0ef' },
  },
} as const;

/** The custom properties of a city's palette in one scheme, as a site's stylesheet would set them. */
function cityStyle(city: keyof typeof cityThemes, scheme: 'light' | 'dark'): string {
  return Object.entries(cityThemes[city][scheme])
    .map(([name, value]) => `--twin-color-${name}: ${value};`)
    .join(' ');
}

function renderCity(city: keyof typeof cityThemes) {
  return (_args: ThemingArgs, { globals }: { globals: Record<string, unknown> }) => {
    const scheme = globals['theme'] === 'dark' ? 'dark' : 'light';
    return html`<div style="display: grid; gap: 1rem; ${cityStyle(city, scheme)} --twin-radius: ${city === 'khoy' ? '0.25em' : '1em'}">
      <twin-agreement-card theme=${scheme}></twin-agreement-card>
      <twin-city-map theme=${scheme} loading="eager"></twin-city-map>
    </div>`;
  };
}

/** Khoy's look: the brick of the Shams minaret, square corners. */
export const KhoyTheme: Story = { name: 'Khoy theme', render: renderCity('khoy') };

/** Konya's look: the turquoise of the Green Dome, round corners. */
export const KonyaTheme: Story = { name: 'Konya theme', render: renderCity('konya') };
