import { expect } from '@open-wc/testing';
import '../src/agreement-card.js';
import '../src/signatory-list.js';
import '../src/city-map.js';
import '../src/pilgrimage-timeline.js';
import type { TwinAgreementCard } from '../src/agreement-card.js';
import type { TwinElement } from '../src/shared/twin-element.js';
import { khoyKonya } from '../src/data/khoy-konya.js';
import { listSeparators } from '../src/i18n/format.js';
import { html, part, renderTwin, textOf } from './helpers/render.js';

const card = (lang: string, width = 1280) =>
  renderTwin<HTMLElement & TwinElement>(html`<div style="inline-size: ${width}px"><twin-agreement-card lang=${lang}></twin-agreement-card></div>`).then(async (w) => {
    const el = w.querySelector<TwinAgreementCard>('twin-agreement-card')!;
    await el.updateComplete;
    return el;
  });

const IRIB = 'https://iribnews.ir/fa/news/5658728';

/** What each locale shows of the two statements: the words, the speaker, their office, and the mark. */
const expected = {
  fa: { words: ['از جنس عشق است', 'دوستی چند هزار سالهٔ ما'], speakers: ['سجاد چهره‌آرا', 'مصطفی اوزباش'], office: 'رئیس شورای اسلامی شهر خوی', mark: undefined, outlet: 'خبرگزاری صدا و سیما' },
  tr: { words: ['sevgi türündendir', 'Birkaç bin yıllık dostluğumuz'], speakers: ['Seccad Çehre Ara', 'Mustafa Uzbaş'], office: 'Hoy İslami Şehir Meclisi Başkanı', mark: 'Çeviri', outlet: 'IRIB News' },
  en: { words: ['but of love', 'Our friendship of several thousand years'], speakers: ['Sajjad Chehreara', 'Mustafa Uzbaş'], office: 'Head of the Islamic City Council of Khoy', mark: 'Translation', outlet: 'IRIB News' },
  az: { words: ['sevgi cinsindəndir', 'Bir neçə min illik dostluğumuz'], speakers: ['Sajjad Chehreara', 'Mustafa Uzbaş'], office: 'Xoy İslami Şəhər Şurasının sədri', mark: 'Tərcümə', outlet: 'IRIB News' },
  'az-Arab': { words: ['سئوگی جینسیندندیر', 'بیر نئچه مین ایللیک'], speakers: ['سجاد چهره‌آرا', 'مصطفی اوزباش'], office: 'رئیس شورای اسلامی شهر خوی', mark: 'ترجمه', outlet: 'خبرگزاری صدا و سیما' },
} as const;

describe('<twin-agreement-card>: the words of the day', () => {
  for (const [lang, want] of Object.entries(expected)) {
    it(`quotes both sides in ${lang}, with who said it, their office, the source, and ${want.mark ? 'the translation mark' : 'no translation mark (the original)'}`, async () => {
      const el = await card(lang);
      const quotes = [...el.shadowRoot!.querySelectorAll('[part=statement]')];
      expect(quotes).to.have.length(2);
      quotes.forEach((quote, i) => {
        const blockquote = quote.querySelector('blockquote')!;
        expect(blockquote, 'a blockquote').not.to.equal(null);
        expect(blockquote.getAttribute('cite')).to.equal(IRIB);
        expect(textOf(blockquote)).to.contain(want.words[i]!);
        expect(blockquote.getAttribute('lang'), 'the language of the words shown').to.equal(lang === 'fa' ? 'fa' : lang);
        const caption = quote.querySelector('figcaption')!;
        expect(textOf(caption)).to.contain(want.speakers[i]!);
        const link = caption.querySelector('a')!;
        expect(link.href).to.equal(IRIB);
        expect(textOf(link)).to.equal(want.outlet);
        const mark = quote.querySelector('[part=translation-mark]');
        if (want.mark) {
          expect(textOf(mark!)).to.equal(want.mark);
          expect(mark!.getBoundingClientRect().width, 'visible').to.be.above(0);
        } else expect(mark).to.equal(null);
      });
      expect(textOf(quotes[0]!.querySelector('figcaption')!)).to.contain(want.office);
    });
  }

  it('shows no statement of another agreement', async () => {
    const data = structuredClone(khoyKonya) as typeof khoyKonya & { statements: { agreement?: string }[] };
    data.statements[0]!.agreement = 'another';
    data.agreements.push({ ...structuredClone(data.agreements[0]!), id: 'another' });
    const el = await renderTwin<TwinAgreementCard>(html`<twin-agreement-card lang="en" .data=${data}></twin-agreement-card>`);
    expect(el.shadowRoot!.querySelectorAll('[part=statement]')).to.have.length(1);
  });
});

describe('<twin-agreement-card>: sources and reading', () => {
  it('names each source by its outlet in the reader’s language and its date, the headline only where known', async () => {
    const fa = await card('fa');
    const items = [...part(fa, '[part=sources]').querySelectorAll('li')].map(textOf);
    expect(items[0]).to.match(/^خبرگزاری صدا و سیما، ۲۳ آذر ۱۴۰۴$/);
    expect(items.join(' | ')).to.contain('تابناک (به نقل از ایسنا)').and.to.contain('کردپرس (به نقل از ایرنا)').and.not.to.match(/Tabnak|\d{6}/);
    const en = await card('en');
    const sources = part(en, '[part=sources]');
    expect(textOf(sources)).not.to.match(/\d{6}/);
    expect([...sources.querySelectorAll('cite.headline')].map(textOf)).to.deep.equal([
      '“İran ve Türkiye’nin kardeşliği güçleniyor”',
      '“Konya Büyükşehir ile İran’ın Hoy belediyesi kardeş şehir oldu”',
    ]);
    // Every link is the outlet's name, the first thing of its entry.
    for (const a of sources.querySelectorAll('a')) {
      expect(a.firstElementChild?.classList.contains('outlet')).to.equal(true);
      expect(a.parentElement!.firstElementChild).to.equal(a);
    }
  });

  it('sets a Turkish headline left to right inside the Persian card, its quotation marks at its ends', async () => {
    const fa = await card('fa');
    const cite = part(fa, '[part=sources] cite.headline');
    expect(cite.getAttribute('dir')).to.equal('ltr');
    const walker = document.createTreeWalker(cite, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    while (walker.nextNode()) if (walker.currentNode.textContent) texts.push(walker.currentNode as Text);
    const box = (t: Text, at: number) => {
      const range = document.createRange();
      range.setStart(t, at);
      range.setEnd(t, at + 1);
      return range.getBoundingClientRect();
    };
    const first = texts[0]!;
    const last = texts.at(-1)!;
    expect(first.data[0]).to.equal('“');
    expect(box(first, 0).left, 'the opening mark on the left').to.be.below(box(last, last.data.length - 1).left);
  });

  it('keeps each source date on one line at 375 px', async () => {
    const fa = await card('fa', 375);
    for (const date of fa.shadowRoot!.querySelectorAll('[part=sources] .source-date')) {
      const tops = new Set([...date.getClientRects()].map((r) => Math.round(r.top)));
      expect(tops.size, textOf(date)).to.equal(1);
    }
  });

  it('does not repeat the title above it', async () => {
    const en = await card('en');
    const header = textOf(part(en, '[part=header]'));
    expect(header.match(/memorandum of understanding/gi)).to.have.length(1);
  });

  it('keeps running text to a measure of 38em at 1280 px', async () => {
    for (const lang of ['en', 'fa']) {
      const el = await card(lang);
      const em = parseFloat(getComputedStyle(part(el, '.summary')).fontSize);
      for (const selector of ['.summary', '[part=statement]', '[part=areas] .items']) {
        expect(part(el, selector).getBoundingClientRect().width, `${lang} ${selector}`).to.be.at.most(38 * em + 0.5);
      }
    }
  });

  it('starts the section headings in line with the fact columns', async () => {
    for (const lang of ['en', 'fa']) {
      const el = await card(lang);
      const facts = [...el.shadowRoot!.querySelectorAll('[part=facts] dt')].map((d) => d.getBoundingClientRect());
      const areas = part(el, '#areas-title').getBoundingClientRect();
      const proposals = part(el, '#proposals-title').getBoundingClientRect();
      const edge = (r: DOMRect) => (lang === 'fa' ? r.right : r.left);
      expect(Math.abs(edge(areas) - edge(facts[0]!)), `${lang}: first column`).to.be.below(0.5);
      expect(Math.abs(edge(proposals) - edge(facts[1]!)), `${lang}: second column`).to.be.below(0.5);
    }
  });

  it('joins a list of proposers with the words of the reader’s language', async () => {
    const data = structuredClone(khoyKonya);
    data.agreements[0]!.proposals[1]!.by = 'bahman-rezanejad';
    const fa = await renderTwin<TwinAgreementCard>(html`<twin-agreement-card lang="fa" .data=${data}></twin-agreement-card>`);
    expect(textOf(part(fa, '.proposed-by'))).to.match(/سجاد چهره‌آرا و بهمن رضانژاد$/);
    const en = await renderTwin<TwinAgreementCard>(html`<twin-agreement-card lang="en" .data=${data}></twin-agreement-card>`);
    expect(textOf(part(en, '.proposed-by'))).to.match(/Sajjad Chehreara and Bahman Rezanejad$/);
  });

  it('shows invalid data as a title in the error colour, not everything in red', async () => {
    const original = console.error;
    console.error = () => undefined;
    try {
      const el = await renderTwin<TwinAgreementCard>(html`<twin-agreement-card lang="en" .data=${{ version: 1 }}></twin-agreement-card>`);
      const error = part(el, '[part=error]');
      const red = getComputedStyle(part(el, '.error-title')).color;
      expect(getComputedStyle(part(el, '.error-reason')).color).not.to.equal(red);
      expect(getComputedStyle(error).borderBlockStartColor, 'no red box').not.to.equal(red);
    } finally {
      console.error = original;
    }
  });
});

describe('lists in the reader’s language', () => {
  it('has Persian separators from Intl.ListFormat, never a Latin comma', () => {
    // The engines' CLDR data differ in detail (Chromium: `الف،‏ ب، و ج`, with a right-to-left mark): compare with it.
    const [a, b] = listSeparators(3, 'fa');
    expect(`x${a}y${b}z`).to.equal(new Intl.ListFormat('fa', { type: 'conjunction' }).format(['x', 'y', 'z']));
    expect(a).to.contain('،').and.not.to.contain(',');
    expect(b).to.contain('و').and.not.to.contain(',');
    expect(listSeparators(2, 'fa', 'unit')).to.deep.equal(['، ']);
    expect(listSeparators(3, 'en')).to.deep.equal([', ', ', and ']);
    expect(listSeparators(1, 'fa')).to.deep.equal([]);
  });

  it('writes no Latin comma in the Persian card, list and map list view', async () => {
    const wrapper = await renderTwin<HTMLElement & TwinElement>(
      html`<div lang="fa">
        <twin-agreement-card></twin-agreement-card><twin-signatory-list></twin-signatory-list><twin-city-map view="list" loading="eager"></twin-city-map>
      </div>`,
    );
    for (const el of wrapper.querySelectorAll<TwinElement>('twin-agreement-card, twin-signatory-list, twin-city-map')) {
      await el.updateComplete;
      const text = textOf(el.shadowRoot!);
      expect(text.length, el.localName).to.be.above(20);
      expect(text, el.localName).not.to.contain(',');
    }
  });
});

/** Whether a node holds Arabic-script letters of its own (not only in its descendants). */
const hasArabicText = (el: Element) =>
  [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && /[\u0600-\u06ff]/.test(n.textContent ?? ''));

function* shadowElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* shadowElements(el.shadowRoot);
  }
}

describe('Arabic script is never slanted or spaced out', () => {
  it('has no italic and no letter-spacing on Persian text in any element', async () => {
    const wrapper = await renderTwin<HTMLElement & TwinElement>(
      html`<div lang="fa">
        <twin-agreement-card></twin-agreement-card><twin-signatory-list></twin-signatory-list>
        <twin-city-map loading="eager"></twin-city-map><twin-pilgrimage-timeline loading="eager"></twin-pilgrimage-timeline>
      </div>`,
    );
    let checked = 0;
    for (const el of wrapper.querySelectorAll<TwinElement>('twin-agreement-card, twin-signatory-list, twin-city-map, twin-pilgrimage-timeline')) {
      await el.updateComplete;
      let own = 0;
      for (const node of shadowElements(el.shadowRoot!)) {
        if (!hasArabicText(node)) continue;
        const style = getComputedStyle(node);
        const what = `<${el.localName}> ${node.localName}.${[...node.classList].join('.')}: ${textOf(node).slice(0, 30)}`;
        expect(style.fontStyle, what).to.equal('normal');
        expect(['normal', '0px'], what).to.include(style.letterSpacing);
        own++;
      }
      expect(own, `${el.localName} has Persian text`).to.be.above(3);
      checked += own;
    }
    expect(checked).to.be.above(40);
  });
});

describe('statements in the dataset', () => {
  it('are checked: person, agreement and source must exist, each error at its path', async () => {
    const { validateDataset } = await import('../src/data/validate.js');
    const data = structuredClone(khoyKonya) as unknown as { statements: Record<string, unknown>[] };
    Object.assign(data.statements[1]!, { person: 'nobody', source: 'nowhere', agreement: 'none' });
    delete data.statements[0]!['language'];
    const result = validateDataset(data);
    expect(result.ok).to.equal(false);
    const issues = result.ok ? [] : result.issues.map((i) => `${i.path} ${i.code}`);
    expect(issues).to.include.members([
      'statements[0].language invalid',
      'statements[1].person reference',
      'statements[1].source reference',
      'statements[1].agreement reference',
    ]);
    expect(validateDataset(khoyKonya).ok, 'the default data is valid').to.equal(true);
  });
});
