// README, "For developers: npm": defines <twin-signatory-list> only.
import 'twin-city-elements/signatory-list.js';
