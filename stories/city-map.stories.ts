import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/city-map.js';
import { fictionalTwinning } from '../test/fixtures/fictional-twinning.js';

interface MapArgs {
  agreement: string;
  selected: string;
  view: 'map' | 'list';
  width: string;
  data?: unknown;
  lang?: string;
}

/**
 * Both cities, their places of interest and the great circle between them, drawn from geometry that ships with
 * the package (no tiles, no requests). The toolbar switches the language and theme; markers open a popup and
 * fire `twin-select` (see Actions). Zoom with the buttons, `+`/`-`/arrows, Ctrl + wheel or a pinch.
 */
const meta: Meta<MapArgs> = {
  title: 'Elements/City map',
  component: 'twin-city-map',
  tags: ['autodocs'],
  args: { agreement: '', selected: '', view: 'map', width: '100%' },
  argTypes: {
    view: { control: 'inline-radio', options: ['map', 'list'] },
    selected: { control: 'select', options: ['', 'khoy', 'konya', 'shams-tomb-khoy', 'mevlana-museum'] },
    width: { control: 'text', description: 'Width of the container the map sits in' },
    data: { control: false },
  },
  parameters: { actions: { handles: ['twin-select'] } },
  render: (args, { globals }) =>
    html`<div style="max-inline-size: ${args.width}">
      <twin-city-map
        lang=${args.lang ?? nothing}
        theme=${globals['theme'] ?? 'light'}
        agreement=${args.agreement || nothing}
        selected=${args.selected || nothing}
        view=${args.view}
        .data=${args.data}
      ></twin-city-map>
    </div>`,
};
export default meta;
type Story = StoryObj<MapArgs>;

/** Khoy and Konya in the toolbar's language. */
export const Default: Story = {};

export const Persian: Story = { args: { lang: 'fa' } };
export const Turkish: Story = { args: { lang: 'tr' } };
export const English: Story = { args: { lang: 'en' } };
export const Azerbaijani: Story = { args: { lang: 'az' } };
/** Azerbaijani as Khoy writes it: South Azerbaijani in the Perso-Arabic script (`az-Arab`; also `az-IR`, `azb`). */
export const AzerbaijaniArabicScript: Story = { name: 'Azerbaijani (Arabic script)', args: { lang: 'az-Arab' } };

/** A narrow sidebar (280 px): long names wrap, labels still never overlap. */
export const Narrow: Story = { args: { width: '280px' } };

/** A wide page (1200 px). */
export const Wide: Story = { args: { width: '1200px' } };

/** Dark theme, whatever the toolbar says. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Shams Tabrizi's tomb selected from outside, as a timeline would do. */
export const SelectedPlace: Story = { args: { selected: 'shams-tomb-khoy' } };

/** The list of places: the map's text alternative, with coordinates in the reader's digits. */
export const ListOfPlaces: Story = { args: { view: 'list' } };

/** Two towns on different continents (Egypt and Norway): the world map, fitted to both. */
export const FarApart: Story = { args: { data: fictionalTwinning } };
