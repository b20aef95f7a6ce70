// Issue 17: the in-page panels speak the GitLab page's language (its <html lang>). On a German and
// a Japanese GitLab (the local one, 18.6), the token page's panel, its Verify verdict, the
// hand-off to the CI/CD page with its status box, and the CI/CD page's own panel are in that
// language; long German sentences break neither the panel nor GitLab's header. Every text is
// read from the catalogue of that language (utils/i18n/messages), as a person there reads it.
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxGitLab } from '../gitlab-sandbox/server/index.ts';
import type { ExtensionBrowser } from '../support/extension';
import { createAccessToken, gitlabUrl } from '../support/gitlab-user';
import { startGitLabWithExtension, stopGitLabWithExtension } from '../support/gitlab-with-extension';
import { expectedJson, headerLayout, openCiSettings, openPanelWith, removeVariable } from '../support/gitlab-variables';
import { expectVerdict, openTokenPanel, panelText } from '../support/panel';
import { rememberSecret } from '../support/secret-ledger';
import { CATALOGUES } from '../../utils/i18n/catalogues';

const CREDENTIALS = { registry: 'registry.example.com:5050', username: 'ci-puller', secret: 'glpat-Sprache_abcdefgh12' };
rememberSecret(CREDENTIALS.secret, "token typed into the CI/CD page's panel (panels-language)", { username: CREDENTIALS.username }); // issue 7 guard
const STATUS = '[data-docker-auth-config-status]';

/** Whether the dialog fits its window and shows every button whole: no horizontal overflow, nothing clipped. */
function panelFits(dialog: Locator) {
  return dialog.evaluate((panel) => {
    const box = panel.getBoundingClientRect();
    const clipped = [...panel.querySelectorAll('button')]
      .filter((button) => button.getClientRects().length > 0)
      .filter((button) => {
        const rect = button.getBoundingClientRect();
        return rect.left < box.left - 0.5 || rect.right > box.right + 0.5 || button.scrollWidth > button.clientWidth + 1;
      })
      .map((button) => button.textContent);
    return { overflows: panel.scrollWidth > panel.clientWidth + 1, inWindow: box.left >= 0 && box.right <= window.innerWidth, clipped };
  });
}

for (const locale of ['de', 'ja'] as const) {
  describe(`the panels on a ${locale === 'de' ? 'German' : 'Japanese'} GitLab (18.6, <html lang="${locale}">)`, () => {
    const t = panelText(locale);
    let gl: SandboxGitLab;
    let browser: ExtensionBrowser;
    beforeAll(async () => {
      ({ gl, browser } = await startGitLabWithExtension({ ui: '18.6', locale }));
    });
    afterAll(() => stopGitLabWithExtension({ gl, browser }));

    it('token page: the panel, its Verify verdict and the hand-off speak the page language; the CI/CD page is filled and says so in it', async () => {
      await removeVariable(gl, 'project');
      const page = await browser.context.newPage();
      await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/access_tokens'));
      await createAccessToken(page, gl.ui, 'resource_access_token', `ci-pull-${locale}`);
      const dialog = await openTokenPanel(page, locale);
      // The labels, the notes and the close button, as a person there reads them.
      await expect.poll(() => dialog.innerText()).toContain(t('panel.token-captured'));
      await expect.poll(() => dialog.innerText()).toContain(t('panel.source.bot-user'));
      await dialog.getByRole('button', { name: t('panel.close') }).waitFor();
      // Verify: GitLab's verdict, worded by the background in the page's language.
      await expectVerdict(dialog, 'valid', locale);
      await expect.poll(() => dialog.locator('[data-verdict]').textContent()).toBe(t('verify.valid'));

      const opened = browser.context.waitForEvent('page');
      await dialog.getByRole('button', { name: t('panel.fill-ci-variable') }).click();
      await expect.poll(() => dialog.getByRole('button', { name: t('panel.fill-ci-variable') }).locator('xpath=following-sibling::p').textContent()).toBe(
        t('handoff.opened'),
      );
      const settings = await opened;
      await settings.locator(`${STATUS}[data-docker-auth-config-status="filled"]`).waitFor();
      const status = settings.locator(STATUS).getByRole('status');
      // "Filled: …" as that language says it (the part of the sentence before what was filled).
      const filledPrefix = CATALOGUES[locale]['fill.filled'].split('{filled}')[0]!;
      await expect.poll(async () => (await status.textContent())?.startsWith(filledPrefix), { message: `status starts with "${filledPrefix}"` }).toBe(true);
      await expect.poll(() => status.textContent()).toContain(t('fill.file-note', { command: 'cp "$DOCKER_AUTH_CONFIG" ~/.docker/config.json' }));
      await settings.locator(STATUS).getByRole('button', { name: t('fill.dismiss') }).waitFor();
      await settings.close();
      await page.close();
    });

    it('CI/CD page: the panel speaks the page language; long sentences fit it at 1280 and 800 px and leave GitLab\'s header as drawn', async () => {
      for (const width of [1280, 800]) {
        // A fresh page each time: the first fill leaves GitLab's drawer open on the page it filled.
        await removeVariable(gl, 'project');
        const page = await browser.context.newPage();
        await page.setViewportSize({ width, height: 800 });
        await openCiSettings(page, gl, 'project');
        await page.locator('[data-docker-auth-config-button]').waitFor();
        const before = await headerLayout(page);
        const dialog = await openPanelWith(page, CREDENTIALS, locale);
        await expect.poll(() => dialog.getByLabel('DOCKER_AUTH_CONFIG', { exact: true }).inputValue()).toBe(
          expectedJson(CREDENTIALS.registry, CREDENTIALS.username, CREDENTIALS.secret),
        );
        await expect.poll(() => dialog.innerText()).toContain(t('panel.username-any'));
        await dialog.getByRole('button', { name: t('panel.save-as-variable') }).waitFor();
        await dialog.getByRole('button', { name: t('panel.fill-variable-form') }).waitFor();
        await dialog.getByRole('region', { name: t('panel.save-section') }).waitFor();
        // The panel's layout is done once its buttons are there (the text is what the catalogue holds).
        await expect.poll(() => panelFits(dialog), { message: `the panel at ${width} px` }).toEqual({ overflows: false, inWindow: true, clipped: [] });
        await dialog.getByRole('button', { name: t('panel.fill-variable-form') }).click();
        await page.locator(`${STATUS}[data-docker-auth-config-status="filled"]`).waitFor();
        await expect.poll(() => page.locator(STATUS).getByRole('status').textContent()).toContain(t('fill.file-note', { command: 'cp "$DOCKER_AUTH_CONFIG" ~/.docker/config.json' }));
        // GitLab's header: Add variable, our button and their row where and as tall as GitLab drew them.
        await expect.poll(() => headerLayout(page), { message: `GitLab's header at ${width} px` }).toEqual(before);
        await page.close();
      }
    });
  });
}
