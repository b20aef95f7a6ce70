import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

/** Pure logic and components, with WXT's Vitest plugin and its fake browser. */
export const unitProject: TestProjectInlineConfiguration = {
  plugins: [WxtVitest()],
  test: {
    name: 'unit',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
  },
};

// Two kinds of tests, one command:
// - unit: see above (mutation testing runs these alone: vitest.mutation.config.ts);
// - e2e: the BUILT extension (.output/chrome-mv3) in real headless Chromium against local
//   servers (the local GitLab, a real registry). They share machines with 2 cores, so the
//   e2e files run one at a time.
export default defineConfig({
  test: {
    projects: [
      unitProject,
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts', 'tests/gitlab-sandbox/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Waiting on what a person would see (a prefilled field, a stored variable) can take a
          // few seconds on a loaded 2-core machine; a condition that never comes still fails.
          expect: { poll: { timeout: 15_000, interval: 50 } },
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
