/**
 * The CSS of the theming page's example (theming.mdx): shown there to copy, and applied by the live stories
 * (theming.stories.ts), so the page shows exactly what the CSS does.
 */
export const themingExampleCss = `/* Set on the elements or on any ancestor: here, the part of the page that holds them. */
.twinning {
  --twin-color-accent: light-dark(#8a1538, #f4a3bd);
  --twin-color-on-accent: light-dark(#ffffff, #2b0713);
  --twin-color-link: light-dark(#8a1538, #f4a3bd);
  --twin-color-focus: light-dark(#8a1538, #f4a3bd);
  --twin-radius: 0.25rem;
  --twin-map-land: light-dark(#f5efe3, #2e2a24);
}

/* One piece of one element, through its part. */
.twinning twin-agreement-card::part(header) {
  border-block-end: 2px solid var(--twin-color-accent);
  padding-block-end: 0.5rem;
}
`;
