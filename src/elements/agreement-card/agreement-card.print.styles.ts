import { css } from 'lit';

/**
 * The card on paper (after the shared print sheet): the two cities as outlined boxes (no tinted background to spend
 * ink on, or to lose where the browser drops backgrounds), each source followed by its web address (a reader of the
 * paper cannot follow the link; a quotation's outlet is among the sources, its address not printed twice), and no
 * fact, quotation or source split between two pages. The card has no controls to remove.
 */
export const agreementCardPrintStyles = css`
  @media print {
    .party {
      background: none;
      border: 1px solid var(--_border);
    }
    .parties,
    .fact,
    .participant,
    .statement,
    .sections > section,
    .sources li {
      break-inside: avoid;
    }
    .sources a:is([href^='http:' i], [href^='https:' i])::after {
      content: ' (' attr(href) ')';
      unicode-bidi: isolate;
      color: var(--_muted);
      overflow-wrap: anywhere;
    }
  }
`;
