/**
 * Entry point of `<twin-pilgrimage-timeline>`: importing it defines the tag.
 * `import 'twin-city-elements/pilgrimage-timeline.js'`
 */
import { TwinPilgrimageTimeline } from './elements/pilgrimage-timeline/pilgrimage-timeline.js';
import { defineElement } from './shared/define.js';

export { TwinPilgrimageTimeline };
export type { TimelineLayout, TimelineSpacing } from './elements/pilgrimage-timeline/pilgrimage-timeline.js';

defineElement('twin-pilgrimage-timeline', TwinPilgrimageTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'twin-pilgrimage-timeline': TwinPilgrimageTimeline;
  }
}
