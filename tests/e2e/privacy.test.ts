import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension';

// Issue 17 (store readiness): the privacy statement is reachable from the options page, inside
// the extension (no network), and shows the same text as PRIVACY.md in the repository.
const statement = readFileSync(join(import.meta.dirname, '../../PRIVACY.md'), 'utf8');
const sectionTitles = [...statement.matchAll(/^## (.+)$/gm)].map((match) => match[1]!);

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(() => browser?.close());

it("the options page links to the privacy statement, which opens in the extension's own page", async () => {
  const options = await browser.openExtensionPage('options.html');
  const opened = browser.context.waitForEvent('page');
  await options.getByRole('link', { name: /privacy/i }).click();
  const privacy = await opened;
  await expect.poll(() => privacy.url()).toBe(`chrome-extension://${browser.extensionId}/privacy.html`);
  await privacy.getByRole('heading', { level: 1, name: 'Privacy statement' }).waitFor();
  await expect.poll(() => privacy.getByRole('heading', { level: 2 }).allTextContents()).toEqual(sectionTitles);
  // The permissions are shown as code, as written; no Markdown is left raw on the page.
  await expect.poll(() => privacy.locator('li code').allTextContents()).toContain('https://gitlab.com/*');
  // settled: the page renders the whole statement in one render, and its headings were seen above.
  expect(await privacy.locator('main').innerText()).not.toMatch(/\*\*|`/);
});
