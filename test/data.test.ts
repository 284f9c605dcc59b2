import { expect } from '@open-wc/testing';
import { khoyKonya } from '../src/data/khoy-konya.js';
import { validateDataset } from '../src/data/validate.js';
import { isSafeUrl } from '../src/data/safe-url.js';
import { fictionalTwinning } from './fixtures/fictional-twinning.js';
import '../src/agreement-card.js';
import type { TwinAgreementCard } from '../src/agreement-card.js';
import { html, renderTwin, textOf } from './helpers/render.js';

describe('dataset validation', () => {
  it('accepts the embedded Khoy–Konya dataset as it is, with every default already written out', () => {
    const result = validateDataset(khoyKonya);
    expect(result.ok, JSON.stringify(!result.ok && result.issues)).to.equal(true);
    // The elements use the embedded dataset without validating it: it must equal its validated form.
    expect(result.ok && result.dataset).to.deep.equal(khoyKonya);
  });

  it('accepts another twinning and keeps fields it does not know', () => {
    const result = validateDataset({ ...fictionalTwinning, futureField: { a: 1 } });
    expect(result.ok).to.equal(true);
    expect(result.ok && (result.dataset as Record<string, unknown>)['futureField']).to.deep.equal({ a: 1 });
  });

  it('lists every broken reference and duplicate with its path', () => {
    const bad = structuredClone(fictionalTwinning);
    bad.agreements[0]!.parties = ['wadi-noor', 'atlantis'];
    bad.agreements[0]!.participants[0]!.person = 'nobody';
    bad.cities[1]!.id = 'wadi-noor';
    const result = validateDataset(bad);
    expect(result.ok).to.equal(false);
    const paths = !result.ok ? result.issues.map((i) => `${i.code} ${i.path}`) : [];
    expect(paths).to.include.members(['duplicate cities[1].id', 'reference agreements[0].parties[1]', 'reference agreements[0].participants[0].person']);
  });

  it('refuses an event that ends before it begins, and accepts one that ends within its uncertain start', () => {
    const withEnd = (date: unknown, end: unknown) => {
      const d = structuredClone(khoyKonya) as unknown as { events: Record<string, unknown>[] };
      d.events[0] = { ...d.events[0], date, end };
      return validateDataset(d);
    };
    const refused = withEnd('1300-05', '1299');
    expect(refused.ok).to.equal(false);
    expect(!refused.ok && refused.issues.map((i) => `${i.reason} ${i.path}`)).to.deep.equal(['range events[0].end']);
    for (const [date, end] of [
      ['1246/1247', '1246-06'],
      ['~1185', '1185'],
      ['1273-12-17', { value: '1273-12-17', calendar: 'julian' }],
    ]) {
      const result = withEnd(date, end);
      expect(result.ok, `${JSON.stringify(date)} to ${JSON.stringify(end)}: ${JSON.stringify(!result.ok && result.issues)}`).to.equal(true);
    }
  });

  it('refuses an agreement of three parties (a twinning is a pair) rather than dropping the third', () => {
    const d = structuredClone(khoyKonya) as unknown as { agreements: { parties: string[] }[] };
    d.agreements[0]!.parties = [...d.agreements[0]!.parties, 'khoy'];
    const result = validateDataset(d);
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.issues.map((i) => `${i.reason} ${i.path}: ${i.message}`)).to.deep.equal(['parties agreements[0].parties[2]: expected the ids of the two cities of the twinning']);
  });

  it('names the reason of each problem, for the elements to say it in the reader’s language', () => {
    const bad = structuredClone(fictionalTwinning) as unknown as {
      cities: { country: string; location: { lat: number } }[];
      agreements: Record<string, unknown>[];
      sources: { url: string }[];
    };
    bad.cities[0]!.country = 'Egypt';
    bad.cities[1]!.location.lat = 91;
    bad.agreements[0]!['status'] = 'maybe';
    bad.agreements[0]!['date'] = '2019-02-30';
    delete bad.agreements[0]!['title'];
    bad.sources[0]!.url = 'javascript:alert(1)';
    const result = validateDataset(bad);
    const reasons = !result.ok ? result.issues.map((i) => `${i.reason} ${i.path} ${i.value}`) : [];
    expect(reasons).to.include.members([
      'country cities[0].country "Egypt"',
      'range cities[1].location.lat 91',
      'choice agreements[0].status "maybe"',
      'date agreements[0].date "2019-02-30"',
      'missing agreements[0].title undefined',
      'url sources[0].url "javascript:alert(1)"',
    ]);
  });

  it('says which version it reads', () => {
    const result = validateDataset({ ...fictionalTwinning, version: 2 });
    expect(!result.ok && result.issues[0]).to.deep.include({ code: 'version', path: 'version' });
  });

  it('refuses coordinates and values of the wrong kind', () => {
    const bad = structuredClone(fictionalTwinning) as unknown as { cities: { location: { lat: unknown } }[] };
    bad.cities[0]!.location.lat = Number.NaN;
    const result = validateDataset(bad);
    expect(!result.ok && result.issues.map((i) => i.path)).to.include('cities[0].location.lat');
    expect(!result.ok && result.issues.find((i) => i.path === 'cities[0].location.lat')).to.deep.include({ reason: 'type', value: 'NaN', expected: 'number' });
    expect(validateDataset(null).ok).to.equal(false);
    expect(validateDataset('{}').ok).to.equal(false);
  });

  it('finds twenty different mistakes at once, each at its place, and the card lists all twenty in the reader’s language', async () => {
    const d = structuredClone(fictionalTwinning) as unknown as Record<string, Record<string, unknown>[]>;
    const [agreement] = d['agreements']!;
    const mistakes: [string, () => void][] = [
      ['cities[0].country', () => (d['cities']![0]!['country'] = 'Egypt')],
      ['cities[0].location.lon', () => ((d['cities']![0]!['location'] as Record<string, unknown>)['lon'] = '31')],
      ['cities[1].location.lat', () => ((d['cities']![1]!['location'] as Record<string, unknown>)['lat'] = 91)],
      ['cities[1].url', () => (d['cities']![1]!['url'] = 'javascript:alert(1)')],
      ['people[0].city', () => (d['people']![0]!['city'] = 'atlantis')],
      ['people[1].name', () => (d['people']![1]!['name'] = '')],
      ['people[1].organisation', () => (d['people']![1]!['organisation'] = 'nobody')],
      ['organisations[0].url', () => (d['organisations']![0]!['url'] = 'ftp://example.org')],
      ['agreements[0].kind', () => (agreement!['kind'] = 'treaty')],
      ['agreements[0].date', () => (agreement!['date'] = '2025-13-40')],
      ['agreements[0].place', () => (agreement!['place'] = 'nowhere')],
      ['agreements[0].parties[1]', () => ((agreement!['parties'] as string[])[1] = 'atlantis')],
      ['agreements[0].participants[0].role', () => ((agreement!['participants'] as Record<string, unknown>[])[0]!['role'] = 'king')],
      ['agreements[0].participants[1].person', () => ((agreement!['participants'] as Record<string, unknown>[])[1]!['person'] = 'nobody')],
      ['agreements[0].areas[0].label', () => delete (agreement!['areas'] as Record<string, unknown>[])[0]!['label']],
      ['agreements[0].status', () => delete agreement!['status']],
      ['agreements[0].sources[0]', () => ((agreement!['sources'] as string[])[0] = 'no-such-source')],
      ['events[0].date', () => (d['events'] = [{ id: 'e1', date: '99999', kind: 'meeting', title: 'A meeting' }])],
      ['sources[0].url', () => (d['sources']![0]!['url'] = 'data:text/html,<script>alert(1)</script>')],
      ['sources[1].id', () => d['sources']!.push({ id: 'minutes', title: 'A copy of the minutes' })],
    ];
    for (const [, make] of mistakes) make();
    const result = validateDataset(d);
    const paths = mistakes.map(([path]) => path);
    expect(!result.ok && result.issues.map((i) => i.path).sort()).to.deep.equal([...paths].sort());

    const el = await renderTwin<TwinAgreementCard>(html`<twin-agreement-card lang="tr" .data=${d}></twin-agreement-card>`);
    const shown = [...el.shadowRoot!.querySelectorAll('[part=error] .issues li')].map((li) => textOf(li));
    expect(shown).to.have.length(20);
    for (const path of paths) expect(shown.filter((line) => line.includes(path)), path).to.have.length(1);
    expect(shown.find((line) => line.includes('agreements[0].date'))).to.contain('tarih değil');
  });
});

describe('safe links', () => {
  it('allows only http, https and mailto, however a scheme is disguised', () => {
    for (const url of ['https://iribnews.ir/fa/news/5655855', 'http://example.org', 'mailto:info@example.org', '/relative/path']) expect(isSafeUrl(url), url).to.equal(true);
    for (const url of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'ftp://example.org']) {
      expect(isSafeUrl(url), url).to.equal(false);
    }
  });
});

describe('the README', () => {
  it('shows a dataset example that validates as it is written', async () => {
    const readme = await (await fetch('/README.md')).text();
    const block = /```json\n([\s\S]*?)\n```/.exec(readme);
    expect(block, 'a json block in README.md').to.not.equal(null);
    const result = validateDataset(JSON.parse(block![1]!));
    expect(result.ok, JSON.stringify(!result.ok && result.issues)).to.equal(true);
  });
});
