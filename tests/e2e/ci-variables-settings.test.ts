// The per-GitLab settings on the CI/CD variables pages, with the BUILT extension against the local
// GitLab: gitlab.com's settings are changed in the options page as a person would (variable key,
// Protect, Save automatically), and what GitLab stored (gl.state()) is the verdict. The default
// settings are covered by ci-variables.test.ts (today's behaviour, unchanged).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitLab, type SandboxGitLab, type Ui, type Variable } from '../gitlab-sandbox/server/index.ts';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension';
import { createAccessToken } from '../support/gitlab-user';
import { CI_SETTINGS, expectedJson, expectedVariable, gitLabSaveButton, openCiSettings, openPanelWith, type CiScope } from '../support/gitlab-variables';
import { rememberSecret } from '../support/secret-ledger';

const CREDENTIALS = { registry: 'registry.example.com:5050', username: 'ci-puller', secret: 'glpat-Xy9_abcdefghij-KLMN' };
rememberSecret(CREDENTIALS.secret, "token typed into the CI/CD page's panel", { username: CREDENTIALS.username }); // issue 7 guard
const JSON_VALUE = expectedJson(CREDENTIALS.registry, CREDENTIALS.username, CREDENTIALS.secret);
const KEY = 'REGISTRY_AUTH';
const STATUS = '[data-docker-auth-config-status]';

interface Settings {
  variableKey: string;
  protect: 'gitlab' | 'on' | 'off';
  saveAutomatically: boolean;
}

/** Changes gitlab.com's settings in the options page, as a person does, and waits for "Saved.". */
async function setGitLabComSettings(browser: ExtensionBrowser, settings: Settings): Promise<void> {
  const page = await browser.openExtensionPage('options.html');
  const card = page.locator('li.instance[data-origin="https://gitlab.com"]');
  await card.waitFor();
  await card.getByLabel('Variable key').fill(settings.variableKey);
  await card.getByLabel('Protect new variables').selectOption(settings.protect);
  await card.getByLabel(/Save automatically/).setChecked(settings.saveAutomatically);
  await card.getByRole('button', { name: 'Save settings' }).click();
  await expect.poll(() => card.getByRole('status').textContent()).toBe('Saved.');
  await page.close();
}

/** The variable `key` as GitLab stored it in a scope (or undefined). */
function stored(gl: SandboxGitLab, scope: CiScope, key: string): Omit<Variable, 'id'> | undefined {
  const found = gl.state().variables[CI_SETTINGS[scope].stateKey]?.find((v) => v.key === key);
  if (!found) return undefined;
  const { id: _id, ...rest } = found;
  return rest;
}

/** What the extension stores under `key`: as for DOCKER_AUTH_CONFIG, with the key and Protect as set. */
const expected = (ui: Ui, isProtected: boolean) => ({ ...expectedVariable(ui, JSON_VALUE, CREDENTIALS.registry, isProtected), key: KEY });

async function openPanel(page: Page, gl: SandboxGitLab, scope: CiScope) {
  await openCiSettings(page, gl, scope);
  const dialog = await openPanelWith(page, CREDENTIALS);
  await expect.poll(() => dialog.getByLabel('DOCKER_AUTH_CONFIG').inputValue()).toBe(JSON_VALUE);
  return dialog;
}

for (const ui of ['16.6', '18.6'] as const) {
  describe(`GitLab ${ui}: gitlab.com's settings on the CI/CD variables page`, () => {
    let gl: SandboxGitLab;
    let browser: ExtensionBrowser;
    beforeAll(async () => {
      // GitLab's default leaves new variables unprotected: "Protect on" must tick the box itself.
      gl = await startGitLab({ ui, locale: 'en', protectedByDefault: false });
      browser = await launchWithExtension({ hostResolverRules: `MAP gitlab.com 127.0.0.1:${gl.port}` });
    });
    afterAll(async () => {
      await browser?.close();
      await gl?.stop();
    });

    it(`${KEY}, Protect on, Save automatically on: Fill variable form stores it without a click on GitLab's save`, async () => {
      await setGitLabComSettings(browser, { variableKey: KEY, protect: 'on', saveAutomatically: true });
      const page = await browser.context.newPage();
      const dialog = await openPanel(page, gl, 'project');
      // The panel names the key the jobs will read, and the Protect it will get.
      await expect.poll(() => dialog.textContent()).toContain(`cp "$${KEY}" ~/.docker/config.json`);
      await expect.poll(() => dialog.textContent(), { message: 'the Protect the panel announces' }).toContain('It will be protected.');
      await dialog.getByRole('button', { name: 'Fill variable form' }).click();
      await page.locator(`${STATUS}[data-docker-auth-config-status="saved"]`).waitFor();
      await expect.poll(() => stored(gl, 'project', KEY)).toEqual(expected(ui, true));
      expect(stored(gl, 'project', 'DOCKER_AUTH_CONFIG')).toBeUndefined();
      // settled: the status line's state ("saved", waited for above) and its text are set together
      const status = await page.locator(STATUS).getByRole('status').textContent();
      expect(status).toContain(`Filled (${KEY}, type File, masked, Expand off) and pressed GitLab's save button: saved.`);
      // Pressed once: GitLab's drawer stays open, reset, with its success alert.
      await expect
        .poll(() => page.locator('[data-testid="ci-variable-mutation-alert"].gl-alert-success').count(), { message: "GitLab's success alerts" })
        .toBe(1);
      await expect.poll(() => page.locator('textarea#ci-variable-value').inputValue(), { message: "GitLab's value field, reset after the save" }).toBe('');
      expect(gl.state().variables[CI_SETTINGS.project.stateKey]).toHaveLength(1);
      await page.close();
    });

    it('Save automatically off: the form is filled with the key and Protect, nothing is stored until GitLab\'s save is clicked', async () => {
      await setGitLabComSettings(browser, { variableKey: KEY, protect: 'on', saveAutomatically: false });
      const page = await browser.context.newPage();
      const dialog = await openPanel(page, gl, 'group');
      await dialog.getByRole('button', { name: 'Fill variable form' }).click();
      await page.locator(`${STATUS}[data-docker-auth-config-status="filled"]`).waitFor();
      await expect.poll(() => page.locator('[data-testid="ci-variable-key"] input').inputValue(), { message: "GitLab's key field after the fill" }).toBe(KEY);
      await expect
        .poll(() => page.locator('input[data-testid="ci-variable-protected-checkbox"]').isChecked(), { message: "GitLab's Protect box after the fill" })
        .toBe(true);
      // Time enough for any save to have reached GitLab: none does.
      await page.waitForTimeout(1500);
      expect(stored(gl, 'group', KEY)).toBeUndefined();
      expect(gl.state().variables[CI_SETTINGS.group.stateKey] ?? []).toHaveLength(0);
      await gitLabSaveButton(page).click();
      await expect.poll(() => stored(gl, 'group', KEY)).toEqual(expected(ui, true));
      await page.close();
    });

    it(`direct save creates ${KEY} protected; the lookup and Add to existing use the key too`, async () => {
      await setGitLabComSettings(browser, { variableKey: KEY, protect: 'on', saveAutomatically: false });
      const page = await browser.context.newPage();
      const dialog = await openPanel(page, gl, 'instance');
      await expect.poll(() => dialog.getByRole('button', { name: 'Save as CI/CD variable' }).isEnabled()).toBe(true);
      await dialog.getByRole('button', { name: 'Save as CI/CD variable' }).click();
      await expect.poll(() => stored(gl, 'instance', KEY)).toEqual(expected(ui, true));
      expect(stored(gl, 'instance', 'DOCKER_AUTH_CONFIG')).toBeUndefined();
      // GitLab stores it before it answers: the panel says so once the answer has reached it.
      await expect
        .poll(() => dialog.locator('[data-outcome="saved"]').textContent(), { message: "the panel's outcome of the save" })
        .toContain(`Saved ${KEY} in the instance`);

      // Another registry is in it already: the panel finds REGISTRY_AUTH and merges into it.
      const other = '{"auths":{"other.example:5000":{"auth":"b3RoZXI6c2VjcmV0"}}}';
      gl.setVariable('instance', { key: KEY, value: other, variable_type: 'file', raw: true, protected: true });
      gl.setVariable('instance', { key: 'DOCKER_AUTH_CONFIG', value: '{"auths":{}}', variable_type: 'file', raw: true });
      await page.reload();
      const panel = await openPanelWith(page, CREDENTIALS);
      await panel.getByRole('button', { name: 'Add to existing' }).waitFor();
      await expect.poll(() => panel.textContent(), { message: 'what the panel says about the existing variable' }).toContain(`The instance already has a ${KEY}.`);
      await panel.getByRole('button', { name: 'Add to existing' }).click();
      const entry = `${JSON.stringify(CREDENTIALS.registry)}:{"auth":"${Buffer.from(`${CREDENTIALS.username}:${CREDENTIALS.secret}`).toString('base64')}"}`;
      await expect.poll(() => stored(gl, 'instance', KEY)?.value).toBe(other.replace('}}}', `},${entry}}}`));
      expect(stored(gl, 'instance', 'DOCKER_AUTH_CONFIG')?.value).toBe('{"auths":{}}');
      await page.close();
    });
  });
}

// GitLab 15.x project pages carry no data-project-full-path: below a relative root the URL alone
// cannot tell the root from a group's name. On an added instance the content scripts take the
// root from the 'page-settings' answer. (Access is granted as instances.test.ts explains.)
describe('GitLab 15.11 below /gitlab, added in the options page: the relative root comes with the page settings', () => {
  const HOST = 'gitlab-root.example.test';
  const ORIGIN = `https://${HOST}`;
  let gl: SandboxGitLab;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    gl = await startGitLab({ ui: '15.11', locale: 'en', relativeRoot: '/gitlab' });
    browser = await launchWithExtension({ hostResolverRules: `MAP ${HOST} 127.0.0.1:${gl.port}` });
    const extensions = await browser.context.newPage();
    await extensions.goto('chrome://extensions');
    await extensions.evaluate(
      ([id, pattern]) => (globalThis as any).chrome.developerPrivate.addHostPermission(id, pattern),
      [browser.extensionId, `${ORIGIN}/*`],
    );
    await extensions.close();
    const options = await browser.openExtensionPage('options.html');
    await options.getByLabel('GitLab address').fill(`${ORIGIN}/gitlab`);
    await options.getByRole('button', { name: 'Add GitLab instance' }).click();
    await options.locator('[data-outcome="added"]').waitFor();
    const card = options.locator(`li.instance[data-origin="${ORIGIN}"]`);
    await card.getByLabel('Variable key').fill(KEY);
    await card.getByRole('button', { name: 'Save settings' }).click();
    await card.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await options.close();
  });
  afterAll(async () => {
    await browser?.close();
    await gl?.stop();
  });

  it('token page: the panel reaches the project below the root (registry from its API)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${ORIGIN}/gitlab/acme/backend/-/settings/access_tokens`);
    expect(await page.evaluate(() => document.body.dataset.projectFullPath)).toBeUndefined();
    await createAccessToken(page, '15.11', 'resource_access_token', 'ci-hint');
    await page.locator('[data-docker-auth-config-button]').click();
    const dialog = page.getByRole('dialog', { name: 'DOCKER_AUTH_CONFIG' });
    await expect.poll(() => dialog.getByLabel('Registry', { exact: true }).inputValue()).toBe(gl.registryHost);
    await expect.poll(() => dialog.getByLabel('Username', { exact: true }).inputValue()).toMatch(/^project_42_bot/);
    await page.close();
  });

  it("CI/CD page: direct save lands in acme/backend under this instance's key", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${ORIGIN}/gitlab${CI_SETTINGS.project.path}`);
    const dialog = await openPanelWith(page, CREDENTIALS);
    await expect.poll(() => dialog.getByRole('button', { name: 'Save as CI/CD variable' }).isEnabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Save as CI/CD variable' }).click();
    await expect.poll(() => stored(gl, 'project', KEY)?.value).toBe(JSON_VALUE);
    expect(stored(gl, 'project', KEY)).toMatchObject({ variable_type: 'file', protected: false, raw: true, masked: false });
    await page.close();
  });
});
