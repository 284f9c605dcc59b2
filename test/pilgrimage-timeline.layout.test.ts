import { expect } from '@open-wc/testing';
import '../src/pilgrimage-timeline.js';
import type { TwinPilgrimageTimeline } from '../src/pilgrimage-timeline.js';
import { khoyKonya } from '../src/data/khoy-konya.js';
import { html, part, renderTwin, textOf, until } from './helpers/render.js';

/** A timeline in a box of `width` px (the layouts follow the element's width, not the window's). */
async function inWidth(width: number, lang: string, layout = 'vertical', data?: unknown): Promise<TwinPilgrimageTimeline> {
  const wrapper = await renderTwin<HTMLElement & TwinPilgrimageTimeline>(
    html`<div style="inline-size: ${width}px"><twin-pilgrimage-timeline lang=${lang} layout=${layout} loading="eager" .data=${data}></twin-pilgrimage-timeline></div>`,
  );
  const el = wrapper.querySelector('twin-pilgrimage-timeline')!;
  await el.updateComplete;
  return el;
}

const px = (value: string) => parseFloat(value) || 0;

/** The centre (x) of an absolutely placed pseudo-element of `node`, from its used position and width. */
function pseudoCentreX(node: Element, pseudo: '::before' | '::after'): number {
  const style = getComputedStyle(node, pseudo);
  const box = node.getBoundingClientRect();
  expect(style.content, `${pseudo} is drawn`).to.not.equal('none');
  return box.left + px(style.left) + px(style.borderLeftWidth) * 0 + px(style.width) / 2;
}

function pseudoCentreY(node: Element, pseudo: '::before' | '::after'): number {
  const style = getComputedStyle(node, pseudo);
  return node.getBoundingClientRect().top + px(style.top) + px(style.height) / 2;
}

const isVisible = (node: Element) => {
  const r = node.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && getComputedStyle(node).visibility !== 'hidden';
};

describe('<twin-pilgrimage-timeline> geometry', () => {
  for (const lang of ['en', 'fa']) {
    for (const width of [375, 1280]) {
      it(`centres every dot on the axis within 1 px, whatever the card's height (${lang}, ${width} px)`, async () => {
        const el = await inWidth(width, lang);
        // Cards of different heights: some open, one with a long headline.
        for (const id of ['rumi-dies', 'museum-opens', 'mou-signed']) {
          part<HTMLElement>(el, `li[data-id="${id}"] article`).click();
          await el.updateComplete;
        }
        const list = part(el, '[part=events]');
        const axis = pseudoCentreX(list, '::before');
        const articles = [...el.shadowRoot!.querySelectorAll('article.event')];
        expect(articles.length).to.equal(16);
        const heights = new Set(articles.map((a) => Math.round(a.getBoundingClientRect().height)));
        expect(heights.size, 'cards of several heights').to.be.above(2);
        for (const article of articles) {
          expect(Math.abs(pseudoCentreX(article, '::before') - axis), (article.parentElement as HTMLElement).dataset['id']).to.be.at.most(1);
        }
      });
    }
  }

  for (const lang of ['fa', 'tr', 'en', 'az']) {
    it(`fits the 16 default events in at most 1,600 px at 1280 px, with no half-empty rows (${lang})`, async () => {
      const el = await inWidth(1280, lang);
      expect(el.getBoundingClientRect().height).to.be.at.most(1600);
      // One column: each card takes the full width beside the dates.
      const cards = [...el.shadowRoot!.querySelectorAll('.card')].map((c) => c.getBoundingClientRect());
      for (const card of cards) expect(card.width, 'a card fills its row').to.be.above(1280 * 0.6);
    });

    it(`keeps each era heading clear of the focus ring of the event under it (${lang})`, async () => {
      for (const width of [375, 1280]) {
        const el = await inWidth(width, lang);
        const eras = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=era]')];
        expect(eras.length).to.be.above(1);
        for (const era of eras) {
          const article = era.closest('li')!.querySelector<HTMLElement>('article.event')!;
          article.focus();
          const ring = Number.parseFloat(getComputedStyle(article).outlineWidth) + Number.parseFloat(getComputedStyle(article).outlineOffset);
          expect(ring, 'the focus ring shows').to.be.at.least(5);
          const text = era.querySelector('.era-text')!.getBoundingClientRect();
          expect(text.bottom, `${width} px: “${textOf(era)}” over the ring ${ring} px above its event`).to.be.at.most(article.getBoundingClientRect().top - ring + 0.5);
        }
      }
    });

    it(`has at most one row of controls before the first event at 375 px, and opens the filters from it (${lang})`, async () => {
      const el = await inWidth(375, lang);
      const first = part(el, 'article.event').getBoundingClientRect().top;
      const rows = new Set(
        [...el.shadowRoot!.querySelectorAll('button')]
          .filter(isVisible)
          .map((b) => b.getBoundingClientRect())
          .filter((r) => r.top < first)
          .map((r) => Math.round(r.top / 8)),
      );
      expect(rows.size, 'rows of controls before the first event').to.be.at.most(1);
      const toggle = part<HTMLButtonElement>(el, '.filters-toggle');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const groups = [...el.shadowRoot!.querySelectorAll('.filter-group')];
      expect(groups.map((g) => isVisible(g))).to.deep.equal([true, true]);
      // Each group is labelled by its visible name.
      for (const g of groups) expect(textOf(el.shadowRoot!.getElementById(g.getAttribute('aria-labelledby')!)!)).to.not.equal('');
    });
  }

  for (const lang of ['en', 'fa']) {
    it(`sets each filter group's label beside its first row of chips, the groups' chips in line (${lang})`, async () => {
      for (const width of [375, 1000, 1280]) {
        const el = await inWidth(width, lang);
        const toggle = part<HTMLButtonElement>(el, '.filters-toggle');
        if (isVisible(toggle)) {
          toggle.click();
          await el.updateComplete;
        }
        const starts = [...el.shadowRoot!.querySelectorAll('.filter-group')].map((g) => {
          const label = g.querySelector('.filter-label')!.getBoundingClientRect();
          const chip = g.querySelector('.chip')!.getBoundingClientRect();
          expect(chip.top, `${width}: the first chip beside "${textOf(g.querySelector('.filter-label')!)}"`).to.be.below(label.bottom);
          return lang === 'fa' ? chip.right : chip.left;
        });
        expect(starts[0], `${width}: the two groups' chips start in line`).to.be.closeTo(starts[1]!, 1);
      }
    });
  }

  it('labels the filter groups in the reader’s language and shows them without a button when wide', async () => {
    const el = await inWidth(1280, 'fa');
    expect(isVisible(part(el, '.filters-toggle'))).to.equal(false);
    expect([...el.shadowRoot!.querySelectorAll('.filter-label')].map((l) => textOf(l))).to.deep.equal(['نوع', 'شهر']);
    const en = await inWidth(1280, 'en');
    expect([...en.shadowRoot!.querySelectorAll('.filter-label')].map((l) => textOf(l))).to.deep.equal(['Kind', 'City']);
  });

  for (const width of [375, 1280]) {
    it(`makes every control at least 24 by 24 px (${width} px)`, async () => {
      const el = await inWidth(width, 'fa');
      part<HTMLButtonElement>(el, '.filters-toggle').click();
      await el.updateComplete;
      const buttons = [...el.shadowRoot!.querySelectorAll('button')].filter(isVisible);
      expect(buttons.length).to.be.above(16);
      for (const b of buttons) {
        const r = b.getBoundingClientRect();
        expect(Math.min(r.width, r.height), textOf(b)).to.be.at.least(24);
      }
    });
  }

  for (const layout of ['vertical', 'horizontal']) {
    for (const lang of ['en', 'fa']) {
      it(`draws the break between 1273 and 1927, upright, with the span in words (${layout}, ${lang})`, async () => {
        const el = await inWidth(1280, lang, layout);
        const gaps = [...el.shadowRoot!.querySelectorAll('[part=gap]')];
        expect(gaps.map((g) => g.closest('li')!.dataset['id'])).to.deep.equal(['museum-opens']);
        const gap = gaps[0]!;
        expect(isVisible(gap), 'the break is visible').to.equal(true);
        expect(textOf(gap)).to.equal(lang === 'fa' ? '۶۵۲ سال بعد' : '652 years later');
        expect(getComputedStyle(gap.querySelector('.gap-text')!).fontStyle).to.equal('normal');
        // Drawn: the break mark crosses the axis.
        const mark = getComputedStyle(gap, '::before');
        expect(mark.content).to.not.equal('none');
        expect(px(mark.width) * px(mark.height)).to.be.above(0);
        const before = part(el, 'li[data-id="green-dome-built"] .card').getBoundingClientRect();
        const after = part(el, 'li[data-id="museum-opens"] .card').getBoundingClientRect();
        const text = gap.querySelector('.gap-text')!.getBoundingClientRect();
        if (layout === 'vertical') {
          expect(text.top, 'between the two events').to.be.at.least(before.bottom - 1);
          expect(text.bottom).to.be.at.most(after.top + 1);
          const axis = pseudoCentreX(part(el, '[part=events]'), '::before');
          expect(Math.abs(pseudoCentreX(gap, '::before') - axis), 'on the axis').to.be.at.most(1);
        } else {
          const [lo, hi] = lang === 'fa' ? [after, before] : [before, after];
          expect(text.left, 'between the two events').to.be.at.least(lo.right - 1);
          expect(text.right).to.be.at.most(hi.left + 1);
        }
      });
    }
  }

  it('puts every dot of the horizontal layout exactly on the axis, whatever the card heights and the breaks', async () => {
    const el = await inWidth(1280, 'fa', 'horizontal');
    part<HTMLElement>(el, 'li[data-id="rumi-dies"] article').click();
    await el.updateComplete;
    const items = [...el.shadowRoot!.querySelectorAll('li.entry')];
    const axisY = pseudoCentreY(items[0]!, '::before');
    for (const li of items) {
      expect(Math.abs(pseudoCentreY(li, '::after') - axisY), (li as HTMLElement).dataset['id']).to.be.at.most(1);
      expect(Math.abs(pseudoCentreY(li, '::before') - axisY)).to.be.at.most(1);
    }
    const tops = new Set(items.map((li) => Math.round(li.querySelector('article')!.getBoundingClientRect().top)));
    expect(tops.size, 'every card starts at the same height').to.equal(1);
  });
});

describe('<twin-pilgrimage-timeline> type', () => {
  for (const lang of ['fa', 'az-Arab', 'en']) {
    it(`sets the headline above the date in size and weight, with no italic or letter-spacing (${lang})`, async () => {
      const el = await inWidth(375, lang);
      part<HTMLElement>(el, 'li[data-id="rumi-dies"] article').click();
      await el.updateComplete;
      const title = getComputedStyle(part(el, '[part=title]'));
      const date = getComputedStyle(part(el, '[part=date]'));
      expect(px(title.fontSize), 'the headline is larger than the date').to.be.above(px(date.fontSize));
      expect(Number(title.fontWeight)).to.be.above(Number(date.fontWeight));
      // Arabic script: line-height at least 1.6 (VISUAL.md); Latin 1.3.
      expect(px(title.lineHeight) / px(title.fontSize)).to.be.at.least(lang === 'en' ? 1.29 : 1.59);
      for (const node of el.shadowRoot!.querySelectorAll('*')) {
        const style = getComputedStyle(node);
        expect(style.fontStyle, node.className).to.equal('normal');
        if (lang !== 'en') expect(['normal', '0px']).to.include(style.letterSpacing);
      }
    });
  }
});

describe('<twin-pilgrimage-timeline> horizontal steps', () => {
  for (const lang of ['en', 'fa']) {
    it(`scrolls the axis later and earlier with its buttons, in the reading direction (${lang})`, async () => {
      const el = await inWidth(600, lang, 'horizontal');
      const list = part(el, '[part=events]');
      const [earlier, later] = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.step')];
      expect(later!.getAttribute('aria-label')).to.equal(lang === 'fa' ? 'رویدادهای پسین' : 'Later events');
      expect(earlier!.getAttribute('aria-controls')).to.equal(list.id);
      const start = list.scrollLeft;
      later!.click();
      await until(() => Math.abs(list.scrollLeft - start) > 200);
      // Right to left in Persian: later is leftwards (scrollLeft goes negative).
      const moved = list.scrollLeft - start;
      expect(lang === 'fa' ? -moved : moved, 'moved later').to.be.above(200);
      earlier!.click();
      await until(() => Math.abs(list.scrollLeft - start) < 2);
      expect(Math.abs(list.scrollLeft - start), 'back at the start').to.be.below(2);
    });
  }

  it('keeps one row of controls before the first event at 375 px in the horizontal layout too', async () => {
    const el = await inWidth(375, 'fa', 'horizontal');
    const first = part(el, 'article.event').getBoundingClientRect().top;
    const rows = new Set(
      [...el.shadowRoot!.querySelectorAll('button')]
        .filter(isVisible)
        .map((b) => b.getBoundingClientRect())
        .filter((r) => r.top < first)
        .map((r) => Math.round(r.top / 8)),
    );
    expect(rows.size).to.equal(1);
    for (const b of el.shadowRoot!.querySelectorAll('.step')) expect(b.getBoundingClientRect().height).to.be.at.least(24);
  });
});

describe('<twin-pilgrimage-timeline> eras', () => {
  it('groups the events under the eras of the data, in the reader’s language', async () => {
    const headings = (el: Element) =>
      [...el.shadowRoot!.querySelectorAll('[part=era]')].map((h) => [textOf(h), h.closest('li')!.dataset['id'], h.getAttribute('role'), h.getAttribute('aria-level')]);
    expect(headings(await inWidth(1280, 'en'))).to.deep.equal([
      ['The lives of Shams and Rumi', 'shams-born', 'heading', '2'],
      ['The museum and the heritage', 'museum-opens', 'heading', '2'],
      ['The twinning', 'khoy-joins-amf', 'heading', '2'],
    ]);
    expect(headings(await inWidth(375, 'fa')).map(([t]) => t)).to.deep.equal(['زندگی شمس و مولانا', 'موزه و میراث', 'خواهرخواندگی']);
    expect(headings(await inWidth(375, 'tr')).map(([t]) => t)).to.deep.equal(['Şems ve Mevlânâ’nın hayatı', 'Müze ve miras', 'Kardeş şehirlik']);
  });

  it('shows an era’s heading above its first shown event when filtered', async () => {
    const el = await inWidth(1280, 'en');
    el.kinds = 'heritage agreement';
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('[part=era]')].map((h) => h.closest('li')!.dataset['id'])).to.deep.equal(['minaret-listed', 'mou-signed']);
  });

  it('names the founding of a town in the reader’s language, not by its id', async () => {
    const data = { ...structuredClone(khoyKonya), events: [{ id: 'f', date: '1850', kind: 'founding', title: 'F', sources: [] }] };
    for (const [lang, name] of [['fa', 'بنیان‌گذاری'], ['tr', 'Kuruluş'], ['az', 'Təsis'], ['en', 'Founding']]) {
      const el = await inWidth(1280, lang!, 'vertical', data);
      expect([...el.shadowRoot!.querySelectorAll('.chip')].map((c) => textOf(c))).to.include(name);
    }
  });

  it('works without eras: no headings, the break still drawn', async () => {
    const withoutEras: Partial<typeof khoyKonya> = structuredClone(khoyKonya);
    delete withoutEras.eras;
    const el = await inWidth(1280, 'en', 'vertical', withoutEras);
    expect(el.shadowRoot!.querySelectorAll('article.event').length).to.equal(16);
    expect(el.shadowRoot!.querySelectorAll('[part=era]').length).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('[part=gap]').length).to.equal(1);
  });
});
