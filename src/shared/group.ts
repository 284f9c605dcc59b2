/**
 * Linking elements on a plain page, with no framework: elements that share a `group` attribute follow each
 * other's selection. Choosing an event in `<twin-pilgrimage-timeline group="shams">` highlights its place on
 * `<twin-city-map group="shams">`, and choosing a place on the map selects its first event on the timeline.
 * Each element listens for `twin-select` on its document (the event bubbles and is composed) and applies
 * selections from other members of its group without firing one itself, so two elements never echo each other.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TwinSelectDetail } from './events.js';

export interface GroupMember extends ReactiveControllerHost, HTMLElement {
  group: string | undefined;
  /** Applies a selection made in another member of the group. */
  followSelection(detail: TwinSelectDetail): void;
}

export class GroupController implements ReactiveController {
  private document: Document | undefined;

  constructor(private readonly host: GroupMember) {
    host.addController(this);
  }

  private readonly onSelect = (e: Event): void => {
    const group = this.host.group?.trim();
    if (!group || e.defaultPrevented) return;
    const source = e.composedPath()[0];
    if (!(source instanceof HTMLElement) || source === this.host || source.getAttribute('group')?.trim() !== group) return;
    this.host.followSelection((e as CustomEvent<TwinSelectDetail>).detail);
  };

  hostConnected(): void {
    this.document = this.host.ownerDocument;
    this.document.addEventListener('twin-select', this.onSelect);
  }

  hostDisconnected(): void {
    this.document?.removeEventListener('twin-select', this.onSelect);
    this.document = undefined;
  }
}
