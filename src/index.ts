/**
 * twin-city-elements: importing this module defines every element of the library.
 * Per-element entry points (`twin-city-elements/agreement-card.js`, …) define one tag each.
 */
import './agreement-card.js';
import './signatory-list.js';
import './city-map.js';
import './pilgrimage-timeline.js';

export { TwinAgreementCard } from './agreement-card.js';
export { TwinSignatoryList, type SignatoryFilter, type SignatoryLayout } from './signatory-list.js';
export { TwinCityMap } from './city-map.js';
export { TwinPilgrimageTimeline, type TimelineLayout, type TimelineSpacing } from './pilgrimage-timeline.js';
export { TwinElement, type Theme } from './shared/twin-element.js';
export type { TwinSelectDetail, TwinErrorDetail, TwinEventMap } from './shared/events.js';
export { validateDataset, type DatasetIssue, type IssueReason, type ValidationResult } from './data/validate.js';
export { DatasetError, type DatasetErrorCode } from './data/load.js';
export type { TwinningDataset, TwinningDatasetInput, City, Place, Person, Organisation, Agreement, TimelineEvent, Source, ParticipantRole } from './data/schema.js';
export type { LocalizedText } from './i18n/text.js';
export type { HistoricalDateInput } from './i18n/historical-date.js';
export { VERSION } from './version.js';
