import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/pilgrimage-timeline.js';
import '../src/city-map.js';
import { fictionalTwinning } from '../test/fixtures/fictional-twinning.js';

interface TimelineArgs {
  layout: 'vertical' | 'horizontal' | 'auto';
  spacing: 'even' | 'proportional';
  calendar: string;
  secondaryCalendar: string;
  kinds: string;
  from?: number;
  to?: number;
  selected: string;
  width: string;
  data?: unknown;
  lang?: string;
  deepLink?: boolean;
}

/**
 * From Shams Tabrizi and Rumi to the 2025 memorandum. The toolbar switches the language (direction follows it) and
 * the theme; choose the layout, spacing and calendars in the controls. Arrow keys move between events, Enter opens
 * one; choosing an event fires `twin-select` (see Actions).
 */
const meta: Meta<TimelineArgs> = {
  title: 'Elements/Pilgrimage timeline',
  component: 'twin-pilgrimage-timeline',
  tags: ['autodocs'],
  args: { layout: 'vertical', spacing: 'even', calendar: '', secondaryCalendar: '', kinds: '', selected: '', width: '100%' },
  argTypes: {
    layout: { control: 'inline-radio', options: ['vertical', 'horizontal', 'auto'] },
    spacing: { control: 'inline-radio', options: ['even', 'proportional'] },
    calendar: { control: 'select', options: ['', 'gregory', 'persian', 'islamic-umalqura', 'islamic-civil'] },
    secondaryCalendar: { control: 'select', options: ['', 'none', 'gregory', 'persian', 'islamic-umalqura'] },
    kinds: { control: 'text', description: 'event kinds to show, space-separated' },
    width: { control: 'text', description: 'Width of the container the timeline sits in' },
    data: { control: false },
    deepLink: { control: 'boolean', description: 'deep links: `#event=<id>` in the address selects an event; selections are written there' },
  },
  parameters: { actions: { handles: ['twin-select'] } },
  render: (args, { globals }) =>
    html`<div style="max-inline-size: ${args.width}">
      <twin-pilgrimage-timeline
        lang=${args.lang ?? nothing}
        theme=${globals['theme'] ?? 'light'}
        layout=${args.layout}
        spacing=${args.spacing}
        calendar=${args.calendar || nothing}
        secondary-calendar=${args.secondaryCalendar || nothing}
        kinds=${args.kinds || nothing}
        from=${args.from ?? nothing}
        to=${args.to ?? nothing}
        selected=${args.selected || nothing}
        deep-link=${args.deepLink ? '' : nothing}
        .data=${args.data}
      ></twin-pilgrimage-timeline>
    </div>`,
};
export default meta;
type Story = StoryObj<TimelineArgs>;

/** The whole story in the toolbar's language. */
export const Default: Story = {};

export const Persian: Story = { args: { lang: 'fa' } };
export const Turkish: Story = { args: { lang: 'tr' } };
export const English: Story = { args: { lang: 'en' } };
export const Azerbaijani: Story = { args: { lang: 'az' } };
/** Azerbaijani as Khoy writes it: South Azerbaijani in the Perso-Arabic script (`az-Arab`; also `az-IR`, `azb`). */
export const AzerbaijaniArabicScript: Story = { name: 'Azerbaijani (Arabic script)', args: { lang: 'az-Arab' } };

/** Wide (1,000 px): one dense column of cards, the dates in a gutter before the axis. */
export const Wide: Story = { args: { width: '1000px' } };

/** A horizontal axis that runs in the reading direction (right to left in Persian). */
export const Horizontal: Story = { args: { layout: 'horizontal' } };

/** Space between events grows with the time between them, compressed. */
export const Proportional: Story = { args: { spacing: 'proportional', width: '520px' } };

/** Dates in the Hijri calendar, as the sources give them, with the Gregorian beside. */
export const HijriCalendar: Story = { args: { calendar: 'islamic-umalqura', secondaryCalendar: 'gregory' } };

/** Dark theme, whatever the toolbar says. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** The 20th and 21st centuries only. */
export const FromTo: Story = { args: { from: 1900, to: 2100 } };

/** A dataset whose dates are years only. */
export const YearsOnly: Story = {
  args: {
    data: {
      ...fictionalTwinning,
      events: [
        { id: 'y1', date: '~1850', kind: 'founding', title: { en: 'Fjordvik is founded', tr: 'Fjordvik kuruldu' }, places: ['fjordvik'] },
        { id: 'y2', date: '1902', kind: 'building', title: { en: 'Wadi Noor’s first school', tr: 'Wadi Noor’un ilk okulu' }, places: ['wadi-noor'] },
        { id: 'y3', date: '1988/1990', kind: 'meeting', title: { en: 'First exchanges', tr: 'İlk değişimler' } },
        { id: 'y4', date: '2019', kind: 'agreement', title: { en: 'Twinning agreement', tr: 'Kardeş şehir anlaşması' } },
      ],
    },
  },
};

/** Pictures in this project's own files (stories/assets/), served with the stories: no other site is asked. */
const picture = (file: string) => `story-assets/${file}`;

/**
 * Events with pictures (`image`: `src`, a required `alt`, an optional `credit` printed under it, and `width` and
 * `height` so that the page keeps the picture's place before it loads). The default data has none: a city adds its
 * own, from its own server. The illustrations here are drawn for these stories.
 */
export const WithPictures: Story = {
  args: {
    data: {
      ...fictionalTwinning,
      events: [
        {
          id: 'harbour',
          date: '1890',
          kind: 'building',
          title: { en: 'Fjordvik’s harbour is built', tr: 'Fjordvik limanı inşa edildi', fa: 'ساخت بندر فیوردویک' },
          image: {
            src: picture('fjord-harbour.svg'),
            alt: { en: 'A harbour at the foot of mountains, a sailing boat on the fjord', tr: 'Dağların eteğinde bir liman, fiyortta bir yelkenli', fa: 'بندری در دامنهٔ کوه‌ها و قایقی بادبانی در آبدره' },
            credit: { en: 'Illustration: twin-city-elements', tr: 'Çizim: twin-city-elements', fa: 'طرح: twin-city-elements' },
            width: 480,
            height: 270,
          },
        },
        {
          id: 'school',
          date: '1902',
          kind: 'building',
          title: { en: 'Wadi Noor’s first school', tr: 'Wadi Noor’un ilk okulu', fa: 'نخستین مدرسهٔ وادی‌النور' },
          description: { en: 'Its pupils later wrote the first letters to Fjordvik.', tr: 'Öğrencileri sonradan Fjordvik’e ilk mektupları yazdı.', fa: 'شاگردانش بعدها نخستین نامه‌ها را به فیوردویک نوشتند.' },
          image: {
            src: picture('desert-school.svg'),
            alt: { en: 'A low school building with arched windows beside a palm tree', tr: 'Bir palmiyenin yanında kemerli pencereli alçak bir okul binası', fa: 'ساختمان کوتاه مدرسه با پنجره‌های طاق‌دار کنار یک نخل' },
            width: 480,
            height: 270,
          },
        },
        { id: 'letters', date: '1988/1990', kind: 'meeting', title: { en: 'First exchanges', tr: 'İlk değişimler', fa: 'نخستین دیدارها' } },
        {
          id: 'bridge',
          date: '2019-06-21',
          kind: 'agreement',
          title: { en: 'Twinning agreement', tr: 'Kardeş şehir anlaşması', fa: 'پیمان خواهرخواندگی' },
          image: {
            src: picture('footbridge.svg'),
            alt: { en: 'Two people meeting on a wooden footbridge over a river', tr: 'Bir nehrin üzerindeki ahşap yaya köprüsünde buluşan iki kişi', fa: 'دو نفر روی پلی چوبی بر فراز رودخانه به هم می‌رسند' },
            credit: { en: 'Illustration: twin-city-elements', tr: 'Çizim: twin-city-elements', fa: 'طرح: twin-city-elements' },
          },
        },
      ],
    },
  },
};

/** 1,000 generated events (one a year from 1025). */
export const ThousandEvents: Story = {
  args: {
    data: {
      ...fictionalTwinning,
      events: Array.from({ length: 1000 }, (_, i) => ({ id: `e${i}`, date: String(1025 + i), kind: ['meeting', 'journey', 'building'][i % 3]!, title: `Event ${i + 1}` })),
    },
  },
};

/** A timeline and a map in one `group`: choosing an event shows its place, choosing a place its first event. */
export const LinkedWithMap: Story = {
  render: (args, { globals }) =>
    html`<div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr)); align-items: start">
      <twin-pilgrimage-timeline group="story" lang=${args.lang ?? nothing} theme=${globals['theme'] ?? 'light'}></twin-pilgrimage-timeline>
      <twin-city-map group="story" lang=${args.lang ?? nothing} theme=${globals['theme'] ?? 'light'} style="position: sticky; inset-block-start: 1rem"></twin-city-map>
    </div>`,
};

/**
 * Deep links (`deep-link`): choosing an event writes `#event=<id>` into the address (here, the preview frame's), and
 * each event's details offer "Copy link to this event"; opening the page with such an address selects the event.
 */
export const DeepLink: Story = { args: { deepLink: true } };
