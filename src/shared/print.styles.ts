import { css } from 'lit';

/**
 * What every element does on paper (`@media print`), placed after its own styles: the frame as a hairline with no
 * shadow, badges as outlined text (browsers drop backgrounds when printing, which left white text on white paper), and
 * no part of the page moving between pages. The colours are the light scheme's in every theme (see `tokens`). Each
 * element's own print sheet removes its controls and prints what the screen keeps behind them.
 */
export const printStyles = css`
  @media print {
    .base {
      box-shadow: none;
      border-color: var(--_border);
    }
    :host([appearance='plain']) .base {
      border: 0;
    }
    .badge {
      border: 1px solid currentColor;
      background: none;
      color: var(--_text);
    }
    .section-title,
    [role='heading'] {
      break-after: avoid;
    }
    /* The technical detail of an error is for the site's webmaster on screen, not for the reader on paper. */
    .error details {
      display: none;
    }
  }
`;

