// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const DATABASE_PACKAGES = ['drizzle-orm', 'drizzle-orm/*', 'pg'];
/** `../other-module/anything-but-index.js`, as seen from a file in src/modules/<name>/. */
const OTHER_MODULE_INTERNALS = '^\\.\\./[^./][^/]*/(?!index\\.js$)[^/]+$';
/** `z.string()` or a string format, unless it is the `format` that text() wraps. */
const BARE_STRING =
  "CallExpression[callee.object.name='z'][callee.property.name=/^(string|url|httpUrl|email)$/]:not(CallExpression[callee.name='text'] *)";
const REQUEST_STRING_MESSAGE =
  'Declare request strings with text() from src/http/text.ts: a maximum length, and no NUL or lone surrogates.';

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', '.data/', 'coverage/', 'drizzle/', 'openapi/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Fastify plugins are async functions that may not await anything.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  // The layering of ENGINEERING.md, as lint errors.
  {
    files: ['src/**/*.ts'],
    ignores: ['src/db/**', 'src/**/*.table.ts', 'src/**/*.repository.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: DATABASE_PACKAGES,
              message: 'drizzle-orm and pg belong in src/db/, *.table.ts and *.repository.ts.',
            },
            { group: ['vitest', '**/test/**'], message: 'No test code in src/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/modules/**/*.ts'],
    ignores: ['src/modules/*/*.table.ts', 'src/modules/*/*.repository.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: DATABASE_PACKAGES,
              message: 'drizzle-orm and pg belong in src/db/, *.table.ts and *.repository.ts.',
            },
            { group: ['vitest', '**/test/**'], message: 'No test code in src/.' },
            { regex: OTHER_MODULE_INTERNALS, message: 'Use another module through its index.ts only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/modules/*/*.routes.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: DATABASE_PACKAGES, message: 'Routes never touch the database.' },
            { regex: '\\.repository\\.js$', message: 'Routes call services, never repositories.' },
            { regex: OTHER_MODULE_INTERNALS, message: 'Use another module through its index.ts only.' },
          ],
        },
      ],
    },
  },
  // Request strings go through text() (src/http/text.ts): bounded, no NUL, no lone surrogates.
  // Request objects are the strict ones (strictObject, .strict()); response objects are not.
  {
    files: ['src/**/*.ts'],
    ignores: ['src/http/text.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `CallExpression[callee.property.name=/^(strictObject|strict)$/] ${BARE_STRING}`,
          message: REQUEST_STRING_MESSAGE,
        },
        // Headers: the only keys spelt in kebab-case.
        {
          selector: `Property[key.value=/^[a-z]+(-[a-z]+)+$/] ${BARE_STRING}`,
          message: REQUEST_STRING_MESSAGE,
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/config.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Only src/config.ts reads the environment.' },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // expect.any() and friends are typed `any` by design.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
);
