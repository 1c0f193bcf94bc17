import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

/**
 * `npm run screenshots`: the README's pictures, taken from the demo town in browser mode. Apart from
 * `npm test` because it rewrites tracked files in docs/screenshots and plays the whole demo town.
 */
export default defineConfig({ ...base, testDir: '.', testMatch: '*.spec.ts', timeout: 300_000, reporter: [['list']] });
