/**
 * The snippet configurator's code (stories/snippet-code.ts): the iframe's address asks embed.html for exactly what
 * the tag's attributes ask for, and what a webmaster types in the controls stays text in the code.
 */
import { expect } from '@open-wc/testing';
import { attributes, embedUrl, iframeSnippet, staticCommand, tagSnippet, type SnippetChoices, type SnippetTag } from '../stories/snippet-code.js';
import { planEmbed } from '../src/embed/embed-options.js';

const base: SnippetChoices = { element: 'twin-agreement-card', lang: 'fa', theme: '', src: '', layout: '', group: '', accent: '', scriptPath: '/assets/twin-city-elements.js', embedPath: '/assets/embed.html' };
const tags: SnippetTag[] = ['twin-agreement-card', 'twin-signatory-list', 'twin-city-map', 'twin-pilgrimage-timeline'];

describe('snippet configurator', () => {
  for (const element of tags) {
    it(`the iframe of ${element} asks embed.html for the tag's attributes`, () => {
      const choices: SnippetChoices = { ...base, element, lang: 'tr', theme: 'dark', src: '/data/our twinning.json', layout: element === 'twin-signatory-list' ? 'columns' : 'horizontal', group: 'story' };
      const url = new URL(embedUrl(choices), 'https://city.example/page');
      const plan = planEmbed(url.searchParams, url.href, ['en']);
      expect(plan.problem).to.equal(undefined);
      expect(plan.elements.map((e) => e.tag)).to.deep.equal([element]);
      const expected = attributes(choices)
        .filter(([k]) => k !== 'group')
        .map(([k, v]): [string, string] => (k === 'src' ? [k, new URL(v, url).href] : [k, v]));
      // The iframe page adds what an iframe needs: eager loading, and deep links from its own address.
      const given = plan.elements[0]!.attributes.filter(([k]) => k !== 'loading' && k !== 'deep-link');
      expect(new Map(given)).to.deep.equal(new Map(expected));
    });
  }

  it('keeps what is typed in the controls as text in the HTML, and quotes it for the shell', () => {
    const choices: SnippetChoices = { ...base, src: '/x.json?a=1&b="><script>', embedPath: '/e/embed.html' };
    for (const code of [tagSnippet(choices), iframeSnippet(choices)]) expect(code).not.to.include('"><script>');
    expect(iframeSnippet(choices)).to.include('<script src="/e/embed-resize.js" defer></script>');
    expect(iframeSnippet(choices)).to.include('title="تفاهم‌نامهٔ خواهرخواندگی"');
    expect(staticCommand(choices)).to.equal(`npx twin-city-elements render --element agreement-card --lang fa --data your-data.json --src '/x.json?a=1&b="><script>' --out twin-agreement-card.html`);
  });
});
