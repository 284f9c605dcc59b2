import { css } from 'lit';

/**
 * What every element does on paper (`@media print`), placed after its own styles: the frame as a hairline with no
 * shadow, badges as outlined text (browsers drop backgrounds when printing, which left white text on white paper), no
 * heading left alone at the foot of a page, and no error detail (the technical part of an error is for the site's
 * webmaster on screen, not for the reader of the paper). The colours are the light scheme's in every theme (see
 * `tokens`). Each element's own print sheet removes its controls and prints what the screen keeps behind them.
 * (Comments stay out of the template: its text ships as it is written.)
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
    .error details {
      display: none;
    }
  }
`;
