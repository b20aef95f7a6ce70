// Issue 14 end to end, by the keyboard only (Playwright's keyboard.press: real key events): the
// in-page panels are modal dialogs (focus kept inside, Escape from any control, focus given back,
// never left on <body>), and the popup's tabs follow the ARIA tabs pattern. The production build
// in Chromium against the local GitLab's newest generation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { SandboxGitLab } from '../gitlab-sandbox/server/index.ts';
import type { ExtensionBrowser } from '../support/extension';
import { startGitLabWithExtension, stopGitLabWithExtension } from '../support/gitlab-with-extension';
import { createAccessToken, gitlabUrl } from '../support/gitlab-user';
import { CI_SETTINGS, openCiSettings, openPanelWith, removeVariable } from '../support/gitlab-variables';
import { focusedControl, pressAndLocate } from '../support/keyboard';
import { GENERATE } from '../support/panel';
import { rememberSecret } from '../support/secret-ledger';

const CREDENTIALS = { registry: 'registry.example.com:5050', username: 'kb-puller', secret: 'glpat-Keyboard_abcdefgh-XY' };
rememberSecret(CREDENTIALS.secret, "token typed into the CI/CD page's panel (keyboard test)", { username: CREDENTIALS.username });

const OPENER = 'page: button Generate DOCKER_AUTH_CONFIG';
/** More presses than the panels have controls: every Tab and Shift+Tab must wrap at least once. */
const PRESSES = 14;

let gl: SandboxGitLab;
let browser: ExtensionBrowser;

beforeAll(async () => {
  ({ gl, browser } = await startGitLabWithExtension({ ui: '18.6', locale: 'en' }));
});
afterAll(() => stopGitLabWithExtension({ gl, browser }));

const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'DOCKER_AUTH_CONFIG' });

/** Focuses the extension's button as Tab would, presses Enter, and waits for the panel. */
async function openByKeyboard(page: Page): Promise<Locator> {
  await page.locator(GENERATE).focus();
  await page.keyboard.press('Enter');
  const dialog = dialogOf(page);
  await dialog.waitFor();
  return dialog;
}

/** Every Tab (or Shift+Tab) stays in the panel, and the presses come round to where they began. */
async function expectTabKeptInside(page: Page, key: 'Tab' | 'Shift+Tab') {
  const start = await focusedControl(page);
  const visited: string[] = [];
  for (let press = 0; press < PRESSES; press++) visited.push(await pressAndLocate(page, key));
  expect(visited.filter((where) => !where.startsWith('panel: ')), `${key} left the panel: ${visited.join(' → ')}`).toEqual([]);
  expect(visited, `${key} came back round to ${start}`).toContain(start);
}

/** Opens the panel anew, Tabs to its `index`-th control, presses Escape there: closed, focus on the opener. */
async function expectEscapeClosesFrom(page: Page, open: () => Promise<Locator>, index: number): Promise<string> {
  const dialog = await open();
  for (let press = 0; press < index; press++) await page.keyboard.press('Tab');
  const where = await focusedControl(page);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => focusedControl(page), { message: `focus after Escape from ${where}` }).toBe(OPENER);
  return where;
}

describe('keyboard: the token panel', () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.context.newPage();
    await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/access_tokens'));
    await createAccessToken(page, '18.6', 'resource_access_token', 'keyboard');
    await page.locator(GENERATE).waitFor();
  });

  it('opens on its first field and keeps Tab and Shift+Tab inside', async () => {
    const dialog = await openByKeyboard(page);
    await expect.poll(() => focusedControl(page), { message: 'focus as the panel opens' }).toBe('panel: input Registry');
    await expect.poll(() => dialog.getByRole('button', { name: 'Fill CI/CD variable' }).isEnabled(), { message: 'the JSON built' }).toBe(true);
    await expectTabKeptInside(page, 'Tab');
    await expectTabKeptInside(page, 'Shift+Tab');
    await page.keyboard.press('Escape');
    await dialogOf(page).waitFor({ state: 'detached' });
  });

  it('Escape closes it from every control and gives focus back to the button that opened it', async () => {
    const seen = new Set<string>();
    // Each control is reachable once the JSON is built (Copy, Verify and Fill wait for it).
    const openBuilt = async () => {
      const dialog = await openByKeyboard(page);
      await expect.poll(() => dialog.getByRole('button', { name: 'Fill CI/CD variable' }).isEnabled(), { message: 'the JSON built' }).toBe(true);
      return dialog;
    };
    for (let index = 0; index < 7; index++) seen.add(await expectEscapeClosesFrom(page, openBuilt, index));
    // The controls reached: the fields, the JSON, Copy, Verify, Fill CI/CD variable and Close.
    expect([...seen].sort()).toEqual(
      [
        'panel: input Registry',
        'panel: input Username',
        'panel: textarea DOCKER_AUTH_CONFIG',
        'panel: button Copy',
        'panel: button Verify',
        'panel: button Fill CI/CD variable',
        'panel: button Close',
      ].sort(),
    );
  });

  it('Verify, pressed from the keyboard, keeps focus while it works; Escape still closes the panel then', async () => {
    const dialog = await openByKeyboard(page);
    const verify = dialog.getByRole('button', { name: 'Verify' });
    await expect.poll(() => verify.isEnabled(), { message: 'Verify enabled once the JSON is built' }).toBe(true);
    await verify.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.locator('[data-verdict]').getAttribute('data-verdict'), { message: "Verify's answer" }).toBe('valid');
    await expect.poll(() => focusedControl(page), { message: 'focus after Verify answered' }).toBe('panel: button Verify');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => focusedControl(page), { message: 'focus after Escape' }).toBe(OPENER);
  });

  it('× by the keyboard closes it and gives focus back', async () => {
    const dialog = await openByKeyboard(page);
    await page.keyboard.press('Shift+Tab'); // from the first field, backwards: Close
    await expect.poll(() => focusedControl(page)).toBe('panel: button Close');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => focusedControl(page), { message: 'focus after ×' }).toBe(OPENER);
  });
});

describe('keyboard: the CI/CD variables panel', () => {
  it('opens on its first field, keeps Tab inside, and Escape closes it from every control', async () => {
    const page = await browser.context.newPage();
    await openCiSettings(page, gl, 'project');
    await page.locator(GENERATE).waitFor();
    await openByKeyboard(page);
    await expect.poll(() => focusedControl(page), { message: 'focus as the panel opens' }).toBe('panel: input Token');
    // The Save buttons wait for the lookup of an existing variable: Tab through them once enabled.
    await expect.poll(() => dialogOf(page).getByRole('button', { name: 'Save as CI/CD variable' }).count()).toBe(1);
    await expectTabKeptInside(page, 'Tab');
    await expectTabKeptInside(page, 'Shift+Tab');
    await page.keyboard.press('Escape');
    await dialogOf(page).waitFor({ state: 'detached' });
    for (let index = 0; index < 5; index++) await expectEscapeClosesFrom(page, () => openByKeyboard(page), index);
    await page.close();
  });

  it('"Fill variable form" by the keyboard puts focus on the first field of GitLab\'s form', async () => {
    const page = await browser.context.newPage();
    await openCiSettings(page, gl, 'project');
    const dialog = await openPanelWith(page, CREDENTIALS);
    await dialog.getByRole('button', { name: 'Fill variable form' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-docker-auth-config-status="filled"]').waitFor();
    // GitLab's drawer (18.6): its first field is Type, a listbox whose toggle controls the panel holding the File item.
    await expect
      .poll(() => page.evaluate(() => {
        const toggle = document.activeElement;
        const panel = document.getElementById(toggle?.getAttribute('aria-controls') ?? '');
        return toggle?.closest('aside.gl-drawer') !== null && panel?.querySelector('[data-testid="listbox-item-FILE"]') != null;
      }), {
        message: "focus on the Type toggle of GitLab's form",
      })
      .toBe(true);
    await page.close();
  });

  it("the status box's Dismiss, pressed from the keyboard, gives focus back to the Generate button, never <body>", async () => {
    const page = await browser.context.newPage();
    await openCiSettings(page, gl, 'project');
    const dialog = await openPanelWith(page, CREDENTIALS);
    await dialog.getByRole('button', { name: 'Fill variable form' }).click();
    const status = page.locator('[data-docker-auth-config-status="filled"]');
    await status.waitFor();
    await status.getByRole('button', { name: 'Dismiss' }).focus();
    await expect.poll(() => focusedControl(page)).toBe('page: button Dismiss');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedControl(page), { message: 'focus after Dismiss' }).toBe(OPENER);
    await page.close();
  });

  it('"Save as CI/CD variable" by the keyboard: focus stays on a control of the panel, never <body>', async () => {
    await removeVariable(gl, 'project');
    const page = await browser.context.newPage();
    await openCiSettings(page, gl, 'project');
    const dialog = await openPanelWith(page, CREDENTIALS);
    await dialog.getByRole('button', { name: 'Save as CI/CD variable' }).focus();
    await page.keyboard.press('Enter');
    await dialog.locator('[data-outcome="saved"]').waitFor();
    await expect.poll(() => focusedControl(page), { message: 'focus after the save' }).toBe('panel: a Show the CI/CD variables');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => focusedControl(page), { message: 'focus after Escape' }).toBe(OPENER);
    await page.close();
  });

  it('a save that meets an existing variable moves focus to Add to existing; Replace asks in place, Escape answers no', async () => {
    await removeVariable(gl, 'project');
    const page = await browser.context.newPage();
    await openCiSettings(page, gl, 'project');
    const dialog = await openPanelWith(page, CREDENTIALS);
    const save = dialog.getByRole('button', { name: 'Save as CI/CD variable' });
    await expect.poll(() => save.isEnabled()).toBe(true);
    // Someone else adds one behind the panel's back: the save meets "has already been taken".
    gl.setVariable(CI_SETTINGS.project.ref, { key: 'DOCKER_AUTH_CONFIG', value: '{"auths":{}}', variable_type: 'file', raw: true });
    await save.focus();
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Add to existing' }).waitFor();
    await expect.poll(() => focusedControl(page), { message: 'focus once Save was replaced' }).toBe('panel: button Add to existing');

    await page.keyboard.press('Tab');
    await expect.poll(() => focusedControl(page)).toBe('panel: button Replace');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedControl(page), { message: 'focus in the confirmation' }).toBe('panel: button Cancel');
    await page.keyboard.press('Escape');
    await dialog.getByRole('alertdialog').waitFor({ state: 'detached' });
    await expect.poll(() => focusedControl(page), { message: 'focus after Escape in the confirmation' }).toBe('panel: button Replace');
    // The panel itself is still open: a second Escape closes it.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => focusedControl(page)).toBe(OPENER);
    await page.close();
  });
});

describe('keyboard: the popup', () => {
  it('its tabs follow the arrow keys (ARIA tabs): the arrow moves focus and shows that view', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.getByRole('tab', { name: 'Build' }).focus();
    await popup.keyboard.press('ArrowRight');
    await expect.poll(() => focusedControl(popup)).toBe('page: button Inspect');
    await expect.poll(() => popup.getByRole('tab', { name: 'Inspect' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => popup.getByLabel('Existing DOCKER_AUTH_CONFIG').isVisible()).toBe(true);
    await popup.keyboard.press('ArrowRight'); // wraps round
    await expect.poll(() => focusedControl(popup)).toBe('page: button Build');
    await popup.keyboard.press('End');
    await expect.poll(() => focusedControl(popup)).toBe('page: button Inspect');
    await popup.keyboard.press('Home');
    await expect.poll(() => focusedControl(popup)).toBe('page: button Build');
    // Only the selected tab is in the Tab order: Tab goes on to the view.
    await popup.keyboard.press('Tab');
    await expect.poll(() => focusedControl(popup)).not.toMatch(/^page: button (Build|Inspect)$/);
    await popup.close();
  });

  it('"Remove registry" by the keyboard leaves focus on a field, never on <body>', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.getByRole('button', { name: 'Add registry' }).focus();
    await popup.keyboard.press('Enter');
    await popup.getByRole('button', { name: 'Remove registry 2' }).focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByLabel('Registry', { exact: true }).count()).toBe(1);
    await expect.poll(() => focusedControl(popup), { message: 'focus after Remove' }).not.toBe('body');
    await popup.close();
  });
});
