/** The data layer without any element: the schema, validation and the default dataset. */
export { DatasetSchema, isSafeUrl } from './schema.js';
export type * from './schema.js';
export { validateDataset, type DatasetIssue, type IssueReason, type ValidationResult } from './validate.js';
export { khoyKonya } from './khoy-konya.js';
