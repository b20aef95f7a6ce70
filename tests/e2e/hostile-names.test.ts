import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { HOSTILE_NAMES, startGitLab, type SandboxGitLab } from '../gitlab-sandbox/server/index.ts';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension';
import { GENERATIONS, LOCALES } from '../support/generations';
import { createAccessToken, gitlabUrl, uiAtLeast } from '../support/gitlab-user';
import { expectedJson, openPanelWith } from '../support/gitlab-variables';
import { GENERATE, newestToken, openTokenPanel, panelJson } from '../support/panel';

// Issue 7, hostile page content: project, group and token names are free text in GitLab, so they
// may be markup. GitLab escapes them in its own pages; the extension must show whatever it takes
// from the page or the API as text, and run nothing of it. The local GitLab seeds group
// `acme/hostile` named HOSTILE_NAMES.img and its project `acme/hostile/app` named
// HOSTILE_NAMES.script; the tests name tokens with markup too. Both payloads set window.__pwned
// in the page's main world when they are parsed as HTML (proven by the control below).

const PANEL_HOST = '[data-docker-auth-config-panel]';
const PROJECT = 'acme/hostile/app';
const GROUP = 'acme/hostile';

/** window.__pwned in the page's main world (page.evaluate runs there, not in the content script's world). */
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

/**
 * What the extension's shadow-root panel holds that page content could have smuggled in: elements
 * that load or run something, and inline event-handler attributes (Preact never writes those).
 */
function panelIntruders(page: Page) {
  return page.evaluate((hostSelector) => {
    const root = document.querySelector(hostSelector)?.shadowRoot;
    if (!root) throw new Error('no panel');
    const elements = Array.from(root.querySelectorAll('img, script, iframe, object, embed, svg, math, link, base, meta, form'));
    const handlers = Array.from(root.querySelectorAll('*')).flatMap((element) =>
      Array.from(element.attributes)
        .filter((attribute) => attribute.name.toLowerCase().startsWith('on'))
        .map((attribute) => `${element.tagName.toLowerCase()}[${attribute.name}]`),
    );
    return [...elements.map((element) => element.tagName.toLowerCase()), ...handlers];
  }, PANEL_HOST);
}

/** Elements in GitLab's own document built from the names: there are none when the page escaped them. */
const pageIntruders = (page: Page) =>
  page.evaluate(() => [
    ...Array.from(document.querySelectorAll('img[src="x"], img[onerror]')).map((element) => element.outerHTML),
    ...Array.from(document.scripts)
      .filter((script) => (script.textContent ?? '').includes('__pwned'))
      .map((script) => script.outerHTML),
  ]);


/** The token table's name cells, as GitLab's Vue app rendered them (text). */
const tokenTableNames = (page: Page) =>
  page.locator('[data-testid="active-tokens-table"] td[data-label="name"]').evaluateAll((cells) => cells.map((cell) => cell.textContent));

/** "Fill CI/CD variable": the settings tab it opens, after GitLab's form there holds the value. */
async function handOff(browser: ExtensionBrowser, dialog: Locator, json: string): Promise<Page> {
  const opened = browser.context.waitForEvent('page');
  await dialog.getByRole('button', { name: 'Fill CI/CD variable' }).click();
  const settings = await opened;
  const value = settings.locator('textarea#ci-variable-value');
  await expect.poll(() => value.inputValue()).toBe(json);
  // Kept out of Chromium's session files, although GitLab's textarea drops the attribute when it re-renders.
  await expect.poll(() => value.getAttribute('autocomplete'), { message: "autocomplete of GitLab's value field" }).toBe('off');
  return settings;
}

for (const ui of GENERATIONS) {
  const locale = LOCALES[0]!;
  describe(`hostile names, GitLab ${ui} (${locale})`, () => {
    let gl: SandboxGitLab;
    let browser: ExtensionBrowser;
    const pageErrors: string[] = [];

    beforeAll(async () => {
      gl = await startGitLab({ ui, locale, hostileNames: true });
      browser = await launchWithExtension({ hostResolverRules: `MAP gitlab.com 127.0.0.1:${gl.port}` });
      browser.context.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(error.message)));
    });
    afterAll(async () => {
      await browser?.close();
      await gl?.stop();
    });

    const newPage = () => browser.context.newPage();

    it('control: both names run when parsed as HTML, so the checks below can fail', async () => {
      const page = await newPage();
      await page.goto(gitlabUrl(gl, `/${PROJECT}/-/issues`));
      expect(await pwned(page)).toBeUndefined();
      await page.evaluate((html) => {
        const holder = document.createElement('div');
        holder.innerHTML = html;
        document.body.append(holder);
      }, HOSTILE_NAMES.img);
      await expect.poll(() => pwned(page)).toBe(1);
      // innerHTML never runs <script>; a parser that does (a fragment, document.write) runs it.
      await page.evaluate((html) => document.body.append(document.createRange().createContextualFragment(html)), HOSTILE_NAMES.script);
      await expect.poll(() => pwned(page)).toBe(2);
      await page.close();
    });

    it('project named with markup, token named with markup: the panel holds the bot user, not a name, and runs nothing', async () => {
      const page = await newPage();
      await page.goto(gitlabUrl(gl, `/${PROJECT}/-/settings/access_tokens`));
      // The local GitLab shows the project's name as text, as GitLab does (escaped in its HTML).
      expect(await page.title()).toContain(HOSTILE_NAMES.script);
      // settled: GitLab renders the sidebar title in the page's HTML, loaded before goto returned
      expect(await page.locator('[data-testid="sidebar-context-title"]').textContent()).toBe(HOSTILE_NAMES.script);

      await createAccessToken(page, ui, 'resource_access_token', HOSTILE_NAMES.img);
      await page.locator(GENERATE).waitFor();
      const token = newestToken(gl, 'project');
      expect(token.name).toBe(HOSTILE_NAMES.img);
      // GitLab's token table shows the token's name as text (15.0 renders the table after the reload).
      await expect.poll(() => tokenTableNames(page)).toContain(HOSTILE_NAMES.img);
      expect(await pageIntruders(page)).toEqual([]);

      const dialog = await openTokenPanel(page);
      expect(await panelIntruders(page)).toEqual([]);
      // The bot user's display name is the token's name (markup); the panel takes its username.
      expect(gl.state().users.find((user) => user.id === token.userId)?.name).toBe(HOSTILE_NAMES.img);
      await expect.poll(() => dialog.getByLabel('Username', { exact: true }).inputValue(), { message: 'Username prefilled from the bot user' }).toBe(token.username);
      await expect.poll(() => dialog.getByLabel('Registry', { exact: true }).inputValue(), { message: 'Registry prefilled by the background' }).toBe('registry.gitlab.com');
      const json = expectedJson('registry.gitlab.com', token.username, token.token);
      await expect.poll(() => panelJson(dialog)).toBe(json);
      // settled: a negative check, after the last answer the panel waits for (its JSON, above)
      expect(await dialog.innerText()).not.toContain('onerror');
      expect(await pwned(page)).toBeUndefined();

      // The hand-off goes to this project's CI/CD settings on gitlab.com, and GitLab's form is filled there.
      const settings = await handOff(browser, dialog, json);
      expect(settings.url()).toBe(`https://gitlab.com/${PROJECT}/-/settings/ci_cd#js-cicd-variables-settings`);
      expect(await settings.title()).toContain(HOSTILE_NAMES.script);
      expect(await pageIntruders(settings)).toEqual([]);
      expect(await pwned(settings)).toBeUndefined();
      expect(await pwned(page)).toBeUndefined();
      await settings.close();
      await page.close();
    });

    it('group named with markup: the group bot user, and the hand-off to the group\'s CI/CD settings', async () => {
      const page = await newPage();
      await page.goto(gitlabUrl(gl, `/groups/${GROUP}/-/settings/access_tokens`));
      // settled: GitLab renders the sidebar title in the page's HTML, loaded before goto returned
      expect(await page.locator('[data-testid="sidebar-context-title"]').textContent()).toBe(HOSTILE_NAMES.img);
      await createAccessToken(page, ui, 'resource_access_token', HOSTILE_NAMES.script);
      await page.locator(GENERATE).waitFor();
      const token = newestToken(gl, 'group');
      await expect.poll(() => tokenTableNames(page)).toContain(HOSTILE_NAMES.script);
      expect(await pageIntruders(page)).toEqual([]);

      const dialog = await openTokenPanel(page);
      expect(await panelIntruders(page)).toEqual([]);
      await expect.poll(() => dialog.getByLabel('Username', { exact: true }).inputValue(), { message: 'Username prefilled from the group bot user' }).toBe(token.username);
      const json = expectedJson('registry.gitlab.com', token.username, token.token);
      await expect.poll(() => panelJson(dialog)).toBe(json);

      const settings = await handOff(browser, dialog, json);
      expect(settings.url()).toBe(`https://gitlab.com/groups/${GROUP}/-/settings/ci_cd#ci-variables`);
      expect(await pwned(settings)).toBeUndefined();
      expect(await pwned(page)).toBeUndefined();
      await settings.close();
      await page.close();
    });

    it('deploy token whose name and username are markup: the username is shown as literal text and runs nothing', async () => {
      // GitLab itself refuses such a deploy username (letters, digits, . + _ -); the page here is
      // more hostile than GitLab. The script payload has no whitespace, so it reads as a token value.
      const page = await newPage();
      await page.goto(gitlabUrl(gl, `/${PROJECT}/-/settings/repository#js-deploy-tokens`));
      await page.fill('#deploy_token_name', HOSTILE_NAMES.img);
      await page.fill('#deploy_token_username', HOSTILE_NAMES.script);
      await page.locator('#deploy_token_read_registry').evaluate((input: HTMLInputElement) => {
        if (!input.checked) input.click();
      });
      await page.click('[data-testid="create-deploy-token"], [data-qa-selector="create_deploy_token_button"]');
      await page.locator(GENERATE).waitFor();
      const token = newestToken(gl, 'deploy');
      expect(token.username).toBe(HOSTILE_NAMES.script);
      expect(await pageIntruders(page)).toEqual([]);

      const dialog = await openTokenPanel(page);
      const username = dialog.getByLabel('Username', { exact: true });
      await expect.poll(() => username.inputValue(), { message: "Username: the deploy token's own, as literal text" }).toBe(HOSTILE_NAMES.script);
      // settled: a deploy token's username field is rendered locked, with the panel itself
      expect(await username.getAttribute('readonly')).not.toBeNull();
      await expect.poll(() => panelJson(dialog)).toBe(expectedJson('registry.gitlab.com', HOSTILE_NAMES.script, token.token));
      await dialog.getByRole('button', { name: 'Verify' }).click();
      await expect.poll(() => dialog.locator('[data-verdict]').getAttribute('data-verdict')).toBe('valid');
      expect(await panelIntruders(page)).toEqual([]);
      expect(await pwned(page)).toBeUndefined();
      await page.close();
    });

    it('an existing DOCKER_AUTH_CONFIG whose value is markup: the merge refusal quotes it as text', async () => {
      gl.setVariable({ project: PROJECT }, { key: 'DOCKER_AUTH_CONFIG', value: HOSTILE_NAMES.img, variable_type: 'file', raw: true });
      const page = await newPage();
      await page.goto(gitlabUrl(gl, `/${PROJECT}/-/settings/ci_cd#js-cicd-variables-settings`));
      const dialog = await openPanelWith(page, { registry: 'registry.example.com:5050', username: 'ci-puller', secret: 'glpat-Xy9_abcdefghij-KLMN' });
      const add = dialog.getByRole('button', { name: 'Add to existing' });
      await expect.poll(() => add.isEnabled()).toBe(true);
      await add.click();
      const outcome = dialog.locator('[data-outcome="not-saved"]');
      await outcome.waitFor();
      // The browser's JSON error quotes the start of the value: the person reads it as it is.
      // settled: the outcome line appears with its text, once the save has been answered
      expect(await outcome.innerText()).toContain('"<img src=x');
      expect(await panelIntruders(page)).toEqual([]);
      expect(await pwned(page)).toBeUndefined();
      expect(gl.state().variables[`project:${PROJECT}`]?.find((v) => v.key === 'DOCKER_AUTH_CONFIG')?.value).toBe(HOSTILE_NAMES.img);
      await page.close();
    });

    it('group named with markup: direct save says "this group" and stores the variable in it', async () => {
      const page = await newPage();
      await page.goto(gitlabUrl(gl, `/groups/${GROUP}/-/settings/ci_cd#ci-variables`));
      const credentials = { registry: 'registry.example.com:5050', username: 'ci-puller', secret: 'glpat-Xy9_abcdefghij-KLMN' };
      const dialog = await openPanelWith(page, credentials);
      const save = dialog.getByRole('button', { name: 'Save as CI/CD variable' });
      await expect.poll(() => save.isEnabled()).toBe(true);
      await save.click();
      const outcome = dialog.locator('[data-outcome="saved"]');
      await outcome.waitFor();
      // The outcome line appears with its text, once the save has been answered.
      const said = await outcome.innerText();
      expect(said).toContain('in this group');
      expect(said).not.toContain(HOSTILE_NAMES.img);
      const stored = gl.state().variables[`group:${GROUP}`]?.find((v) => v.key === 'DOCKER_AUTH_CONFIG');
      expect(stored?.value).toBe(expectedJson(credentials.registry, credentials.username, credentials.secret));
      if (uiAtLeast(ui, '16.6')) expect(stored?.description).toBe(`Registry credentials for ${credentials.registry}`);
      expect(await panelIntruders(page)).toEqual([]);
      expect(await pwned(page)).toBeUndefined();
      await page.close();
    });

    it('no page threw while the extension worked on these pages', () => {
      expect(pageErrors).toEqual([]);
    });
  });
}
