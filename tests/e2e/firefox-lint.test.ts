import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { BUILT_FIREFOX_EXTENSION } from '../support/firefox';

// Mozilla's own checks (addons-linter, through web-ext) on the Firefox build that is shipped:
// an error here is a rejection by addons.mozilla.org.
interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

const webExt = resolve(import.meta.dirname, '../../node_modules/.bin/web-ext');

it('web-ext lint finds no errors in the Firefox build', async () => {
  const { stdout } = await promisify(execFile)(webExt, ['lint', '--source-dir', BUILT_FIREFOX_EXTENSION, '--output', 'json', '--no-config-discovery'], {
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' })); // it exits 1 when it has errors
  const report = JSON.parse(stdout) as { errors: LintMessage[]; metadata: { id?: string; manifestVersion?: number } };
  expect(report.errors.map(({ code, file, message }) => `${code} ${file ?? ''}: ${message}`)).toEqual([]);
  // The linter did read this build's manifest (an unreadable one would not be "no errors").
  expect(report.metadata).toMatchObject({ id: 'docker-auth-config-for-gitlab@dac-extension', manifestVersion: 3 });
});
