import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/signatory-list.js';
import { fictionalTwinning } from '../test/fixtures/fictional-twinning.js';
import { largeDelegation } from '../test/fixtures/large-delegation.js';

interface ListArgs {
  agreement: string;
  roles: string;
  layout: 'list' | 'compact' | 'columns';
  headingLevel: number;
  selected: string;
  width: string;
  data?: unknown;
  lang?: string;
}

/**
 * Who signed, spoke and witnessed, grouped by city. The toolbar switches the language (direction follows it) and
 * the theme; choose a layout in the controls. Selecting a participant fires `twin-select` (see Actions).
 */
const meta: Meta<ListArgs> = {
  title: 'Elements/Signatory list',
  component: 'twin-signatory-list',
  tags: ['autodocs'],
  args: { agreement: '', roles: '', layout: 'list', headingLevel: 3, selected: '', width: '100%' },
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'compact', 'columns'] },
    roles: { control: 'text', description: 'signatory, speaker, witness, host, organisation (space or comma separated)' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    selected: { control: 'text', description: 'id of the selected person' },
    width: { control: 'text', description: 'Width of the container the list sits in' },
    data: { control: false },
  },
  parameters: { actions: { handles: ['twin-select'] } },
  render: (args, { globals }) =>
    html`<div style="max-inline-size: ${args.width}">
      <twin-signatory-list
        lang=${args.lang ?? nothing}
        theme=${globals['theme'] ?? 'light'}
        agreement=${args.agreement || nothing}
        roles=${args.roles || nothing}
        layout=${args.layout}
        heading-level=${args.headingLevel}
        selected=${args.selected || nothing}
        .data=${args.data}
      ></twin-signatory-list>
    </div>`,
};
export default meta;
type Story = StoryObj<ListArgs>;

/** The participants of the 2025 Khoy–Konya memorandum in the toolbar's language. */
export const Default: Story = {};

export const Persian: Story = { args: { lang: 'fa' } };
export const Turkish: Story = { args: { lang: 'tr' } };
export const English: Story = { args: { lang: 'en' } };
export const Azerbaijani: Story = { args: { lang: 'az' } };
/** Azerbaijani as Khoy writes it: South Azerbaijani in the Perso-Arabic script (`az-Arab`; also `az-IR`, `azb`). */
export const AzerbaijaniArabicScript: Story = { name: 'Azerbaijani (Arabic script)', args: { lang: 'az-Arab' } };

/** Names only, one line each. */
export const Compact: Story = { args: { layout: 'compact' } };

/** One column per city, side by side (in the reading direction) when there is room. */
export const Columns: Story = { args: { layout: 'columns', width: '900px' } };

/** The columns layout in a narrow sidebar (280 px): the cities stack. */
export const ColumnsNarrow: Story = { args: { layout: 'columns', width: '280px' } };

/** Only the two signatories. */
export const SignatoriesOnly: Story = { args: { roles: 'signatory' } };

/** One participant selected from outside with the `selected` attribute. */
export const Selected: Story = { args: { selected: 'mustafa-uzbas' } };

/** Dark theme, whatever the toolbar says. */
export const Dark: Story = { globals: { theme: 'dark' }, args: { layout: 'columns', width: '900px' } };

/** Another twinning: an Arabic-named town and a Norwegian one. */
export const OtherTwinning: Story = { args: { data: fictionalTwinning } };

/** A delegation of twelve from three organisations, in columns. */
export const TwelveParticipants: Story = { args: { data: largeDelegation, layout: 'columns', width: '900px' } };
