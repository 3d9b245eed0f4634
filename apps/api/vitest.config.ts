import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Each file seeds its own in-memory database (a few seconds; longer on PostgreSQL).
    testTimeout: 30_000,
    hookTimeout: 90_000,
  },
});
