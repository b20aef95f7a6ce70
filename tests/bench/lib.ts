import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumArgs, findChromium } from '../support/chromium';
import { BUILT_EXTENSION, launchWithExtension, type ExtensionBrowser } from '../support/extension';

/** One line of the table: a figure, what was measured, its budget and whether it is met (null: no budget). */
export interface Row {
  figure: string;
  value: string;
  budget: string;
  met: boolean | null;
}

/** A figure that could not be measured: printed as such, never as a pass. */
export const notMeasurable = (figure: string, budget: string, reason: string): Row => ({
  figure,
  value: `not measurable: ${reason}`,
  budget,
  met: null,
});

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Plain headless Chromium (no extension) with the same flags, host mapping and kind of profile
 * (persistent, fresh) as launchWithExtension: the "without" side of the page-load comparison.
 */
export async function launchPlain(hostResolverRules: string): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profileDir = mkdtempSync(join(tmpdir(), 'dac-bench-plain-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: true,
    ignoreHTTPSErrors: true,
    args: [...chromiumArgs, `--host-resolver-rules=${hostResolverRules}`, '--ignore-certificate-errors'],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * A private copy of the build (.output/chrome-mv3): other work on this machine may rebuild
 * .output while the bench runs, and Chromium reads an unpacked extension's files lazily.
 */
export async function snapshotBuild(): Promise<{ dir: string; remove(): void }> {
  const deadline = Date.now() + 120_000;
  while (!existsSync(`${BUILT_EXTENSION}/manifest.json`)) {
    if (Date.now() > deadline) throw new Error(`No built extension at ${BUILT_EXTENSION}: run \`npm run bench\` (it builds first).`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  // A rebuild in progress shows as a half-written tree: wait for it to settle, then copy.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const parent = mkdtempSync(join(tmpdir(), 'dac-bench-build-'));
  const dir = join(parent, 'chrome-mv3');
  cpSync(BUILT_EXTENSION, dir, { recursive: true, preserveTimestamps: true });
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error('the build changed while it was copied: run the bench again');
  return { dir, remove: () => rmSync(parent, { recursive: true, force: true }) };
}

/** The extension browser of the tests, loaded from the snapshot of the build in `extensionDir`. */
export function launchBenchExtension(extensionDir: string, hostResolverRules: string): Promise<ExtensionBrowser> {
  return launchWithExtension({
    extensionDir,
    hostResolverRules,
    // The bench repeats flows the e2e tests already guard; a finding must not throw away a long
    // measurement run (and the scan would not be part of what is measured anyway).
    noGuard: 'the bench measures; the e2e tests guard the same flows',
  });
}

export interface Machine {
  cores: string;
  cpu: string;
  memory: string;
  chromium: string;
  load: string;
  node: string;
}

export function machine(): Machine {
  let cores = String(cpus().length);
  try {
    cores = execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    // nproc missing: os.cpus() it is
  }
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux
  }
  let version = 'unknown';
  try {
    version = execFileSync(findChromium(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch (error) {
    version = `unknown (${error instanceof Error ? error.message.split('\n')[0] : 'error'})`;
  }
  return {
    cores,
    cpu,
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    chromium: version,
    load: loadavg()
      .map((value) => value.toFixed(2))
      .join(' '),
    node: process.version,
  };
}

/**
 * tsx (esbuild, keepNames) wraps named functions in `__name(fn, "name")`, also inside callbacks
 * handed to page.evaluate / addInitScript, where no `__name` exists: define a no-op one first.
 */
export const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

const metText = (met: boolean | null) => (met === null ? '—' : met ? 'yes' : 'NO');

export function textTable(rows: readonly Row[]): string {
  const header = ['figure', 'value', 'budget', 'met?'];
  const cells = rows.map((row) => [row.figure, row.value, row.budget, metText(row.met)]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column]!.length)));
  const line = (cell: string[]) => cell.map((text, column) => text.padEnd(widths[column]!)).join(' | ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...cells.map(line)].join('\n');
}

const md = (text: string) => text.replace(/\|/g, '\\|');

export function markdownTable(rows: readonly Row[]): string {
  return [
    '| figure | value | budget | met? |',
    '|---|---|---|---|',
    ...rows.map((row) => `| ${md(row.figure)} | ${md(row.value)} | ${md(row.budget)} | ${metText(row.met)} |`),
  ].join('\n');
}

/** Polls `probe` until it returns a value other than undefined, or throws after `timeoutMs`. */
export async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
