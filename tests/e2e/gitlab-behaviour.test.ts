// What GitLab's own components and API DO, met by the BUILT extension on the local GitLab
// (docs/gitlab-compatibility.md, "What GitLab's components do" and "CI/CD variables through the
// API"): variable lists paginated at 20, the header GitLab draws around its Add button, and the
// 15.x modal whose masking depends on GitLab's feature flag. The everyday fills of every
// generation (disabled hint item, nothing selected, the on-demand modal) are in ci-variables.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitLab, type SandboxGitLab } from '../gitlab-sandbox/server/index.ts';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension';
import { createAccessToken, gitlabUrl } from '../support/gitlab-user';
import {
  CI_SETTINGS,
  expectedJson,
  expectedVariable,
  gitLabSaveButton,
  openCiSettings,
  headerLayout,
  openPanelWith,
  storedVariable,
  type CiScope,
} from '../support/gitlab-variables';
import { panelText } from '../support/panel';
import { rememberSecret } from '../support/secret-ledger';

const CREDENTIALS = { registry: 'registry.example.com:5050', username: 'ci-puller', secret: 'glpat-Beh4v1our_abcdefgh' };
rememberSecret(CREDENTIALS.secret, "token typed into the CI/CD page's panel", { username: CREDENTIALS.username }); // issue 7 guard
const JSON_VALUE = expectedJson(CREDENTIALS.registry, CREDENTIALS.username, CREDENTIALS.secret);
const STATUS = '[data-docker-auth-config-status]';
const EXISTING = '{"auths":{"other.example:5000":{"auth":"b3RoZXI6c2VjcmV0"}}}';

/** 25 other variables before DOCKER_AUTH_CONFIG: GitLab's first page of 20 does not hold it. */
function fillScopeBeyondFirstPage(gl: SandboxGitLab, scope: CiScope): void {
  const owner = CI_SETTINGS[scope].ref;
  for (let index = 0; index < 25; index++) {
    gl.setVariable(owner, { key: `AAA_VARIABLE_${String(index).padStart(2, '0')}`, value: `value-${index}`, variable_type: 'env_var' });
  }
  gl.setVariable(owner, { key: 'DOCKER_AUTH_CONFIG', value: EXISTING, variable_type: 'file', raw: true });
}

describe('GitLab 18.6: an existing DOCKER_AUTH_CONFIG beyond the first page of variables', () => {
  let gl: SandboxGitLab;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    gl = await startGitLab({ ui: '18.6' });
    browser = await launchWithExtension({ hostResolverRules: `MAP gitlab.com 127.0.0.1:${gl.port}` });
    for (const scope of ['project', 'group', 'instance'] as const) fillScopeBeyondFirstPage(gl, scope);
  });
  afterAll(async () => {
    await browser?.close();
    await gl?.stop();
  });

  for (const scope of ['project', 'group', 'instance'] as const) {
    it(`${scope}: the panel finds it with one read by key (not a walk through every page) and offers Add to existing, never GitLab's form`, async () => {
      const page = await browser.context.newPage();
      await openCiSettings(page, gl, scope);
      gl.clearRequests();
      const dialog = await openPanelWith(page, CREDENTIALS);
      await dialog.getByRole('button', { name: 'Add to existing' }).waitFor();
      expect(await dialog.getByRole('button', { name: 'Fill variable form' }).count()).toBe(0);
      // What GitLab received for it: the variable itself, by key and scope; no page of the list.
      // (The lookup, and credential health's own reads of it: the hint on load, the check on open.)
      const variableReads = gl.requests().filter((request) => /^GET \/api\/v4\/.*variables/.test(request));
      expect(variableReads.length).toBeGreaterThanOrEqual(1);
      for (const read of variableReads) expect(read).toMatch(/\/variables\/DOCKER_AUTH_CONFIG(\?|$)/);
      await dialog.getByRole('button', { name: 'Add to existing' }).click();
      const entry = `${JSON.stringify(CREDENTIALS.registry)}:{"auth":"${Buffer.from(`${CREDENTIALS.username}:${CREDENTIALS.secret}`).toString('base64')}"}`;
      await expect.poll(() => storedVariable(gl, scope)?.value).toBe(EXISTING.replace('}}}', `},${entry}}}`));
      await page.close();
    });
  }

  it("a hand-off from a token page asks first instead of walking into GitLab's 'has already been taken'", async () => {
    const before = storedVariable(gl, 'project')?.value;
    expect(before).toBeDefined();
    const page = await browser.context.newPage();
    await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/access_tokens'));
    await createAccessToken(page, gl.ui, 'resource_access_token', 'paged-pull');
    await page.locator('[data-docker-auth-config-button]').click();
    const tokenPanel = page.getByRole('dialog', { name: 'DOCKER_AUTH_CONFIG' });
    await expect.poll(() => tokenPanel.getByLabel('Registry').inputValue()).toBe(gl.registryHost);
    const opened = browser.context.waitForEvent('page');
    await tokenPanel.getByRole('button', { name: 'Fill CI/CD variable' }).click();
    const settings = await opened;
    const dialog = settings.getByRole('dialog', { name: 'DOCKER_AUTH_CONFIG' });
    await dialog.getByRole('button', { name: 'Add to existing' }).waitFor();
    // GitLab's own form was not opened for it, and nothing changed what GitLab stores.
    expect(await settings.locator(CI_SETTINGS_DRAWER).count()).toBe(0);
    expect(storedVariable(gl, 'project')?.value).toBe(before);
    await settings.close();
    await page.close();
  });
});

const CI_SETTINGS_DRAWER = '[data-testid="ci-variable-drawer"]';


describe("GitLab 18.6: the fill's outcome leaves GitLab's header as GitLab drew it", () => {
  let gl: SandboxGitLab;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    gl = await startGitLab({ ui: '18.6', locale: 'de' });
    browser = await launchWithExtension({ hostResolverRules: `MAP gitlab.com 127.0.0.1:${gl.port}` });
  });
  afterAll(async () => {
    await browser?.close();
    await gl?.stop();
  });

  it('says "Filled" in a status box of its own, announced, with Add variable and our button where they were', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await openCiSettings(page, gl, 'project');
    await page.locator('[data-docker-auth-config-button]').waitFor();
    const before = await headerLayout(page);
    // A German GitLab: the panel and its status speak German (the page's <html lang>).
    const t = panelText('de');
    const dialog = await openPanelWith(page, CREDENTIALS, 'de');
    await expect.poll(() => dialog.getByLabel('DOCKER_AUTH_CONFIG').inputValue()).toBe(JSON_VALUE);
    await dialog.getByRole('button', { name: t('panel.fill-variable-form') }).click();
    await page.locator(`${STATUS}[data-docker-auth-config-status="filled"]`).waitFor();
    const filled = t('fill.filled', { filled: t('fill.masked', { key: 'DOCKER_AUTH_CONFIG' }) });
    await expect.poll(() => page.locator(STATUS).getByRole('status').textContent()).toContain(filled);
    // Outside GitLab's variables app, and GitLab's header unchanged.
    expect(await page.locator(`#js-ci-variables ${STATUS}, [data-testid="ci-variable-settings"] ${STATUS}`).count()).toBe(0);
    expect(await headerLayout(page)).toEqual(before);
    // GitLab's form took everything: its save stores the variable as filled.
    await gitLabSaveButton(page).click();
    await expect.poll(() => storedVariable(gl, 'project')).toEqual(expectedVariable('18.6', JSON_VALUE, CREDENTIALS.registry, false));
    await page.close();
  });
});

for (const flagOn of [true, false]) {
  describe(`GitLab 15.11, masking unexpanded values ${flagOn ? 'allowed (flag on)' : 'not allowed (flag off)'}`, () => {
    let gl: SandboxGitLab;
    let browser: ExtensionBrowser;
    beforeAll(async () => {
      gl = await startGitLab({ ui: '15.11', rawMaskedVariablesFlag: flagOn });
      browser = await launchWithExtension({ hostResolverRules: `MAP gitlab.com 127.0.0.1:${gl.port}` });
    });
    afterAll(async () => {
      await browser?.close();
      await gl?.stop();
    });

    it(
      flagOn
        ? "masks the JSON because GitLab's own form accepts it, in the one modal GitLab opened"
        : 'leaves the JSON visible and says why',
      async () => {
        const page = await browser.context.newPage();
        await openCiSettings(page, gl, 'project');
        const dialog = await openPanelWith(page, CREDENTIALS);
        await expect.poll(() => dialog.getByLabel('DOCKER_AUTH_CONFIG').inputValue()).toBe(JSON_VALUE);
        await dialog.getByRole('button', { name: 'Fill variable form' }).click();
        await page.locator(`${STATUS}[data-docker-auth-config-status="filled"]`).waitFor();
        expect(await page.locator('#add-ci-variable').count()).toBe(1);
        await expect
          .poll(() => page.locator(STATUS).getByRole('status').textContent())
          .toContain(flagOn ? 'type File, masked, Expand off' : 'type File, visible (this GitLab cannot mask JSON), Expand off');
        await gitLabSaveButton(page).click();
        await expect
          .poll(() => storedVariable(gl, 'project'))
          .toEqual({ ...expectedVariable('15.11', JSON_VALUE, CREDENTIALS.registry, false), masked: flagOn });
        await page.close();
      },
    );
  });
}
