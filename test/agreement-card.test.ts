import { expect, oneEvent } from '@open-wc/testing';
import '../src/agreement-card.js';
import type { TwinAgreementCard } from '../src/agreement-card.js';
import type { TwinErrorDetail } from '../src/shared/events.js';
import type { TwinningDataset } from '../src/data/schema.js';
import { fictionalTwinning } from './fixtures/fictional-twinning.js';
import { html, nextRender, part, renderTwin, visibleText } from './helpers/render.js';

const card = (lang?: string) =>
  lang
    ? renderTwin<TwinAgreementCard>(html`<twin-agreement-card lang=${lang}></twin-agreement-card>`)
    : renderTwin<TwinAgreementCard>(html`<twin-agreement-card></twin-agreement-card>`);

describe('<twin-agreement-card> on the default Khoy–Konya data', () => {
  it('reads in Persian, right to left, with the date in the Solar Hijri calendar', async () => {
    const el = await card('fa');
    const base = part(el, '[part=base]');
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    expect(visibleText(el, 'time')).to.equal('۲۳ آذر ۱۴۰۴');
    expect(part(el, 'time').getAttribute('datetime')).to.equal('2025-12-14');
    expect(visibleText(el, '[part=title]')).to.equal('تفاهم‌نامه خواهرخواندگی خوی و قونیه');
    expect(visibleText(el, '.secondary-date')).to.equal('۱۴ دسامبر ۲۰۲۵ م.');
    expect(visibleText(el, '[part=status]')).to.equal('امضاشده');
    expect(visibleText(el, '[part=parties]')).to.contain('خوی').and.to.contain('قونیه').and.to.contain('ایران');
  });

  it('reads in Turkish, left to right, with the Gregorian date and the Solar Hijri beside it', async () => {
    const el = await card('tr');
    expect(part(el, '[part=base]').getAttribute('dir')).to.equal('ltr');
    expect(visibleText(el, 'time')).to.equal('14 Aralık 2025');
    expect(visibleText(el, '.secondary-date')).to.equal('23 Azer 1404 (Hicri Şemsi)');
    expect(visibleText(el, '[part=parties]')).to.contain('Hoy').and.to.contain('Konya').and.to.contain('İran');
    expect(visibleText(el, '[part=areas]')).to.contain('İşbirliği alanları').and.to.contain('Manevi turizm');
  });

  it('reads in Azerbaijani with its own strings and date', async () => {
    const el = await card('az');
    expect(visibleText(el, 'time')).to.equal('14 dekabr 2025');
    expect(visibleText(el, '[part=status]')).to.equal('İmzalanıb');
    expect(visibleText(el, '[part=areas]')).to.contain('Əməkdaşlıq sahələri').and.to.contain('Mənəvi turizm');
    expect(visibleText(el, '[part=parties]')).to.contain('Xoy');
  });

  it('reads in English with its own strings and date', async () => {
    const el = await card('en');
    expect(visibleText(el, 'time')).to.equal('December 14, 2025');
    expect(visibleText(el, '[part=status]')).to.equal('Signed');
    expect(visibleText(el, '[part=areas]')).to.contain('Areas of cooperation').and.to.contain('Spiritual tourism');
    expect(visibleText(el, '[part=proposals]')).to.contain('Proposed by Sajjad Chehreara').and.to.contain('A four-year joint cooperation programme');
  });

  it('shows who signed, who spoke and who was present, with names in the reader’s script', async () => {
    const fa = await card('fa');
    const facts = visibleText(fa, '[part=facts]');
    expect(facts).to.contain('بهمن رضانژاد').and.to.contain('مصطفی اوزباش').and.to.contain('سجاد چهره‌آرا').and.to.contain('مجمع شهرداران آسیا');
    const tr = await card('tr');
    expect(visibleText(tr, '[part=facts]')).to.contain('Mustafa Uzbaş').and.to.contain('Konya Büyükşehir Belediye Başkan Vekili').and.to.contain('Seccad Çehre Ara');
    // A name with no Turkish form falls back to its Latin (English) form, marked with its own language.
    const name = [...tr.shadowRoot!.querySelectorAll('.person-name')].find((n) => n.textContent?.includes('Rezanejad'));
    expect(name?.querySelector('[lang]')?.getAttribute('lang')).to.equal('en');
  });

  it('lists its sources as links that only use http(s)', async () => {
    const el = await card('en');
    const links = [...part(el, '[part=sources]').querySelectorAll('a')];
    expect(links.length).to.be.greaterThan(1);
    for (const a of links) expect(a.protocol).to.match(/^https?:$/);
    expect(visibleText(el, '[part=sources]')).to.contain('İran ve Türkiye’nin kardeşliği güçleniyor');
  });

  it('shows the same day in every time zone', async () => {
    // web-test-runner.config.mjs runs each engine in another zone: UTC+14, UTC−11 and Tehran.
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Tehran']).to.include(zone);
    const el = await card('tr');
    expect(visibleText(el, 'time')).to.equal('14 Aralık 2025');
  });
});

describe('<twin-agreement-card> language and direction', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
    document.documentElement.removeAttribute('dir');
  });

  it('follows <html lang> when it has no lang of its own, live', async () => {
    const el = await card();
    expect(visibleText(el, '[part=status]')).to.equal('Signed');
    document.documentElement.lang = 'tr';
    await nextRender(el);
    expect(visibleText(el, '[part=status]')).to.equal('İmzalandı');
    document.documentElement.lang = 'fa';
    await nextRender(el);
    expect(visibleText(el, 'time')).to.equal('۲۳ آذر ۱۴۰۴');
    expect(part(el, '[part=base]').dir).to.equal('rtl');
  });

  it('follows its own lang attribute when it changes', async () => {
    const el = await card('en');
    el.setAttribute('lang', 'az');
    await nextRender(el);
    expect(visibleText(el, '[part=status]')).to.equal('İmzalanıb');
  });

  it('takes the language of an ancestor, across a shadow root', async () => {
    const outer = document.createElement('div');
    outer.lang = 'tr';
    const host = document.createElement('div');
    outer.append(host);
    document.body.append(outer);
    const shadow = host.attachShadow({ mode: 'open' });
    const el = document.createElement('twin-agreement-card');
    shadow.append(el);
    try {
      await el.updateComplete;
      expect(visibleText(el, 'time')).to.equal('14 Aralık 2025');
      outer.lang = 'fa';
      await nextRender(el);
      expect(visibleText(el, 'time')).to.equal('۲۳ آذر ۱۴۰۴');
    } finally {
      outer.remove();
    }
  });

  it('shows a Persian card and a Turkish card side by side on one page', async () => {
    const wrapper = await renderTwin<TwinAgreementCard>(html`<twin-agreement-card lang="fa"></twin-agreement-card>`);
    const turkish = document.createElement('twin-agreement-card');
    turkish.lang = 'tr';
    wrapper.after(turkish);
    await turkish.updateComplete;
    await wrapper.updateComplete;
    expect(visibleText(wrapper, '[part=status]')).to.equal('امضاشده');
    expect(visibleText(turkish, '[part=status]')).to.equal('İmzalandı');
    expect(part(wrapper, '[part=base]').dir).to.equal('rtl');
    expect(part(turkish, '[part=base]').dir).to.equal('ltr');
    turkish.remove();
  });

  it('keeps its own dir over the direction of its language', async () => {
    const el = await renderTwin<TwinAgreementCard>(html`<twin-agreement-card lang="fa" dir="ltr"></twin-agreement-card>`);
    expect(getComputedStyle(part(el, '[part=base]')).direction).to.equal('ltr');
    expect(visibleText(el, 'time')).to.equal('۲۳ آذر ۱۴۰۴');
  });

  it('falls back to English strings for a language it has no translations for, keeping the data’s own texts', async () => {
    const el = await card('de');
    expect(visibleText(el, '[part=status]')).to.equal('Signed');
    expect(part(el, '[part=base]').lang).to.equal('en');
  });

  it('shows the date in another calendar when asked', async () => {
    const el = await renderTwin<TwinAgreementCard>(
      html`<twin-agreement-card lang="en" calendar="islamic-umalqura" secondary-calendar="none"></twin-agreement-card>`,
    );
    expect(visibleText(el, 'time')).to.equal('Jumada II 23, 1447 AH');
    expect(el.shadowRoot!.querySelector('.secondary-date')).to.equal(null);
  });
});

describe('<twin-agreement-card> events', () => {
  it('reports an agreement the data does not have with twin-error alone, and twin-load once it shows one', async () => {
    const el = document.createElement('twin-agreement-card');
    el.lang = 'en';
    el.setAttribute('agreement', 'no-such-agreement');
    const events: string[] = [];
    for (const type of ['twin-load', 'twin-error'] as const) el.addEventListener(type, () => events.push(type));
    const failed = oneEvent(el, 'twin-error');
    const originalError = console.error;
    console.error = () => undefined;
    document.body.append(el);
    try {
      await failed;
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      // It fired twin-load, then twin-error: a page could not tell whether the card showed its data.
      expect(events).to.deep.equal(['twin-error']);
      const loaded = oneEvent(el, 'twin-load');
      el.removeAttribute('agreement');
      const event = await loaded;
      expect((event.detail as TwinningDataset).id).to.equal('khoy-konya');
      expect(events).to.deep.equal(['twin-error', 'twin-load']);
    } finally {
      console.error = originalError;
      el.remove();
    }
  });
});

describe('<twin-agreement-card> with other data', () => {
  it('shows any twinning given through .data and fires twin-load', async () => {
    const el = document.createElement('twin-agreement-card');
    el.lang = 'tr';
    el.data = fictionalTwinning;
    const loaded = oneEvent(el, 'twin-load');
    document.body.append(el);
    try {
      const event = await loaded;
      await el.updateComplete;
      expect((event.detail as TwinningDataset).id).to.equal('wadi-noor-fjordvik');
      expect(visibleText(el, '[part=title]')).to.equal('Wadi Noor – Fjordvik kardeş şehir anlaşması');
      expect(visibleText(el, '[part=status]')).to.equal('Yürürlükte');
      expect(visibleText(el, 'time')).to.equal('21 Haziran 2019');
      expect(visibleText(el, '[part=parties]')).to.contain('Mısır').and.to.contain('Norveç');
    } finally {
      el.remove();
    }
  });

  it('reads an inline JSON child', async () => {
    const el = await renderTwin<TwinAgreementCard>(html`<twin-agreement-card lang="en">
      <script type="application/json">
        ${JSON.stringify(fictionalTwinning)}
      </script>
    </twin-agreement-card>`);
    expect(visibleText(el, '[part=title]')).to.equal('Wadi Noor – Fjordvik twinning agreement');
  });

  it('fetches a dataset from src', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(fictionalTwinning)], { type: 'application/json' }));
    try {
      const el = await renderTwin<TwinAgreementCard>(html`<twin-agreement-card lang="en" src=${url}></twin-agreement-card>`);
      expect(visibleText(el, '[part=title]')).to.equal('Wadi Noor – Fjordvik twinning agreement');
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('shows a localized error, keeps its size and fires twin-error when src is missing', async () => {
    const el = document.createElement('twin-agreement-card');
    el.lang = 'fa';
    el.src = '/test/fixtures/no-such-file.json';
    const failed = oneEvent(el, 'twin-error');
    document.body.append(el);
    try {
      const { detail } = (await failed) as CustomEvent<TwinErrorDetail>;
      await el.updateComplete;
      expect(detail.code).to.equal('http');
      const error = part(el, '[part=error]');
      expect(error.getAttribute('role')).to.equal('alert');
      expect(visibleText(el, '[part=error]')).to.contain('این اطلاعات قابل نمایش نیست');
      expect(error.getBoundingClientRect().height).to.be.greaterThan(40);
    } finally {
      el.remove();
    }
  });

  it('lists every problem of an invalid dataset with its path, in the reader’s language', async () => {
    const bad = structuredClone(fictionalTwinning) as unknown as { agreements: { date: string; parties: string[] }[] };
    bad.agreements[0]!.date = '2019-13-40';
    const el = document.createElement('twin-agreement-card');
    el.lang = 'tr';
    el.data = bad;
    const failed = oneEvent(el, 'twin-error');
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    document.body.append(el);
    try {
      const { detail } = (await failed) as CustomEvent<TwinErrorDetail>;
      await el.updateComplete;
      expect(detail.code).to.equal('invalid-data');
      expect(detail.issues.map((i) => i.path)).to.include('agreements[0].date');
      expect(visibleText(el, '[part=error]')).to.contain('Bu bilgi gösterilemiyor').and.to.contain('agreements[0].date');
      expect(visibleText(el, '.issues li')).to.contain('"2019-13-40"').and.to.contain('tarih değil');
      expect(detail.issues.find((i) => i.path === 'agreements[0].date')?.message, 'the event keeps English for the console').to.contain('not a date');
      expect(errors).to.have.length(1);
    } finally {
      console.error = original;
      el.remove();
    }
  });

  it('keeps the last good data on screen when a later dataset is bad', async () => {
    const el = await renderTwin<TwinAgreementCard>(html`<twin-agreement-card lang="en" .data=${fictionalTwinning}></twin-agreement-card>`);
    const original = console.error;
    console.error = () => undefined;
    try {
      el.data = { version: 2 };
      await nextRender(el);
      expect(visibleText(el, '[part=title]')).to.equal('Wadi Noor – Fjordvik twinning agreement');
      expect(visibleText(el, '[part=error]')).to.contain('previous data is shown');
      el.data = fictionalTwinning;
      await nextRender(el);
      expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
    } finally {
      console.error = original;
    }
  });

  it('refuses links that could run script', async () => {
    const bad = structuredClone(fictionalTwinning);
    bad.sources[0]!.url = ' JaVaScRiPt:alert(1)';
    const original = console.error;
    console.error = () => undefined;
    try {
      const el = await renderTwin<TwinAgreementCard>(html`<twin-agreement-card lang="en" .data=${bad}></twin-agreement-card>`);
      expect(visibleText(el, '[part=error]')).to.contain('sources[0].url');
      expect(el.shadowRoot!.querySelector('a[href^="javascript" i]')).to.equal(null);
    } finally {
      console.error = original;
    }
  });

  it('says so when the requested agreement is not in the dataset', async () => {
    const el = await renderTwin<TwinAgreementCard>(html`<twin-agreement-card lang="en" agreement="nope"></twin-agreement-card>`);
    expect(visibleText(el, '[part=error] .error-reason')).to.equal('The agreement this page asks for is not in the data.');
    expect(visibleText(el, '[part=error] details')).to.contain('no agreement with the id "nope"');
  });
});
