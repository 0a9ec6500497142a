import { defineConfig } from 'vitest/config'

// Checks that need Node itself (file system, stock kuromoji, static analysis); everything else runs in workerd.
export default defineConfig({
  test: {
    include: ['test/node/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
