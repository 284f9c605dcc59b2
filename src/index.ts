/**
 * twin-city-elements: importing this module defines every element of the library.
 * Per-element entry points (`twin-city-elements/agreement-card.js`, …) define one tag each.
 *
 * Each entry module defines its tags itself rather than importing the other entries (see `defineAllElements`): the
 * chunks of the build hold only classes and are free of side effects, as `sideEffects` in package.json says.
 */
import { defineAllElements } from './shared/all-elements.js';
// The tags' entries in HTMLElementTagNameMap, for the types only (erased from the build).
import type {} from './agreement-card.js';
import type {} from './signatory-list.js';
import type {} from './city-map.js';
import type {} from './pilgrimage-timeline.js';

defineAllElements();

export { TwinAgreementCard, TwinSignatoryList, TwinCityMap, TwinPilgrimageTimeline } from './shared/all-elements.js';
export type { SignatoryFilter, SignatoryLayout } from './elements/signatory-list/signatory-list.js';
export type { TimelineLayout, TimelineSpacing } from './elements/pilgrimage-timeline/pilgrimage-timeline.js';
export { TwinElement, type Theme } from './shared/twin-element.js';
export type { TwinSelectDetail, TwinErrorDetail, TwinEventMap } from './shared/events.js';
export { validateDataset, type DatasetIssue, type IssueReason, type ValidationResult } from './data/validate.js';
export { DatasetError, type DatasetErrorCode } from './data/load.js';
export type { TwinningDataset, TwinningDatasetInput, City, Place, Person, Organisation, Agreement, TimelineEvent, Source, ParticipantRole } from './data/schema.js';
export type { LocalizedText } from './i18n/text.js';
export type { HistoricalDateInput } from './i18n/historical-date.js';
export { VERSION } from './version.js';
