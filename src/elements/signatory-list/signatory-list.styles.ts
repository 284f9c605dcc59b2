import { css } from 'lit';

export const signatoryListStyles = css`
  :host {
    /* The block size kept while loading (see .state.loading), as in the README's host rule. */
    --_reserve: 44em;
  }
  /* The organisations present belong to no city: under all the city columns, not under the first. */
  .groups,
  .cities {
    display: grid;
    gap: var(--_space);
  }
  @container (min-width: 34em) {
    .groups.columns .cities {
      grid-template-columns: repeat(auto-fit, minmax(15em, 1fr));
      align-items: start;
    }
  }
  /* A city's heading: the section-title size of VISUAL.md, the country under it as meta. */
  .group-heading {
    padding-block-end: 0.25em;
    border-block-end: 1px solid var(--_border);
    margin-block-end: 0.5em;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  .group-heading:lang(fa),
  .group-heading:lang(az-Arab) {
    line-height: 1.5;
  }
  .country {
    display: block;
    font-weight: 400;
    font-size: max(0.8125em / 1.375, 12px);
    line-height: 1.4;
  }
  .people {
    display: grid;
    gap: 0.25em;
  }
  .person {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.125em;
    /* Names break between words, and inside one only when it cannot fit a line alone. */
    overflow-wrap: break-word;
    inline-size: 100%;
    margin: 0;
    padding-block: 0.5em;
    padding-inline: 0.625em;
    border: 1px solid transparent;
    border-inline-start-width: 4px;
    border-radius: calc(var(--_radius) / 1.5);
    background: none;
    color: inherit;
    font: inherit;
    line-height: inherit;
    text-align: start;
    cursor: pointer;
  }
  .person:hover {
    background: var(--_subtle);
  }
  .person[aria-pressed='true'] {
    background: var(--_subtle);
    border-color: var(--_border);
    border-inline-start-color: var(--_accent);
  }
  /* The name, its other script and the role badge beside them, wrapping as words do. */
  .names {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.125em 0.5em;
    min-inline-size: 0;
  }
  .names .role {
    align-self: center;
  }
  .name {
    font-weight: 600;
  }
  /* A flex item may shrink below its longest word, so that a word longer than the whole line (large text in a narrow
     column) breaks instead of pushing the list sideways; a name that fits a line alone is never broken. */
  .name,
  .native-name {
    min-inline-size: 0;
  }
  .native-name {
    color: var(--_muted);
  }
  .details {
    font-size: max(0.8125em, 12px);
  }
  .compact .person {
    padding-block: 0.25em;
  }
  .compact .people {
    gap: 0;
  }
  .organisation {
    padding-block: 0.25em;
    padding-inline: calc(0.625em + 4px);
  }
  @media (forced-colors: active) {
    .person[aria-pressed='true'] {
      border-color: Highlight;
    }
  }
`;
