import { css } from 'lit';

/**
 * The list on paper (after the shared print sheet): each participant is a button on screen (to select them); on
 * paper the button's box is gone (`display: contents`) and its content prints as plain lines of text, with no
 * selection mark or hover tint, its lines where its text stood on screen (inside its padding and its start border of
 * 4 px). A city's group and a participant stay on one page where they fit.
 */
export const signatoryListPrintStyles = css`
  @media print {
    .person {
      display: contents;
    }
    .people > li:not(.organisation) {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.125em;
      padding-block: 0.375em;
      padding-inline: calc(0.625em + 4px);
      overflow-wrap: break-word;
    }
    .compact .people > li:not(.organisation) {
      padding-block: 0.125em;
    }
    .people > li {
      break-inside: avoid;
    }
    .group {
      break-inside: avoid;
    }
  }
`;
