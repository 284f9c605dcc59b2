// README, "For developers: npm": defines <twin-city-map> only.
import 'twin-city-elements/city-map.js';
