/**
 * Pictures of events (`image`): shown with their text alternative in the reader's language and their credit under
 * them, in the box their `width` and `height` give before they load; an address other than http(s) or a size that is
 * not a whole number of pixels makes the dataset invalid, as any untrusted field does.
 */
import { expect } from '@open-wc/testing';
import '../src/pilgrimage-timeline.js';
import type { TwinPilgrimageTimeline } from '../src/pilgrimage-timeline.js';
import { fictionalTwinning } from './fixtures/fictional-twinning.js';
import { html, part, renderTwin, textOf } from './helpers/render.js';

const harbour = new URL('./fixtures/harbour.svg', import.meta.url).href;

function withImage(image: Record<string, unknown>) {
  return {
    ...fictionalTwinning,
    events: [
      {
        id: 'harbour',
        date: '1890',
        kind: 'building',
        title: { en: 'The harbour is built', tr: 'Liman inşa edildi' },
        description: { en: 'Its first pier.', tr: 'İlk iskelesi.' },
        image: { src: harbour, ...image },
      },
    ],
  };
}

async function timeline(data: unknown, lang = 'tr', width = 600): Promise<TwinPilgrimageTimeline> {
  const wrapper = await renderTwin<HTMLElement & TwinPilgrimageTimeline>(
    html`<div style="inline-size: ${width}px"><twin-pilgrimage-timeline lang=${lang} loading="eager" .data=${data}></twin-pilgrimage-timeline></div>`,
  );
  const el = wrapper.querySelector('twin-pilgrimage-timeline')!;
  await el.updateComplete;
  return el;
}

describe('<twin-pilgrimage-timeline> pictures', () => {
  it('shows the picture with its text alternative in the reader’s language and its credit under it', async () => {
    const el = await timeline(
      withImage({
        alt: { en: 'A harbour under a mountain', tr: 'Bir dağın eteğinde liman' },
        credit: { en: 'Drawing: the city archive', tr: 'Çizim: şehir arşivi' },
        width: 160,
        height: 90,
      }),
    );
    const img = part<HTMLImageElement>(el, 'img[part=image]');
    expect(img.alt).to.equal('Bir dağın eteğinde liman');
    expect(img.getAttribute('src')).to.equal(harbour);
    expect(img.loading).to.equal('lazy');
    const credit = part(el, 'figure figcaption[part=credit]');
    expect(textOf(credit)).to.equal('Çizim: şehir arşivi');
    const [picture, caption] = [img.getBoundingClientRect(), credit.getBoundingClientRect()];
    expect(caption.top, 'the credit is under the picture').to.be.at.least(picture.bottom - 1);
    // Headline, place, picture, then the "Details" button (VISUAL.md), as a screen reader reads them.
    const details = part(el, 'button.more').getBoundingClientRect();
    expect(details.top, 'Details under the picture and its credit').to.be.at.least(caption.bottom - 1);
  });

  it('keeps the picture’s box from its width and height before it has loaded, within the card', async () => {
    // The test server answers `?slow` after 4 s (web-test-runner.config.mjs): the box here comes from the data. The
    // data's ratio (4:3) is not the file's (16:9), so that a box sized by the loaded file would not pass either.
    for (const width of [600, 240]) {
      const el = await timeline(withImage({ src: `${harbour}?slow=${width}`, alt: 'Harbour', width: 160, height: 120 }), 'en', width);
      const img = part<HTMLImageElement>(el, 'img[part=image]');
      expect(img.complete && img.naturalWidth > 0, 'not loaded yet').to.equal(false);
      const box = img.getBoundingClientRect();
      const card = part(el, '.card').getBoundingClientRect();
      expect(box.width, `at ${width} px`).to.be.greaterThan(100);
      expect(box.height, `at ${width} px: the height from the width and the data's ratio`).to.be.closeTo((box.width * 120) / 160, 1);
      expect(box.right, 'inside the card').to.be.at.most(card.right + 0.5);
      expect(box.left, 'inside the card').to.be.at.least(card.left - 0.5);
    }
  });

  it('shows a picture without a credit or a size, with no empty caption', async () => {
    const el = await timeline(withImage({ alt: 'Harbour' }), 'en');
    expect(el.shadowRoot!.querySelector('img[part=image]')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('figcaption')).to.equal(null);
  });

  for (const [what, image] of [
    ['a javascript: address', { src: 'javascript:alert(1)', alt: 'x' }],
    ['a size that is not a whole number of pixels', { alt: 'x', width: 0.5, height: 90 }],
    ['a picture without a text alternative', { width: 160, height: 90 }],
  ] as const) {
    it(`rejects ${what}: the dataset is invalid and no picture is shown`, async () => {
      const el = await timeline(withImage(image as Record<string, unknown>), 'en');
      expect(el.shadowRoot!.querySelector('[part=error]'), 'the error is shown').to.not.equal(null);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    });
  }
});
