// README, "For developers: npm": defines <twin-agreement-card> only.
import 'twin-city-elements/agreement-card.js';
