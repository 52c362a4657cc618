import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['node_modules', '.output', '.wxt', 'demo-output', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
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
      ],
    },
  },
  {
    files: [
      'entrypoints/**/*.content.ts',
      'entrypoints/**/*.content/**',
      'lib/platforms/**',
      'lib/content/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['dexie', '**/lib/db', '**/lib/db/**'],
              message: 'Content scripts never open IndexedDB (it is the shop database).',
            },
          ],
        },
      ],
    },
  },
);
