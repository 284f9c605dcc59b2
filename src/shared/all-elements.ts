import { TwinAgreementCard } from '../elements/agreement-card/agreement-card.js';
import { TwinSignatoryList } from '../elements/signatory-list/signatory-list.js';
import { TwinCityMap } from '../elements/city-map/city-map.js';
import { TwinPilgrimageTimeline } from '../elements/pilgrimage-timeline/pilgrimage-timeline.js';
import { defineElement } from './define.js';

export { TwinAgreementCard, TwinSignatoryList, TwinCityMap, TwinPilgrimageTimeline };

/**
 * Defines the four tags. Only entry modules call it (the package's index and the static HTML renderer): the build
 * moves a module that two entries share into a chunk, and bundlers drop a chunk whose exports are unused together
 * with any `customElements.define` in it, so a definition must run in the entry itself, never at a chunk's top level.
 */
export function defineAllElements(): void {
  defineElement('twin-agreement-card', TwinAgreementCard);
  defineElement('twin-signatory-list', TwinSignatoryList);
  defineElement('twin-city-map', TwinCityMap);
  defineElement('twin-pilgrimage-timeline', TwinPilgrimageTimeline);
}
