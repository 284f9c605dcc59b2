// Custom Elements Manifest (custom-elements.json), generated from the elements' JSDoc: the API reference for
// Storybook's autodocs, editors and other tools, never written by hand. From it, at build: VS Code custom data
// (HTML and CSS completion) and JSX types for React/Preact/Solid users, in dist/.
import { readFileSync } from 'node:fs';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

const folder = (tag) => tag.replace(/^twin-/, '');

export default {
  globs: ['src/elements/**/*.ts', 'src/shared/twin-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.view.ts', 'src/**/timeline-model.ts', 'src/**/label-layout.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  // The analyzer lists modules in the order its glob finds them, which varies from run to run; sorted, the manifest
  // is the same every time (CI compares it with the committed one).
  overrideModuleCreation: ({ ts, globs }) =>
    [...globs].sort().map((glob) => ts.createSourceFile(glob, readFileSync(glob, 'utf8'), ts.ScriptTarget.ES2015, true)),
  plugins: [
    {
      // The manifest is the public API: private and protected members (which Lit's analyzer lists when they carry
      // JSDoc) are implementation, not contract.
      name: 'public-members-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.members) decl.members = decl.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected');
          }
        }
      },
    },
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    {
      // TwinElement's `emit(type, detail)` makes `new CustomEvent(type, …)`: the analyzer takes the parameter for an
      // event named "type" (inherited by every element). The events are the `@event` tags of each element.
      name: 'no-event-named-type',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events) decl.events = decl.events.filter((e) => e.name !== 'type');
            if (decl.events?.length === 0) delete decl.events;
          }
        }
      },
    },
    jsxTypes({
      outdir: 'dist',
      fileName: 'jsx.d.ts',
      componentTypePath: (_name, tag) => `./elements/${folder(tag)}/${folder(tag)}.js`,
      exclude: ['TwinElement'],
      hideLogs: true,
    }),
  ],
};

/**
 * The JSX types. The manifest gives an event's type as the event's (`CustomEvent<TwinLoadDetail>`, as its schema
 * asks); custom-element-jsx-integration wants the type of its `detail` (it writes `CustomEvent<…>` around it, and
 * `never` where there is none). It gets a copy of the manifest with each `CustomEvent<T>` read as `T`, and imports
 * `T` from the element's module.
 */
function jsxTypes(options) {
  const plugin = customElementJsxPlugin(options);
  return {
    ...plugin,
    packageLinkPhase(context) {
      const manifest = structuredClone(context.customElementsManifest);
      for (const mod of manifest.modules) {
        for (const decl of mod.declarations ?? []) {
          for (const event of decl.events ?? []) {
            const detail = /^CustomEvent<(.+)>$/.exec(event.type?.text ?? '')?.[1];
            if (detail) event.type = { ...event.type, text: detail };
          }
        }
      }
      return plugin.packageLinkPhase?.({ ...context, customElementsManifest: manifest });
    },
  };
}
