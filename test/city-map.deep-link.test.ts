/**
 * The map's deep links (issue 23, item 3): with `deep-link` it selects the city or place (`#place=…`) or the event's
 * place (`#event=…`) the page's address names, follows the address when it changes, and writes what the reader
 * chooses on the map into it with `history.replaceState`, every other part of the address kept.
 */
import { expect } from '@open-wc/testing';
import '../src/city-map.js';
import type { TwinCityMap } from '../src/city-map.js';
import { html, part, renderTwin, until } from './helpers/render.js';

/** The test page's own address, put back after each test. */
const original = location.href;

afterEach(() => history.replaceState(history.state, '', original));

/** Sets the page's fragment without a history entry or a hashchange event (as a page opened on that address). */
function openedAt(hash: string): void {
  const url = new URL(original);
  url.hash = hash;
  history.replaceState(history.state, '', url.href);
}

async function map(attributes: { deepLink?: string; group?: string } = {}): Promise<TwinCityMap> {
  return attributes.deepLink === undefined
    ? renderTwin<TwinCityMap>(html`<twin-city-map loading="eager" lang="en"></twin-city-map>`)
    : renderTwin<TwinCityMap>(html`<twin-city-map loading="eager" lang="en" deep-link=${attributes.deepLink} group=${attributes.group ?? ''}></twin-city-map>`);
}

const selectedMarkers = (el: TwinCityMap) => [...el.shadowRoot!.querySelectorAll('.marker.selected')].map((m) => m.getAttribute('data-id'));

describe('<twin-city-map deep-link>', () => {
  it('selects the place the address names on load, and shows it selected', async () => {
    openedAt('#place=mevlana-museum');
    const el = await map({ deepLink: '' });
    expect(el.selected).to.equal('mevlana-museum');
    expect(selectedMarkers(el)).to.deep.equal(['mevlana-museum']);
    expect(location.hash, 'the address is left as it was').to.equal('#place=mevlana-museum');
  });

  it('selects the place of the event the address names, as a linked timeline would', async () => {
    openedAt('#top&event=museum-opens');
    const el = await map({ deepLink: '' });
    expect(el.selected).to.equal('mevlana-museum');
    expect(location.hash).to.equal('#top&event=museum-opens');
  });

  it('prefers its own place to the event', async () => {
    openedAt('#event=museum-opens&place=khoy');
    expect((await map({ deepLink: '' })).selected).to.equal('khoy');
  });

  it('ignores ids the data does not have', async () => {
    openedAt('#place=atlantis&event=nothing-happened');
    const el = await map({ deepLink: '' });
    expect(el.selected).to.equal(undefined);
    expect(selectedMarkers(el)).to.deep.equal([]);
  });

  it('reads nothing from the address without the attribute', async () => {
    openedAt('#place=khoy&event=museum-opens');
    const el = await map();
    expect(el.selected).to.equal(undefined);
    part<SVGGElement>(el, '.marker[data-id="konya"]').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    expect(location.hash, 'and writes nothing').to.equal('#place=khoy&event=museum-opens');
  });

  it('writes the place chosen on the map into the address, replacing the history entry and keeping the rest', async () => {
    openedAt('#top&event=museum-opens');
    const el = await map({ deepLink: '' });
    const entries = history.length;
    for (const id of ['konya', 'shams-tomb-khoy']) {
      part<SVGGElement>(el, `.marker[data-id="${id}"]`).dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await el.updateComplete;
    }
    expect(location.hash).to.equal('#top&event=museum-opens&place=shams-tomb-khoy');
    expect(history.length, 'no history entry per click').to.equal(entries);
    expect(el.selected).to.equal('shams-tomb-khoy');
    expect(el.shadowRoot!.querySelector('[part~=popup]'), 'the popup the reader opened stays open').to.not.equal(null);
  });

  it('follows the address when it changes (a link on the page, the reader editing it)', async () => {
    const el = await map({ deepLink: '' });
    expect(el.selected).to.equal(undefined);
    location.hash = '#place=konya';
    await until(() => el.selected === 'konya');
    expect(el.selected).to.equal('konya');
    await el.updateComplete;
    expect(selectedMarkers(el)).to.deep.equal(['konya']);
  });

  it('uses the key its attribute names', async () => {
    openedAt('#place=khoy&map=konya');
    const el = await map({ deepLink: 'map' });
    expect(el.selected).to.equal('konya');
    part<SVGGElement>(el, '.marker[data-id="mevlana-museum"]').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    expect(location.hash).to.equal('#place=khoy&map=mevlana-museum');
  });

  it('leaves the address to the timeline when it follows an event chosen there', async () => {
    openedAt('#place=khoy');
    const el = await map({ deepLink: '', group: 'g' });
    const timeline = document.createElement('div');
    timeline.setAttribute('group', 'g');
    document.body.append(timeline);
    try {
      timeline.dispatchEvent(new CustomEvent('twin-select', { detail: { kind: 'event', id: 'museum-opens' }, bubbles: true, composed: true }));
      await el.updateComplete;
      expect(el.selected).to.equal('mevlana-museum');
      expect(location.hash, 'the map’s older place is gone').to.equal('');
    } finally {
      timeline.remove();
    }
  });
});
