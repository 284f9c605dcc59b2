import { css, unsafeCSS, type CSSResult } from 'lit';

/** A colour token: the public custom property a site sets, and the default in the light and the dark scheme. */
export type SchemeColour = readonly [publicProperty: string, light: string, dark: string];

/**
 * Private colour properties (`--_name`) from a table of scheme colours. `light-dark()` picks the value where it is
 * supported (Chrome 123, Safari 17.5, Firefox 120); below that, the light value stands, and the dark one applies
 * under `theme="dark"`, or `theme="auto"` in a dark system, so no declaration is ever dropped and no surface lost.
 * On paper the light values stand in every theme (see `tokens`): ink on white, never a dark surface.
 */
export function schemeColours(colours: Readonly<Record<string, SchemeColour>>): CSSResult {
  const declarations = (pick: (c: SchemeColour) => string) =>
    Object.entries(colours)
      .map(([name, c]) => `--_${name}: var(${c[0]}, ${pick(c)});`)
      .join('\n');
  const light = declarations((c) => c[1]);
  const dark = declarations((c) => c[2]);
  const both = declarations((c) => `light-dark(${c[1]}, ${c[2]})`);
  // Only constant strings of this module go into the sheet: no data ever reaches unsafeCSS.
  return unsafeCSS(`
    :host { ${light} }
    @supports (color: light-dark(#000, #fff)) {
      :host { ${both} }
    }
    @supports not (color: light-dark(#000, #fff)) {
      @media not print {
        :host([theme='dark']) { ${dark} }
        @media (prefers-color-scheme: dark) {
          :host([theme='auto']) { ${dark} }
        }
      }
    }
  `);
}

/**
 * The design tokens every element reads. A site themes the elements by setting `--twin-*` custom properties on
 * them or any ancestor; the `--_` properties are private. Colors meet WCAG AA contrast in both schemes.
 *
 * Light unless the page asks for dark: without a `theme` attribute the element takes the page's own
 * `color-scheme` (inherited), so a dark card never appears on a light page because the reader's system is dark;
 * `theme="auto"` follows the system, `light` and `dark` force one.
 */
export const tokens = [
  schemeColours({
    text: ['--twin-color-text', '#1d1f24', '#eceef2'],
    muted: ['--twin-color-muted', '#4c5361', '#b4bac6'],
    surface: ['--twin-color-surface', '#ffffff', '#1b1d22'],
    subtle: ['--twin-color-subtle', '#f3f5f8', '#262a31'],
    border: ['--twin-color-border', '#cfd5de', '#3c424d'],
    accent: ['--twin-color-accent', '#0b6b5d', '#6fd6c3'],
    'on-accent': ['--twin-color-on-accent', '#ffffff', '#0b1f1c'],
    link: ['--twin-color-link', '#0a5a8f', '#8cc8f5'],
    error: ['--twin-color-error', '#a11d2b', '#ff9aa3'],
    focus: ['--twin-color-focus', '#1a56db', '#9dbcff'],
  }),
  css`
  :host {
    --_radius: var(--twin-radius, 0.75em);
    --_space: var(--twin-space, 1em);
    --_shadow: var(--twin-shadow, 0 1px 2px rgb(0 0 0 / 0.08), 0 2px 8px rgb(0 0 0 / 0.06));
    /* The type scale (VISUAL.md) in em of the element's text; Arabic-script line heights are set on .base. */
    --_fs-title: 1.375em;
    --_fs-headline: 1.125em;
    --_fs-kicker: 0.875em;
    --_fs-meta: max(0.8125em, 12px);
    --_lh-body: 1.5;
    --_lh-title: 1.25;
    --_lh-headline: 1.3;
    --_lh-kicker: 1.4;
    --_lh-meta: 1.4;
    /* Spacing steps: 0.25, 0.5, 0.75, 1, 1.5, 2 and 3 times the base spacing (--twin-space scales them all). */
    --_space-1: calc(0.25 * var(--_space));
    --_space-2: calc(0.5 * var(--_space));
    --_space-3: calc(0.75 * var(--_space));
    --_space-4: var(--_space);
    --_space-5: calc(1.5 * var(--_space));
    --_space-6: calc(2 * var(--_space));
    --_space-7: calc(3 * var(--_space));
    display: block;
    box-sizing: border-box;
    font-family: var(--twin-font-family, inherit);
    color: var(--_text);
    line-height: 1.5;
    text-align: start;
    letter-spacing: normal;
    word-spacing: normal;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  /* Printed in the light scheme whatever the theme or the page's scheme: ink on white paper. */
  @media print {
    :host,
    :host([theme]) {
      color-scheme: light;
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`,
];

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
    line-height: var(--_lh-body);
  }
  /* Arabic script (Persian, Azerbaijani as Khoy writes it) wants more leading and a larger small size (VISUAL.md). */
  .base:is(:lang(fa), :lang(az-Arab), :lang(azb), :lang(ar), :lang(ur), :lang(ckb)) {
    --_lh-body: 1.8;
    --_lh-title: 1.5;
    --_lh-headline: 1.6;
    --_lh-kicker: 1.6;
    --_lh-meta: 1.7;
    --_fs-meta: max(0.8125em, 13px);
  }
  /* appearance="plain": no frame, for sidebars and pages that frame their content themselves. */
  :host([appearance='plain']) .base {
    background: none;
    border: 0;
    border-radius: 0;
    box-shadow: none;
    padding: 0;
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
    margin-block-end: 0.375em;
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
    min-block-size: 6em;
  }
  .loading {
    color: var(--_muted);
  }
  /* The skeleton: the element's shape while it loads, at (about) the block size of its content. */
  /*
   * The element's outer block size while it loads is --_reserve (set by each element), the same as the host rule
   * the README gives for the moment before the script runs (\`twin-…:not(:defined)\`): the page does not move
   * when the element upgrades, and the content lands below the fold when it is taller.
   */
  .state.loading {
    padding: 0;
    min-block-size: calc(var(--_reserve, 0px) - 2 * var(--_space) - 2px);
  }
  .skeleton {
    display: grid;
    gap: 0.75em;
  }
  .bone {
    block-size: 1.5em;
    border-radius: 0.25em;
    background: var(--_subtle);
  }
  .bone.title {
    block-size: 1.75em;
    inline-size: 70%;
  }
  .bone.short {
    inline-size: 45%;
  }
  /* The error: its title in the error colour beside a bar of it; the sentence and the details in the text's. */
  .error {
    color: var(--_text);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_error);
    border-radius: calc(var(--_radius) / 2);
    margin-block-end: var(--_space);
  }
  .error .error-title {
    color: var(--_error);
    font-weight: 700;
  }
  .error p + p,
  .error details {
    margin-block-start: 0.5em;
  }
  .error .issues {
    color: var(--_text);
    font-size: 0.875em;
  }
  /* The data's paths and the technical line: monospace at the size of the text around them, never under 12 px (the
     browsers' own size for a lone monospace family is 13/16 of it, 11.4 px in the issues' 14 px). */
  .error code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: max(1em, 12px);
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
