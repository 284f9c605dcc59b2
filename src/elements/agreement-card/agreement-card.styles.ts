import { css } from 'lit';

export const agreementCardStyles = css`
  :host {
    /* The block size kept while loading (see .state.loading), as in the README's host rule. */
    --_reserve: 40em;
  }
  .card {
    display: grid;
    gap: var(--_space);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5em var(--_space);
  }
  .heading {
    flex: 1 1 14em;
    min-inline-size: 0;
  }
  .kind {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .title {
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  .summary {
    color: var(--_text);
  }
  .parties {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.5em;
    align-items: center;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .party {
    display: grid;
    gap: 0.125em;
    padding: 0.75em;
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_subtle);
  }
  .party-name {
    font-size: 1.25em;
    font-weight: 700;
  }
  .facts {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.75em;
  }
  .fact dt {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
  }
  .secondary-date {
    display: block;
    color: var(--_muted);
  }
  .people {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.25em;
  }
  .role {
    color: var(--_muted);
  }
  .sections {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--_space);
  }
  .items li + li {
    margin-block-start: 0.25em;
  }
  .sources {
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.75em;
    font-size: 0.875em;
  }
  .sources ul {
    display: grid;
    gap: 0.25em;
  }

  .link {
    display: none;
    color: var(--_accent);
    font-size: 1.5em;
    text-align: center;
  }
  @container (min-width: 30em) {
    .parties {
      grid-template-columns: 1fr auto 1fr;
    }
    .link {
      display: block;
    }
  }
  @container (min-width: 40em) {
    .facts {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .sections {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
`;
