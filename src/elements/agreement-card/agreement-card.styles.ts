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
  .title {
    font-size: var(--_fs-title);
    font-weight: 700;
    /* 1.25, or 1.5 in Arabic script (the tokens, VISUAL.md). */
    line-height: var(--_lh-title);
  }
  /* Running text at most about 70 characters a line (VISUAL.md). */
  .summary,
  .items,
  .statement {
    max-inline-size: 38em;
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
  /* The facts and the sections under them share their columns: the same track sizes and the same gap. */
  .facts {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.75em var(--_space);
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
    gap: 0.5em;
  }
  .participant,
  .speaker {
    display: grid;
    gap: 0.125em;
  }
  /* An organisation's abbreviation stays whole with its parentheses, after the name. */
  .organisation .abbr {
    white-space: nowrap;
  }
  .person-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }
  .person-name {
    font-weight: 600;
  }
  .person-title {
    font-size: var(--_fs-meta);
    line-height: var(--_lh-meta);
  }
  .sections {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--_space);
  }
  .items li + li {
    margin-block-start: 0.25em;
  }
  /* The words of the day: quotations side by side where there is room. */
  .quotes {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--_space);
  }
  .statement {
    margin: 0;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_accent);
    display: grid;
    align-content: start;
    gap: 0.5em;
  }
  .statement blockquote {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.5;
  }
  .statement blockquote:is(:lang(fa), :lang(az-Arab), :lang(ar)) {
    line-height: 1.8;
  }
  .statement figcaption {
    display: grid;
    gap: 0.25em;
  }
  .quoted-from {
    font-size: max(0.8125em, 12px);
  }
  .translation-mark {
    display: inline-block;
    padding-inline: 0.4em;
    border: 1px solid var(--_border);
    border-radius: 0.25em;
    color: var(--_text);
    font-weight: 600;
  }
  .sources {
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.75em;
    font-size: max(0.8125em, 12px);
  }
  .sources ul {
    display: grid;
    gap: 0.25em;
  }
  /* A headline is a title, not emphasis: upright in every script (Arabic script has no italic). */
  cite {
    font-style: normal;
  }
  .source-date {
    white-space: nowrap;
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
    .sections,
    .quotes {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
`;
