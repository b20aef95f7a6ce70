import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startGitLab, type SandboxGitLab } from '../gitlab-sandbox/server/index.ts';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension';
import { GENERATIONS, LOCALES } from '../support/generations';
import { createAccessToken, createDeployToken, createPersonalToken, gitlabUrl, uiAtLeast, waitUntilShown } from '../support/gitlab-user';
import { requireTools, startRegistry } from '../support/registry';
import { shellRecipeAuth } from '../support/shell-recipe';
import { expectVerdict, GENERATE, newestToken, openTokenPanel, panelJson, panelText } from '../support/panel';

// Issue 4 end to end: the production build in Chromium on the local GitLab of every generation,
// in English and German. A person creates a token in GitLab's own UI and clicks our button.


const expectedJson = (registry: string, username: string, secret: string) =>
  `{"auths":{"${registry}":{"auth":"${shellRecipeAuth(username, secret)}"}}}`;

for (const ui of GENERATIONS) {
  for (const locale of LOCALES) {
    describe(`token pages, GitLab ${ui} (${locale})`, () => {
      // The panel speaks the page's language: its fields and buttons are named as it says them.
      const t = panelText(locale);
      let gl: SandboxGitLab;
      let browser: ExtensionBrowser;
      let page: Page;
      const console: string[] = [];

      beforeAll(async () => {
        gl = await startGitLab({ ui, locale });
        browser = await launchWithExtension({ hostResolverRules: `MAP gitlab.com 127.0.0.1:${gl.port}` });
        page = await browser.context.newPage();
        page.on('console', (message) => console.push(message.text()));
        browser.context.on('serviceworker', (worker) => worker.on('console', (m) => console.push(m.text())));
        for (const worker of browser.context.serviceWorkers()) worker.on('console', (m) => console.push(m.text()));
      });
      afterAll(async () => {
        await browser?.close();
        await gl?.stop();
      });

      it('shows no button on a token page before a token exists, nor on pages it does not serve', async () => {
        await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/access_tokens'));
        await page.locator('#resource_access_token_name').waitFor({ state: 'attached' });
        // The form helper is placed in the same pass that looks for a token: once it is there, the
        // page has been searched, and the button would be there too had a token been found.
        await page.locator('[data-docker-auth-config-form-helper]').waitFor({ state: 'attached' });
        expect(await page.locator(GENERATE).count()).toBe(0);
        await page.goto(gitlabUrl(gl, '/acme/backend/-/issues'));
        await page.locator('body[data-page]').waitFor({ state: 'attached' });
        // No content script of ours matches this page: there is nothing to wait for.
        expect(await page.locator(GENERATE).count()).toBe(0);
      });

      it('"Create registry read token" fills GitLab\'s form for a least-privilege token and does not submit it', async () => {
        await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/access_tokens'));
        if (uiAtLeast(ui, '16.6')) await page.click('[data-testid="add-new-token-button"]');
        const tokensBefore = gl.state().tokens.length;
        await page.locator('[data-docker-auth-config-form-helper] button').click();
        const checkedScopes = () =>
          page.locator('input[type=checkbox][id^="resource_access_token_scopes_"]').evaluateAll((inputs) =>
            (inputs as HTMLInputElement[]).filter((input) => input.checked).map((input) => input.value),
          );
        await expect.poll(() => page.locator('#resource_access_token_name').inputValue(), { message: "GitLab's token name field, filled" }).toBe('registry-read-token');
        await expect.poll(checkedScopes, { message: "GitLab's scope boxes, ticked" }).toEqual(['read_registry']);
        await expect.poll(() => page.locator('#resource_access_token_access_level').inputValue(), { message: "GitLab's role select, set" }).toBe('20');
        await expect
          .poll(() => page.locator('#resource_access_token_expires_at').inputValue(), { message: "GitLab's expiry field, filled" })
          .toMatch(/^\d{4}-\d{2}-\d{2}$/);
        // Checked once the fill has landed in GitLab's form (polled above): nothing was submitted.
        expect(gl.state().tokens.length).toBe(tokensBefore);
      });

      it('project access token: the JSON holds the bot user and the captured token, and Verify says valid', async () => {
        await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/access_tokens'));
        await createAccessToken(page, ui, 'resource_access_token', 'registry');
        const dialog = await openTokenPanel(page, locale);
        const token = newestToken(gl, 'project');
        await expect.poll(() => dialog.getByLabel(t('panel.registry'), { exact: true }).inputValue(), { message: "Registry prefilled from the project's API" }).toBe('registry.gitlab.com');
        await expect.poll(() => dialog.getByLabel(t('panel.username'), { exact: true }).inputValue(), { message: 'Username prefilled from the bot user' }).toBe(token.username);
        await expect.poll(() => panelJson(dialog)).toBe(expectedJson('registry.gitlab.com', token.username, token.token));
        // settled: the panel renders the captured token (its last four) with itself, from the page, never later
        expect(await dialog.getByLabel(t('panel.token'), { exact: true }).innerText()).toBe(`…${token.token.slice(-4)}`);
        await expectVerdict(dialog, 'valid', locale);
        await dialog.getByRole('button', { name: t('panel.close') }).click();
      });

      it('follows the newest token when another is created', async () => {
        if (!uiAtLeast(ui, '15.11')) return; // 15.0 reloads the page for each token
        const before = gl.state().tokens.length;
        await createAccessToken(page, ui, 'resource_access_token', 'second');
        await expect.poll(() => gl.state().tokens.length).toBe(before + 1);
        const token = newestToken(gl, 'project');
        await waitUntilShown(page, token.token);
        const dialog = await openTokenPanel(page, locale);
        await expect.poll(() => panelJson(dialog)).toBe(expectedJson('registry.gitlab.com', token.username, token.token));
        await dialog.getByRole('button', { name: t('panel.close') }).click();
      });

      it('group access token: the group bot user', async () => {
        await page.goto(gitlabUrl(gl, '/groups/acme/-/settings/access_tokens'));
        await createAccessToken(page, ui, 'resource_access_token', 'registry');
        const dialog = await openTokenPanel(page, locale);
        const token = newestToken(gl, 'group');
        await expect.poll(() => dialog.getByLabel(t('panel.username'), { exact: true }).inputValue(), { message: 'Username prefilled from the group bot user' }).toBe(token.username);
        await expect.poll(() => panelJson(dialog)).toBe(expectedJson('registry.gitlab.com', token.username, token.token));
      });

      it("personal access token: the current user's username", async () => {
        await createPersonalToken(page, gl, 'registry');
        const dialog = await openTokenPanel(page, locale);
        const token = newestToken(gl, 'personal');
        await expect.poll(() => dialog.getByLabel(t('panel.username'), { exact: true }).inputValue(), { message: 'Username prefilled from the signed-in user' }).toBe('alice');
        await expect.poll(() => panelJson(dialog)).toBe(expectedJson('registry.gitlab.com', 'alice', token.token));
        await expectVerdict(dialog, 'valid', locale);
      });

      it("deploy token: its exact username, locked, and Verify checks it", async () => {
        await createDeployToken(page, gl, '/acme/backend', 'registry');
        const dialog = await openTokenPanel(page, locale);
        const token = newestToken(gl, 'deploy');
        const username = dialog.getByLabel(t('panel.username'), { exact: true });
        await expect.poll(() => username.inputValue(), { message: "Username: the deploy token's own" }).toBe(token.username);
        // settled: a deploy token's username field is rendered locked, with the panel itself
        expect(await username.getAttribute('readonly')).not.toBeNull();
        await expect.poll(() => panelJson(dialog)).toBe(expectedJson('registry.gitlab.com', token.username, token.token));
        await expectVerdict(dialog, 'valid', locale);
      });

      it('never writes the token or its auth to the console', () => {
        const secrets = gl.state().tokens.flatMap((t) => [t.token, shellRecipeAuth(t.username, t.token)]);
        expect(secrets.length).toBeGreaterThan(0);
        for (const line of console) for (const secret of secrets) expect(line).not.toContain(secret);
      });
    });
  }
}

describe.runIf(GENERATIONS.includes('17.6'))('token pages with a real registry and revoked tokens (GitLab 17.6)', () => {
  let gl: SandboxGitLab;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    requireTools();
    gl = await startGitLab({ ui: '17.6' });
    browser = await launchWithExtension({ hostResolverRules: `MAP gitlab.com 127.0.0.1:${gl.port}` });
  });
  afterAll(async () => {
    await browser?.close();
    await gl?.stop();
  });

  it('the JSON lets skopeo pull from a registry whose htpasswd holds the token', async () => {
    const page = await browser.context.newPage();
    await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/access_tokens'));
    await createAccessToken(page, '17.6', 'resource_access_token', 'registry');
    await page.locator(GENERATE).waitFor();
    const token = newestToken(gl, 'project');
    const registry = await startRegistry({ users: [{ username: token.username, secret: token.token }] });
    try {
      const dialog = await openTokenPanel(page);
      // The person points the panel at their registry (here the local one).
      await dialog.getByLabel('Registry', { exact: true }).fill(registry.host);
      // The JSON is rebuilt (in the background) as the field changes.
      await expect.poll(() => panelJson(dialog)).toBe(expectedJson(registry.host, token.username, token.token));
      const json = await panelJson(dialog);
      expect((await registry.canPull(json)).ok).toBe(true);
    } finally {
      await registry.stop();
    }
  });

  it('says what to do when the project\'s registry is turned off, and keeps the panel usable', async () => {
    const page = await browser.context.newPage();
    await page.goto(gitlabUrl(gl, '/acme/no-registry/-/settings/access_tokens'));
    // GitLab offers no registry scopes where the registry is off.
    await createAccessToken(page, '17.6', 'resource_access_token', 'api reader', 'read_api');
    const dialog = await openTokenPanel(page);
    // The remembered registry may prefill the field before GitLab's answer about this project arrives.
    await expect.poll(() => dialog.innerText()).toContain('The container registry is turned off for this project');
    await dialog.getByLabel('Registry', { exact: true }).fill('registry.example.com:5050');
    const token = newestToken(gl, 'project');
    await expect.poll(() => panelJson(dialog)).toBe(expectedJson('registry.example.com:5050', token.username, token.token));
  });

  it("the button looks like GitLab's own buttons, in light and dark mode", async () => {
    const page = await browser.context.newPage();
    await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/access_tokens'));
    await createAccessToken(page, '17.6', 'resource_access_token', 'registry');
    await page.locator(GENERATE).waitFor();
    const look = (selector: string) =>
      page.locator(selector).first().evaluate((element) => {
        const style = getComputedStyle(element);
        // Size variants differ between GitLab's buttons (sm/md); the look does not.
        return { font: style.fontFamily, size: style.fontSize, radius: style.borderRadius, color: style.color, background: style.backgroundColor, border: style.borderColor };
      });
    const gitlabButton = '[data-testid="add-new-token-button"]';
    // GitLab's buttons animate colour changes; compare end states, not frames of a transition.
    await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; }' });
    const light = await look(GENERATE);
    expect(light).toEqual(await look(gitlabButton));
    await page.evaluate(() => document.documentElement.classList.add('gl-dark'));
    const dark = await look(GENERATE);
    expect(dark).toEqual(await look(gitlabButton));
    expect(dark.background).not.toBe(light.background);
  });

  it('a personal token asks which project, then hands the JSON to that project\'s CI/CD page', async () => {
    const page = await browser.context.newPage();
    await createPersonalToken(page, gl, 'registry');
    const dialog = await openTokenPanel(page);
    const token = newestToken(gl, 'personal');
    const expected = expectedJson('registry.gitlab.com', 'alice', token.token);
    await expect.poll(() => panelJson(dialog)).toBe(expected);
    const fill = dialog.getByRole('button', { name: 'Fill CI/CD variable' });
    // settled: the JSON is built (polled above), so only the missing path can keep it disabled
    expect(await fill.isDisabled()).toBe(true); // no target yet
    await dialog.getByLabel('Path', { exact: true }).fill('acme/platform/api');
    const settingsTab = browser.context.waitForEvent('page');
    await fill.click();
    const settings = await settingsTab;
    // The tab exists before its first navigation has committed: its address comes a little later.
    await expect
      .poll(() => settings.url(), { message: 'the address of the tab Fill CI/CD variable opened' })
      .toBe('https://gitlab.com/acme/platform/api/-/settings/ci_cd#js-cicd-variables-settings');
    await expect.poll(() => settings.locator('textarea#ci-variable-value').inputValue()).toBe(expected);
  });

  it('Verify says invalid for a revoked token', async () => {
    const page = await browser.context.newPage();
    await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/access_tokens'));
    await createAccessToken(page, '17.6', 'resource_access_token', 'soon revoked');
    const dialog = await openTokenPanel(page);
    const token = newestToken(gl, 'project');
    await expectVerdict(dialog, 'valid');
    gl.revokeToken('project', token.id);
    // The "valid" of the first press stays on screen until the second answer replaces it.
    await expectVerdict(dialog, 'invalid');
  });

  it('Verify says invalid for a deploy token under another username', async () => {
    const page = await browser.context.newPage();
    await createDeployToken(page, gl, '/acme/backend', 'registry');
    const dialog = await openTokenPanel(page);
    const token = newestToken(gl, 'deploy');
    await expectVerdict(dialog, 'valid');
    // The username is locked in the panel; a person who types another one elsewhere gets "invalid".
    const verdict = await page.evaluate(
      async ({ username, secret }) => (await fetch('/jwt/auth?service=container_registry', { headers: { Authorization: `Basic ${btoa(`${username}:${secret}`)}` }, credentials: 'omit' })).status,
      { username: 'someone-else', secret: token.token },
    );
    expect(verdict).toBe(401);
  });
});
