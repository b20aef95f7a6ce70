import type { Page } from 'playwright-core';
import { UIS, type SandboxGitLab, type Ui } from '../gitlab-sandbox/server/index.ts';

/**
 * What a person does in GitLab's own UI, per generation, written against GitLab's ids and test
 * ids (never its English text), so the same steps work in every locale.
 */

/** https://gitlab.com<root><path>, the way the browser (host-mapped onto the local GitLab) sees it. */
export const gitlabUrl = (gl: SandboxGitLab, path: string, host = 'gitlab.com') =>
  `https://${host}${gl.relativeRoot}${path}`;

/** UIS lists the generations oldest first. */
export const uiAtLeast = (ui: Ui, version: Ui) => UIS.indexOf(ui) >= UIS.indexOf(version);

/** Ticks a checkbox as a click would (GitLab's custom controls hide the input itself). */
async function tick(page: Page, selector: string) {
  await page.locator(selector).evaluate((input: HTMLInputElement) => {
    if (!input.checked) input.click();
  });
}

/** Creates a project or group access token (read_registry unless said) on the page that is open. */
export async function createAccessToken(
  page: Page,
  ui: Ui,
  prefix: 'resource_access_token' | 'personal_access_token',
  name: string,
  scope = 'read_registry',
) {
  const nameField = page.locator(`#${prefix}_name`);
  await nameField.waitFor({ state: 'attached' });
  // From 16.6 on the form stays folded until "Add new token" is clicked.
  if (uiAtLeast(ui, '16.6') && !(await nameField.isVisible())) await page.click('[data-testid="add-new-token-button"]');
  await nameField.fill(name);
  await tick(page, `#${prefix}_scopes_${scope}`);
  if (prefix === 'resource_access_token') await page.selectOption('#resource_access_token_access_level', '20');
  await page.click('[data-testid="create-token-button"], [data-qa-selector="create_token_button"]');
}

/** Opens the personal access tokens page and creates a token with read_registry, as each generation asks. */
export async function createPersonalToken(page: Page, gl: SandboxGitLab, name: string) {
  await page.goto(gitlabUrl(gl, '/-/profile/personal_access_tokens'));
  if (gl.ui === '17.6' || gl.ui === '18.6') {
    if (gl.ui === '17.6') await page.click('[data-testid="add-new-token-button"]');
    else await page.click('[data-testid="generate-legacy-token-button"]');
    await page.fill('#token-create-form input[name="name"]', name);
    await tick(page, '#token-create-form [data-testid="read_registry-checkbox"]');
    await page.click('#token-create-form [data-testid="create-token-button"]');
  } else {
    await createAccessToken(page, gl.ui, 'personal_access_token', name);
  }
}

/** Opens a project's or group's repository settings and creates a deploy token with read_registry. */
export async function createDeployToken(page: Page, gl: SandboxGitLab, settingsPath: string, name: string) {
  await page.goto(gitlabUrl(gl, `${settingsPath}/-/settings/repository#js-deploy-tokens`));
  await page.fill('#deploy_token_name', name);
  await tick(page, '#deploy_token_read_registry');
  await page.click('[data-testid="create-deploy-token"], [data-qa-selector="create_deploy_token_button"]');
}

/**
 * The tokens GitLab shows on the page, as a person reads them: the values of GitLab's token
 * inputs, or, where an input holds asterisks (15.x's hidden state), its older copy button's text.
 * `nextToButtons`: for each of the extension's buttons, the tokens in the nearest part of the page
 * around it that shows any ([[token]]: one button, with that token and no other). The newest
 * GitLab's copy buttons carry no text, and a second token is patched into the same input as a
 * property (docs/gitlab-compatibility.md, "Token pages"): the input's value is what counts.
 */
export function shownTokens(page: Page, buttonSelector: string): Promise<{ all: string[]; nextToButtons: Array<string[] | null> }> {
  return page.evaluate((button) => {
    const TOKEN = /^gl(?:pat|dt)-\S+$/;
    const tokensIn = (root: ParentNode): string[] => {
      const found: string[] = [];
      for (const element of Array.from(root.querySelectorAll('input, [data-clipboard-text]'))) {
        const value = element instanceof HTMLInputElement ? element.value : (element.getAttribute('data-clipboard-text') ?? '');
        if (TOKEN.test(value) && !found.includes(value)) found.push(value);
      }
      return found;
    };
    const nextToButtons = Array.from(document.querySelectorAll(button)).map((ours) => {
      for (let around = ours.parentElement; around !== null; around = around.parentElement) {
        const tokens = tokensIn(around);
        if (tokens.length > 0) return tokens;
      }
      return null;
    });
    return { all: tokensIn(document), nextToButtons };
  }, buttonSelector);
}

/** Waits until GitLab shows `token` on the page (as `shownTokens` reads it). */
export async function waitUntilShown(page: Page, token: string): Promise<void> {
  await page.waitForFunction((secret) => {
    const elements = Array.from(document.querySelectorAll('input, [data-clipboard-text]'));
    return elements.some((element) => (element instanceof HTMLInputElement ? element.value : element.getAttribute('data-clipboard-text')) === secret);
  }, token);
}
