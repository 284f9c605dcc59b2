/** What the elements showing one agreement share: finding it, saying when it is missing, heading levels. */
import { html, type TemplateResult } from 'lit';
import type { Agreement, TwinningDataset } from '../data/schema.js';
import { msg, str } from '../i18n/localize.js';

/** The agreement with `id`, or the dataset's first when no id is given. */
export function findAgreement(dataset: TwinningDataset, id: string | undefined): Agreement | undefined {
  return id ? dataset.agreements.find((a) => a.id === id) : dataset.agreements[0];
}

/** The notice shown in place of a missing agreement (call while rendering, in the element's locale). */
export function renderMissingAgreement(id: string | undefined): TemplateResult {
  return html`<p class="notice" role="status">
    ${id
      ? msg(str`This dataset has no agreement with the id “${id}”.`, { id: 'card.unknown-agreement' })
      : msg('This dataset has no agreement to show.', { id: 'card.no-agreement' })}
  </p>`;
}

/** A heading level from an attribute: a whole number from 1 to 6, else `fallback`. */
export function headingLevel(value: number | undefined, fallback: number): number {
  const n = Math.trunc(Number(value));
  return n >= 1 && n <= 6 ? n : fallback;
}
