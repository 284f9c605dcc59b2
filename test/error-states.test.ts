/**
 * The error state for every error code, as a reader and a webmaster see it: a short sentence in the reader's
 * language, and the technical line (in English, with the URL, the status, the paths) only inside the closed
 * "details for the site's webmaster" disclosure. The `twin-error` event fires with the code and the technical
 * message. Each code is shown by a different element, since all four share the error view.
 */
import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { TwinErrorDetail } from '../src/shared/events.js';
import { textOf } from './helpers/render.js';

type Element = HTMLElement & { src?: string; data?: unknown; updateComplete: Promise<unknown> };

interface Case {
  readonly code: TwinErrorDetail['code'];
  readonly tag: string;
  /** Gives the element what makes it fail; may replace `fetch` or `setTimeout` (put back after the case). */
  setup(el: Element, n: number): void;
  /** The reader's sentence, by language. */
  readonly sentence: Record<'en' | 'fa' | 'tr', string>;
  /** What the webmaster's details must hold. */
  readonly technical: RegExp;
}

const realFetch = window.fetch;
const realSetTimeout = window.setTimeout;
const stubFetch = (answer: (init: RequestInit) => Promise<Response>) => {
  window.fetch = ((_input: RequestInfo | URL, init: RequestInit = {}) => answer(init)) as typeof fetch;
};

const CASES: Case[] = [
  {
    code: 'http',
    tag: 'twin-agreement-card',
    setup: (el, n) => (el.src = `/test/fixtures/no-such-dataset-${n}.json`),
    sentence: {
      en: 'The server could not provide the data file.',
      fa: 'سرور نتوانست پرونده داده را ارائه کند.',
      tr: 'Sunucu veri dosyasını sağlayamadı.',
    },
    technical: /no-such-dataset-\d+\.json answered HTTP 404/,
  },
  {
    code: 'network',
    tag: 'twin-signatory-list',
    setup: (el, n) => {
      stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
      el.src = `/datasets/unreachable-${n}.json`;
    },
    sentence: { en: 'The data file could not be downloaded.', fa: 'پرونده داده بارگیری نشد.', tr: 'Veri dosyası indirilemedi.' },
    technical: /unreachable-\d+\.json could not be fetched: Failed to fetch/,
  },
  {
    code: 'timeout',
    tag: 'twin-city-map',
    setup: (el, n) => {
      // A server that never answers, and the 15 s timeout shortened.
      stubFetch((init) => new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal!.reason))));
      window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) =>
        realSetTimeout(fn, ms === 15_000 ? 10 : ms, ...args)) as typeof setTimeout;
      el.src = `/datasets/slow-${n}.json`;
    },
    sentence: {
      en: 'The data file took too long to download.',
      fa: 'بارگیری پرونده داده بیش از حد طول کشید.',
      tr: 'Veri dosyasının indirilmesi çok uzun sürdü.',
    },
    technical: /slow-\d+\.json took longer than 15 s/,
  },
  {
    code: 'content-type',
    tag: 'twin-pilgrimage-timeline',
    setup: (el, n) => (el.src = `/test/hosts/polluted-page.html?n=${n}`),
    sentence: {
      en: 'The server did not send the data file as JSON.',
      fa: 'سرور پرونده داده را به‌صورت JSON نفرستاد.',
      tr: 'Sunucu veri dosyasını JSON olarak göndermedi.',
    },
    technical: /polluted-page\.html\?n=\d+ is served as "text\/html/,
  },
  {
    code: 'too-large',
    tag: 'twin-agreement-card',
    setup: (el, n) => {
      stubFetch(() =>
        Promise.resolve(new Response('{}', { headers: { 'content-type': 'application/json', 'content-length': String(5 * 1024 * 1024) } })),
      );
      el.src = `/datasets/huge-${n}.json`;
    },
    sentence: { en: 'The data file is too large.', fa: 'پرونده داده بیش از حد بزرگ است.', tr: 'Veri dosyası çok büyük.' },
    technical: /huge-\d+\.json is larger than 4 MB/,
  },
  {
    code: 'invalid-json',
    tag: 'twin-signatory-list',
    setup: (el) => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = '{ "version": 1, ';
      el.append(script);
    },
    sentence: { en: 'The data file is not valid JSON.', fa: 'پرونده داده JSON معتبر نیست.', tr: 'Veri dosyası geçerli bir JSON değil.' },
    technical: /the inline JSON is not valid JSON/,
  },
  {
    code: 'invalid-data',
    tag: 'twin-city-map',
    setup: (el) => (el.data = { version: 1, id: 'x', cities: [] }),
    sentence: {
      en: 'The data does not follow the expected format.',
      fa: 'داده‌ها در قالب مورد انتظار نیستند.',
      tr: 'Veriler beklenen biçimde değil.',
    },
    // The problems themselves, each with its path (in the reader's language: see agreement-card.test.ts).
    technical: /cities/,
  },
  {
    code: 'unknown-agreement',
    tag: 'twin-agreement-card',
    setup: (el) => el.setAttribute('agreement', 'no-such-agreement'),
    sentence: {
      en: 'The agreement this page asks for is not in the data.',
      fa: 'توافقی که این صفحه درخواست کرده در داده‌ها نیست.',
      tr: 'Bu sayfanın istediği anlaşma verilerde yok.',
    },
    technical: /no agreement with the id "no-such-agreement"/,
  },
  {
    code: 'unknown-agreement',
    tag: 'twin-signatory-list',
    setup: (el) => el.setAttribute('agreement', 'no-such-agreement'),
    sentence: {
      en: 'The agreement this page asks for is not in the data.',
      fa: 'توافقی که این صفحه درخواست کرده در داده‌ها نیست.',
      tr: 'Bu sayfanın istediği anlaşma verilerde yok.',
    },
    technical: /no agreement with the id "no-such-agreement"/,
  },
];

const TITLE = { en: 'This information could not be shown.', fa: 'این اطلاعات قابل نمایش نیست.', tr: 'Bu bilgi gösterilemiyor.' };
const DETAILS = { en: 'Details for the site’s webmaster', fa: 'جزئیات برای مدیر وب‌سایت', tr: 'Site yöneticisi için ayrıntılar' };

let n = 0;

describe('the error state, for every error code', () => {
  const originalError = console.error;
  beforeEach(() => (console.error = () => undefined));
  afterEach(() => {
    console.error = originalError;
    window.fetch = realFetch;
    window.setTimeout = realSetTimeout;
  });

  for (const c of CASES) {
    for (const lang of ['fa', 'tr', 'en'] as const) {
      it(`${c.code} (<${c.tag}>, ${lang}): the reader's sentence, the technical line in the closed disclosure, the event`, async () => {
        const el = document.createElement(c.tag) as Element;
        el.lang = lang;
        const fired = new Promise<TwinErrorDetail>((resolve) => el.addEventListener('twin-error', (e) => resolve(e.detail), { once: true }));
        c.setup(el, n++);
        document.body.append(el);
        try {
          const detail = await Promise.race([
            fired,
            new Promise<never>((_, reject) => realSetTimeout(() => reject(new Error('no twin-error within 5 s')), 5000)),
          ]);
          await el.updateComplete;
          expect(detail.code).to.equal(c.code);
          expect(detail.message, 'the event’s message is the technical line').to.match(c.technical);

          const error = el.shadowRoot!.querySelector<HTMLElement>('[part=error]');
          expect(error, 'the error state').to.not.equal(null);
          expect(error!.getAttribute('role')).to.equal('alert');
          const details = error!.querySelector('details');
          expect(details, 'a disclosure for the webmaster').to.not.equal(null);
          expect(details!.open, 'closed').to.equal(false);
          expect(textOf(details!.querySelector('summary')!)).to.equal(DETAILS[lang]);
          expect(textOf(details!), 'the technical line is in the disclosure').to.match(c.technical);
          if (c.code !== 'invalid-data') expect(details!.querySelector('p[lang=en][dir=ltr]'), 'the technical line marked as English').to.not.equal(null);

          // What the reader sees without opening it: the title and the sentence, in the reader's language only.
          const outside = [...error!.children].filter((e) => e !== details).map((e) => textOf(e));
          expect(outside).to.deep.equal([TITLE[lang], c.sentence[lang]]);
          if (lang === 'fa') expect(outside.join(' ').replace(/JSON/g, ''), 'no English word').to.not.match(/[A-Za-z]{3,}/);
          expect(error!.getBoundingClientRect().height, 'it takes room on the page').to.be.above(40);
        } finally {
          el.remove();
        }
      });
    }
  }
});
