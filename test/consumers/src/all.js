// README, "For developers: npm": every element.
import 'twin-city-elements';
