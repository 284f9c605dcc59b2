/**
 * Entry point of `<twin-city-map>`: importing it defines the tag.
 * `import 'twin-city-elements/city-map.js'`
 */
import { TwinCityMap } from './elements/city-map/city-map.js';
import { defineElement } from './shared/define.js';

export { TwinCityMap };

defineElement('twin-city-map', TwinCityMap);

declare global {
  interface HTMLElementTagNameMap {
    'twin-city-map': TwinCityMap;
  }
}
