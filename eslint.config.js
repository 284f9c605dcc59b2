import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import compat from 'eslint-plugin-compat';
import floor from './scripts/eslint-plugin-floor.mjs';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'src/generated/', 'bench/.build/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  wcConfigs['flat/recommended'],
  litConfigs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "ImportSpecifier[imported.name='unsafeHTML']", message: 'Data is untrusted: no unsafeHTML.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Data is untrusted: no innerHTML.' },
      ],
      'no-restricted-imports': ['error', { paths: [{ name: '@lit/localize', importNames: ['msg'], message: "Use msg from src/i18n/localize.ts: it answers in each element's own language." }] }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The browser floor (package.json "browserslist"): every web and ECMAScript API the shipped code uses must exist
    // there, or be behind a feature test (an `if`). lintAllEsApis: esbuild lowers syntax only, not APIs.
    // floor/api (scripts/eslint-plugin-floor.mjs) adds the newer APIs eslint-plugin-compat's data does not know yet.
    ...compat.configs['flat/recommended'],
    files: ['src/**/*.ts'],
    ignores: ['src/cli.ts', 'src/server/**'],
    plugins: { ...compat.configs['flat/recommended'].plugins, floor },
    rules: { ...compat.configs['flat/recommended'].rules, 'floor/api': 'error' },
    settings: { lintAllEsApis: true },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/*.mjs', 'bench/lib/**/*.mjs', 'test/ssr/**/*.mjs', 'test/floor/**/*.mjs', '*.config.{js,mjs,ts}', '.storybook/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
