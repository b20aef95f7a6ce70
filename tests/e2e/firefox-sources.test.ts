import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { BUILT_FIREFOX_EXTENSION } from '../support/firefox';

// addons.mozilla.org asks for the sources of minified add-ons and rebuilds them. The sources
// zip that `npm run build` writes must rebuild, on its own, into exactly the Firefox build.
const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'dac-sources-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const filesBelow = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();

it('the Firefox sources zip rebuilds into the same files as the Firefox build', async () => {
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  await run('unzip', ['-q', join(ROOT, `.output/docker-auth-config-for-gitlab-${version}-sources.zip`), '-d', work]);
  expect(filesBelow(work)).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'README.md', 'wxt.config.ts']));
  // A reviewer runs `npm ci` from the zip's lockfile; these are the same lockfile's packages.
  symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'));
  // The environment of a shell, not Vitest's (its NODE_ENV=test would change what Vite builds).
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? work };
  await run(join(ROOT, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox', '--mv3'], { cwd: work, env, maxBuffer: 16 * 1024 * 1024 });
  const rebuilt = join(work, '.output/firefox-mv3');
  const files = filesBelow(BUILT_FIREFOX_EXTENSION);
  expect(filesBelow(rebuilt)).toEqual(files);
  const differing = files.filter((file) => !readFileSync(join(rebuilt, file)).equals(readFileSync(join(BUILT_FIREFOX_EXTENSION, file))));
  expect(differing).toEqual([]);
}, 240_000);
