import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/agreement-card.js';
import { fictionalTwinning } from '../test/fixtures/fictional-twinning.js';

interface CardArgs {
  agreement: string;
  calendar: string;
  secondaryCalendar: string;
  headingLevel: number;
  width: string;
  data?: unknown;
  lang?: string;
}

/**
 * The sister-city agreement card. The toolbar switches the language (direction follows it) and the theme;
 * stories with a fixed language show each locale side by side with the others.
 */
const meta: Meta<CardArgs> = {
  title: 'Elements/Agreement card',
  component: 'twin-agreement-card',
  tags: ['autodocs'],
  args: { agreement: '', calendar: '', secondaryCalendar: '', headingLevel: 2, width: '100%' },
  argTypes: {
    calendar: { control: 'select', options: ['', 'gregory', 'persian', 'islamic-umalqura', 'islamic-civil'] },
    secondaryCalendar: { control: 'select', options: ['', 'none', 'gregory', 'persian', 'islamic-umalqura'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    width: { control: 'text', description: 'Width of the container the card sits in' },
    data: { control: false },
  },
  render: (args, { globals }) =>
    html`<div style="max-inline-size: ${args.width}">
      <twin-agreement-card
        lang=${args.lang ?? nothing}
        theme=${globals['theme'] ?? 'light'}
        agreement=${args.agreement || nothing}
        calendar=${args.calendar || nothing}
        secondary-calendar=${args.secondaryCalendar || nothing}
        heading-level=${args.headingLevel}
        .data=${args.data}
      ></twin-agreement-card>
    </div>`,
};
export default meta;
type Story = StoryObj<CardArgs>;

/** The embedded Khoy–Konya memorandum in the toolbar's language. */
export const Default: Story = {};

export const Persian: Story = { args: { lang: 'fa' } };
export const Turkish: Story = { args: { lang: 'tr' } };
export const English: Story = { args: { lang: 'en' } };
export const Azerbaijani: Story = { args: { lang: 'az' } };
/** Azerbaijani as Khoy writes it: South Azerbaijani in the Perso-Arabic script (`az-Arab`; also `az-IR`, `azb`). */
export const AzerbaijaniArabicScript: Story = { name: 'Azerbaijani (Arabic script)', args: { lang: 'az-Arab' } };

/** A narrow sidebar (280 px): the cities stack. */
export const Narrow: Story = { args: { width: '280px' } };

/** A wide column (900 px): facts and sections in two columns. */
export const Wide: Story = { args: { width: '900px' } };

/** Dark theme, whatever the toolbar says. */
export const Dark: Story = {
  globals: { theme: 'dark' },
};

/** The date in the Hijri (Umm al-Qura) calendar with the Gregorian beside it. */
export const HijriCalendar: Story = { args: { calendar: 'islamic-umalqura', secondaryCalendar: 'gregory' } };

/** Any twinning given as data through the `.data` property: two invented towns. */
export const CustomDataset: Story = { args: { data: fictionalTwinning } };

/** A dataset with mistakes: the card says what is wrong, in the reader's language, and fires `twin-error`. */
export const InvalidData: Story = {
  args: {
    data: { ...fictionalTwinning, agreements: [{ ...fictionalTwinning.agreements[0], date: '2019-13-40', parties: ['wadi-noor', 'atlantis'] }] },
  },
};
