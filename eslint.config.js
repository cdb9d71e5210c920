import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const frameworkImports = ['react', 'react-dom', 'react/*', 'react-dom/*', 'i18next', 'react-i18next', '@radix-ui/*'];

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', '.cache/', 'coverage/'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    // Layers below the React layer stay framework-free (architecture.md, habit 1).
    files: ['src/core/**', 'src/strength/**', 'src/adapters/**', 'src/server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: frameworkImports, message: 'Only src/react may import a UI framework or i18next.' }] },
      ],
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
);
