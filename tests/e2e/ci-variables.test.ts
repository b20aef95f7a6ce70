// The CI/CD variables pages with the BUILT extension, against the local GitLab in every UI
// generation, English and German, for project, group and instance variables. What GitLab
// stored (gl.state()) is the verdict; the forms are saved with GitLab's own button, as a person would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitLab, UIS, type SandboxGitLab } from '../gitlab-sandbox/server/index.ts';
import { sandboxRequest, signIn } from '../gitlab-sandbox/server/request.ts';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension';
import { createAccessToken, gitlabUrl, uiAtLeast } from '../support/gitlab-user';
import {
  CI_SETTINGS,
  expectedJson,
  expectedVariable,
  tokenDescription,
  gitLabSaveButton,
  openCiSettings,
  openPanelWith,
  removeVariable,
  storedVariable,
  type CiScope,
} from '../support/gitlab-variables';
import { panelText } from '../support/panel';
import { startRegistry } from '../support/registry';
import { rememberSecret } from '../support/secret-ledger';

const CREDENTIALS = { registry: 'registry.example.com:5050', username: 'ci-puller', secret: 'glpat-Xy9_abcdefghij-KLMN' };
rememberSecret(CREDENTIALS.secret, "token typed into the CI/CD page's panel", { username: CREDENTIALS.username }); // issue 7 guard
const JSON_VALUE = expectedJson(CREDENTIALS.registry, CREDENTIALS.username, CREDENTIALS.secret);
const FILLED = '[data-docker-auth-config-status="filled"]';

for (const ui of UIS) {
  for (const locale of ['en', 'de'] as const) {
    // German pages protect new variables by default, English ones do not: both defaults are kept.
    const protectedByDefault = locale === 'de';
    // The panel speaks the page's language: buttons are named as it says them.
    const t = panelText(locale);

    describe(`GitLab ${ui} (${locale})`, () => {
      let gl: SandboxGitLab;
      let browser: ExtensionBrowser;
      beforeAll(async () => {
        gl = await startGitLab({ ui, locale, protectedByDefault });
        browser = await launchWithExtension({ hostResolverRules: `MAP gitlab.com 127.0.0.1:${gl.port}` });
      });
      afterAll(async () => {
        await browser?.close();
        await gl?.stop();
      });

      for (const scope of ['project', 'group', 'instance'] as const) {
        it(`${scope}: the panel fills GitLab's form and GitLab stores the variable as decided`, async () => {
          const page = await browser.context.newPage();
          await openCiSettings(page, gl, scope);
          const dialog = await openPanelWith(page, CREDENTIALS, locale);
          await expect.poll(() => dialog.getByLabel('DOCKER_AUTH_CONFIG').inputValue()).toBe(JSON_VALUE);
          await expect.poll(() => dialog.textContent()).toContain('cp "$DOCKER_AUTH_CONFIG" ~/.docker/config.json');
          await dialog.getByRole('button', { name: t('panel.fill-variable-form') }).click();
          await page.locator(FILLED).waitFor();
          await gitLabSaveButton(page).click();
          await expect.poll(() => storedVariable(gl, scope)).toEqual(expectedVariable(ui, JSON_VALUE, CREDENTIALS.registry, protectedByDefault));
          await page.close();
        });
      }

      if (locale === 'en') {
        it('direct save creates the same variable as the form path; a duplicate is answered with the choice', async () => {
          const page = await browser.context.newPage();
          await openCiSettings(page, gl, 'project');
          // The form test above stored one already: start from an empty project.
          await removeVariable(gl, 'project');
          await page.reload();
          const dialog = await openPanelWith(page, CREDENTIALS, locale);
          await dialog.getByRole('button', { name: t('panel.save-as-variable') }).click();
          await expect.poll(() => storedVariable(gl, 'project')).toEqual(expectedVariable(ui, JSON_VALUE, CREDENTIALS.registry, false));
          await expect.poll(() => dialog.locator('[data-outcome="saved"]').textContent()).toContain('Saved DOCKER_AUTH_CONFIG');

          // Someone else adds one behind the panel's back: the save meets "has already been taken".
          await removeVariable(gl, 'project');
          await page.reload();
          const panel = await openPanelWith(page, CREDENTIALS, locale);
          await expect.poll(() => panel.getByRole('button', { name: t('panel.save-as-variable') }).isEnabled()).toBe(true);
          gl.setVariable({ project: 'acme/backend' }, { key: 'DOCKER_AUTH_CONFIG', value: '{"auths":{}}', variable_type: 'file', raw: true });
          await panel.getByRole('button', { name: t('panel.save-as-variable') }).click();
          await panel.getByRole('button', { name: t('panel.add-to-existing') }).waitFor();
          await expect.poll(() => panel.getByRole('button', { name: t('panel.replace') }).isEnabled(), { message: 'Replace offered after "has already been taken"' }).toBe(true);
          // GitLab answered the save (the choice above): the one someone else added is untouched.
          expect(storedVariable(gl, 'project')?.value).toBe('{"auths":{}}');
          await page.close();
        });

        it('Add to existing keeps the other registries byte for byte; Replace asks first', async () => {
          const other = '{"auths":{"other.example:5000":{"auth":"b3RoZXI6c2VjcmV0"},"docker.io":{"auth":"aHViOnRva2Vu"}},"HttpHeaders":{"User-Agent":"x"}}';
          await removeVariable(gl, 'group');
          gl.setVariable({ group: 'acme' }, { key: 'DOCKER_AUTH_CONFIG', value: other, variable_type: 'env_var', raw: false });
          const page = await browser.context.newPage();
          await openCiSettings(page, gl, 'group');
          const dialog = await openPanelWith(page, CREDENTIALS, locale);
          // Never into GitLab's "has already been taken": the form path is not offered.
          await dialog.getByRole('button', { name: t('panel.add-to-existing') }).waitFor();
          // The lookup has answered (Add to existing is there), and it replaced the form path.
          expect(await dialog.getByRole('button', { name: t('panel.fill-variable-form') }).count()).toBe(0);
          await expect.poll(() => dialog.getByLabel('DOCKER_AUTH_CONFIG').inputValue()).toBe(JSON_VALUE);
          await dialog.getByRole('button', { name: t('panel.add-to-existing') }).click();
          const entry = `${JSON.stringify(CREDENTIALS.registry)}:{"auth":"${Buffer.from(`${CREDENTIALS.username}:${CREDENTIALS.secret}`).toString('base64')}"}`;
          const merged = other.replace('}},"HttpHeaders"', `},${entry}},"HttpHeaders"`);
          await expect.poll(() => storedVariable(gl, 'group')?.value).toBe(merged);
          expect(storedVariable(gl, 'group')).toMatchObject({ variable_type: 'env_var', raw: ui !== '15.0' });

          // Replace: nothing happens before the confirmation.
          await dialog.getByRole('button', { name: t('panel.replace') }).click();
          const confirm = dialog.getByRole('alertdialog', { name: t('panel.replace-label', { key: 'DOCKER_AUTH_CONFIG' }) });
          await confirm.waitFor();
          expect(storedVariable(gl, 'group')?.value).toBe(merged);
          await confirm.getByRole('button', { name: t('panel.replace-yes') }).click();
          await expect.poll(() => storedVariable(gl, 'group')?.value).toBe(JSON_VALUE);
          await page.close();
        });

        if (uiAtLeast(ui, '17.6')) {
          it('a hidden variable cannot be added to, and the panel says so', async () => {
            await removeVariable(gl, 'instance');
            gl.setVariable('instance', { key: 'DOCKER_AUTH_CONFIG', value: JSON_VALUE, variable_type: 'file', raw: true, masked: true, hidden: true });
            const page = await browser.context.newPage();
            await openCiSettings(page, gl, 'instance');
            const dialog = await openPanelWith(page, CREDENTIALS, locale);
            await dialog.locator('[data-existing="hidden"]').waitFor();
            // Replace waits for the JSON, which the background builds after the fields change.
            await expect.poll(() => dialog.getByRole('button', { name: t('panel.replace') }).isEnabled(), { message: 'Replace enabled once the JSON is built' }).toBe(true);
            // settled: the panel is ready (Replace is enabled), so only the hidden value can keep this disabled
            expect(await dialog.getByRole('button', { name: t('panel.add-to-existing') }).isDisabled()).toBe(true);
            await page.close();
          });
        }

        it('the whole path: project token, Fill CI/CD variable, GitLab form filled once, saved value pulls', async () => {
          await removeVariable(gl, 'project');
          const page = await browser.context.newPage();
          await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/access_tokens'));
          await createAccessToken(page, gl.ui, 'resource_access_token', 'ci-pull');
          await page.locator('[data-docker-auth-config-button]').click();
          const tokenPanel = page.getByRole('dialog', { name: 'DOCKER_AUTH_CONFIG' });
          await expect.poll(() => tokenPanel.getByLabel(t('panel.registry')).inputValue()).toBe(gl.registryHost);
          await expect.poll(() => tokenPanel.getByLabel(t('panel.username')).inputValue()).toMatch(/^project_42_bot/);
          const opened = browser.context.waitForEvent('page');
          await tokenPanel.getByRole('button', { name: t('panel.fill-ci-variable') }).click();
          const settings = await opened;
          await settings.locator(FILLED).waitFor();
          await gitLabSaveButton(settings).click();
          await expect.poll(() => storedVariable(gl, 'project')?.key).toBe('DOCKER_AUTH_CONFIG');

          const token = gl.state().tokens.find((t) => t.kind === 'project' && t.name === 'ci-pull')!;
          const json = expectedJson(gl.registryHost, token.username, token.token);
          // The description names the new token (issue 15): the background identified it at the hand-off.
          expect(storedVariable(gl, 'project')).toEqual(expectedVariable(ui, json, gl.registryHost, false, tokenDescription(token)));

          // The pending value was used once: a reload fills nothing.
          await settings.reload();
          await settings.locator('[data-docker-auth-config-button]').click();
          // The page asks for a hand-off as it places the button, before the panel's first question:
          // once the panel's registry is prefilled, a pending value would have started the fill.
          const reloadedPanel = settings.getByRole('dialog', { name: 'DOCKER_AUTH_CONFIG' });
          await expect
            .poll(() => reloadedPanel.getByLabel(t('panel.registry'), { exact: true }).inputValue(), { message: 'Registry prefilled after the reload' })
            .not.toBe('');
          expect(await settings.locator('[data-docker-auth-config-status]').count(), 'fill status lines (filling or filled)').toBe(0);
          await reloadedPanel.getByRole('button', { name: t('panel.close') }).click();

          // A real registry with the bot's credentials. Its users are fixed when it starts and the
          // token exists only now, so it listens on its own port: the key is moved there, the
          // credentials stay exactly as stored.
          const registry = await startRegistry({ users: [{ username: token.username, secret: token.token }] });
          try {
            const stored = storedVariable(gl, 'project')!.value;
            const moved = stored.replace(JSON.stringify(gl.registryHost), JSON.stringify(registry.host));
            expect(moved).not.toBe(stored);
            expect((await registry.canPull(moved)).ok).toBe(true);
          } finally {
            await registry.stop();
          }
          await settings.close();
          await page.close();
        });
      }
    });
  }
}
