/** The sentences of the iframe page when it cannot show what its address asks for, in the reader's language. */
import { msg, str } from '../i18n/localize.js';
import type { EmbedProblem } from './embed-options.js';

/** Call inside `renderInLocale`: `msg()` answers in the locale set there. */
export function embedProblemText(problem: EmbedProblem): string {
  switch (problem.kind) {
    case 'no-element':
      return msg('This content cannot be shown: its address names no element (element=card, list, map or timeline).', { id: 'embed.no-element' });
    case 'origin':
      return msg('This content cannot be shown: its data comes from another site, which this page does not allow.', { id: 'embed.origin' });
    case 'invalid': {
      const option = problem.option;
      return msg(str`This content cannot be shown: the value of “${option}” in its address is not valid.`, { id: 'embed.invalid' });
    }
  }
}
