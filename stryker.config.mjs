// Mutation testing of the unit tests: `npm run mutation -- --concurrency 2` (about an hour and a
// half on 2 cores, so not part of `npm test`). Report: reports/mutation/mutation.html and
// mutation.json; `npm run mutation:report` turns it into docs/mutation-survivors.md.
// One file only, e.g.: npm run mutation -- --mutate utils/docker-auth-config/base64.ts
// `npm run mutation` passes --ignoreStatic: static mutants (module-level constants: selectors,
// schemas, tables) each re-run every unit test that imports their file with the modules
// reloaded, and Stryker puts them at 92% of a run with them (about 20 hours on 2 cores).
// `npx stryker run --mutate <file>` (without the flag) runs one file's static mutants too.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  // The three groups the README's score table reports on.
  mutate: [
    'utils/docker-auth-config/**/*.ts',
    'utils/gitlab/**/*.ts',
    'utils/background/**/*.ts',
    'utils/messaging/**/*.ts',
    '!**/*.d.ts',
  ],
  coverageAnalysis: 'perTest',
  reporters: ['html', 'json', 'clear-text', 'progress'],
  // The console lists the surviving mutants and the score table, not every test.
  clearTextReporter: { reportTests: false, logTests: false },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // `npm run mutation -- --incremental` reuses the last run's results for unchanged code and tests.
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  // Stryker copies the project into a sandbox: leave out builds and pictures no unit test reads.
  // A leading "/" anchors a pattern at the project root ("docs" alone would drop tests/unit/docs).
  ignorePatterns: ['/.output', '/tests/gitlab-sandbox/dist', '/tests/.artifacts', '/coverage', '/docs'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 95, low: 80, break: null },
};
