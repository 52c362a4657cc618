import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      '.output',
      '.wxt',
      '.scratch',
      'demo-output',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Page text must stay text.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Page text must stay text.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Page text must stay text.',
        },
      ],
    },
  },
  // React hooks rules only where React lives (Playwright's fixture `use()` is not a hook).
  {
    files: ['entrypoints/**/*.{ts,tsx}', 'components/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  { files: ['scripts/**/*.mjs', '.ci/**/*.mjs'], languageOptions: { globals: globals.node } },
  {
    files: [
      'entrypoints/**/*.content.ts',
      'entrypoints/**/*.content/**',
      'entrypoints/sentinel.ts',
      'lib/platforms/**',
      'lib/content/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['dexie', '**/lib/db', '**/db', '**/lib/store/**', '**/store/*'],
              message: 'Content scripts never open IndexedDB (it is the shop database).',
            },
          ],
        },
      ],
    },
  },
);
