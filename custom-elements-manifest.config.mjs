// Custom Elements Manifest (custom-elements.json), generated from the elements' JSDoc at build: the API
// reference for Storybook's autodocs, editors and other tools, never written by hand.
export default {
  globs: ['src/elements/**/*.ts', 'src/shared/twin-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/timeline-model.ts', 'src/**/label-layout.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
