import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports that would tie the business to a window or a UI: core must run in plain Node. */
const NOT_IN_CORE = [
  { name: 'electron', message: 'electron/core es Node puro: el shell de Electron va en electron/main.' },
  { name: 'react', message: 'electron/core no importa React.' },
  { name: 'react-dom', message: 'electron/core no importa React.' },
];
const NOT_IN_CORE_PATTERNS = [
  { group: ['@mui/*', 'react-dom/*', 'react/*'], message: 'electron/core es Node puro.' },
  {
    group: ['**/renderer/**', '**/main/**', '**/preload/**', '**/transports/**'],
    message: 'electron/core no depende de sus transportes ni de la interfaz.',
  },
];
const DOM_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement', 'fetch'];

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'release', 'dist', 'e2e/artifacts', 'db/migrations', '.cache', '**/*.d.mts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs,ts}'],
    ignores: ['renderer/src/**'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['electron/core/**/*.ts', 'db/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': ['error', { paths: NOT_IN_CORE, patterns: NOT_IN_CORE_PATTERNS }],
      'no-restricted-globals': [
        'error',
        ...DOM_GLOBALS.map((name) => ({ name, message: 'electron/core es Node puro: sin DOM.' })),
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'better-sqlite3', 'drizzle-orm'].map((name) => ({
            name,
            message: 'La interfaz no accede a Node ni a la base de datos: use la API.',
          })),
          patterns: [
            { group: ['node:*', 'drizzle-orm/*'], message: 'La interfaz no accede a Node ni a la base de datos: use la API.' },
            {
              group: ['**/electron/core/**/*.service', '**/electron/core/**/*.handlers', '**/db/open', '**/db/seed/*'],
              message: 'La interfaz solo usa el contrato (tipos y esquemas).',
            },
          ],
        },
      ],
    },
  },
);
