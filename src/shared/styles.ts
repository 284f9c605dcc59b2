import { css } from 'lit';

/**
 * The design tokens every element reads. A site themes the elements by setting `--twin-*` custom properties on
 * them or any ancestor; the `--_` properties are private. Colors meet WCAG AA contrast in both schemes.
 */
export const tokens = css`
  :host {
    color-scheme: light dark;
    --_text: var(--twin-color-text, light-dark(#1d1f24, #eceef2));
    --_muted: var(--twin-color-muted, light-dark(#4c5361, #b4bac6));
    --_surface: var(--twin-color-surface, light-dark(#ffffff, #1b1d22));
    --_subtle: var(--twin-color-subtle, light-dark(#f3f5f8, #262a31));
    --_border: var(--twin-color-border, light-dark(#cfd5de, #3c424d));
    --_accent: var(--twin-color-accent, light-dark(#0b6b5d, #6fd6c3));
    --_on-accent: var(--twin-color-on-accent, light-dark(#ffffff, #0b1f1c));
    --_link: var(--twin-color-link, light-dark(#0a5a8f, #8cc8f5));
    --_error: var(--twin-color-error, light-dark(#a11d2b, #ff9aa3));
    --_focus: var(--twin-color-focus, light-dark(#1a56db, #9dbcff));
    --_radius: var(--twin-radius, 0.75rem);
    --_space: var(--twin-space, 1rem);
    --_shadow: var(--twin-shadow, 0 1px 2px rgb(0 0 0 / 0.08), 0 2px 8px rgb(0 0 0 / 0.06));
    display: block;
    box-sizing: border-box;
    font-family: var(--twin-font-family, inherit);
    color: var(--_text);
    line-height: 1.5;
    text-align: start;
    letter-spacing: normal;
    word-spacing: normal;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;

/** Pieces every element shares: the frame, headings, lists, links, badges, states and focus. */
export const shared = css`
  .base {
    container-type: inline-size;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    padding: var(--_space);
    overflow-wrap: anywhere;
  }
  h2,
  h3,
  h4,
  p,
  ul,
  ol,
  dl,
  dd,
  figure {
    margin: 0;
  }
  ul,
  ol {
    padding-inline-start: 1.25em;
  }
  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .muted,
  .notice {
    color: var(--_muted);
  }
  .section-title {
    font-size: 1em;
    font-weight: 700;
    margin-block-end: 0.375rem;
  }
  .plain-list {
    list-style: none;
    padding: 0;
  }
  .badge {
    display: inline-block;
    padding-block: 0.1em;
    padding-inline: 0.6em;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.8125em;
    font-weight: 600;
    line-height: 1.5;
    white-space: nowrap;
  }
  .state {
    padding: var(--_space);
    min-block-size: 6rem;
  }
  .loading {
    color: var(--_muted);
  }
  .error {
    color: var(--_error);
    border: 1px solid currentColor;
    border-radius: calc(var(--_radius) / 2);
    margin-block-end: var(--_space);
  }
  .error p + p,
  .error details {
    margin-block-start: 0.5em;
  }
  .error .issues {
    color: var(--_text);
    font-size: 0.875em;
  }
  bdi {
    unicode-bidi: isolate;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;

/** Windows high contrast and other forced-colors modes: system colors, visible borders. */
export const forcedColors = css`
  @media (forced-colors: active) {
    .base,
    .badge,
    .error {
      border: 1px solid CanvasText;
      forced-color-adjust: auto;
    }
    .badge {
      background: Canvas;
      color: CanvasText;
    }
    a {
      color: LinkText;
    }
  }
`;
