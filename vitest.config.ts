import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'hub/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // A file's first hook seeds a demo town (scrypt for every account); on a loaded 2-core machine, beside the demo-history test, 10 s was not always enough.
    hookTimeout: 30_000,
    pool: 'forks',
    globalSetup: ['tests/support/temp-root.ts'],
    reporters: ['default', ['json', { outputFile: '.test-reports/unit.json' }]],
  },
});
