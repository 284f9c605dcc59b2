/**
 * The words of the day in the static copy (`twin-city-elements render`, see static-html.test.ts) and its JSON-LD:
 * the quotations with their speaker and source, marked as translations where they are one.
 */
import { expect } from '@open-wc/testing';
import { textOf } from './helpers/render.js';

async function render(lang: string): Promise<Document> {
  const response = await fetch('/__twin-render', { method: 'POST', body: JSON.stringify({ args: ['render', '--element', 'agreement-card', '--lang', lang] }) });
  const result = (await response.json()) as { code: number; stdout: string; stderr: string };
  if (result.code !== 0) throw new Error(result.stderr);
  // DOMParser keeps a declarative shadow root as its <template> (no script runs in the parsed document).
  return new DOMParser().parseFromString(result.stdout, 'text/html');
}

interface Quotation {
  '@type': string;
  text: string;
  inLanguage: string;
  spokenByCharacter: { name: string };
  isBasedOn: { url: string };
  translationOfWork?: { text: string; inLanguage: string };
}

describe('static HTML: the words of the day', function () {
  this.timeout(60_000);

  for (const [lang, words, mark] of [
    ['fa', 'از جنس عشق است', undefined],
    ['en', 'but of love', 'Translation'],
  ] as const) {
    it(`quotes them in ${lang} in the copy and in its JSON-LD`, async () => {
      const doc = await render(lang);
      const card = doc.querySelector('twin-agreement-card')!;
      const root = card.shadowRoot ?? card.querySelector('template')!.content;
      const quotes = [...root.querySelectorAll('[part=statement]')];
      expect(quotes).to.have.length(2);
      expect(textOf(quotes[0]!.querySelector('blockquote')!)).to.contain(words);
      expect(quotes[0]!.querySelector('blockquote')!.getAttribute('cite')).to.equal('https://iribnews.ir/fa/news/5658728');
      const marks = root.querySelectorAll('[part=translation-mark]');
      if (mark) expect([...marks].map(textOf)).to.deep.equal([mark, mark]);
      else expect(marks).to.have.length(0);

      const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!) as { '@graph': { subjectOf: Quotation[] }[] };
      const quotations = ld['@graph'][0]!.subjectOf.filter((n) => n['@type'] === 'Quotation');
      expect(quotations).to.have.length(2);
      expect(quotations[0]!.text).to.contain(words);
      expect(quotations[0]!.inLanguage).to.equal(lang);
      expect(quotations[1]!.spokenByCharacter.name).to.equal(lang === 'fa' ? 'مصطفی اوزباش' : 'Mustafa Uzbaş');
      expect(quotations[0]!.isBasedOn.url).to.equal('https://iribnews.ir/fa/news/5658728');
      if (mark) expect(quotations[0]!.translationOfWork).to.deep.include({ inLanguage: 'fa', text: 'این پیوند نه از جنس تفاهم‌نامه خشک و بی‌روح، بلکه از جنس عشق است' });
      else expect(quotations[0]!.translationOfWork).to.equal(undefined);
    });
  }
});
