/**
 * `npm run bench`: builds (wxt build, the local GitLab's apps), then measures the BUILT extension
 * in headless Chromium against the local GitLab and prints every figure beside its budget.
 * A benchmark, not a test: nothing here fails on a timing. The table also goes to
 * tests/bench/last-run.md for the README.
 *
 * Knobs (env): BENCH_LOAD_RUNS (30), BENCH_CLICK_RUNS (15), BENCH_INSERTIONS (50), BENCH_FILL_RUNS (5), BENCH_PAGE_RUNS (10),
 * BENCH_ONLY=1,3,6,8 (a subset of the figures), GITLAB_UI=17.6 (figure 4 on one generation).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startGitLab, type SandboxGitLab } from '../gitlab-sandbox/server/index.ts';
import type { ExtensionBrowser } from '../support/extension';
import { EXTENSION_PAGE_METHOD, measureExtensionPages } from './extension-pages';
import { FILL_METHOD, measureFill } from './fill-form';
import { IDLE_METHOD, measureIdlePages } from './idle-pages';
import { INSERTION_METHOD, measureInsertion } from './insertion';
import { launchBenchExtension, launchPlain, machine, markdownTable, notMeasurable, snapshotBuild, textTable, type Row } from './lib';
import { measurePageLoad } from './page-load';
import { OPTIONS_TRACE_METHOD, traceOptionsPage } from './options-trace';
import { CLICK_TO_PANEL_METHOD, measureClickToPanel } from './click-to-panel';
import { measureSizes } from './sizes';
import { describeSteps, EXTENSION_PATH, MANUAL_RECIPE, userActionRows } from './user-actions';

const count = (name: string, fallback: number) => {
  const value = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const LOAD_RUNS = count('BENCH_LOAD_RUNS', 30);
const CLICK_RUNS = count('BENCH_CLICK_RUNS', 15);
const INSERTIONS = count('BENCH_INSERTIONS', 50);
const FILL_RUNS = count('BENCH_FILL_RUNS', 5);
const PAGE_RUNS = count('BENCH_PAGE_RUNS', 10);
const ONLY = new Set((process.env.BENCH_ONLY ?? '1,2,3,4,5,6,7,8').split(',').map((part) => part.trim()));

const started = Date.now();
const log = (line: string) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);
const reasonOf = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0]! : String(error));

/** Runs one figure; a failure becomes a "not measurable" row instead of ending the bench. */
async function figure(id: string, title: string, budget: string, measure: () => Promise<Row[]> | Row[]): Promise<Row[]> {
  if (!ONLY.has(id)) return [];
  log(`${id}. ${title}`);
  try {
    return await measure();
  } catch (error) {
    log(`${id}. failed: ${reasonOf(error)}`);
    return [notMeasurable(`${id}. ${title}`, budget, reasonOf(error))];
  }
}

async function main() {
  const host = machine();
  const rows: Row[] = [];
  const build = await snapshotBuild();
  log(`measuring a copy of .output/chrome-mv3 at ${build.dir}`);
  try {
    await measureAll(build.dir, rows, host);
  } finally {
    build.remove();
  }
}

async function measureAll(extensionDir: string, rows: Row[], host: ReturnType<typeof machine>) {
  let gl: SandboxGitLab | undefined;
  let withExtension: ExtensionBrowser | undefined;
  let plain: Awaited<ReturnType<typeof launchPlain>> | undefined;
  try {
    gl = await startGitLab({ ui: '17.6', locale: 'en' });
    const rules = `MAP gitlab.com 127.0.0.1:${gl.port}`;
    withExtension = await launchBenchExtension(extensionDir, rules);
    const sandbox = gl;
    const ext = withExtension;
    rows.push(
      ...(await figure('1', 'page load with/without the extension', '≤ 1.02', async () => {
        plain = await launchPlain(rules);
        const measured = await measurePageLoad(sandbox, ext, plain.context, LOAD_RUNS, log);
        await plain.close();
        plain = undefined;
        return measured;
      })),
    );
    rows.push(...(await figure('2', 'extension scripts on pages not served', '0', () => measureIdlePages(sandbox, ext))));
    rows.push(...(await figure('3', 'token shown → button in DOM', '< 16 ms', () => measureInsertion(sandbox, ext, INSERTIONS))));
    rows.push(...(await figure('5', 'popup and options page', '≤ 50 ms', () => measureExtensionPages(ext, PAGE_RUNS))));
    rows.push(...(await figure('5', 'options page, traced', '—', () => traceOptionsPage(ext, Math.min(PAGE_RUNS, 5)))));
    rows.push(...(await figure('8', 'click → panel field (panel code injected / loaded)', '≤ one frame once loaded', () => measureClickToPanel(sandbox, ext, CLICK_RUNS, log))));
  } finally {
    await plain?.close();
    await withExtension?.close();
    await gl?.stop();
  }
  // Figure 4 starts a local GitLab and a browser per generation.
  const fillRows = await figure('4', 'Fill variable form → filled and verified', '≤ 300 ms', () => measureFill(extensionDir, FILL_RUNS, log));
  const at = rows.findIndex((row) => row.figure.startsWith('5.'));
  rows.splice(at === -1 ? rows.length : at, 0, ...fillRows);
  rows.push(...(await figure('6', 'sizes', 'watchers ≤ 3 KB gzip (exceptions in sizes.ts)', () => measureSizes(extensionDir))));
  rows.push(...(await figure('7', 'user actions', '—', () => userActionRows())));

  const machineLines = [
    `machine: ${host.cores} cores (nproc), ${host.cpu}, ${host.memory} RAM, load average at start ${host.load}`,
    `browser: ${host.chromium}, headless; Node ${process.version}; ${new Date().toISOString()}; bench took ${((Date.now() - started) / 1000).toFixed(0)} s`,
  ];
  const methods = [
    `1: navigation start → loadEventEnd (Navigation Timing) on GitLab 17.6 (local), ${LOAD_RUNS} interleaved pairs per page (A/B then B/A, the order alternating each pair) after one warm-up each; with = the extension loaded as launchWithExtension() does (from a copy of this build), without = the same Chromium, flags, kind of profile and host mapping, no extension; ratio = median of the per-pair with/without ratios, IQR = their 25th–75th percentiles (the load times shown are the separate medians); "content scripts ran" = extension worlds seen via CDP on a separate page`,
    `2: ${IDLE_METHOD}`,
    `3: ${INSERTION_METHOD}`,
    `4: ${FILL_METHOD}; one warm-up fill then ${FILL_RUNS} per generation, each on a freshly loaded page`,
    `5: ${EXTENSION_PAGE_METHOD}; one warm-up then ${PAGE_RUNS} runs`,
    `5b: ${OPTIONS_TRACE_METHOD}; one warm-up then ${Math.min(PAGE_RUNS, 5)} traced runs`,
    '6: raw bytes and gzip -9 (zlib level 9) of this build (the copy of .output/chrome-mv3 every figure uses); pages = html + the scripts and styles it names + every chunk they import',
    `8: ${CLICK_TO_PANEL_METHOD}; one warm-up page then ${CLICK_RUNS} pages per target`,
    '7: counted from the e2e flow (tests/e2e/ci-variables.test.ts, "the whole path") and the manual recipe below',
  ];
  const steps = [describeSteps('Extension', EXTENSION_PATH), describeSteps('Manual recipe', MANUAL_RECIPE)];

  console.log(`\n${textTable(rows)}\n`);
  for (const line of machineLines) console.log(line);
  console.log('\nHow each figure is measured:');
  for (const line of methods) console.log(`  ${line}`);
  console.log(`\n${steps.join('\n\n')}\n`);

  const markdown = [
    '# Benchmark, last run',
    '',
    `\`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Timings from a shared machine are noisy; rerun before quoting.`,
    '',
    markdownTable(rows),
    '',
    ...machineLines.map((line) => `- ${line}`),
    '',
    '## How each figure is measured',
    '',
    ...methods.map((line) => `- ${line}`),
    '',
    '## Token shown → variable saved',
    '',
    '```',
    steps.join('\n\n'),
    '```',
    '',
  ].join('\n');
  if (['1', '2', '3', '4', '5', '6', '7', '8'].every((id) => ONLY.has(id))) {
    writeFileSync(join(import.meta.dirname, 'last-run.md'), markdown);
    log('table written to tests/bench/last-run.md');
  } else {
    log('BENCH_ONLY ran a subset: tests/bench/last-run.md left as it was');
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
