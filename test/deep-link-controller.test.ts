/** The deep-link controller alone: the fragment's format, and a stand-in element that reads and writes the page's URL. */
import { expect } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { DeepLinkController, deepLinkKey, readFragment, writeFragment } from '../src/shared/deep-link-controller.js';

class LinkHost extends ReactiveElement {
  key: string | undefined = 'event';
  updates = 0;
  readonly link = new DeepLinkController(this, () => this.key);
  protected override update(changed: Map<PropertyKey, unknown>): void {
    super.update(changed);
    this.updates++;
  }
}
customElements.define('deep-link-host', LinkHost);

describe('deep-link fragments', () => {
  it('reads one key among several, decoded, and nothing from an empty or absent key', () => {
    expect(readFragment('#event=rumi-death&place=konya', 'event')).to.equal('rumi-death');
    expect(readFragment('#event=rumi-death&place=konya', 'place')).to.equal('konya');
    expect(readFragment('event=a%20b', 'event'), 'without #, percent-decoded').to.equal('a b');
    expect(readFragment('#top', 'event')).to.equal(undefined);
    expect(readFragment('#event=', 'event')).to.equal(undefined);
    expect(readFragment('', 'event')).to.equal(undefined);
    expect(readFragment('#event=%E0%A4%A', 'event'), 'a broken escape is not a value').to.equal(undefined);
  });

  it('writes its key in place, keeps every other part as written, adds a new key last and drops the # when empty', () => {
    expect(writeFragment('', 'event', 'rumi-death')).to.equal('#event=rumi-death');
    expect(writeFragment('#top', 'event', 'x')).to.equal('#top&event=x');
    expect(writeFragment('#event=a&place=b%2Fc', 'event', 'z')).to.equal('#event=z&place=b%2Fc');
    expect(writeFragment('#place=b&event=a', 'event', 'z'), 'the key keeps its place').to.equal('#place=b&event=z');
    expect(writeFragment('#event=a&place=b', 'event', undefined)).to.equal('#place=b');
    expect(writeFragment('#event=a', 'event', undefined)).to.equal('');
    expect(writeFragment('', 'event', 'ā/é &?')).to.equal(`#event=${encodeURIComponent('ā/é &?')}`);
    expect(readFragment(writeFragment('', 'event', 'ā/é &?'), 'event'), 'round trip').to.equal('ā/é &?');
    expect(writeFragment('#event=a&event=b', 'event', 'c'), 'a repeated key is written once').to.equal('#event=c');
  });

  it('takes the key from the attribute: absent is off, bare is the default, a value is the key', () => {
    expect(deepLinkKey(null, 'event')).to.equal(undefined);
    expect(deepLinkKey(undefined, 'event')).to.equal(undefined);
    expect(deepLinkKey('', 'event')).to.equal('event');
    expect(deepLinkKey(' story ', 'event')).to.equal('story');
  });
});

describe('DeepLinkController', () => {
  let original: string;
  let host: LinkHost;
  beforeEach(async () => {
    original = location.href;
    host = document.createElement('deep-link-host') as LinkHost;
    document.body.append(host);
    await host.updateComplete;
  });
  afterEach(() => {
    host.remove();
    history.replaceState(history.state, '', original);
  });

  it('reads the page fragment, writes with replaceState keeping the rest of the URL, and adds no history entry', () => {
    const before = history.length;
    history.replaceState(history.state, '', `${location.pathname}${location.search}#intro&place=konya`);
    expect(host.link.value).to.equal(undefined);
    host.link.write('rumi-death');
    expect(location.hash).to.equal('#intro&place=konya&event=rumi-death');
    expect(host.link.value).to.equal('rumi-death');
    expect(location.pathname + location.search, 'path and query unchanged').to.equal(new URL(original).pathname + new URL(original).search);
    host.link.write('shams-meets-rumi');
    host.link.write(undefined);
    expect(location.hash).to.equal('#intro&place=konya');
    expect(history.length, 'no entry per write').to.equal(before);
    expect(host.link.href('x')).to.equal(`${location.origin}${location.pathname}${location.search}#intro&place=konya&event=x`);
  });

  it('asks its host to update when the fragment changes, and stops when disconnected', async () => {
    const updates = host.updates;
    location.hash = 'event=from-the-address-bar';
    await new Promise((r) => window.addEventListener('hashchange', r, { once: true }));
    await host.updateComplete;
    expect(host.updates).to.be.greaterThan(updates);
    expect(host.link.value).to.equal('from-the-address-bar');
    host.remove();
    const after = host.updates;
    location.hash = 'event=later';
    await new Promise((r) => window.addEventListener('hashchange', r, { once: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(host.updates, 'no update once disconnected').to.equal(after);
    expect(host.link.value, 'reads nothing once disconnected').to.equal(undefined);
  });

  it('does nothing while off', () => {
    host.key = undefined;
    history.replaceState(history.state, '', '#event=a');
    expect(host.link.value).to.equal(undefined);
    expect(host.link.enabled).to.equal(false);
    host.link.write('b');
    expect(location.hash).to.equal('#event=a');
    expect(host.link.href('b')).to.equal(undefined);
  });
});
