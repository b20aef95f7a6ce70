// Issue 13, item 2: the panels live in GitLab's page, in an open shadow root a page script can
// reach. A page script (page.evaluate: the page's own main world) finds the panel's buttons and
// calls click() on them: nothing happens. A person's click (Playwright's, a real input event) on
// the same button acts. The BUILT extension, against the local GitLab, newest generation run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startGitLab, type SandboxGitLab } from '../gitlab-sandbox/server/index.ts';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension';
import { GENERATIONS } from '../support/generations';
import { createAccessToken, gitlabUrl } from '../support/gitlab-user';
import { expectedJson, openCiSettings, openPanelWith, storedVariable } from '../support/gitlab-variables';
import { GENERATE, newestToken, openTokenPanel, panelJson } from '../support/panel';
import { rememberSecret } from '../support/secret-ledger';

const UI = GENERATIONS.at(-1)!;
const PANEL = '[data-docker-auth-config-panel]';
const CREDENTIALS = { registry: 'registry.example.com:5050', username: 'page-script-test', secret: 'glpat-PageScript_abcdefgh12' };
rememberSecret(CREDENTIALS.secret, "token typed into the CI/CD page's panel (page-scripts test)", { username: CREDENTIALS.username });
const JSON_VALUE = expectedJson(CREDENTIALS.registry, CREDENTIALS.username, CREDENTIALS.secret);

/**
 * What a page script can do: find one of the panel's buttons by its words in the open shadow root
 * and call click() on it. Answers whether the panel is still open right after (click handlers run
 * during click(), so closing it would have happened by then).
 */
async function scriptClicks(page: Page, name: string): Promise<{ panelOpen: boolean }> {
  const outcome = await page.evaluate(
    ({ panel, name }) => {
      const root = document.querySelector(panel)?.shadowRoot;
      const button = Array.from(root?.querySelectorAll('button') ?? []).find((element) => element.textContent?.trim() === name);
      if (!button) return null;
      button.click();
      return { panelOpen: document.querySelector(panel) !== null };
    },
    { panel: PANEL, name },
  );
  if (outcome === null) throw new Error(`a page script found no "${name}" button in the panel`);
  return outcome;
}

/** A page script clicks the Generate button GitLab's page holds; answers whether a panel opened. */
const scriptClicksGenerate = (page: Page) =>
  page.evaluate(
    ({ generate, panel }) => {
      document.querySelector<HTMLButtonElement>(generate)!.click();
      return document.querySelector(panel) !== null;
    },
    { generate: GENERATE, panel: PANEL },
  );

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const outcomeOf = (dialog: Locator) => dialog.locator('[data-outcome]').getAttribute('data-outcome');

describe(`page scripts cannot press the panel's buttons (GitLab ${UI})`, () => {
  let gl: SandboxGitLab;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    gl = await startGitLab({ ui: UI, locale: 'en' });
    browser = await launchWithExtension({ hostResolverRules: `MAP gitlab.com 127.0.0.1:${gl.port}` });
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://gitlab.com' });
  });
  afterAll(async () => {
    await browser?.close();
    await gl?.stop();
  });

  it('token page: Generate, Copy and Fill CI/CD variable do nothing for a script, and act for a person', async () => {
    const page = await browser.context.newPage();
    await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/access_tokens'));
    await createAccessToken(page, UI, 'resource_access_token', 'page-scripts');
    await page.locator(GENERATE).waitFor();
    const token = newestToken(gl, 'project');
    const json = expectedJson(gl.registryHost, token.username, token.token);

    expect(await scriptClicksGenerate(page), 'a panel opened by a page script').toBe(false);
    const dialog = await openTokenPanel(page);
    await expect.poll(() => panelJson(dialog)).toBe(json);

    // Copy: the clipboard keeps what it held.
    await page.evaluate(() => navigator.clipboard.writeText('held before'));
    await scriptClicks(page, 'Copy');
    expect(await readClipboard(page), 'the clipboard after a page script pressed Copy').toBe('held before');
    await dialog.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => readClipboard(page)).toBe(json);
    await page.evaluate(() => navigator.clipboard.writeText('held after'));

    // Fill CI/CD variable: no tab from the script's click. The person's click opens exactly one;
    // a tab the script's click had asked for would have been opened first (and the person's then
    // refused as too soon after it).
    const before = new Set(browser.context.pages());
    const opened = () => browser.context.pages().filter((other) => !before.has(other));
    expect((await scriptClicks(page, 'Fill CI/CD variable')).panelOpen).toBe(true);
    await dialog.getByRole('button', { name: 'Fill CI/CD variable' }).click();
    const handoff = dialog.getByRole('region', { name: 'Fill CI/CD variable' }).getByRole('status');
    await expect.poll(() => handoff.textContent()).toBe('Opened the CI/CD settings in a new tab.');
    await expect.poll(() => opened().length).toBe(1);
    const settings = opened()[0]!;
    await settings.locator('[data-docker-auth-config-status="filled"]').waitFor();
    expect(opened().map((other) => new URL(other.url()).pathname)).toEqual(['/acme/backend/-/settings/ci_cd']);
    await settings.close();
    await page.close();
  });

  it('CI/CD page: Generate, Fill variable form, Save as CI/CD variable and Yes, replace it do nothing for a script', async () => {
    const writes = (method: 'POST' | 'PUT') =>
      browser.requests().filter((request) => request.startsWith(`${method} https://gitlab.com/api/v4/groups/acme/variables`));
    const page = await browser.context.newPage();
    await openCiSettings(page, gl, 'group');
    await page.locator(GENERATE).waitFor();
    expect(await scriptClicksGenerate(page), 'a panel opened by a page script').toBe(false);
    const dialog = await openPanelWith(page, CREDENTIALS);
    await expect.poll(() => panelJson(dialog)).toBe(JSON_VALUE);

    // Fill variable form closes the panel as it fills GitLab's form: still open, nothing filled.
    expect((await scriptClicks(page, 'Fill variable form')).panelOpen).toBe(true);
    expect(await page.locator('[data-docker-auth-config-status]').count(), 'status lines of a fill').toBe(0);

    // Save as CI/CD variable: the script's click saves nothing; the person's saves once.
    await scriptClicks(page, 'Save as CI/CD variable');
    await dialog.getByRole('button', { name: 'Save as CI/CD variable' }).click();
    await expect.poll(() => outcomeOf(dialog)).toBe('saved');
    expect(storedVariable(gl, 'group')?.value).toBe(JSON_VALUE);
    expect(writes('POST'), 'variable creations sent').toHaveLength(1);

    // Yes, replace it: asked by the person, confirmed by a script: nothing replaced, the question
    // stays; the person's own confirmation replaces it, once.
    const other = '{"auths":{"other.example:5000":{"auth":"b3RoZXI6c2VjcmV0"}}}';
    gl.setVariable({ group: 'acme' }, { key: 'DOCKER_AUTH_CONFIG', value: other, variable_type: 'file', raw: true });
    await page.reload();
    const again = await openPanelWith(page, CREDENTIALS);
    await again.locator('[data-existing="visible"]').waitFor();
    await expect.poll(() => panelJson(again)).toBe(JSON_VALUE);
    await again.getByRole('button', { name: 'Replace', exact: true }).click();
    const confirm = again.getByRole('alertdialog');
    await confirm.waitFor();
    await scriptClicks(page, 'Yes, replace it');
    await confirm.getByRole('button', { name: 'Yes, replace it' }).click();
    await expect.poll(() => outcomeOf(again)).toBe('saved');
    expect(storedVariable(gl, 'group')?.value).toBe(JSON_VALUE);
    expect(writes('PUT'), 'variable replacements sent').toHaveLength(1);
    await page.close();
  });
});
