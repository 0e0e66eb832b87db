// @ts-check
// ESLint flat config. TypeScript gets typescript-eslint's strict and stylistic type-checked sets, typed by
// the same tsconfig.json that `tsc --noEmit` uses (found per file by the project service); the plain
// JavaScript files (scripts/*.mjs, this file) get ESLint's recommended rules. Formatting belongs to
// Prettier: eslint-config-prettier, last, turns off every rule that would disagree with it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'node_modules/', 'coverage/', 'test/fixtures/seed/', '.tmp/', '.demo/']),
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['scripts/**/*.mjs', 'eslint.config.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts', 'scripts/**/*.mts', 'vitest.config.ts'],
    extends: [js.configs.recommended, tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Numbers in messages (sizes, counts, exit codes, ports) are the norm here; undefined, null and any stay errors.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `(m) => reporter.warning(m)` style callbacks are everywhere; void used inside other expressions stays an error.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // `env.RUNNER_TEMP || os.tmpdir()`: an empty string must fall back too, so `||` on strings is deliberate.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
      // The code writes `string[]` but `Array<[string, number]>` for tuples and object literals: keep that split.
      '@typescript-eslint/array-type': ['error', { default: 'array-simple' }],
      // Contradicts strict's no-non-null-assertion (it asks for `x!` where the code writes `x as T`); that one wins.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
    },
  },
  {
    files: ['test/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      // Tests and benchmarks restore the environment with `delete process.env[k]`, the only way to unset a variable.
      '@typescript-eslint/no-dynamic-delete': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Fakes implement Promise-returning interfaces with `async () => { throw ... }` or a plain return.
      '@typescript-eslint/require-await': 'off',
      // `() => {}` is the deliberate no-op handler of a fake or a swallowed stream error.
      '@typescript-eslint/no-empty-function': ['error', { allow: ['arrowFunctions'] }],
    },
  },
  prettier,
);
