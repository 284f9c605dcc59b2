/**
 * Entry point of `<twin-agreement-card>`: importing it defines the tag.
 * `import 'twin-city-elements/agreement-card.js'`
 */
import { TwinAgreementCard } from './elements/agreement-card/agreement-card.js';
import { defineElement } from './shared/define.js';

export { TwinAgreementCard };

defineElement('twin-agreement-card', TwinAgreementCard);

declare global {
  interface HTMLElementTagNameMap {
    'twin-agreement-card': TwinAgreementCard;
  }
}
