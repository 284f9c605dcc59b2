// Custom Elements Manifest (custom-elements.json), generated from the elements' JSDoc: the API reference for
// Storybook's autodocs, editors and other tools, never written by hand. From it, at build: VS Code custom data
// (HTML and CSS completion) and JSX types for React/Preact/Solid users, in dist/.
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

const folder = (tag) => tag.replace(/^twin-/, '');

export default {
  globs: ['src/elements/**/*.ts', 'src/shared/twin-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/timeline-model.ts', 'src/**/label-layout.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    customElementJsxPlugin({
      outdir: 'dist',
      fileName: 'jsx.d.ts',
      componentTypePath: (_name, tag) => `./elements/${folder(tag)}/${folder(tag)}.js`,
      exclude: ['TwinElement'],
      hideLogs: true,
    }),
  ],
};
