import type { ReactiveControllerHost } from 'lit';
import type { TwinningDataset } from '../../data/schema.js';
import { DeepLinkController, deepLinkKey } from '../../shared/deep-link-controller.js';

/**
 * The map's deep links: the page's address selects a city or place (`#place=<id>`), else the first place of an
 * event (`#event=<id>`, the key a linked timeline writes), on load, once the data is here, and when the address
 * changes; a city or place the reader chooses on the map is written back as `place=<id>` (replacing the history
 * entry), the address's other parts kept. The address is read and watched by the shared `DeepLinkController`
 * (a reactive controller: the host updates when the fragment changes).
 */
export class MapDeepLink {
  /** The map's own key (`place`, or the `deep-link` attribute's value), read and written. */
  private readonly place: DeepLinkController;
  /** The timeline's key (`event`), only read: an event linked to selects its place. */
  private readonly event: DeepLinkController;
  /** The fragment's ids as last applied or written, so that a selection is taken from it only when it changes. */
  private linked: string | undefined;

  /** @param attribute the `deep-link` attribute (absent: off; empty: the key `place`) */
  constructor(host: ReactiveControllerHost & Element, attribute: () => string | null | undefined) {
    this.place = new DeepLinkController(host, () => deepLinkKey(attribute(), 'place'));
    this.event = new DeepLinkController(host, () => (deepLinkKey(attribute(), 'place') ? 'event' : undefined));
  }

  /** The ids the page's fragment names for the map, as one string to compare. */
  private get state(): string {
    return `${this.place.value ?? ''}#${this.event.value ?? ''}`;
  }

  /**
   * The city or place of `dataset` that the address names, when the address changed since it was last applied or
   * written (called before each render); undefined when it did not, or names nothing on the map.
   */
  follow(dataset: TwinningDataset): string | undefined {
    if (!this.place.enabled || this.state === this.linked) return undefined;
    this.linked = this.state;
    const place = this.place.value;
    if (place && isOnMap(dataset, place)) return place;
    return dataset.events.find((e) => e.id === this.event.value)?.places.find((id) => isOnMap(dataset, id));
  }

  /** Writes the map's key in the address (removes it for undefined), with deep links on. */
  write(id: string | undefined): void {
    if (!this.place.enabled) return;
    this.place.write(id);
    this.linked = this.state;
  }
}

/** Whether `id` is a city or a place of `dataset` (what the map can select). */
export function isOnMap(dataset: TwinningDataset, id: string): boolean {
  return dataset.cities.some((c) => c.id === id) || dataset.places.some((p) => p.id === id);
}
