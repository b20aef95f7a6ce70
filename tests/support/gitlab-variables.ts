import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { describeToken } from '../../utils/credential-health';
import type { SandboxGitLab, Token, Ui, Variable } from '../gitlab-sandbox/server/index.ts';
import { sandboxRequest, signIn } from '../gitlab-sandbox/server/request.ts';
import { gitlabUrl, uiAtLeast } from './gitlab-user';
import type { Locale } from '../../utils/i18n';
import { panelText } from './panel';

/** The CI/CD settings page of each scope, with the variables section expanded. */
export const CI_SETTINGS = {
  project: { path: '/acme/backend/-/settings/ci_cd#js-cicd-variables-settings', stateKey: 'project:acme/backend', ref: { project: 'acme/backend' } },
  group: { path: '/groups/acme/-/settings/ci_cd#ci-variables', stateKey: 'group:acme', ref: { group: 'acme' } },
  instance: { path: '/admin/application_settings/ci_cd#js-ci-cd-variables', stateKey: 'instance', ref: 'instance' },
} as const;
export type CiScope = keyof typeof CI_SETTINGS;

/** The description the extension writes for a token GitLab's API identified (issue 15). */
export const tokenDescription = (token: Token) =>
  describeToken({ name: token.name, kind: token.kind, expiresAt: token.expiresAt ? token.expiresAt.slice(0, 10) : null });

/** The compact JSON the shell recipe gives for one registry. */
export const expectedJson = (registry: string, username: string, secret: string) =>
  `{"auths":{${JSON.stringify(registry)}:{"auth":"${Buffer.from(`${username}:${secret}`, 'utf8').toString('base64')}"}}}`;

/** DOCKER_AUTH_CONFIG as GitLab stored it in a scope (or undefined). */
export function storedVariable(gl: SandboxGitLab, scope: CiScope): Omit<Variable, 'id'> | undefined {
  const found = gl.state().variables[CI_SETTINGS[scope].stateKey]?.find((v) => v.key === 'DOCKER_AUTH_CONFIG');
  if (!found) return undefined;
  const { id: _id, ...rest } = found;
  return rest;
}

/**
 * What GitLab should store for a DOCKER_AUTH_CONFIG filled by the extension: type File, raw
 * (15.0 has no Expand field: every variable is saved expanded there), masked where the
 * generation's rule for unexpanded values accepts compact JSON (16.x+), protected as GitLab's
 * default, scope *, a description where the field exists (16.2+): the registry, or the token
 * named with its expiry where the background could tell it (issue 15: `tokenDescription`).
 */
export function expectedVariable(ui: Ui, json: string, registry: string, isProtected: boolean, description = `Registry credentials for ${registry}`): Omit<Variable, 'id'> {
  return {
    key: 'DOCKER_AUTH_CONFIG',
    value: json,
    variable_type: 'file',
    protected: isProtected,
    masked: uiAtLeast(ui, '16.6'),
    hidden: false,
    raw: ui !== '15.0',
    environment_scope: '*',
    description: uiAtLeast(ui, '16.6') ? description : null,
  };
}

/** GitLab's own save button of the open form, as a person clicks it. */
export const gitLabSaveButton = (page: Page): Locator =>
  page.locator('[data-testid="ci-variable-confirm-button"], #add-ci-variable [data-testid="ciUpdateOrAddVariableBtn"]');

export async function openCiSettings(page: Page, gl: SandboxGitLab, scope: CiScope): Promise<void> {
  await page.goto(gitlabUrl(gl, CI_SETTINGS[scope].path));
}

/**
 * Opens the extension's panel, types the credentials as a person would, and waits until the JSON
 * the panel shows is built from them: the background builds it after each change, and until the
 * answer comes the panel holds the JSON of the values before (the prefilled registry and username),
 * which Save and Fill would use. A person reads the JSON before saving it.
 */
export async function openPanelWith(
  page: Page,
  credentials: { registry: string; username: string; secret: string },
  locale: Locale = 'en',
): Promise<Locator> {
  const t = panelText(locale);
  await page.locator('[data-docker-auth-config-button]').click();
  const dialog = page.getByRole('dialog', { name: 'DOCKER_AUTH_CONFIG' });
  // The panel prefills the registry it knows; type over it once it has (as a person would).
  await expect.poll(() => dialog.getByLabel(t('panel.registry'), { exact: true }).inputValue(), { message: 'Registry prefilled by the background' }).not.toBe('');
  await dialog.getByLabel(t('panel.token'), { exact: true }).fill(credentials.secret);
  await dialog.getByLabel(t('panel.registry'), { exact: true }).fill(credentials.registry);
  await dialog.getByLabel(t('panel.username'), { exact: true }).fill(credentials.username);
  await expect
    .poll(() => dialog.getByLabel('DOCKER_AUTH_CONFIG', { exact: true }).inputValue(), { message: 'the JSON built from the typed credentials' })
    .toBe(expectedJson(credentials.registry, credentials.username, credentials.secret));
  return dialog;
}

/** Deletes DOCKER_AUTH_CONFIG through the local GitLab's API (not the extension's doing). */
export async function removeVariable(gl: SandboxGitLab, scope: CiScope): Promise<void> {
  if (!storedVariable(gl, scope)) return;
  const { cookie, csrf } = await signIn(gl);
  const base = scope === 'project' ? '/projects/42' : scope === 'group' ? '/groups/10' : '/admin/ci';
  const response = await sandboxRequest(gl, 'DELETE', `/api/v4${base}/variables/DOCKER_AUTH_CONFIG`, {
    headers: { Cookie: cookie, 'X-CSRF-Token': csrf },
  });
  if (response.status !== 204) throw new Error(`could not delete the variable: ${response.status}`);
}

/** The layout GitLab drew around its Add button: each element's box, rounded to whole pixels. */
export async function headerLayout(page: Page) {
  return page.evaluate(() => {
    const add = document.querySelector('[data-testid="add-ci-variable-button"]')!;
    const ours = document.querySelector('[data-docker-auth-config-button]')!;
    const box = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return { top: Math.round(rect.top), left: Math.round(rect.left), height: Math.round(rect.height) };
    };
    const header = add.parentElement!;
    return { add: box(add), ours: box(ours), header: box(header), headerChildren: header.children.length };
  });
}
