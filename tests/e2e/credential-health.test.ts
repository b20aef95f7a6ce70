// Credential health (issue 15) with the BUILT extension against the local GitLab: an existing
// DOCKER_AUTH_CONFIG is read once on page load (a hint next to the button, a warning when the
// token its description names expires within the window), and checked entry by entry when the
// panel opens: the token identified through GitLab's API, GitLab's own /jwt/auth verdict. Renew
// ends with GitLab storing the merged value. What GitLab stored (gl.state()) and what the person
// reads are the verdicts.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeToken } from '../../utils/credential-health';
import type { SandboxGitLab, Token } from '../gitlab-sandbox/server/index.ts';
import type { ExtensionBrowser } from '../support/extension';
import { startGitLabWithExtension, stopGitLabWithExtension } from '../support/gitlab-with-extension';
import { gitlabUrl } from '../support/gitlab-user';
import { CI_SETTINGS, expectedJson, openCiSettings, storedVariable, type CiScope } from '../support/gitlab-variables';
import { GENERATE } from '../support/panel';
import { rememberSecret } from '../support/secret-ledger';

const HINT = '[data-docker-auth-config-hint]';
const OTHER = { registry: 'registry.example.com:5050', username: 'someone', secret: 'other-registry-secret-0123' };
rememberSecret(OTHER.secret, 'the other registry entry of a variable set by the test', { username: OTHER.username }); // issue 7 guard

/** YYYY-MM-DD `days` from today (UTC), as GitLab stores expiry dates. */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('credential health on the CI/CD variables page (GitLab 17.6)', () => {
  let gl: SandboxGitLab;
  let browser: ExtensionBrowser;
  let page: Page;
  beforeAll(async () => {
    ({ gl, browser } = await startGitLabWithExtension({ ui: '17.6', locale: 'en' }));
  });
  afterAll(() => stopGitLabWithExtension({ gl, browser }));
  beforeEach(async () => {
    gl.setSessionRole(null);
    page = await browser.context.newPage();
    return () => page.close();
  });

  /** A project or group access token (read_registry, Reporter unless said) made without the UI. */
  function accessToken(scope: 'project' | 'group', options: { expiresInDays: number; scopes?: string[]; name?: string }): Token {
    return gl.createTokenDirectly({
      kind: scope,
      resourceId: scope === 'project' ? 42 : 10,
      name: options.name ?? 'registry-read-token',
      scopes: options.scopes ?? ['read_registry'],
      accessLevel: 20,
      expiresAt: inDays(options.expiresInDays),
    });
  }

  /** DOCKER_AUTH_CONFIG holding the token (and other entries), described as the extension describes it. */
  function storeVariable(scope: CiScope, token: Token, others: Array<typeof OTHER> = [], extra: { hidden?: boolean } = {}): string {
    const auths = [{ registry: gl.registryHost, username: token.username, secret: token.token }, ...others]
      .map((entry) => JSON.parse(expectedJson(entry.registry, entry.username, entry.secret)).auths as Record<string, unknown>)
      .reduce((all, entry) => ({ ...all, ...entry }), {});
    const value = JSON.stringify({ auths });
    gl.setVariable(CI_SETTINGS[scope].ref, {
      key: 'DOCKER_AUTH_CONFIG',
      value,
      variable_type: 'file',
      raw: true,
      masked: extra.hidden === true,
      hidden: extra.hidden === true,
      environment_scope: '*',
      description: describeToken({ name: token.name, kind: token.kind as 'project', expiresAt: token.expiresAt }),
    });
    return value;
  }

  /** Opens the panel as a person does and returns the entry shown for `registry`, once checked. */
  async function checkedEntry(scope: CiScope, registry: string): Promise<{ dialog: Locator; entry: Locator }> {
    await openCiSettings(page, gl, scope);
    await page.locator(GENERATE).click();
    const dialog = page.getByRole('dialog', { name: 'DOCKER_AUTH_CONFIG' });
    const entry = dialog.locator('[data-health]').filter({ has: page.locator('code', { hasText: registry }) });
    await entry.waitFor();
    return { dialog, entry };
  }

  it('valid: the hint counts the registries; the panel names the token, its expiry, read_registry, and GitLab grants pull', async () => {
    const token = accessToken('project', { expiresInDays: 200 });
    storeVariable('project', token);
    await openCiSettings(page, gl, 'project');
    await expect.poll(() => page.locator(HINT).textContent()).toBe('DOCKER_AUTH_CONFIG: 1 registry');
    expect(await page.locator(HINT).getAttribute('data-docker-auth-config-hint')).toBe('ok'); // settled: the text above is set with the attribute, once
    const { entry } = await checkedEntry('project', gl.registryHost);
    await expect.poll(() => entry.getAttribute('data-health')).toBe('ok');
    const text = await entry.textContent(); // settled: data-health is set with the whole entry, once
    expect(text).toContain('registry-read-token (project access token)');
    expect(text).toContain(`expires ${inDays(200)}, in 200 days`);
    expect(text).toContain('has read_registry');
    expect(text).toContain("It grants pull on this project's images.");
    expect(text).toContain(`user ${token.username}`);
  });

  it("a token GitLab lists on a later page is still identified (GitLab's token lists are paginated)", async () => {
    // 105 older tokens first: even at 100 a page, the most GitLab gives, the one in use is on page 2.
    for (let index = 0; index < 105; index++) accessToken('project', { expiresInDays: 300, name: `older-token-${index}` });
    const token = accessToken('project', { expiresInDays: 150, name: 'listed-late-token' });
    storeVariable('project', token);
    const { entry } = await checkedEntry('project', gl.registryHost);
    await expect.poll(() => entry.getAttribute('data-health')).toBe('ok');
    const text = await entry.textContent(); // settled: data-health is set with the whole entry, once
    expect(text).toContain('listed-late-token (project access token)');
    expect(text).toContain(`expires ${inDays(150)}, in 150 days`);
  });

  it('expiring within the window: a warning next to the button on load, Expires soon and Renew in the panel', async () => {
    const token = accessToken('project', { expiresInDays: 10 });
    storeVariable('project', token);
    await openCiSettings(page, gl, 'project');
    await expect.poll(() => page.locator(HINT).getAttribute('data-docker-auth-config-hint')).toBe('warning');
    expect(await page.locator(HINT).textContent()).toContain(`its token expires ${inDays(10)}, in 10 days`); // settled: set with the attribute
    const { entry } = await checkedEntry('project', gl.registryHost);
    await expect.poll(() => entry.getAttribute('data-health')).toBe('warning');
    expect(await entry.textContent()).toContain('Expires soon'); // settled: set with data-health
    expect(await entry.locator('[data-renew]').getAttribute('href')).toBe(gitlabUrl(gl, '/acme/backend/-/settings/access_tokens#docker-auth-config-renew'));
  });

  it('expired: a warning on load; GitLab refuses it', async () => {
    const token = accessToken('project', { expiresInDays: -3 });
    storeVariable('project', token);
    await openCiSettings(page, gl, 'project');
    await expect.poll(() => page.locator(HINT).textContent()).toContain('its token expired 3 days ago');
    const { entry } = await checkedEntry('project', gl.registryHost);
    await expect.poll(() => entry.getAttribute('data-verdict')).toBe('invalid');
    const text = await entry.textContent(); // settled: the verdict is set with the whole entry
    expect(text).toContain('expired 3 days ago');
    expect(text).toContain('Will fail');
  });

  it('revoked: said as revoked, and GitLab refuses it', async () => {
    const token = accessToken('project', { expiresInDays: 100 });
    gl.revokeToken('project', token.id);
    storeVariable('project', token);
    const { entry } = await checkedEntry('project', gl.registryHost);
    await expect.poll(() => entry.getAttribute('data-verdict')).toBe('invalid');
    expect(await entry.textContent()).toContain('registry-read-token (project access token), revoked'); // settled: set with the verdict
  });

  it('wrong scope: no read_registry is said, and GitLab refuses it', async () => {
    const token = accessToken('project', { expiresInDays: 100, scopes: ['read_api'] });
    storeVariable('project', token);
    const { entry } = await checkedEntry('project', gl.registryHost);
    await expect.poll(() => entry.getAttribute('data-verdict')).toBe('invalid');
    expect(await entry.textContent()).toContain('no read_registry scope'); // settled: set with the verdict
    expect(await entry.getAttribute('data-health')).toBe('error'); // settled: set with the verdict
  });

  it('another registry: not checked, and nothing is sent to it', async () => {
    const token = accessToken('project', { expiresInDays: 100 });
    storeVariable('project', token, [OTHER]);
    await openCiSettings(page, gl, 'project');
    await expect.poll(() => page.locator(HINT).textContent()).toBe('DOCKER_AUTH_CONFIG: 2 registries');
    const { dialog, entry } = await checkedEntry('project', OTHER.registry);
    await expect.poll(() => entry.getAttribute('data-verdict')).toBe('not-checked');
    expect(await entry.textContent()).toContain('Not checked: nothing is sent to other hosts.'); // settled: set with the verdict
    await expect.poll(() => dialog.locator(`[data-health="ok"]`).count(), { message: "this GitLab's entry checked" }).toBe(1);
    expect(browser.requests().filter((request) => request.includes('registry.example.com'))).toEqual([]);
  });

  it('a role that cannot list group access tokens: the registry verdict still, and what was skipped and why', async () => {
    const token = accessToken('group', { expiresInDays: 100 });
    storeVariable('group', token);
    gl.setSessionRole(40); // Maintainer: reads group variables, but listing group access tokens needs Owner
    const { entry } = await checkedEntry('group', gl.registryHost);
    await expect.poll(() => entry.getAttribute('data-verdict')).toBe('valid');
    const text = await entry.textContent(); // settled: set with the verdict
    expect(text).toContain("GitLab does not let your role list the group's access tokens (401); that needs the Owner role on the group. The registry check below still ran.");
    expect(text).toContain('group access token');
  });

  it('hidden: said that it cannot be read, with a way to replace it', async () => {
    const token = accessToken('project', { expiresInDays: 100 });
    storeVariable('project', token, [], { hidden: true });
    await openCiSettings(page, gl, 'project');
    await expect.poll(() => page.locator(HINT).textContent()).toBe('DOCKER_AUTH_CONFIG: hidden, GitLab does not show it to check');
    await page.locator(GENERATE).click();
    const health = page.getByRole('dialog', { name: 'DOCKER_AUTH_CONFIG' }).locator('section[aria-label="Credential health"]');
    await expect.poll(() => health.getAttribute('data-health-state')).toBe('hidden');
    expect(await health.textContent()).toContain('is hidden: GitLab never shows its value, so its credentials cannot be checked'); // settled: set with the state
    expect(await health.getByRole('link', { name: 'Create a new token' }).getAttribute('href')).toContain('/acme/backend/-/settings/access_tokens#docker-auth-config-renew');
  });

  it('page load: one API request for the hint (the variable by key), no /jwt/auth, no token listing', async () => {
    const token = accessToken('project', { expiresInDays: 10 });
    storeVariable('project', token, [OTHER]);
    gl.clearRequests();
    await openCiSettings(page, gl, 'project');
    await expect.poll(() => page.locator(HINT).getAttribute('data-docker-auth-config-hint')).toBe('warning');
    const api = gl.requests().filter((request) => request.includes('/api/v4/') || request.includes('/jwt/auth'));
    expect(api).toHaveLength(1);
    expect(api[0]).toMatch(/^GET \/api\/v4\/projects\/acme%2Fbackend\/variables\/DOCKER_AUTH_CONFIG\?/);
  });

  it('renew: the token page opens with its form prepared; 4 clicks later GitLab stores the new token in place, the other registry byte for byte', async () => {
    const old = accessToken('project', { expiresInDays: 5 });
    const before = storeVariable('project', old, [OTHER]);
    const { entry } = await checkedEntry('project', gl.registryHost);
    await expect.poll(() => entry.getAttribute('data-health')).toBe('warning');
    const tokenPageOpened = browser.context.waitForEvent('page');
    await entry.locator('[data-renew]').click();
    const tokenPage = await tokenPageOpened;
    // Prepared as "Create registry read token" does: name, read_registry only, Reporter, unfolded.
    await expect.poll(() => tokenPage.locator('#resource_access_token_name').inputValue()).toBe('registry-read-token');
    expect(await tokenPage.locator('#resource_access_token_scopes_read_registry').isChecked()).toBe(true); // settled: filled before the name, at once
    expect(await tokenPage.locator('#resource_access_token_access_level').inputValue()).toBe('20'); // settled: as above

    // Click 1: GitLab's own Create button.
    await tokenPage.click('[data-testid="create-token-button"]');
    // Click 2: the extension's button next to the token GitLab shows.
    await tokenPage.locator(GENERATE).click();
    const tokenPanel = tokenPage.getByRole('dialog', { name: 'DOCKER_AUTH_CONFIG' });
    await expect.poll(() => tokenPanel.getByLabel('Username').inputValue()).toMatch(/^project_42_bot/);
    const ciPageOpened = browser.context.waitForEvent('page');
    // Click 3: Fill CI/CD variable (the hand-off to this project's CI/CD settings).
    await tokenPanel.getByRole('button', { name: 'Fill CI/CD variable' }).click();
    const ciPage = await ciPageOpened;
    const panel = ciPage.getByRole('dialog', { name: 'DOCKER_AUTH_CONFIG' });
    // Click 4: Add to existing (the variable exists: the hand-off asks before anything is saved).
    await panel.getByRole('button', { name: 'Add to existing' }).click();
    await expect.poll(() => panel.locator('[data-outcome]').getAttribute('data-outcome')).toBe('saved');

    const renewed = gl.state().tokens.filter((t) => t.kind === 'project' && t.name === 'registry-read-token').at(-1)!;
    expect(renewed.id).not.toBe(old.id);
    const stored = storedVariable(gl, 'project')!;
    const ownKey = JSON.stringify(gl.registryHost);
    const otherPart = before.slice(before.indexOf(JSON.stringify(OTHER.registry)));
    // Same order, this GitLab's entry replaced in place, the other one byte for byte.
    expect(stored.value).toBe(`{"auths":{${ownKey}:{"auth":"${Buffer.from(`${renewed.username}:${renewed.token}`).toString('base64')}"},${otherPart}`);
    expect(stored.description).toBe(`registry-read-token (project access token), expires ${renewed.expiresAt!.slice(0, 10)}`);
    await ciPage.close();
    await tokenPage.close();
  });
});
