import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** Two suites: Node (core, db, transports) and the renderer's forms in jsdom. */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['electron/**/*.test.ts', 'db/**/*.test.ts', 'scripts/**/*.test.ts', 'renderer/build-tools/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['renderer/src/**/*.test.{ts,tsx}'],
          setupFiles: ['renderer/src/test/setup.ts'],
          // The print stylesheet travels as text (`?raw`) with every print job: keep it real in tests.
          css: { include: [/renderer\/src\/documents\/.*\.css/] },
          testTimeout: 30_000,
        },
      },
    ],
  },
});
