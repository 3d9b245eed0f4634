import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The run seeds one SQLite database; each file works on its own in-memory copy of it
    // (PostgreSQL tests seed their own database).
    globalSetup: ['test/helpers/global-seed.ts'],
    testTimeout: 30_000,
    hookTimeout: 90_000,
  },
});
