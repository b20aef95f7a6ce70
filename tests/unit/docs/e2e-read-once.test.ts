// The end-to-end tests must not read, once, what the page, the extension or GitLab sets
// asynchronously (a prefilled field, a verdict, an outcome, GitLab's form after a fill): on a busy
// machine such a read comes before the value and the test fails (issue 13, item 8). They poll it
// (`await expect.poll(() => locator.inputValue(), { message: 'what it waits for' }).toBe(x)`), or
// wait for the element that exists only once it has settled.
//
// The rule this test enforces, on every end-to-end source (tests/e2e/*.test.ts,
// tests/gitlab-sandbox/*.test.ts, tests/support/*.ts):
//   `expect(await …` whose awaited expression calls textContent, innerText, inputValue, isChecked,
//   isEnabled, isDisabled, isVisible, isHidden or getAttribute (on a locator, a page or an element
//   handle) is refused, unless that line or the line before it carries the marker
//   `// settled: <why the value cannot change any more>`.
// Mark a read only where it is right: the value was read after an awaited event that proves it
// settled (the element appears only with it, it is in the page's HTML...), or it is a negative
// check kept after a positive synchronisation point (a poll would pass at once). Reads assigned
// to a variable first are not seen by this test; the same rule applies to them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const SOURCES: Array<{ folder: string; suffix: string }> = [
  { folder: 'tests/e2e', suffix: '.test.ts' },
  { folder: 'tests/gitlab-sandbox', suffix: '.test.ts' },
  { folder: 'tests/support', suffix: '.ts' },
];

const READS = ['textContent', 'innerText', 'inputValue', 'isChecked', 'isEnabled', 'isDisabled', 'isVisible', 'isHidden', 'getAttribute'];
/** `expect(await …` (or `expect((await …`) up to the end of its statement, across lines. */
const READ_ONCE = new RegExp(`expect\\(\\s*\\(?\\s*await\\b[^;]*?\\.(${READS.join('|')})\\(`, 'g');
const MARKER = /\/\/ settled: \S.{2,}/;

/** "line: text" of every read-once without the marker, in one source text. */
export function unmarkedReadsOnce(source: string): string[] {
  const lines = source.split('\n');
  const found: string[] = [];
  for (const match of source.matchAll(READ_ONCE)) {
    const line = source.slice(0, match.index).split('\n').length - 1;
    if (MARKER.test(lines[line]!) || (line > 0 && MARKER.test(lines[line - 1]!))) continue;
    found.push(`${line + 1}: ${lines[line]!.trim()}`);
  }
  return found;
}

function endToEndSources(): string[] {
  return SOURCES.flatMap(({ folder, suffix }) =>
    readdirSync(join(ROOT, folder))
      .filter((name) => name.endsWith(suffix))
      .map((name) => join(ROOT, folder, name)),
  );
}

describe('end-to-end sources: no read-once of what settles asynchronously', () => {
  it('finds a read-once, across lines and through parentheses, and takes the marker on its line or the one before', () => {
    expect(unmarkedReadsOnce("expect(await dialog.getByLabel('Username').inputValue()).toBe('x');")).toHaveLength(1);
    expect(unmarkedReadsOnce("expect((await page.textContent('h1'))!.trim()).toBe('x');")).toHaveLength(1);
    expect(unmarkedReadsOnce("expect(await alert.textContent()).toContain('x');")).toHaveLength(1);
    expect(unmarkedReadsOnce("expect(\n  await page\n    .locator('x')\n    .getAttribute('data-verdict'),\n).toBe('valid');")).toEqual([
      '1: expect(',
    ]);
    expect(unmarkedReadsOnce("// settled: the element appears with its text\nexpect(await alert.textContent()).toContain('x');")).toEqual([]);
    expect(unmarkedReadsOnce("expect(await button.isDisabled()).toBe(true); // settled: only the path is missing")).toEqual([]);
    // A marker needs its reason, and covers one read only.
    expect(unmarkedReadsOnce("// settled:\nexpect(await alert.textContent()).toContain('x');")).toHaveLength(1);
    expect(unmarkedReadsOnce("// settled: the alert came whole\nexpect(await a.textContent()).toBe('x');\nexpect(await b.textContent()).toBe('y');")).toHaveLength(1);
  });

  it('leaves polls, counts and reads into a variable alone', () => {
    expect(unmarkedReadsOnce("await expect.poll(() => dialog.getByLabel('Username').inputValue(), { message: 'm' }).toBe('x');")).toEqual([]);
    expect(unmarkedReadsOnce("expect(await page.locator('x').count()).toBe(0);")).toEqual([]);
    expect(unmarkedReadsOnce("const json = await panelJson(dialog);\nexpect(json).toContain('x');")).toEqual([]);
    expect(unmarkedReadsOnce("expect(await registered(page)).toEqual([]);\nconst x = await y.getAttribute('z');")).toEqual([]);
  });

  it('holds in every end-to-end test file and helper', () => {
    const sources = endToEndSources();
    expect(sources.length).toBeGreaterThan(10);
    const found = sources.flatMap((path) => unmarkedReadsOnce(readFileSync(path, 'utf8')).map((hit) => `${relative(ROOT, path)}:${hit}`));
    expect(found, 'poll these, or mark a read that is right with "// settled: <why>"').toEqual([]);
  });
});
