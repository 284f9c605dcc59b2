/**
 * The iframe page, dist/embed.html, as a site whose CMS strips scripts uses it: under its own strict CSP (Trusted
 * Types), in an iframe of a page of another origin (this server as 127.0.0.1 beside localhost, or the reverse), sized
 * by dist/embed-resize.js to its content's height. These tests load dist/: run `npm run build` first (CI does).
 */
import { expect } from '@open-wc/testing';

const TYPE = 'twin-city-elements:height';
const here = location.origin;
const other = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;
const frames: HTMLIFrameElement[] = [];

async function until(check: () => boolean, ms = 15_000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (check()) return true;
  return check();
}

/** An iframe of `url` at 600 px wide (and 150 px high until told otherwise), loaded. */
async function frame(url: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.title = 'embed';
  iframe.style.cssText = 'display: block; inline-size: 600px; block-size: 150px; border: 0';
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  iframe.src = url;
  document.body.append(iframe);
  frames.push(iframe);
  await loaded;
  return iframe;
}

/** The page of a same-origin iframe, once it shows its elements' content or a message. */
async function settledDocument(iframe: HTMLIFrameElement): Promise<Document> {
  const doc = iframe.contentDocument!;
  await until(() => {
    const main = doc.querySelector('main');
    if (!main) return false;
    if (main.querySelector('[role=alert]')) return true;
    const els = [...main.children] as (HTMLElement & { updateComplete?: Promise<unknown> })[];
    return els.length > 0 && els.every((el) => el.shadowRoot?.querySelector('[part=base]') && !el.shadowRoot.querySelector('.skeleton'));
  });
  return doc;
}

/** Waits until the iframe's height stops changing for 600 ms (the resize script's doing). */
async function steadyHeight(iframe: HTMLIFrameElement, differentFrom?: number): Promise<number> {
  let last = -1;
  let since = Date.now();
  await until(() => {
    const h = iframe.getBoundingClientRect().height;
    if (h !== last) [last, since] = [h, Date.now()];
    return (differentFrom === undefined || h !== differentFrom) && h !== 150 && Date.now() - since > 600;
  }, 20_000);
  return iframe.getBoundingClientRect().height;
}

/** Waits (up to 20 s, the iframe loading its code and data) for the iframe to be `target` px high, within 1 px. */
async function heightNear(iframe: HTMLIFrameElement, target: number): Promise<number> {
  await until(() => Math.abs(iframe.getBoundingClientRect().height - target) <= 1, 20_000);
  return iframe.getBoundingClientRect().height;
}

/** The height of a same-origin embed page's content. */
function contentHeight(doc: Document): number {
  return doc.querySelector('main')!.getBoundingClientRect().height;
}

function message(doc: Document): string {
  return (doc.querySelector('main [role=alert]')?.textContent ?? '').trim();
}

before(async () => {
  const script = document.createElement('script');
  const loaded = new Promise((r, reject) => {
    script.addEventListener('load', r);
    script.addEventListener('error', reject);
  });
  script.src = '/dist/embed-resize.js';
  document.head.append(script);
  await loaded;
});

afterEach(() => {
  for (const f of frames.splice(0)) f.remove();
});

describe('embed.html', () => {
  it('declares its own strict CSP with Trusted Types, and shows the card under it in the language asked', async () => {
    const doc = await settledDocument(await frame('/dist/embed.html?element=card&lang=fa'));
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).to.include("script-src 'self'").and.include("style-src 'self'").and.include("require-trusted-types-for 'script'");
    expect(doc.querySelector('script:not([src]), style, [style]:not(body):not(main)'), 'no inline script or style in the page').to.equal(null);
    const card = doc.querySelector('twin-agreement-card')!;
    expect(card.shadowRoot!.querySelector('[part=base]')!.getAttribute('lang')).to.equal('fa');
    expect(doc.documentElement.lang).to.equal('fa');
    expect(doc.documentElement.dir).to.equal('rtl');
    expect(card.shadowRoot!.querySelector('[part=error]')).to.equal(null);
    // The reader's system font, not the browser's default serif (Times in every engine here).
    const font = getComputedStyle(card.shadowRoot!.querySelector('[part=base]')!).fontFamily;
    expect(font).to.match(/^system-ui\b/);
  });

  it('links a map and a timeline with one group, and makes them eager', async () => {
    const doc = await settledDocument(await frame('/dist/embed.html?element=map,timeline&lang=tr&selected=rumi-dies&layout=horizontal'));
    const [map, timeline] = [doc.querySelector('twin-city-map')!, doc.querySelector('twin-pilgrimage-timeline')!];
    expect(map.getAttribute('group')).to.be.a('string').and.equal(timeline.getAttribute('group'));
    expect(map.getAttribute('loading')).to.equal('eager');
    expect(timeline.getAttribute('loading')).to.equal('eager');
    expect(timeline.getAttribute('layout')).to.equal('horizontal');
    expect(map.hasAttribute('layout'), 'layout is only given to the elements that have it').to.equal(false);
    expect(timeline.getAttribute('selected')).to.equal('rumi-dies');
  });

  it('selects the event its own address names (#event=…), shows it, and keeps its address on the selection', async () => {
    const iframe = await frame('/dist/embed.html?element=timeline&lang=fa#event=museum-opens');
    iframe.style.blockSize = '400px';
    const doc = await settledDocument(iframe);
    const timeline = doc.querySelector('twin-pilgrimage-timeline')!;
    const article = () => timeline.shadowRoot!.querySelector<HTMLElement>('li[data-id="museum-opens"] article');
    await until(() => article()?.getAttribute('aria-current') === 'true');
    expect(timeline.getAttribute('selected')).to.equal('museum-opens');
    // In the iframe's viewport (the page in it scrolled to the event).
    await until(() => {
      const r = article()!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= iframe.contentWindow!.innerHeight;
    });
    const r = article()!.getBoundingClientRect();
    expect(r.top, 'below the top of the iframe').to.be.at.least(0);
    expect(r.bottom, 'above its bottom').to.be.at.most(iframe.contentWindow!.innerHeight);
    // A selection in the iframe is written to the iframe's own address, not the host page's.
    const host = location.href;
    timeline.shadowRoot!.querySelector<HTMLElement>('li[data-id="rumi-dies"] article')!.click();
    expect(iframe.contentWindow!.location.hash).to.equal('#event=rumi-dies');
    expect(location.href).to.equal(host);
  });

  for (const layout of ['vertical', 'horizontal']) {
    it(`shows the event its address names inside the iframe, never scrolling the page that holds it (${layout})`, async () => {
      // A host page's article above the iframe, read from its top: the frame's deep link must leave it there.
      const article = document.createElement('div');
      article.style.blockSize = '3000px';
      document.body.prepend(article);
      try {
        window.scrollTo(0, 0);
        const iframe = await frame(`/dist/embed.html?element=timeline&lang=fa&layout=${layout}#event=mou-signed`);
        iframe.style.blockSize = '400px';
        const doc = await settledDocument(iframe);
        const timeline = doc.querySelector('twin-pilgrimage-timeline')!;
        const card = () => timeline.shadowRoot!.querySelector<HTMLElement>('li[data-id="mou-signed"] article');
        await until(() => card()?.getAttribute('aria-current') === 'true');
        // In the iframe's own view (the page in it scrolled, and the horizontal track), the 15th of 16 events.
        const inFrame = () => {
          const r = card()!.getBoundingClientRect();
          const win = iframe.contentWindow!;
          return r.top >= 0 && r.bottom <= win.innerHeight && r.left >= -1 && r.right <= win.innerWidth + 1;
        };
        await until(inFrame, 5000);
        expect(inFrame(), `the event in the iframe's view: ${JSON.stringify(card()!.getBoundingClientRect())}`).to.equal(true);
        await new Promise((r) => setTimeout(r, 300));
        expect(window.scrollY, 'the host page has not moved').to.equal(0);
      } finally {
        article.remove();
      }
    });
  }

  it('gives a short message in the language asked for an unknown element, and nothing else', async () => {
    const doc = await settledDocument(await frame('/dist/embed.html?element=chart&lang=fa'));
    expect(message(doc)).to.equal('این محتوا نمایش داده نمی‌شود: مقدار «element» در نشانی آن معتبر نیست.');
    expect(doc.querySelector('main')!.children.length).to.equal(1);
    expect(doc.documentElement.dir).to.equal('rtl');
  });

  it('never echoes a parameter: a bad value is named by its option, as text', async () => {
    const doc = await settledDocument(await frame(`/dist/embed.html?element=card&lang=tr&theme=${encodeURIComponent('<img src=x onerror=alert(1)>')}`));
    expect(message(doc)).to.equal('Bu içerik gösterilemiyor: adresindeki “theme” değeri geçerli değil.');
    expect(doc.querySelector('img, twin-agreement-card')).to.equal(null);
  });

  it('answers in the browser’s language when the language asked is not one it speaks', async () => {
    const doc = await settledDocument(await frame('/dist/embed.html?element=card&lang=xx-Zzzz'));
    const browser = navigator.language.split('-')[0];
    if (browser === 'en') expect(message(doc)).to.equal('This content cannot be shown: the value of “lang” in its address is not valid.');
    expect(doc.documentElement.lang.split('-')[0]).to.equal(['fa', 'tr', 'az'].includes(browser!) ? browser : 'en');
  });

  it('names the missing element in Arabic-script Azerbaijani', async () => {
    const doc = await settledDocument(await frame('/dist/embed.html?lang=az-Arab'));
    expect(message(doc)).to.match(/^بو محتوا گؤستریله بیلمیر/);
    expect(doc.documentElement.dir).to.equal('rtl');
  });

  it('refuses a dataset of another origin unless the site allows it in embed.config.json', async () => {
    const src = encodeURIComponent(`${other}/dist/khoy-konya.json`);
    const refused = await settledDocument(await frame(`/dist/embed.html?element=card&lang=az&src=${src}`));
    expect(message(refused)).to.equal('Bu məzmun göstərilə bilmir: məlumatları bu səhifənin icazə vermədiyi başqa saytdan gəlir.');
    expect(refused.querySelector('twin-agreement-card')).to.equal(null);

    const allowed = await settledDocument(await frame(`/embed-configured/embed.html?element=card&lang=az&src=${src}`));
    const card = allowed.querySelector('twin-agreement-card')!;
    expect(card, 'the card is shown').not.to.equal(null);
    expect(card.getAttribute('src')).to.equal(`${other}/dist/khoy-konya.json`);
    expect(card.shadowRoot!.querySelector('[part=error]'), 'the dataset loaded').to.equal(null);
    const fetched = (allowed.defaultView!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => e.name);
    expect(fetched).to.include(`${other}/dist/khoy-konya.json`);
  });

  it('refuses a src that is not http(s)', async () => {
    const doc = await settledDocument(await frame(`/dist/embed.html?element=card&lang=en&src=${encodeURIComponent('javascript:alert(1)')}`));
    expect(message(doc)).to.equal('This content cannot be shown: the value of “src” in its address is not valid.');
  });
});

describe('embed.html in an iframe of another origin, with embed-resize.js', () => {
  it('takes its content’s height (within 1 px) after load and after a change of language', async function () {
    this.timeout(90_000);
    // The same page from this origin, where its content can be measured, is the reference.
    const reference = await frame('/dist/embed.html?element=card&lang=fa');
    const referenceHeight = contentHeight(await settledDocument(reference));
    await steadyHeight(reference);
    expect(Math.abs(reference.getBoundingClientRect().height - contentHeight(reference.contentDocument!))).to.be.at.most(1);

    const iframe = await frame(`${other}/dist/embed.html?element=card&lang=fa&id=k1`);
    // In view, as a reader sees it: Chromium does not render a cross-origin iframe far out of view (its content, and
    // so its height, follow when it comes into view).
    iframe.scrollIntoView();
    const height = await heightNear(iframe, referenceHeight);
    expect(Math.abs(height - referenceHeight), `${height} px against ${referenceHeight} px`).to.be.at.most(1);

    // The language changes inside the page (live): the height follows.
    const doc = reference.contentDocument!;
    const before = reference.getBoundingClientRect().height;
    doc.documentElement.lang = 'en';
    doc.documentElement.dir = 'ltr';
    for (const el of doc.querySelectorAll('main > *')) el.removeAttribute('lang');
    await until(() => contentHeight(doc) !== referenceHeight);
    const after = await steadyHeight(reference, before);
    expect(contentHeight(doc), 'the English card is not as high as the Persian one').not.to.be.closeTo(referenceHeight, 1);
    expect(Math.abs(after - contentHeight(doc))).to.be.at.most(1);

    // The cross-origin iframe asked for another language: its height follows too.
    const englishHeight = contentHeight(doc);
    iframe.src = `${other}/dist/embed.html?element=card&lang=en&id=k1`;
    const changed = await heightNear(iframe, englishHeight);
    expect(Math.abs(changed - englishHeight), `${changed} px against ${englishHeight} px`).to.be.at.most(1);
  });

  it('follows its content when the iframe gets narrower (the resize observer)', async () => {
    const iframe = await frame('/dist/embed.html?element=list&lang=fa');
    const doc = await settledDocument(iframe);
    const wide = await steadyHeight(iframe);
    expect(Math.abs(wide - contentHeight(doc))).to.be.at.most(1);
    const seen: string[] = [];
    const record = (e: MessageEvent) => seen.push(`${(e.data as { height: number }).height}@${Math.round(contentHeight(doc))}`);
    window.addEventListener('message', record);
    try {
      iframe.style.inlineSize = '340px';
      await until(() => Math.abs(iframe.getBoundingClientRect().height - contentHeight(doc)) <= 1 && contentHeight(doc) > wide + 1);
      expect(contentHeight(doc), 'the narrow list is higher').to.be.greaterThan(wide + 1);
      expect(Math.abs(iframe.getBoundingClientRect().height - contentHeight(doc)), `iframe ${iframe.getBoundingClientRect().height} px, content ${contentHeight(doc)} px; heights posted (@ content then): ${seen.join(', ')}`).to.be.at.most(1);
    } finally {
      window.removeEventListener('message', record);
    }
  });

  it('ignores a height message that does not come from the iframe’s window and its src’s origin', async () => {
    // A same-origin iframe: Firefox builds a MessageEvent only with a same-origin window as its source.
    const iframe = await frame('/dist/embed.html?element=card&lang=en');
    await settledDocument(iframe);
    const height = await steadyHeight(iframe);
    const data = { type: TYPE, height: 77, id: null };
    // From this page itself, and from the iframe's window with another origin: ignored.
    window.postMessage(data, '*');
    window.dispatchEvent(new MessageEvent('message', { data, origin: other, source: iframe.contentWindow }));
    await new Promise((r) => setTimeout(r, 300));
    expect(iframe.getBoundingClientRect().height).to.equal(height);
    // With both right (the test can fail): taken.
    window.dispatchEvent(new MessageEvent('message', { data, origin: here, source: iframe.contentWindow }));
    expect(iframe.getBoundingClientRect().height).to.equal(77);
  });
});
