/** What the elements showing one agreement share: finding it, saying when it is missing, heading levels. */
import { html, type TemplateResult } from 'lit';
import { DatasetError } from '../data/load.js';
import type { Agreement, TwinningDataset } from '../data/schema.js';
import { msg } from '../i18n/localize.js';
import { renderErrorState } from './error-view.js';

/** The agreement with `id`, or the dataset's first when no id is given. */
export function findAgreement(dataset: TwinningDataset, id: string | undefined): Agreement | undefined {
  return id ? dataset.agreements.find((a) => a.id === id) : dataset.agreements[0];
}

const unknownAgreementError = (id: string) =>
  new DatasetError('unknown-agreement', `The dataset has no agreement with the id "${id}" (the element's agreement attribute)`);

/** The error of an element asked for agreement `id` when the dataset has none with that id. */
export function unknownAgreement(dataset: TwinningDataset, id: string | undefined): DatasetError | undefined {
  return id && !findAgreement(dataset, id) ? unknownAgreementError(id) : undefined;
}

/**
 * What is shown in place of a missing agreement (call while rendering, in the element's locale): a notice when
 * the dataset has none, the error state when the page asked for an id it does not have (the elements show that
 * state themselves, see `unknownAgreement`).
 */
export function renderMissingAgreement(id: string | undefined): TemplateResult {
  return id
    ? renderErrorState(unknownAgreementError(id), false)
    : html`<p class="notice" role="status">${msg('This dataset has no agreement to show.', { id: 'card.no-agreement' })}</p>`;
}

/** A heading level from an attribute: a whole number from 1 to 6, else `fallback`. */
export function headingLevel(value: number | undefined, fallback: number): number {
  const n = Math.trunc(Number(value));
  return n >= 1 && n <= 6 ? n : fallback;
}
