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
