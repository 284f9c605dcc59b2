// The class, imported by name and used only as a value (no side-effect import): the entry must still define the tag.
import { TwinCityMap } from 'twin-city-elements/city-map.js';

window.twinConsumer = { TwinCityMap };
