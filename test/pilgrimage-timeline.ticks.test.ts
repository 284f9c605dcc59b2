/** The horizontal axis's year ticks, measured: in the reader's calendar and digits, on the axis, apart, clear of the dots. */
import { expect } from '@open-wc/testing';
import '../src/pilgrimage-timeline.js';
import type { TwinPilgrimageTimeline } from '../src/pilgrimage-timeline.js';
import { axisTicks, entryMarks, timelineEntries } from '../src/elements/pilgrimage-timeline/timeline-model.js';
import { khoyKonya } from '../src/data/khoy-konya.js';
import type { TwinningDataset } from '../src/data/schema.js';
import { html, renderTwin } from './helpers/render.js';

async function horizontal(lang: string, width = 1280, spacing = 'even'): Promise<TwinPilgrimageTimeline> {
  const wrapper = await renderTwin<HTMLElement & TwinPilgrimageTimeline>(
    html`<div style="inline-size: ${width}px"><twin-pilgrimage-timeline lang=${lang} layout="horizontal" spacing=${spacing} loading="eager"></twin-pilgrimage-timeline></div>`,
  );
  const el = wrapper.querySelector('twin-pilgrimage-timeline')!;
  await el.updateComplete;
  return el;
}

const px = (value: string) => parseFloat(value) || 0;
/** The centre (y) of the axis drawn by an entry (its ::before), and of its dot (its ::after), as rectangles. */
function pseudoRect(node: Element, pseudo: '::before' | '::after') {
  const style = getComputedStyle(node, pseudo);
  const box = node.getBoundingClientRect();
  const left = box.left + px(style.left);
  const top = box.top + px(style.top);
  return { left, top, right: left + px(style.width), bottom: top + px(style.height) };
}
const overlap = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('<twin-pilgrimage-timeline> year ticks', () => {
  for (const [lang, digits, first, last] of [
    ['fa', /^[۰-۹]+$/, 563, 653],
    ['az-Arab', /^[۰-۹]+$/, 563, 653],
    ['en', /^[0-9]+$/, 1185, 1274],
    ['tr', /^[0-9]+$/, 1185, 1274],
  ] as const) {
    it(`counts the years in the reader's calendar and digits, on the axis, apart and clear of the dots (${lang})`, async () => {
      const el = await horizontal(lang);
      const root = el.shadowRoot!;
      const ticks = [...root.querySelectorAll<HTMLElement>('.tick')];
      expect(ticks.length, 'ticks are drawn').to.be.above(3);
      const labels = ticks.map((t) => t.querySelector<HTMLElement>('.tick-label')!);
      const texts = labels.map((l) => l.textContent!.trim());
      for (const t of texts) expect(t).to.match(digits);
      // The first stretch of the axis (the lives of Shams and Rumi) in that calendar's years.
      const toNumber = (t: string) => Number(t.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d))));
      // The first nine events, ~1185 to 1274, come before the break.
      const medieval = ticks.filter((t) => Number(t.closest('li')!.dataset['index']) < 9).map((t) => toNumber(t.textContent!.trim()));
      expect(medieval.length, 'ticks between the medieval events').to.be.above(0);
      for (const y of medieval) expect(y).to.be.within(first, last);
      // On the axis within 1 px.
      const items = [...root.querySelectorAll('li.entry')];
      const axis = pseudoRect(items[0]!, '::before');
      const axisY = (axis.top + axis.bottom) / 2;
      for (const t of ticks) {
        const r = t.getBoundingClientRect();
        expect(Math.abs((r.top + r.bottom) / 2 - axisY), `tick ${t.textContent}`).to.be.at.most(1);
      }
      // No two labels overlap (those scrolled out of view too: they are laid out all the same).
      const boxes = labels.map((l) => l.getBoundingClientRect());
      for (let i = 0; i < boxes.length; i++) {
        expect(boxes[i]!.width, 'a label has a size').to.be.above(0);
        for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!), `${texts[i]} and ${texts[j]}`).to.equal(false);
      }
      // No label or tick mark touches a dot, nor an event's card, date or era heading, nor the break's words.
      const dots = items.map((li) => pseudoRect(li, '::after'));
      const others = [...root.querySelectorAll('article.event, .era-text, .gap-text')].map((n) => n.getBoundingClientRect());
      for (const [i, label] of boxes.entries()) {
        for (const dot of dots) expect(overlap(label, dot), `${texts[i]} and a dot`).to.equal(false);
        for (const dot of dots) expect(overlap(ticks[i]!.getBoundingClientRect(), dot), `tick ${texts[i]} and a dot`).to.equal(false);
        for (const other of others) expect(overlap(label, other), `${texts[i]} and the text`).to.equal(false);
      }
      // Not across the break between 1273 and 1927: no tick lies between the last medieval dot and the next.
      const breakItem = root.querySelector<HTMLElement>('li.after-break')!;
      const before = breakItem.previousElementSibling!;
      expect(before.querySelector('.tick'), 'no tick before the break').to.equal(null);
    });
  }

  it('spaces the ticks in whole steps that follow the time between the events (the model)', () => {
    const entries = timelineEntries(khoyKonya as unknown as TwinningDataset);
    const marks = entryMarks(entries, khoyKonya.eras);
    for (const calendar of ['gregory', 'persian', 'islamic-umalqura']) {
      const ticks = axisTicks(entries, marks, calendar);
      expect(ticks).to.have.length(entries.length);
      for (const [i, list] of ticks.entries()) {
        expect(list.length).to.be.at.most(3);
        for (const t of list) expect(t.at).to.be.within(0.12, 0.88);
        // In order along the way, and never across a break or past the last event.
        for (let k = 1; k < list.length; k++) expect(list[k]!.at).to.be.above(list[k - 1]!.at);
        if (list.length) expect(marks[i + 1]?.breakYears ?? 1, `${calendar} ${i}`).to.equal(0);
      }
    }
    // Gregorian years between Rumi's birth (1207) and the meeting (1244): multiples of 10.
    const gregorian = axisTicks(entries, marks, 'gregory').flat().map((t) => t.year);
    expect(gregorian).to.include(1220);
    expect(gregorian.filter((y) => y < 1300).every((y) => y % 10 === 0)).to.equal(true);
    // Solar Hijri: 1207 is about 586 SH, 1244 about 623 SH.
    expect(axisTicks(entries, marks, 'persian').flat().map((t) => t.year)).to.include(600);
  });

  it('keeps the ticks on the axis with proportional spacing too (fa)', async () => {
    const el = await horizontal('fa', 1280, 'proportional');
    const items = [...el.shadowRoot!.querySelectorAll('li.entry')];
    const axis = pseudoRect(items[0]!, '::before');
    const ticks = [...el.shadowRoot!.querySelectorAll('.tick')];
    expect(ticks.length).to.be.above(3);
    const dots = items.map((li) => pseudoRect(li, '::after'));
    for (const t of ticks) {
      const r = t.getBoundingClientRect();
      expect(Math.abs((r.top + r.bottom) / 2 - (axis.top + axis.bottom) / 2)).to.be.at.most(1);
      for (const dot of dots) expect(overlap(t.querySelector('.tick-label')!.getBoundingClientRect(), dot)).to.equal(false);
    }
  });
});

describe('<twin-pilgrimage-timeline> horizontal track', () => {
  for (const lang of ['en', 'fa']) {
    it(`snaps to a card's start after a step, and keeps the focused card in view as the keys move along (${lang})`, async function () {
      // Sixteen smooth scrolls, each waited out until it has rested for a quarter of a second: seconds alone, and
      // over the default 20 s once in Firefox with the other engines' tests on CI's two cores.
      this.timeout(60_000);
      const el = await horizontal(lang, 600);
      const root = el.shadowRoot!;
      const list = root.querySelector<HTMLElement>('[part=events]')!;
      expect(getComputedStyle(list).scrollSnapType).to.match(/^x/);
      const inView = (node: Element) => {
        const r = node.getBoundingClientRect();
        const frame = list.getBoundingClientRect();
        return r.left >= frame.left - 1 && r.right <= frame.right + 1;
      };
      const [, later] = [...root.querySelectorAll<HTMLButtonElement>('.step')];
      later!.click();
      // The smooth scroll has ended when the position has not moved for a quarter of a second: WebKitGTK under
      // Xvfb, drawing in software, can stall a scroll's animation for longer than one 50 ms sample.
      const settled = async () => {
        let last = NaN;
        let still = 0;
        for (let i = 0; i < 80 && still < 5; i++) {
          await new Promise((r) => setTimeout(r, 50));
          still = list.scrollLeft === last ? still + 1 : 0;
          last = list.scrollLeft;
        }
      };
      // What a reader sees once the scroll has come to rest: a stall longer than `settled` allows (seen in WebKitGTK
      // on CI's two busy cores, the scroll resting 184 px short of its snap) is waited out, for up to 3 s.
      const eventually = async (check: () => boolean) => {
        for (const end = performance.now() + 3000; !check() && performance.now() < end; ) await new Promise((r) => setTimeout(r, 50));
      };
      await settled();
      // After the step, the first card in view starts at the track's start edge (within the scroll padding).
      const start = (r: DOMRect) => (lang === 'fa' ? list.getBoundingClientRect().right - r.right : r.left - list.getBoundingClientRect().left);
      const firstInView = () => [...root.querySelectorAll('li.entry')].find(inView);
      await eventually(() => {
        const first = firstInView();
        return !!first && start(first.getBoundingClientRect()) >= 0 && start(first.getBoundingClientRect()) <= 12;
      });
      const cards = [...root.querySelectorAll('li.entry')].filter(inView);
      expect(cards.length, 'cards in view after the step').to.be.above(0);
      expect(start(cards[0]!.getBoundingClientRect()), 'the first card in view starts at the edge').to.be.within(0, 12);
      // The keys walk the whole axis, and each focused card is in view.
      const articles = [...root.querySelectorAll<HTMLElement>('article.event')];
      articles[0]!.focus();
      const next = lang === 'fa' ? 'ArrowLeft' : 'ArrowRight';
      for (let i = 1; i < articles.length; i++) {
        root.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: next, bubbles: true, composed: true, cancelable: true }));
        await settled();
        await eventually(() => root.activeElement === articles[i] && inView(articles[i]!));
        expect(root.activeElement, `focus on ${i}`).to.equal(articles[i]);
        const r = articles[i]!.getBoundingClientRect();
        const f = list.getBoundingClientRect();
        expect(inView(articles[i]!), `${articles[i]!.parentElement!.dataset['id']} in view: ${r.left}-${r.right} in ${f.left}-${f.right}, scroll ${list.scrollLeft}`).to.equal(true);
      }
    });
  }
});
