/**
 * The error state every element shows: a title and a short sentence for the error's code in the reader's language,
 * and the technical part (the problems with their paths, in the reader's language, or the technical line in
 * English) inside a closed "Details for the site's webmaster" disclosure.
 */
import { html, type TemplateResult } from 'lit';
import type { DatasetError } from '../data/load.js';
import { msg } from '../i18n/localize.js';
import { issueText } from './issue-text.js';

/** Call while rendering, in the element's locale. `stale`: the previous data is still shown below. */
export function renderErrorState(error: DatasetError, stale: boolean): TemplateResult {
  return html`<div part="error" class="state error" role="alert">
    <p class="error-title">
      ${stale
        ? msg('The latest data could not be loaded; the previous data is shown.', { id: 'error.stale' })
        : msg('This information could not be shown.', { id: 'error.title' })}
    </p>
    <p class="error-reason">${errorReason(error)}</p>
    <details>
      <summary>${msg('Details for the site’s webmaster', { id: 'error.details' })}</summary>
      ${error.issues.length
        ? html`<ul class="issues">
            ${error.issues.slice(0, 20).map((i) => html`<li><code dir="ltr">${i.path}</code> <bdi>${issueText(i)}</bdi></li>`)}
          </ul>`
        : html`<p dir="ltr" lang="en"><code class="error-message">${error.message}</code></p>`}
    </details>
  </div>`;
}

/** The reader's sentence for an error code. */
function errorReason(error: DatasetError): string {
  switch (error.code) {
    case 'invalid-data':
      return msg('The data does not follow the expected format.', { id: 'error.invalid-data' });
    case 'invalid-json':
      return msg('The data file is not valid JSON.', { id: 'error.invalid-json' });
    case 'http':
      return msg('The server could not provide the data file.', { id: 'error.http' });
    case 'network':
      return msg('The data file could not be downloaded.', { id: 'error.network' });
    case 'timeout':
      return msg('The data file took too long to download.', { id: 'error.timeout' });
    case 'content-type':
      return msg('The server did not send the data file as JSON.', { id: 'error.content-type' });
    case 'too-large':
      return msg('The data file is too large.', { id: 'error.too-large' });
    case 'unknown-agreement':
      return msg('The agreement this page asks for is not in the data.', { id: 'error.unknown-agreement' });
  }
}
