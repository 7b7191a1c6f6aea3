// ESLint finds what tsc and tests/unit/layout.test.ts do not: promises nobody awaits or
// handles (servers, workers, the build), async functions where a caller expects a plain one,
// mistakes in Astro components, and disable comments that no longer disable anything.
// Formatting is Prettier's (prettier.config.js): eslint-config-prettier comes last and turns
// off every rule that would argue with it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // The files Prettier leaves alone (.prettierignore, .gitignore): output, content, fixtures.
  globalIgnores([
    'dist/',
    '.dist-*/',
    '.astro/',
    'tmp/',
    'test-results/',
    'content/',
    'tests/fixtures/',
    'docs/',
    'public/',
  ]),
  {
    linterOptions: { reportUnusedDisableDirectives: 'error', reportUnusedInlineConfigs: 'error' },
    languageOptions: { globals: globals.node },
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // An async function without await is how this code meets an interface that returns a
      // promise (Astro's loaders, test doubles of Pagefind): what it throws becomes a rejection.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tests build broken input on purpose (an article with a misspelt key), read JSON they
    // just parsed, and match with vitest's expect.any() and expect.stringMatching(), which
    // are typed any: an `any` there makes a test fail, never the site.
    files: ['**/*.test.ts', 'tests/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  astro.configs.recommended,
  {
    // astro-eslint-parser has no projectService: it reads the tsconfig (README of the parser).
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { projectService: false, project: './tsconfig.json' } },
    rules: {
      // The template's markup has no type here (Astro types it as any, and the parser's
      // program does not resolve it): every `{list.map((x) => <li>…</li>)}` would count.
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // The <script>s of components run in the browser and are linted without types (the
    // Astro plugin gives them no program); tsc and astro check type them.
    files: ['**/*.astro/*.ts', '**/*.astro/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
