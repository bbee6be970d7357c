// Tests run from the project root (the player's Vite root is templates/), with JSX compiled for Preact.
import { defineConfig } from 'vitest/config';
import { PREACT_JSX } from './build/vite/config.ts';

export default defineConfig({
  oxc: PREACT_JSX,
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
