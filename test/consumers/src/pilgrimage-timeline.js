// README, "For developers: npm": defines <twin-pilgrimage-timeline> only.
import 'twin-city-elements/pilgrimage-timeline.js';
