/**
 * A dataset problem in the reader's language, for the error state's details. The value and what was expected
 * are code (JSON, ids), isolated so they keep their own direction inside Persian text.
 */
import type { DatasetIssue } from '../data/validate.js';
import { msg, str } from '../i18n/localize.js';

const isolate = (code: string) => `\u2068${code}\u2069`;

const DATE_EXAMPLES = isolate('2025-12-14, 1244-11, ~1185, 1247?, 1246/1247');

/** Call inside an element's render (its locale is active then). */
export function issueText(issue: DatasetIssue): string {
  const value = isolate(issue.value);
  const expected = isolate(issue.expected ?? '');
  switch (issue.reason) {
    case 'missing':
      return msg('required, but missing', { id: 'issue.missing' });
    case 'type':
      return msg(str`${value}: expected ${expected}`, { id: 'issue.type' });
    case 'choice':
      return msg(str`${value}: expected one of ${expected}`, { id: 'issue.choice' });
    case 'empty':
      return msg('must not be empty', { id: 'issue.empty' });
    case 'text':
      return msg(str`${value}: expected a text, or texts by language`, { id: 'issue.text' });
    case 'date':
      return msg(str`${value}: not a date (for example ${DATE_EXAMPLES})`, { id: 'issue.date' });
    case 'url':
      return msg(str`${value}: only http, https and mailto links are allowed`, { id: 'issue.url' });
    case 'country':
      return msg(str`${value}: expected a two-letter country code such as TR`, { id: 'issue.country' });
    case 'range':
      return msg(str`${value}: out of range (${expected})`, { id: 'issue.range' });
    case 'number':
      return msg(str`${value}: not an allowed number`, { id: 'issue.number' });
    case 'parties':
      return msg('expected the ids of the two cities of the twinning', { id: 'issue.parties' });
    case 'cities':
      return msg('a twinning needs at least two cities', { id: 'issue.cities' });
    case 'version':
      return msg(str`${value}: only datasets of version 1 can be read`, { id: 'issue.version' });
    case 'reference':
      return msg(str`${value}: nothing in the dataset has this id`, { id: 'issue.reference' });
    case 'duplicate':
      return msg(str`${value}: this id is used twice`, { id: 'issue.duplicate' });
  }
}
