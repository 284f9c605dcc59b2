import { css } from 'lit';

export const signatoryListStyles = css`
  .groups {
    display: grid;
    gap: var(--_space);
  }
  @container (min-width: 34rem) {
    .groups.columns {
      grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr));
      align-items: start;
    }
  }
  .group-heading {
    padding-block-end: 0.25rem;
    border-block-end: 1px solid var(--_border);
    margin-block-end: 0.5rem;
  }
  .country {
    font-weight: 400;
    font-size: 0.875em;
  }
  .people {
    display: grid;
    gap: 0.25rem;
  }
  .person {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: baseline;
    gap: 0.125rem 0.5rem;
    inline-size: 100%;
    margin: 0;
    padding-block: 0.5rem;
    padding-inline: 0.625rem;
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
  .names {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5em;
    min-inline-size: 0;
  }
  .name {
    font-weight: 600;
  }
  .native-name {
    color: var(--_muted);
  }
  .details {
    grid-column: 1 / -1;
    font-size: 0.875em;
  }
  .compact .person {
    padding-block: 0.25rem;
  }
  .compact .people {
    gap: 0;
  }
  .organisation {
    padding-block: 0.25rem;
    padding-inline: calc(0.625rem + 4px);
  }
  @media (forced-colors: active) {
    .person[aria-pressed='true'] {
      border-color: Highlight;
    }
  }
`;
