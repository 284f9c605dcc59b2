import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/agreement-card.js';
import example from './data/lakeside-hilltown.json';

type Kind = 'inline' | 'mistakes';

/** The element with the dataset inline, as a page without a build step writes it. */
function cardWithInlineJson(data: unknown, theme: string): HTMLElement {
  const card = document.createElement('twin-agreement-card');
  card.setAttribute('theme', theme);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(data);
  card.append(script);
  return card;
}

/** The README's example with three mistakes: a date that does not exist, an unknown city, a status of its own. */
const withMistakes = {
  ...example,
  agreements: example.agreements.map((a) => ({ ...a, date: '2024-13-40', parties: ['lakeside', 'atlantis'], status: 'maybe' })),
};

/**
 * The data format page's live examples: the small dataset of the README, given inline, and the same with mistakes,
 * with what the `twin-error` event says under it.
 */
const meta: Meta<{ kind: Kind }> = {
  title: 'Guides/Data format',
  argTypes: { kind: { table: { disable: true } } },
  parameters: { actions: { handles: ['twin-load', 'twin-error'] } },
  render: ({ kind }, { globals }) => {
    const theme = (globals['theme'] as string | undefined) ?? 'light';
    const card = cardWithInlineJson(kind === 'mistakes' ? withMistakes : example, theme);
    if (kind !== 'mistakes') return card;
    const output = document.createElement('pre');
    output.style.cssText = 'margin: 0; white-space: pre-wrap; direction: ltr; text-align: left';
    card.addEventListener('twin-error', (e) => {
      const { code, issues } = e.detail;
      output.textContent = `twin-error: code "${code}"\n${issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`;
    });
    return html`<div style="display: grid; gap: 1rem">
      ${card}
      <section aria-label="The twin-error event">${output}</section>
    </div>`;
  },
};
export default meta;
type Story = StoryObj<{ kind: Kind }>;

/** The README's two towns, inline in the element. */
export const Example: Story = { args: { kind: 'inline' } };

/** The same with mistakes: the card says what is wrong in the reader's language; the event gives it in English. */
export const Mistakes: Story = { args: { kind: 'mistakes' } };
