/** The timeline's roving-focus controller alone, on a stand-in list (no timeline, no virtualizer). */
import { expect } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { live } from 'lit/directives/live.js';
import { RovingFocusController } from '../src/elements/pilgrimage-timeline/roving-focus-controller.js';

const press = (target: Element, key: string) => {
  const e = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(e);
  return e.defaultPrevented;
};

class RovingList extends LitElement {
  static override properties = { count: { type: Number }, rtl: { type: Boolean } };
  declare count: number;
  declare rtl: boolean;
  /** Indices rendered (a stand-in for a window): undefined for all. */
  window: [number, number] | undefined;
  activated: number[] = [];
  revealed: number[] = [];
  readonly roving = new RovingFocusController(this, {
    itemSelector: '.item',
    ids: () => Array.from({ length: this.count }, (_, i) => `i${i}`),
    keys: () => (this.rtl ? { next: 'ArrowLeft', previous: 'ArrowRight' } : { next: 'ArrowRight', previous: 'ArrowLeft' }),
    find: (index) => this.shadowRoot?.querySelector<HTMLElement>(`.item[data-index="${index}"]`),
    indexOf: (target, within) => {
      const item = within ? target.closest('.item') : target.matches('.item') ? target : null;
      return item ? Number((item as HTMLElement).dataset['index']) : undefined;
    },
    activate: (index) => this.activated.push(index),
    reveal: async (index) => {
      // Bring it into the window, as a virtualizer would a few frames later.
      this.revealed.push(index);
      this.window = [Math.max(0, index - 2), index + 2];
      this.requestUpdate();
      await this.updateComplete;
    },
  });

  constructor() {
    super();
    this.count = 10;
    this.rtl = false;
  }

  protected override willUpdate(): void {
    this.roving.settle(undefined);
  }

  protected override render(): unknown {
    const [from, to] = this.window ?? [0, this.count - 1];
    const items = Array.from({ length: this.count }, (_, i) => i).filter((i) => i >= from && i <= to);
    return html`<div @keydown=${this.roving.onKeyDown}>
      ${items.map(
        (i) =>
          html`<span
            class="item"
            data-index=${i}
            tabindex=${live(this.roving.isTabStop(`i${i}`) ? '0' : '-1')}
            @focus=${(e: FocusEvent) => this.roving.moveTabStop(`i${i}`, e.currentTarget as HTMLElement)}
            >${i}</span
          >`,
      )}
    </div>`;
  }
}
customElements.define('roving-list', RovingList);

async function list(): Promise<RovingList> {
  const el = document.createElement('roving-list') as RovingList;
  document.body.append(el);
  await el.updateComplete;
  return el;
}
const tabStops = (el: RovingList) => [...el.shadowRoot!.querySelectorAll('[tabindex="0"]')].map((n) => (n as HTMLElement).dataset['index']);
const focused = (el: RovingList) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['index'];

describe('RovingFocusController', () => {
  let el: RovingList;
  afterEach(() => el.remove());

  it('keeps one tab stop, moves it with the keys (mirrored right to left), Home and End, and never past the ends', async () => {
    el = await list();
    expect(tabStops(el)).to.deep.equal(['0']);
    const item = (i: number) => el.shadowRoot!.querySelector<HTMLElement>(`.item[data-index="${i}"]`)!;
    item(0).focus();
    expect(press(item(0), 'ArrowLeft'), 'the key is taken even at the start').to.equal(true);
    await el.updateComplete;
    expect(focused(el)).to.equal('0');
    press(item(0), 'ArrowRight');
    await el.updateComplete;
    expect([focused(el), ...tabStops(el)]).to.deep.equal(['1', '1']);
    press(item(1), 'End');
    await el.updateComplete;
    expect([focused(el), ...tabStops(el)]).to.deep.equal(['9', '9']);
    press(item(9), 'ArrowRight');
    await el.updateComplete;
    expect(focused(el), 'not past the end').to.equal('9');
    el.rtl = true;
    await el.updateComplete;
    press(item(9), 'ArrowLeft');
    await el.updateComplete;
    expect(focused(el), 'right to left: ArrowLeft is next, at the end already').to.equal('9');
    press(item(9), 'ArrowRight');
    await el.updateComplete;
    expect(focused(el), 'right to left: ArrowRight is previous').to.equal('8');
    press(item(8), 'Home');
    await el.updateComplete;
    expect([focused(el), ...tabStops(el)]).to.deep.equal(['0', '0']);
    expect(press(item(0), 'a'), 'other keys are left to the page').to.equal(false);
  });

  it('activates with Enter and Space, and ignores keys from inside an item', async () => {
    el = await list();
    const item = el.shadowRoot!.querySelector<HTMLElement>('.item[data-index="0"]')!;
    press(item, 'Enter');
    press(item, ' ');
    expect(el.activated).to.deep.equal([0, 0]);
    const inner = document.createElement('b');
    item.append(inner);
    expect(press(inner, 'ArrowRight'), 'a key on something inside an item is not the list’s').to.equal(false);
  });

  it('brings an item outside the window in before focusing it, and keeps the tab stop on a still-shown item', async () => {
    el = await list();
    el.window = [0, 3];
    el.requestUpdate();
    await el.updateComplete;
    const item = el.shadowRoot!.querySelector<HTMLElement>('.item[data-index="3"]')!;
    item.focus();
    press(item, 'End');
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(el.revealed).to.deep.equal([9]);
    expect(focused(el)).to.equal('9');
    expect(tabStops(el)).to.deep.equal(['9']);
    // The list shrinks: the tab stop goes to the first item.
    el.count = 5;
    el.window = undefined;
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['0']);
  });
});
