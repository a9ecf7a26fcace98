import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = ['filters', 'reports', 'charts', 'export', 'import'];

// Dependencies point one way: app → features → shared (lib, schemas, components).
// A feature never reaches into another feature or into app; shared code never reaches into either.
const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});
const noUpward = { group: ['@/app/*', '**/app/*'], message: 'Only src/app may compose features.' };
const noMocks = {
  group: ['@mocks/*', '**/mocks/*'],
  message: 'src/ must not depend on the mocks; main.tsx loads them dynamically.',
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'test-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['src/lib/**', 'src/schemas/**', 'src/components/**'],
    rules: restrict([
      noUpward,
      noMocks,
      {
        group: ['@/features/*', '**/features/*'],
        message: 'Shared code must not import features.',
      },
    ]),
  },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: restrict([
      noUpward,
      noMocks,
      {
        group: [
          ...features.filter((other) => other !== feature).map((other) => `@/features/${other}/*`),
          '../../*/',
        ],
        message: 'A feature must not import another feature; compose them in src/app.',
      },
    ]),
  })),
  {
    files: ['src/app/**'],
    ignores: ['src/app/main.tsx'],
    rules: restrict([noMocks]),
  },
);
