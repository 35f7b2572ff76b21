import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import screenBoundaries from './eslint-rules/screen-boundaries.js';
import tseslint from 'typescript-eslint';

/** Imports that would tie the business to a window or a UI: core must run in plain Node. */
const NOT_IN_CORE = [
  { name: 'electron', message: 'electron/core es Node puro: el shell de Electron va en electron/main.' },
  { name: 'react', message: 'electron/core no importa React.' },
  { name: 'react-dom', message: 'electron/core no importa React.' },
];
/** Browser mode's test clock: only electron/host.ts may read it, never the desktop app or the core. */
const TEST_CLOCK_ONLY_IN_HOST = {
  group: ['**/test-clock'],
  message: 'El reloj de prueba es solo del modo navegador en pruebas (electron/host.ts).',
};
const NOT_IN_CORE_PATTERNS = [
  TEST_CLOCK_ONLY_IN_HOST,
  { group: ['@mui/*', 'react-dom/*', 'react/*'], message: 'electron/core es Node puro.' },
  {
    group: ['**/renderer/**', '**/main/**', '**/preload/**', '**/transports/**'],
    message: 'electron/core no depende de sus transportes ni de la interfaz.',
  },
];
/**
 * Dates, times, money and numbers are written in one place per side, with the office's zone and
 * the company's locale (renderer/src/format, electron/core/office): never the computer's zone,
 * never a locale typed elsewhere.
 */
const FORMAT_HERE = 'Fechas, horas, dinero y números pasan por el módulo de formato (zona de la oficina, idioma de la empresa)';
const OWN_FORMATTING = [
  { selector: "NewExpression[callee.object.name='Intl']", message: `${FORMAT_HERE}: sin Intl aquí.` },
  { selector: "CallExpression[callee.object.name='Intl']", message: `${FORMAT_HERE}: sin Intl aquí.` },
  {
    selector: 'CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/]',
    message: `${FORMAT_HERE}: sin toLocaleString aquí.`,
  },
];
const COMPUTER_ZONE = {
  selector: 'CallExpression[callee.property.name=/^get(FullYear|Month|Date|Day|Hours|Minutes|Seconds)$/]',
  message:
    'Esto lee la zona horaria del computador: use officeDateOf / formatTime del módulo de formato, o getUTC… para fechas civiles.',
};
const LOCALE_LITERAL = {
  selector: 'Literal[value=/^es-(CO|MX)$/]',
  message: 'El idioma regional es el de la empresa (sesión): no lo escriba en una pantalla o documento.',
};
/** Files where the core turns instants into the office's time or words on purpose. */
const CORE_FORMATTING_FILES = [
  'electron/core/clock.ts',
  'electron/core/agenda/slots.ts',
  'electron/core/office/office-format.ts',
];
const RENDERER_TESTS = ['renderer/src/**/*.test.{ts,tsx}', 'renderer/src/test/**', 'renderer/src/**/*fixtures.ts'];

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
    files: ['electron/**/*.ts'],
    ignores: ['electron/core/**', 'electron/host.ts', 'electron/test-clock*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [TEST_CLOCK_ONLY_IN_HOST] }] },
  },
  {
    files: ['electron/core/**/*.ts'],
    ignores: CORE_FORMATTING_FILES,
    rules: { 'no-restricted-syntax': ['error', ...OWN_FORMATTING] },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, ventanilla: { rules: { 'screen-boundaries': screenBoundaries } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'ventanilla/screen-boundaries': 'error',
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
      'no-restricted-syntax': ['error', ...OWN_FORMATTING, COMPUTER_ZONE, LOCALE_LITERAL],
    },
  },
  {
    // Tests and fixtures describe companies in either locale: the data may name it.
    files: RENDERER_TESTS,
    rules: { 'no-restricted-syntax': ['error', ...OWN_FORMATTING, COMPUTER_ZONE] },
  },
  {
    files: ['renderer/src/format/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
