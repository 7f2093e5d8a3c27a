import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process'];

/** Forbids imports matching each group in the files given, with the reason as the message. */
function restrictImports(files, rules) {
  const patterns = rules.map(([group, message]) => ({ group, message }));
  return { files: [files], rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['eslint.config.js', 'src/node/bundle/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['src/**/*.tsx', 'src/app/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // The Node/browser split is enforced, not just hoped for (style note 8).
  restrictImports('src/app/**', [
    [NODE_BUILTINS, 'The app never imports Node code.'],
    [['**/node/**', '**/core/**'], 'The app reads the data file; it does not run the pipeline.'],
  ]),
  restrictImports('src/core/**', [
    [NODE_BUILTINS, 'The core is pure: data in, data out. Only src/node touches files.'],
    [['**/node/**', '**/app/**'], 'The core depends on nothing but src/shared.'],
  ]),
  restrictImports('src/shared/**', [
    [
      [...NODE_BUILTINS, '**/node/**', '**/app/**', '**/core/**', 'react*', 'leaflet*'],
      'Shared types import nothing else.',
    ],
  ]),
);
