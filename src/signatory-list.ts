/**
 * Entry point of `<twin-signatory-list>`: importing it defines the tag.
 * `import 'twin-city-elements/signatory-list.js'`
 */
import { TwinSignatoryList } from './elements/signatory-list/signatory-list.js';
import { defineElement } from './shared/define.js';

export { TwinSignatoryList };
export type { SignatoryFilter, SignatoryLayout } from './elements/signatory-list/signatory-list.js';

defineElement('twin-signatory-list', TwinSignatoryList);

declare global {
  interface HTMLElementTagNameMap {
    'twin-signatory-list': TwinSignatoryList;
  }
}
