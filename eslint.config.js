// Layer rules (DESIGN.md §6, STYLE.md): a wrong import across layers fails `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const message = (why) => `Layer rule: ${why} (see docs/decisions/0001-layers.md).`;

export const layerRules = [
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeBuiltins.map((name) => ({ name, message: message('shared/ is pure: no Node built-ins') })),
            { name: 'electron', message: message('shared/ never imports electron') },
            { name: 'better-sqlite3', message: message('shared/ has no I/O') },
            { name: 'ws', message: message('shared/ has no I/O') },
            { name: 'react', message: message('shared/ has no UI') },
          ],
          patterns: [
            { group: ['node:*'], message: message('shared/ is pure: no Node built-ins') },
            { group: ['**/electron/**', '**/renderer/**', '**/hub/**'], message: message('shared/ imports only shared/') },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'process', 'require', 'Buffer', '__dirname'].map((name) => ({
          name,
          message: message('shared/ is pure: no DOM or Node globals'),
        })),
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: message('electron/core/ runs in plain Node: no electron import') }],
          patterns: [
            { group: ['electron/*'], message: message('electron/core/ runs in plain Node') },
            { group: ['**/renderer/**', '**/main/**', '**/preload/**', '**/hub/**'], message: message('electron/core/ imports shared/ and itself') },
          ],
        },
      ],
    },
  },
  {
    // The preload runs sandboxed in the page's process: Electron's renderer modules only, never Node or the core.
    files: ['electron/preload/**/*.ts'],
    ignores: ['electron/preload/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeBuiltins.map((name) => ({ name, message: message('the sandboxed preload has no Node access') })),
            { name: 'better-sqlite3', message: message('the preload never touches the database') },
            { name: 'ws', message: message('the preload talks only over IPC') },
          ],
          patterns: [
            { group: ['node:*'], message: message('the sandboxed preload has no Node access') },
            { group: ['**/core/**', '**/main/**', '**/renderer/**', '**/hub/**', '**/scripts/**'], message: message('the preload imports only shared/ and itself') },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', '__dirname', '__filename', 'global'].map((name) => ({
          name,
          message: message('the sandboxed preload has no Node globals'),
        })),
      ],
    },
  },
  {
    files: ['hub/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: message('hub/ is a Node server: no electron') },
            { name: 'better-sqlite3', message: message('hub/ keeps its data in PostgreSQL') },
            { name: 'react', message: message('hub/ has no UI') },
          ],
          patterns: [
            { group: ['**/electron/**', '**/renderer/**', '**/scripts/**'], message: message('hub/ imports shared/, Node and itself; it shares logic with the core only through shared/') },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeBuiltins.map((name) => ({ name, message: message('the renderer has no Node access') })),
            { name: 'electron', message: message('the renderer talks to the core only through the API') },
            { name: 'better-sqlite3', message: message('the renderer never touches the database') },
          ],
          patterns: [
            { group: ['node:*'], message: message('the renderer has no Node access') },
            { group: ['**/electron/**', '**/hub/**', '**/scripts/**'], message: message('the renderer imports only shared/ and itself') },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.tsbuild/', 'test-results/', 'playwright-report/', 'bench/data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-warning-comments': ['error', { terms: ['todo', 'fixme', 'xxx'], location: 'start' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // The browser's own date inputs follow the system's locale (mm/dd/yyyy in a zh-CN console).
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='type'][value.value=/^(date|datetime-local|time|month|week)$/]",
          message: 'Dates are typed in forms/DateField (YYYY-MM-DD, Shanghai time, in both languages).',
        },
      ],
    },
  },
  ...layerRules,
);
