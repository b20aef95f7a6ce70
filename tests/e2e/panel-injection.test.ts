// Issue 16: the content scripts are watchers; the panel code reaches a page only when a person
// clicks the button (or a hand-off is pending on the CI/CD page), injected by the background,
// once per page; on token pages the code that finds GitLab's token display and places the
// button, only once GitLab shows a token. What the page carries is read from the browser's debugger (every script of the
// extension the document parsed, in every world).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { SandboxGitLab } from '../gitlab-sandbox/server/index.ts';
import type { ExtensionBrowser } from '../support/extension';
import { startGitLabWithExtension, stopGitLabWithExtension } from '../support/gitlab-with-extension';
import { countOf, watchExtensionScripts } from '../support/extension-scripts';
import { createAccessToken, gitlabUrl, waitUntilShown } from '../support/gitlab-user';
import { openCiSettings } from '../support/gitlab-variables';
import { GENERATE, newestToken } from '../support/panel';

// Buttons only the panels show, and what only the panels' code holds (the attribute of the host
// it mounts a panel in): a script that holds it carries a panel's code. The panels' text comes in
// a file of its own, injected just before the panel (panel-text/<language>.js).
const TOKEN_PANEL_TEXT = 'Fill CI/CD variable';
const VARIABLE_PANEL_TEXT = 'Fill variable form';
const PANEL_CODE = 'data-docker-auth-config-panel';
const PANEL_TEXT_FILE = 'panel-text/en.js';
const FILLED = '[data-docker-auth-config-status="filled"]';

const carrying = async (watch: Awaited<ReturnType<typeof watchExtensionScripts>>, text: string) =>
  (await watch.scripts()).filter((script) => script.source.includes(text)).map((script) => new URL(script.url).pathname);

describe('panel code injected on demand (GitLab 17.6)', () => {
  let gl: SandboxGitLab;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    ({ gl, browser } = await startGitLabWithExtension({ ui: '17.6', locale: 'en' }));
  });
  afterAll(() => stopGitLabWithExtension({ gl, browser }));

  const tokenShownInPanel = (page: Page) => page.getByRole('dialog', { name: 'DOCKER_AUTH_CONFIG' }).getByLabel('Token', { exact: true });

  it('token page: no display code before GitLab shows a token, no panel code before the click; each injected once; the token read at each click', async () => {
    const page = await browser.context.newPage();
    await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/access_tokens'));
    const watch = await watchExtensionScripts(page);
    // The watcher runs (its helper is in GitLab's token form) and GitLab shows no token yet: the
    // watcher alone, no display code.
    await page.locator('[data-docker-auth-config-form-helper]').waitFor({ state: 'attached' });
    expect(countOf(await watch.scripts(), 'token-display.js'), 'display code before GitLab shows a token').toBe(0);
    await createAccessToken(page, gl.ui, 'resource_access_token', 'first');
    await page.locator(GENERATE).waitFor();
    const scriptsBefore = await watch.scripts();
    expect(countOf(scriptsBefore, 'content-scripts/token-pages.js'), 'the watcher').toBe(1);
    expect(countOf(scriptsBefore, 'token-display.js'), 'display code once GitLab shows a token').toBe(1);
    expect(await carrying(watch, PANEL_CODE), 'scripts carrying the panel before any click').toEqual([]);
    expect(countOf(scriptsBefore, PANEL_TEXT_FILE), "the panel's text before any click").toBe(0);

    await page.locator(GENERATE).click();
    const first = newestToken(gl, 'project');
    await expect.poll(() => tokenShownInPanel(page).innerText()).toBe(`…${first.token.slice(-4)}`);
    expect(await carrying(watch, PANEL_CODE)).toEqual(['/token-panel.js']);
    expect(countOf(await watch.scripts(), PANEL_TEXT_FILE), "the panel's text, with it").toBe(1);
    await page.getByRole('dialog', { name: 'DOCKER_AUTH_CONFIG' }).getByRole('button', { name: 'Close' }).click();

    // GitLab shows a newer token in the same place: the next click reads it, with no new injection.
    await createAccessToken(page, gl.ui, 'resource_access_token', 'second');
    // GitLab stores the new token when its form's request arrives, after the click: polled.
    await expect.poll(() => newestToken(gl, 'project').token, { message: 'the second token, stored' }).not.toBe(first.token);
    const second = newestToken(gl, 'project');
    await waitUntilShown(page, second.token);
    await page.locator(GENERATE).click();
    await expect.poll(() => tokenShownInPanel(page).innerText()).toBe(`…${second.token.slice(-4)}`);
    expect(countOf(await watch.scripts(), 'token-panel.js'), 'injections of the panel on this page').toBe(1);
    expect(countOf(await watch.scripts(), 'token-display.js'), 'injections of the display code on this page').toBe(1);
    expect(countOf(await watch.scripts(), PANEL_TEXT_FILE), "injections of the panel's text on this page").toBe(1);
    await watch.detach();
    await page.close();
  });

  it('CI/CD page: no panel code before the click (no hand-off pending); injected once, on the first click', async () => {
    const page = await browser.context.newPage();
    await openCiSettings(page, gl, 'project');
    const watch = await watchExtensionScripts(page);
    await page.locator(GENERATE).waitFor();
    expect(countOf(await watch.scripts(), 'content-scripts/ci-variables.js'), 'the watcher').toBe(1);
    expect(await carrying(watch, PANEL_CODE), 'scripts carrying the panel before any click').toEqual([]);
    expect(countOf(await watch.scripts(), PANEL_TEXT_FILE), "the panel's text before any click").toBe(0);
    const dialog = page.getByRole('dialog', { name: 'DOCKER_AUTH_CONFIG' });
    for (const click of [1, 2]) {
      await page.locator(GENERATE).click();
      await dialog.getByRole('button', { name: VARIABLE_PANEL_TEXT }).waitFor();
      expect(await carrying(watch, PANEL_CODE), `scripts carrying the panel after click ${click}`).toEqual(['/variable-panel.js']);
      expect(countOf(await watch.scripts(), PANEL_TEXT_FILE), `the panel's text after click ${click}`).toBe(1);
      await dialog.getByRole('button', { name: 'Close' }).click();
    }
    await watch.detach();
    await page.close();
  });

  it('a hand-off: the CI/CD page gets the panel code and fills the form once; after a reload, neither', async () => {
    const page = await browser.context.newPage();
    await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/access_tokens'));
    await createAccessToken(page, gl.ui, 'resource_access_token', 'handed');
    await page.locator(GENERATE).click();
    const tokenPanel = page.getByRole('dialog', { name: 'DOCKER_AUTH_CONFIG' });
    await expect.poll(() => tokenPanel.getByLabel('Username', { exact: true }).inputValue()).toMatch(/^project_42_bot/);
    const opened = browser.context.waitForEvent('page');
    await tokenPanel.getByRole('button', { name: TOKEN_PANEL_TEXT }).click();
    const settings = await opened;
    await settings.locator(FILLED).waitFor();
    const watch = await watchExtensionScripts(settings);
    expect(countOf(await watch.scripts(), 'variable-panel.js'), 'injections of the panel for the hand-off').toBe(1);
    const token = newestToken(gl, 'project');
    // settled: the status says "filled" only after the fill read GitLab's form back
    expect(await settings.locator('textarea#ci-variable-value').inputValue()).toContain(Buffer.from(`${token.username}:${token.token}`).toString('base64'));

    // The hand-off was taken: a reload has nothing to fill, so nothing is injected.
    await settings.reload();
    await settings.locator(GENERATE).waitFor();
    // The watcher asks for the hand-off as it places the button; a panel opened now answers after that question.
    await settings.locator(GENERATE).click();
    await settings.getByRole('dialog', { name: 'DOCKER_AUTH_CONFIG' }).getByRole('button', { name: VARIABLE_PANEL_TEXT }).waitFor();
    expect(countOf(await watch.scripts(), 'variable-panel.js'), 'injections after the reload: the click only').toBe(1);
    // settled: the panel opened after the watcher's hand-off question was answered; a fill would have said "filling" then
    expect(await settings.locator('[data-docker-auth-config-status]').count(), 'status lines of a fill after the reload').toBe(0);
    await watch.detach();
    await settings.close();
    await page.close();
  });
});
