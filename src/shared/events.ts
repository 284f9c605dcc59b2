import type { TwinningDataset } from '../data/schema.js';
import type { DatasetErrorCode } from '../data/load.js';
import type { DatasetIssue } from '../data/validate.js';

export interface TwinSelectDetail {
  readonly kind: 'person' | 'place' | 'city' | 'event' | 'agreement';
  readonly id: string;
}

export interface TwinErrorDetail {
  readonly code: DatasetErrorCode;
  readonly message: string;
  readonly issues: readonly DatasetIssue[];
}

/** The `detail` of `twin-load`: the validated dataset. */
export type TwinLoadDetail = TwinningDataset;

export interface TwinEventMap {
  'twin-select': CustomEvent<TwinSelectDetail>;
  'twin-error': CustomEvent<TwinErrorDetail>;
  'twin-load': CustomEvent<TwinLoadDetail>;
}

declare global {
  // Merging our events into the DOM's map types addEventListener('twin-select', …) for every element, and for the
  // document and the window, which they reach (they bubble and are composed): the element, document and window maps
  // all extend this one.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends TwinEventMap {}
}
