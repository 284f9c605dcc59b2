/** Long dates (a medieval range in two calendars, and the Julian date in the details) wrap cleanly in the date gutter. */
import { expect } from '@open-wc/testing';
import '../src/pilgrimage-timeline.js';
import type { TwinPilgrimageTimeline } from '../src/pilgrimage-timeline.js';
import { keepTogether } from '../src/elements/pilgrimage-timeline/timeline-view.js';
import { html, renderTwin } from './helpers/render.js';

async function inWidth(width: number, lang: string, font = ''): Promise<TwinPilgrimageTimeline> {
  const wrapper = await renderTwin<HTMLElement & TwinPilgrimageTimeline>(
    html`<div style="inline-size: ${width}px; ${font}"><twin-pilgrimage-timeline lang=${lang} loading="eager"></twin-pilgrimage-timeline></div>`,
  );
  const el = wrapper.querySelector('twin-pilgrimage-timeline')!;
  await el.updateComplete;
  return el;
}

/** The lines (distinct tops of its rectangles) that the text `part` of `node`'s text takes. */
function linesOf(node: Element, part: string): number {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const at = text.textContent!.indexOf(part);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + part.length);
    return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
  }
  throw new Error(`"${part}" is not in the text`);
}

describe('<twin-pilgrimage-timeline> long dates', () => {
  it('keeps a number with its neighbours and lets a range wrap at its dash', () => {
    expect(keepTogether('حدود اسفند ۶۲۴ – فروردین ۶۲۵')).to.equal('حدود اسفند\u00a0۶۲۴\u00a0– فروردین\u00a0۶۲۵');
    expect(keepTogether('c. November 29, 1244 (Julian)')).to.equal('c. November\u00a029,\u00a01244 (Julian)');
    // A day and its month, then its year and era: the line may break before the year.
    expect(keepTogether('حدود ۲۶ جمادی‌الثانی ۶۴۲ ه‍.ق.')).to.equal('حدود\u00a0۲۶\u00a0جمادی‌الثانی ۶۴۲\u00a0ه‍.ق.');
    expect(keepTogether('yaklaşık 29 Kasım 1244 (Jülyen)')).to.equal('yaklaşık\u00a029\u00a0Kasım 1244 (Jülyen)');
    // A calendar's name in brackets stays whole (it wrapped as "(Hicri" / "Şemsi)", "(hicri-" / "şəmsi)").
    expect(keepTogether('yaklaşık 563–564 (Hicri Şemsi)')).to.equal('yaklaşık\u00a0563–564 (Hicri\u00a0Şemsi)');
    expect(keepTogether('təxminən 563–564 (hicri-şəmsi)')).to.equal('təxminən\u00a0563–564 (hicri\u2011şəmsi)');
    expect(keepTogether('30 Eylül 1207 (Jülyen takvimi)')).to.equal('30\u00a0Eylül 1207 (Jülyen\u00a0takvimi)');
  });

  for (const lang of ['fa', 'az-Arab', 'en', 'tr', 'az']) {
    // The page's font as well as the test page's (the gutter's width is in em; the dates' width depends on the font):
    // in sans-serif, at 700 to 1,280 px, an Arabic-script Azerbaijani date with no place to wrap broke before its last
    // period.
    for (const width of [375, 700, 1000, 1280]) for (const font of ['', 'font: 14px sans-serif']) {
      it(`wraps every date between its parts, with nothing overflowing its column (${lang}, ${width} px ${font})`, async () => {
        const el = await inWidth(width, lang, font);
        const root = el.shadowRoot!;
        // Every event open: the Julian dates of the details are measured too.
        for (const article of root.querySelectorAll<HTMLElement>('article.event')) article.click();
        await el.updateComplete;
        const dates = [...root.querySelectorAll<HTMLElement>('.date, .western-date')];
        expect(dates.length).to.be.at.least(16);
        for (const date of dates) {
          const id = date.closest('li')!.dataset['id'];
          const box = date.getBoundingClientRect();
          // Nothing sticks out of the gutter (or the card, for the details' date).
          for (const line of date.querySelectorAll('time, .secondary-date')) expect(line.getBoundingClientRect().width, `${id}`).to.be.at.most(box.width + 0.5);
          expect(date.scrollWidth, `${id} overflows`).to.be.at.most(date.clientWidth + 1);
          // Each run of words held together by no-break spaces is on one line (a range may wrap after its dash).
          for (const node of date.matches('.western-date') ? [date] : date.querySelectorAll('time, .secondary-date')) {
            for (const group of (node.textContent ?? '').trim().split(/ |(?<=–)/u).filter((g) => /[\u00a0\u2011]/u.test(g))) {
              expect(linesOf(node, group), `"${group}" of ${id} on one line`).to.equal(1);
            }
          }
        }
        if (lang === 'fa' && width === 1280) {
          // The longest medieval date in the gutter wraps at the range's dash, each month with its year.
          const leaves = root.querySelector('li[data-id="shams-leaves"] .date time')!;
          expect(linesOf(leaves, 'فروردین\u00a0۶۲۵'), 'the month with its year').to.equal(1);
        }
      });
    }
  }
});
